//! Query strings in bracket syntax (`filter[conditions][0][field]=country`): the pairs
//! become the JSON tree a request body would be.

use std::collections::BTreeMap;

use serde_json::Value;

use super::code;
use super::error::{Ptr, QueryError, Result};
use super::limits::*;
use super::read::shown;

/// One bracket of a query-string name.
#[derive(Debug)]
pub(super) enum Segment {
    /// `[name]`: a key of an object.
    Key(String),
    /// `[3]`: an element of a list.
    Index(usize),
    /// `[]`: a new element at the end of a list.
    Append,
}

/// The tree being built from the pairs.
#[derive(Debug)]
pub(super) enum Node {
    /// Created by a name, its shape not yet known.
    Pending,
    Leaf(String),
    List(BTreeMap<usize, Node>),
    Map(BTreeMap<String, Node>),
}

/// Splits `filter[conditions][0][field]` into `filter` and its segments.
pub(super) fn parse_name(name: &str) -> Result<(&str, Vec<Segment>)> {
    let (head, mut rest) = match name.find('[') {
        Some(i) => name.split_at(i),
        None => (name, ""),
    };
    let malformed = |why: &str| {
        let at = if head.is_empty() || head.contains(']') {
            Ptr::root()
        } else {
            Ptr::root().key(head)
        };
        QueryError::new(
            code::MALFORMED,
            format!("malformed parameter name '{}': {why}", shown(name)),
            &at,
        )
    };
    if head.is_empty() {
        return Err(malformed("it needs a name before any '['"));
    }
    if head.contains(']') {
        return Err(malformed("']' without '['"));
    }
    let mut segments = Vec::new();
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err(malformed("expected '[' after ']'"));
        };
        let Some(end) = inner.find(']') else {
            return Err(malformed("'[' without ']'"));
        };
        let part = &inner[..end];
        if part.contains('[') {
            return Err(malformed("brackets cannot be nested"));
        }
        rest = &inner[end + 1..];
        if segments.len() == MAX_BRACKETS {
            return Err(QueryError::new(
                code::TOO_DEEP,
                format!(
                    "parameter name '{}' has too many brackets (at most {MAX_BRACKETS})",
                    shown(name)
                ),
                &Ptr::root().key(head),
            ));
        }
        segments.push(if part.is_empty() {
            Segment::Append
        } else if part.bytes().all(|b| b.is_ascii_digit()) {
            match part.parse::<usize>() {
                Ok(i) if i <= MAX_INDEX => Segment::Index(i),
                _ => {
                    return Err(QueryError::new(
                        code::OUT_OF_RANGE,
                        format!(
                            "index {} in '{}' is too large (at most {MAX_INDEX})",
                            shown(part),
                            shown(name)
                        ),
                        &Ptr::root().key(head),
                    ));
                }
            }
        } else {
            Segment::Key(part.to_owned())
        });
    }
    Ok((head, segments))
}

pub(super) fn shape_conflict(name: &str, path: &str, at: &Ptr) -> QueryError {
    QueryError::new(
        code::CONFLICT,
        format!(
            "'{}' is given in two shapes that do not fit together (a single value, a list \
             or an object), e.g. by '{}'",
            shown(path),
            shown(name)
        ),
        at,
    )
}

/// Puts one pair into the tree.
pub(super) fn insert(root: &mut BTreeMap<String, Node>, name: &str, value: &str) -> Result<()> {
    let (head, segments) = parse_name(name)?;
    let mut at = Ptr::root().key(head);
    let mut path = head.to_owned();
    let mut node = root.entry(head.to_owned()).or_insert(Node::Pending);
    for segment in &segments {
        match segment {
            Segment::Key(key) => {
                if matches!(node, Node::Pending) {
                    *node = Node::Map(BTreeMap::new());
                }
                let Node::Map(map) = node else {
                    return Err(shape_conflict(name, &path, &at));
                };
                at = at.key(key);
                path = format!("{path}[{key}]");
                node = map.entry(key.clone()).or_insert(Node::Pending);
            }
            Segment::Index(_) | Segment::Append => {
                if matches!(node, Node::Pending) {
                    *node = Node::List(BTreeMap::new());
                }
                let Node::List(list) = node else {
                    return Err(shape_conflict(name, &path, &at));
                };
                let i = match segment {
                    Segment::Index(i) => *i,
                    _ => list.keys().next_back().map_or(0, |last| last + 1),
                };
                if i > MAX_INDEX {
                    return Err(QueryError::new(
                        code::OUT_OF_RANGE,
                        format!(
                            "'{}' has too many elements (at most {MAX_INDEX})",
                            shown(&path)
                        ),
                        &at,
                    ));
                }
                at = at.index(i);
                path = format!("{path}[{i}]");
                node = list.entry(i).or_insert(Node::Pending);
            }
        }
    }
    if value.chars().count() > MAX_PAIR_CHARS {
        return Err(QueryError::new(
            code::TOO_LONG,
            format!(
                "the value of '{}' is too long (at most {MAX_PAIR_CHARS} characters)",
                shown(name)
            ),
            &at,
        ));
    }
    match node {
        Node::Pending => {
            *node = Node::Leaf(value.to_owned());
            Ok(())
        }
        Node::Leaf(_) => Err(QueryError::new(
            code::DUPLICATE,
            format!("'{}' is given more than once", shown(name)),
            &at,
        )),
        Node::List(_) | Node::Map(_) => Err(shape_conflict(name, &path, &at)),
    }
}

pub(super) fn into_json(node: Node) -> Value {
    match node {
        Node::Pending => Value::Null,
        Node::Leaf(s) => Value::String(s),
        Node::List(list) => Value::Array(list.into_values().map(into_json).collect()),
        Node::Map(map) => Value::Object(map.into_iter().map(|(k, v)| (k, into_json(v))).collect()),
    }
}

/// Turns decoded query-string pairs in bracket syntax into the JSON tree a request body
/// would be: `a[b]=1` gives `{"a": {"b": "1"}}`; `a[]=1&a[]=2` and `a[0]=1&a[1]=2` give
/// `{"a": ["1", "2"]}` (a list keeps its indices' order; gaps close up); every value is a
/// string. A name given twice, or in two shapes (`a=1&a[b]=2`), is refused, as are more
/// than [`MAX_PAIRS`] pairs, names or values longer than [`MAX_PAIR_CHARS`] characters and
/// indices above [`MAX_INDEX`].
pub fn pairs_to_json(pairs: &[(String, String)]) -> Result<Value> {
    if pairs.len() > MAX_PAIRS {
        return Err(QueryError::new(
            code::TOO_MANY,
            format!(
                "the query string has too many parameters ({}; at most {MAX_PAIRS}); send a \
                 large request as a JSON body instead",
                pairs.len()
            ),
            &Ptr::root(),
        ));
    }
    let mut root = BTreeMap::new();
    for (name, value) in pairs {
        if name.chars().count() > MAX_PAIR_CHARS {
            return Err(QueryError::new(
                code::TOO_LONG,
                format!(
                    "a parameter name is too long (at most {MAX_PAIR_CHARS} characters): '{}'",
                    shown(name)
                ),
                &Ptr::root(),
            ));
        }
        insert(&mut root, name, value)?;
    }
    Ok(into_json(Node::Map(root)))
}
