//! Character references in markup (`&amp;`, `&#8220;`, `&#x201C;`), shared
//! by the HTML/feed readers and the TimeML reader.

/// Appends `text` to `out` with the XML entities, `&nbsp;` and numeric
/// character references decoded. Anything else starting with `&` is kept as
/// written, so broken markup loses nothing.
pub fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // A reference name is short: look for its `;` in the next few bytes
        // only. `;` is ASCII, so its position is a character boundary.
        let end = rest.bytes().take(12).position(|b| b == b';');
        match end.and_then(|e| reference(&rest[1..e]).map(|c| (c, e + 1))) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// `text` with character references decoded (see [`push_decoded`]).
pub fn decoded(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    push_decoded(&mut out, text);
    out
}

/// The character a reference name (between `&` and `;`) stands for.
fn reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(
            decoded("A &amp; B &lt;p&gt; &#8220;x&#x201D; &#X41;&nbsp;&apos;&quot;"),
            "A & B <p> \u{201c}x\u{201d} A '\""
        );
    }

    #[test]
    fn keeps_what_is_not_a_reference() {
        assert_eq!(
            decoded("R&D &unknown; &#xZZ; & ;"),
            "R&D &unknown; &#xZZ; & ;"
        );
        assert_eq!(decoded("a &verylongname; b"), "a &verylongname; b");
    }

    #[test]
    fn a_multibyte_character_near_the_ampersand_is_safe() {
        // The 12-byte look-ahead ends inside the euro sign.
        assert_eq!(decoded("&abcdefghij€;"), "&abcdefghij€;");
        assert_eq!(decoded("&€€€€;"), "&€€€€;");
    }
}
