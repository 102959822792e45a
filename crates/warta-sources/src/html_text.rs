//! HTML to plain text: one paragraph per line, scripts and navigation left
//! out, white space collapsed, boilerplate paragraphs dropped.
//!
//! The tree is walked with an explicit open/close traversal (no recursion),
//! so a page nested 100,000 elements deep cannot overflow the stack.

use dom_query::{Document, NodeRef};

use crate::boilerplate;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "button", "select", "textarea", "input", "form", "nav", "aside", "footer", "head",
    "title", "video", "audio", "picture", "img", "figure",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "section",
    "article",
    "main",
    "header",
    "hr",
    "address",
    "center",
    "caption",
    "figcaption",
    "details",
    "summary",
];

/// Markup nested deeper than this is not given to the HTML parser, whose
/// scope checks cost time proportional to the depth for every element
/// (quadratic on hostile pages); [`strip_tags`] is used instead.
pub const MAX_PARSE_DEPTH: usize = 512;

/// Markup with more `<` that open no tag than this is not parsed either:
/// the HTML parser reports each one as an error, at about a microsecond each.
pub const MAX_STRAY_ANGLES: usize = 50_000;

/// True when `html` is too costly to parse: nested deeper than
/// [`MAX_PARSE_DEPTH`] or with more than [`MAX_STRAY_ANGLES`] stray `<`.
pub fn too_deep(html: &str) -> bool {
    let (depth, stray) = scan_tags(html);
    depth > MAX_PARSE_DEPTH || stray > MAX_STRAY_ANGLES
}

/// Text of an HTML fragment (a feed item, a JSONL `content` field).
pub fn fragment_to_text(html: &str) -> String {
    if too_deep(html) {
        return join(strip_tags(html));
    }
    let fragment = Document::fragment(html);
    join(paragraphs(&fragment.root()))
}

/// Paragraphs of `html` by a linear scan without a parser: tags removed,
/// script and style content dropped, block tags as paragraph breaks, the
/// common character references decoded. For pathological pages only.
pub fn strip_tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        warta_core::markup::push_decoded(&mut current, &rest[..lt]);
        rest = &rest[lt..];
        // A `<` that opens no tag is text (and must not trigger a search
        // for `>`, which would make a run of them quadratic).
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        {
            current.push('<');
            rest = &rest[1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let gt = rest.find('>').map_or(rest.len(), |g| g + 1);
        let tag = &rest[1..gt.saturating_sub(1).max(1)];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &rest[gt..];
        if !closing && (name == "script" || name == "style") {
            let end = format!("</{name}");
            rest = find_ascii_ci(rest, &end).map_or("", |e| &rest[e..]);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut current, &mut out);
        } else if !current.ends_with(' ') && !current.is_empty() && SKIPPED.contains(&name.as_str())
        {
            current.push(' ');
        }
    }
    warta_core::markup::push_decoded(&mut current, rest);
    flush(&mut current, &mut out);
    out.into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Paragraphs under `root`, in document order, boilerplate included.
///
/// Depth-first with an explicit stack of (node, closing) entries: a
/// node is pushed once to open it and once more to close it after its
/// children.
pub fn paragraphs(root: &NodeRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut pending_space = false;
    let mut stack: Vec<(NodeRef<'_>, bool)> = vec![(*root, false)];
    while let Some((node, closing)) = stack.pop() {
        if closing {
            // Only block elements are pushed for closing.
            flush(&mut current, &mut out);
            pending_space = false;
            continue;
        }
        if node.is_text() {
            for c in node.text().chars() {
                if c.is_whitespace() {
                    pending_space = true;
                } else {
                    if pending_space && !current.is_empty() {
                        current.push(' ');
                    }
                    pending_space = false;
                    current.push(c);
                }
            }
            continue;
        }
        if node.is_element() {
            let name = node.node_name().unwrap_or_default().to_ascii_lowercase();
            let hidden = node.has_attr("hidden") || is_hidden_style(node.attr("style").as_deref());
            if SKIPPED.contains(&name.as_str()) || hidden {
                // A skipped element still separates the words around it.
                pending_space = true;
                continue;
            }
            if BLOCKS.contains(&name.as_str()) {
                flush(&mut current, &mut out);
                pending_space = false;
                stack.push((node, true));
            }
        } else if !(node.is_document() || node.is_fragment()) {
            continue; // comments, doctypes, processing instructions
        }
        stack.extend(node.children_it(true).map(|c| (c, false)));
    }
    flush(&mut current, &mut out);
    out
}

fn is_hidden_style(style: Option<&str>) -> bool {
    style.is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    if !current.is_empty() {
        out.push(std::mem::take(current));
    }
}

/// Joins paragraphs with `\n`, leaving out boilerplate.
pub fn join(paragraphs: Vec<String>) -> String {
    let patterns = boilerplate::patterns();
    let kept: Vec<String> = paragraphs
        .into_iter()
        .filter(|p| !patterns.is_boilerplate(p))
        .collect();
    kept.join("\n")
}

/// Visible text of a short HTML snippet (a title), on one line.
pub fn inline_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    paragraphs(&Document::fragment(html).root()).join(" ")
}

