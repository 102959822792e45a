//! A canonical, order-independent text dump of the logical database content,
//! for comparing two databases (crash-safety and determinism tests).

use std::fmt::Write as _;

use rusqlite::types::ValueRef;

use crate::util::query_all;
use crate::{Store, StoreError};

impl Store {
    /// Every table's rows (except the FTS index, whose internals depend on
    /// insertion order), sorted, one line per row. Two stores with the same
    /// logical content give the same dump.
    pub fn canonical_dump(&self) -> Result<String, StoreError> {
        let tables: Vec<String> = query_all(
            &self.conn,
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name",
            [],
            |r| r.get(0),
        )?;
        let mut out = String::new();
        for t in tables {
            let mut st = self.conn.prepare(&format!("SELECT * FROM \"{t}\""))?;
            let n = st.column_count();
            let mut lines: Vec<String> = Vec::new();
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let mut line = String::new();
                for i in 0..n {
                    if i > 0 {
                        line.push('\t');
                    }
                    match r.get_ref(i)? {
                        ValueRef::Null => line.push_str("NULL"),
                        ValueRef::Integer(v) => write!(line, "{v}").unwrap_or(()),
                        ValueRef::Real(v) => write!(line, "{v:?}").unwrap_or(()),
                        ValueRef::Text(v) => {
                            line.push_str(&String::from_utf8_lossy(v).escape_debug().to_string())
                        }
                        ValueRef::Blob(v) => write!(line, "blob:{v:02x?}").unwrap_or(()),
                    }
                }
                lines.push(line);
            }
            lines.sort();
            writeln!(out, "## {t} ({} rows)", lines.len()).unwrap_or(());
            for l in lines {
                out.push_str(&l);
                out.push('\n');
            }
        }
        Ok(out)
    }
}
