//! A readable difference between two texts, word by word, as HTML with `<del>` and `<ins>`
//! (every word escaped).

/// Texts longer than this many words are compared paragraph by paragraph instead.
const MAX_WORDS: usize = 3_000;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// The operations turning `a` into `b` (longest common subsequence).
fn ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(Op, &'a str)> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if a[i] == b[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n + m);
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((Op::Same, a[i]));
            i += 1;
            j += 1;
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            out.push((Op::Removed, a[i]));
            i += 1;
        } else {
            out.push((Op::Added, b[j]));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|w| (Op::Removed, *w)));
    out.extend(b[j..].iter().map(|w| (Op::Added, *w)));
    out
}

/// `old` → `new` as HTML: removed words in `<del>`, added words in `<ins>`.
pub fn words_html(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return if old == new {
            escape(new)
        } else {
            format!("<del>{}</del> <ins>{}</ins>", escape(old), escape(new))
        };
    }
    let mut out = String::new();
    let mut current: Option<Op> = None;
    for (op, word) in ops(&a, &b) {
        if current != Some(op) {
            match current {
                Some(Op::Removed) => out.push_str("</del>"),
                Some(Op::Added) => out.push_str("</ins>"),
                _ => {}
            }
            if !out.is_empty() {
                out.push(' ');
            }
            match op {
                Op::Removed => out.push_str("<del>"),
                Op::Added => out.push_str("<ins>"),
                Op::Same => {}
            }
            current = Some(op);
        } else {
            out.push(' ');
        }
        out.push_str(&escape(word));
    }
    match current {
        Some(Op::Removed) => out.push_str("</del>"),
        Some(Op::Added) => out.push_str("</ins>"),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_removed_and_added_words() {
        assert_eq!(
            words_html("the quick brown fox", "the slow brown fox jumps"),
            "the <del>quick</del> <ins>slow</ins> brown fox <ins>jumps</ins>"
        );
        assert_eq!(words_html("same text", "same text"), "same text");
        assert_eq!(words_html("", "new"), "<ins>new</ins>");
        assert_eq!(
            words_html("<b>", "<i>"),
            "<del>&lt;b&gt;</del> <ins>&lt;i&gt;</ins>",
            "words are escaped"
        );
    }
}