/// Deepest element nesting, counted cheaply from tags: void elements and
/// elements whose end tag is usually omitted do not count. An estimate,
/// only used to keep pathological pages off the expensive path.
///
/// Returns (approximate depth, number of `<` that open no tag).
fn scan_tags(html: &str) -> (usize, usize) {
    const NOT_NESTING: &[&str] = &[
        "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source",
        "track", "wbr", "param", "p", "li", "td", "tr", "th", "option", "dt", "dd", "script",
        "style",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut max, mut stray) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'!'))
            .map_or(bytes.len(), |e| start + e);
        let name = &bytes[start..end];
        let opens_tag = name.first().is_some_and(u8::is_ascii_alphabetic)
            || matches!(bytes.get(start), Some(b'?' | b'!'));
        if !opens_tag {
            stray += 1;
            continue;
        }
        if name.is_empty()
            || name[0] == b'!'
            || NOT_NESTING
                .iter()
                .any(|n| n.as_bytes().eq_ignore_ascii_case(name))
        {
            continue;
        }
        // Bounded look-ahead: a `<` without `>` must not make this quadratic.
        let self_closing = bytes[end..]
            .iter()
            .take(4096)
            .position(|&b| b == b'>')
            .is_some_and(|gt| gt > 0 && bytes[end + gt - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            max = max.max(depth);
        }
    }
    (max, stray)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_vanish() {
        let html = "<p>JAKARTA (ANTARA) - Presiden <b>Prabowo</b>\n  menerima   tamu.</p>\
                    <script>var ad = 1;</script><div>Baca juga: Berita lain</div>\
                    <p>Ia berkata:<br>&ldquo;Kita siap.&rdquo;</p><nav>Home | Politik</nav>";
        assert_eq!(
            fragment_to_text(html),
            "JAKARTA (ANTARA) - Presiden Prabowo menerima tamu.\nIa berkata:\n“Kita siap.”"
        );
    }

    #[test]
    fn hidden_elements_are_skipped() {
        let html = "<p>satu<span style=\"display: none\">rahasia</span> dua</p><div hidden>x</div>";
        assert_eq!(fragment_to_text(html), "satu dua");
    }

    #[test]
    fn deep_nesting_is_stripped_not_parsed() {
        let html = format!(
            "{}teks &amp; berita{}",
            "<div><span>".repeat(50_000),
            "</span></div>".repeat(50_000)
        );
        assert!(too_deep(&html));
        assert_eq!(fragment_to_text(&html), "teks & berita");
        // Just under the limit, the parser is used and gives the same text.
        let html = format!("{}teks{}", "<div>".repeat(500), "</div>".repeat(500));
        assert!(!too_deep(&html));
        assert_eq!(fragment_to_text(&html), "teks");
    }

    #[test]
    fn tag_stripper_keeps_paragraphs() {
        let got = strip_tags(
            "<p>Satu &#8220;dua&#8221;</p><script>x<y</script><!-- c --><p>tiga&nbsp;empat <b>lima</b></p>",
        );
        assert_eq!(got, vec!["Satu “dua”", "tiga empat lima"]);
    }

    #[test]
    fn depth_estimate_ignores_void_and_optional_end_tags() {
        assert_eq!(
            scan_tags("<html><body><p>a<br><p>b<img src=x></body></html>").0,
            2
        );
        assert_eq!(scan_tags(&"<div>".repeat(1000)).0, 1000);
        assert_eq!(scan_tags("<div/><div></div>").0, 1);
        assert_eq!(scan_tags("a < b <3 <<x>> <!-- c --> <?xml?>"), (1, 3));
    }
}
