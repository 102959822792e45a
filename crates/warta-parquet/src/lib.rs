//! # warta-parquet
//!
//! Parquet export of a warta event database: one row per clustered event,
//! the same columns as the CSV export (`warta_store::export::CsvEvent`), with
//! proper types (integers, floats, nullable strings), Snappy-compressed.
//! DuckDB (`SELECT * FROM 'events.parquet'`) and pandas
//! (`pd.read_parquet`) read it directly.
//!
//! This lives in its own crate because arrow + parquet roughly double the
//! workspace's build time; only `warta-cli` pulls it in.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder, UInt8Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use warta_store::Store;
use warta_store::export::CsvEvent;

/// What can go wrong writing Parquet.
#[derive(Debug, thiserror::Error)]
pub enum ParquetExportError {
    /// Reading the database failed.
    #[error(transparent)]
    Store(#[from] warta_store::StoreError),
    /// Encoding or writing the file failed.
    #[error("cannot write Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// Building the Arrow batch failed.
    #[error("cannot build Arrow batch: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
}

/// Rows per Arrow batch / Parquet row group.
const BATCH_ROWS: usize = 65_536;

fn schema() -> Arc<Schema> {
    let s = |n: &str, nullable: bool| Field::new(n, DataType::Utf8, nullable);
    let i = |n: &str, nullable: bool| Field::new(n, DataType::Int64, nullable);
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    Arc::new(Schema::new(vec![
        i("event_id", false),
        s("date", true),
        s("plover", false),
        s("mode", true),
        s("context", false),
        s("cameo", true),
        Field::new("quad", DataType::UInt8, true),
        f("goldstein"),
        s("source_actor", true),
        s("source_name", true),
        s("source_country", true),
        s("target_actor", true),
        s("target_name", true),
        s("target_country", true),
        s("place_name", true),
        s("place_country", true),
        i("geonameid", true),
        f("lat"),
        f("lon"),
        i("num_mentions", false),
        i("num_sources", false),
        i("num_articles", false),
        s("first_url", true),
        s("first_date", true),
        s("article_id", false),
        s("event_record", false),
        i("sentence", false),
        i("start", false),
        i("end", false),
        s("trigger", false),
        s("rule", false),
        Field::new("confidence", DataType::Float64, false),
        s("sentence_text", false),
    ]))
}

fn batch(rows: &[CsvEvent], schema: &Arc<Schema>) -> Result<RecordBatch, ParquetExportError> {
    let strings = |get: &dyn Fn(&CsvEvent) -> Option<&str>| -> ArrayRef {
        let mut b = StringBuilder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let ints = |get: &dyn Fn(&CsvEvent) -> Option<i64>| -> ArrayRef {
        let mut b = Int64Builder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let floats = |get: &dyn Fn(&CsvEvent) -> Option<f64>| -> ArrayRef {
        let mut b = Float64Builder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let mut quad = UInt8Builder::new();
    for r in rows {
        quad.append_option(r.quad);
    }
    let columns: Vec<ArrayRef> = vec![
        ints(&|r| Some(r.event_id)),
        strings(&|r| r.date.as_deref()),
        strings(&|r| Some(&r.plover)),
        strings(&|r| r.mode.as_deref()),
        strings(&|r| Some(&r.context)),
        strings(&|r| r.cameo.as_deref()),
        Arc::new(quad.finish()),
        floats(&|r| r.goldstein),
        strings(&|r| r.source_actor.as_deref()),
        strings(&|r| r.source_name.as_deref()),
        strings(&|r| r.source_country.as_deref()),
        strings(&|r| r.target_actor.as_deref()),
        strings(&|r| r.target_name.as_deref()),
        strings(&|r| r.target_country.as_deref()),
        strings(&|r| r.place_name.as_deref()),
        strings(&|r| r.place_country.as_deref()),
        ints(&|r| r.geonameid),
        floats(&|r| r.lat),
        floats(&|r| r.lon),
        ints(&|r| Some(r.num_mentions)),
        ints(&|r| Some(r.num_sources)),
        ints(&|r| Some(r.num_articles)),
        strings(&|r| r.first_url.as_deref()),
        strings(&|r| r.first_date.as_deref()),
        strings(&|r| Some(&r.article_id)),
        strings(&|r| Some(&r.event_record)),
        ints(&|r| Some(r.sentence)),
        ints(&|r| Some(r.start)),
        ints(&|r| Some(r.end)),
        strings(&|r| Some(&r.trigger)),
        strings(&|r| Some(&r.rule)),
        floats(&|r| Some(r.confidence)),
        strings(&|r| Some(&r.sentence_text)),
    ];
    Ok(RecordBatch::try_new(schema.clone(), columns)?)
}

/// Writes every clustered event of `store` as Parquet; returns the row count.
pub fn write_events<W: Write + Send>(store: &Store, out: W) -> Result<u64, ParquetExportError> {
    let schema = schema();
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props))?;
    let rows: Vec<CsvEvent> = store
        .export_rows()?
        .into_iter()
        .map(CsvEvent::from)
        .collect();
    for chunk in rows.chunks(BATCH_ROWS) {
        writer.write(&batch(chunk, &schema)?)?;
    }
    writer.close()?;
    Ok(rows.len() as u64)
}
