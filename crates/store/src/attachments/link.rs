//! The addresses a link attached to an item may have: absolute `http` or `https` addresses
//! of a named host, written without spaces, control or invisible characters, and without a
//! user name or password. Everything else (`javascript:`, `data:`, a relative address, an
//! address a reader cannot read as it is) is refused, saying why.

use std::fmt;

/// The longest address accepted, in characters.
pub const MAX_LINK_CHARS: usize = 2_000;

/// Why an address cannot be a link of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Nothing was given.
    Empty,
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong {
        /// Its length, in characters.
        length: usize,
    },
    /// Spaces, control characters, invisible formatting characters or backslashes.
    Characters,
    /// Not an absolute `http://` or `https://` address.
    NotHttp,
    /// No host after the scheme.
    NoHost,
    /// A user name or password before the host (`https://user@host/`): it misleads readers
    /// about the site the link leads to.
    Credentials,
    /// A host or port that is not written as one.
    BadHost,
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::Empty => f.write_str("the address is required"),
            LinkProblem::TooLong { length } => write!(
                f,
                "the address is {length} characters long; the longest accepted is {MAX_LINK_CHARS}"
            ),
            LinkProblem::Characters => f.write_str(
                "the address contains spaces, control characters, invisible characters or \
                 backslashes",
            ),
            LinkProblem::NotHttp => {
                f.write_str("the address must be a full address starting with https:// or http://")
            }
            LinkProblem::NoHost => f.write_str("the address names no site after https://"),
            LinkProblem::Credentials => {
                f.write_str("the address must not contain a user name or password")
            }
            LinkProblem::BadHost => f.write_str("the site's name in the address is not valid"),
        }
    }
}

/// Invisible characters that change how the text around them is shown (zero widths,
/// direction overrides and isolates, the byte order mark): used to disguise an address.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The address as it is kept (without the spaces around it), or why it is refused.
pub fn checked_link(raw: &str) -> Result<String, LinkProblem> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(LinkProblem::Empty);
    }
    let length = url.chars().count();
    if length > MAX_LINK_CHARS {
        return Err(LinkProblem::TooLong { length });
    }
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\' || is_invisible(c))
    {
        return Err(LinkProblem::Characters);
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return Err(LinkProblem::NotHttp);
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.is_empty() {
        return Err(LinkProblem::NoHost);
    }
    if authority.contains('@') {
        return Err(LinkProblem::Credentials);
    }
    if valid_authority(authority) {
        Ok(url.to_owned())
    } else {
        Err(LinkProblem::BadHost)
    }
}

/// A host (a name of letters, digits, dashes and dots, or an IPv6 address in brackets) and
/// an optional port.
fn valid_authority(authority: &str) -> bool {
    let port_ok = |port: &str| {
        !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some(inner) = authority.strip_prefix('[') {
        let Some((address, after)) = inner.split_once(']') else {
            return false;
        };
        let address_ok = !address.is_empty()
            && address
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        let after_ok = after.is_empty() || after.strip_prefix(':').is_some_and(port_ok);
        return address_ok && after_ok;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    host_ok && port.is_none_or(port_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_kept() {
        for url in [
            "https://www.osce.org/files/f/documents/report.pdf",
            "http://example.org",
            "HTTPS://Example.org:8443/a?b=c&d=e#f",
            "https://[2001:db8::1]:443/x",
            "https://пример.рф/страница",
            "https://example.org/path%20with%20escapes",
        ] {
            assert_eq!(checked_link(url).as_deref(), Ok(url), "{url}");
        }
        assert_eq!(
            checked_link("  https://example.org  ").as_deref(),
            Ok("https://example.org")
        );
    }

    #[test]
    fn other_addresses_are_refused_with_their_reason() {
        for (url, problem) in [
            ("", LinkProblem::Empty),
            ("javascript:alert(1)", LinkProblem::NotHttp),
            ("JavaScript:alert(1)//https://x", LinkProblem::NotHttp),
            (
                "data:text/html,<script>alert(1)</script>",
                LinkProblem::NotHttp,
            ),
            ("/items/12", LinkProblem::NotHttp),
            ("//evil.example/", LinkProblem::NotHttp),
            ("ftp://example.org/", LinkProblem::NotHttp),
            ("https:example.org", LinkProblem::NotHttp),
            ("https://", LinkProblem::NoHost),
            ("https:///path", LinkProblem::NoHost),
            ("https://osce.org@evil.example/", LinkProblem::Credentials),
            ("https://a b.org/", LinkProblem::Characters),
            ("https://example.org/\u{0}", LinkProblem::Characters),
            (
                "https://example.org/\r\nSet-Cookie: x",
                LinkProblem::Characters,
            ),
            ("https://exa\u{202E}gro.elpmaxe", LinkProblem::Characters),
            ("https:\\\\evil.example", LinkProblem::Characters),
            ("https://exa<mple.org/", LinkProblem::BadHost),
            ("https://example.org:80a/", LinkProblem::BadHost),
            ("https://.example.org/", LinkProblem::BadHost),
            ("https://[::1/", LinkProblem::BadHost),
        ] {
            assert_eq!(checked_link(url), Err(problem), "{url:?}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_LINK_CHARS));
        assert!(matches!(
            checked_link(&long),
            Err(LinkProblem::TooLong { .. })
        ));
    }
}
