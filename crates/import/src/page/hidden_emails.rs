//! E-mail addresses a CDN hid in saved HTML pages ("[email protected]" in the text, the
//! address XOR-encoded in `data-cfemail`), decoded back.

/// The e-mail addresses a CDN hid in the saved page ("[email protected]" in place of the
/// address, which is kept XOR-encoded in `data-cfemail`): decoded back into the text.
pub(crate) fn reveal(html: &str) -> std::borrow::Cow<'_, str> {
    const ATTR: &str = "data-cfemail=\"";
    if !html.contains(ATTR) {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ATTR) {
        let value_start = at + ATTR.len();
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        let hex = &rest[value_start..value_start + len];
        out.push_str(&rest[..value_start + len]);
        rest = &rest[value_start + len..];
        let Some(email) = decode_cfemail(hex) else {
            continue;
        };
        // The placeholder follows within the element.
        let window = rest.len().min(300);
        let window = (0..=window)
            .rev()
            .find(|&i| rest.is_char_boundary(i))
            .unwrap_or(0);
        for placeholder in [
            "[email&#160;protected]",
            "[email&nbsp;protected]",
            "[email protected]",
            "[email\u{a0}protected]",
        ] {
            if let Some(p) = rest[..window].find(placeholder) {
                out.push_str(&rest[..p]);
                out.push_str(&email);
                rest = &rest[p + placeholder.len()..];
                break;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The address a `data-cfemail` value hides: its first byte is the key the others are
/// XORed with.
fn decode_cfemail(hex: &str) -> Option<String> {
    if hex.len() < 4 || !hex.len().is_multiple_of(2) || hex.len() > 1_000 {
        return None;
    }
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    let key = bytes[0];
    let decoded: Vec<u8> = bytes[1..].iter().map(|b| b ^ key).collect();
    let email = String::from_utf8(decoded).ok()?;
    // local@domain.tld, or the key was not the CDN's.
    let plausible = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
            && domain.rsplit_once('.').is_some_and(|(host, tld)| {
                !host.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
            })
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
    });
    plausible.then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_emails_are_revealed() {
        let html = r#"<a href="/cdn-cgi/l/email-protection"><span class="__cf_email__" data-cfemail="8ffafdebfafda1e8fae1e1eefdfcebe0fbfbe6fdcfeaf7eee2ffe3eaa1e0fde8">[email&#160;protected]</span></a>"#;
        let out = reveal(html);
        assert!(
            out.contains(">urdur.gunnarsdottir@example.org</span>"),
            "{out}"
        );
        assert_eq!(decode_cfemail("zz"), None);
        assert_eq!(decode_cfemail("8f"), None);
        // A key that decodes to something that is not an address is left alone.
        assert_eq!(decode_cfemail("0041424344"), None);
    }
}
