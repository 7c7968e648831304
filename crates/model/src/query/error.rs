//! Why a request was refused, and where: [`QueryError`] and the JSON Pointers it carries.

use std::fmt;

/// Why a request was refused: a stable code (see [`code`]), a message for the developer
/// and a JSON Pointer (RFC 6901) to the offending part of the request, e.g.
/// `/filter/conditions/1/field` (empty for the request as a whole). For a query string the
/// pointer addresses the JSON tree the pairs stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub code: &'static str,
    pub message: String,
    pub pointer: String,
}

impl QueryError {
    pub(super) fn new(code: &'static str, message: impl Into<String>, at: &Ptr) -> QueryError {
        QueryError {
            code,
            message: message.into(),
            pointer: at.0.clone(),
        }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{} (at {})", self.message, self.pointer)
        }
    }
}

impl std::error::Error for QueryError {}

pub(super) type Result<T> = std::result::Result<T, QueryError>;

/// A JSON Pointer being built while descending into the request.
#[derive(Debug, Clone)]
pub(super) struct Ptr(pub(super) String);

/// The most characters of one key a pointer quotes.
pub(super) const MAX_POINTER_KEY_CHARS: usize = 100;

impl Ptr {
    pub(super) fn root() -> Ptr {
        Ptr(String::new())
    }

    /// The pointer one key further. A key longer than [`MAX_POINTER_KEY_CHARS`] (no key
    /// the API knows comes near) is cut, with "…": an error never quotes more of what was
    /// sent than that.
    pub(super) fn key(&self, key: &str) -> Ptr {
        let mut s = self.0.clone();
        s.push('/');
        for c in key.chars().take(MAX_POINTER_KEY_CHARS) {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        if key.chars().nth(MAX_POINTER_KEY_CHARS).is_some() {
            s.push('…');
        }
        Ptr(s)
    }

    pub(super) fn index(&self, i: usize) -> Ptr {
        Ptr(format!("{}/{i}", self.0))
    }

    /// The place in messages: `limit`, `facets/0/limit`.
    pub(super) fn plain(&self) -> &str {
        self.0.strip_prefix('/').unwrap_or("the request")
    }

    /// The place quoted in messages: `'sort/0'`, or "the request".
    pub(super) fn quoted(&self) -> String {
        match self.0.strip_prefix('/') {
            Some(p) => format!("'{p}'"),
            None => "the request".to_owned(),
        }
    }
}
