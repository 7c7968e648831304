//! A small arena DOM built by html5ever's tree builder: nodes in a vector, handles are
//! indices. No node is ever freed during a parse; nothing here can panic on any input.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, Namespace, ParseOpts, QualName, parse_document};

#[derive(Debug)]
pub(crate) enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<(String, String)>,
        template: Option<usize>,
    },
    Text(String),
    Other,
}

#[derive(Debug)]
pub(crate) struct Node {
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub data: Data,
}

/// A parsed document; node 0 is the document.
pub(crate) struct Doc {
    pub nodes: Vec<Node>,
    /// Each node's index among its parent's children.
    position: Vec<usize>,
}

pub(crate) fn parse(html: &str) -> Doc {
    let sink = Sink {
        nodes: RefCell::new(vec![Node {
            parent: None,
            children: Vec::new(),
            data: Data::Document,
        }]),
    };
    let nodes = parse_document(sink, ParseOpts::default()).one(StrTendril::from_slice(html));
    let mut position = vec![0; nodes.len()];
    for n in &nodes {
        for (i, &c) in n.children.iter().enumerate() {
            if let Some(p) = position.get_mut(c) {
                *p = i;
            }
        }
    }
    Doc { nodes, position }
}

impl Doc {
    /// The lowercase local name of an element.
    pub(crate) fn tag(&self, id: usize) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            Data::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    pub(crate) fn attr(&self, id: usize, attr: &str) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == attr)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub(crate) fn has_class(&self, id: usize, part: &str) -> bool {
        self.attr(id, "class").is_some_and(|c| {
            c.split_whitespace()
                .any(|t| t.to_lowercase().contains(part))
        })
    }

    pub(crate) fn children(&self, id: usize) -> &[usize] {
        self.nodes.get(id).map_or(&[], |n| n.children.as_slice())
    }

    /// The children of `id`'s parent that come after it.
    pub(crate) fn following_siblings(&self, id: usize) -> &[usize] {
        let Some(parent) = self.parent(id) else {
            return &[];
        };
        let siblings = self.children(parent);
        let at = self.position.get(id).copied().unwrap_or(siblings.len());
        match siblings.get(at) {
            Some(&s) if s == id => &siblings[at + 1..],
            _ => &[],
        }
    }

    pub(crate) fn parent(&self, id: usize) -> Option<usize> {
        self.nodes.get(id)?.parent
    }

    pub(crate) fn text_of(&self, id: usize) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Whether `id` is `ancestor` or inside it.
    pub(crate) fn within(&self, mut id: usize, ancestor: usize) -> bool {
        let mut steps = 0;
        loop {
            if id == ancestor {
                return true;
            }
            match self.parent(id) {
                Some(p) if steps < self.nodes.len() => {
                    id = p;
                    steps += 1;
                }
                _ => return false,
            }
        }
    }

    /// The nodes under `root` in document order, without the subtrees `skip` refuses
    /// (iterative: deep documents cannot overflow the stack).
    pub(crate) fn walk(&self, root: usize, skip: &dyn Fn(usize) -> bool) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            if out.len() > self.nodes.len() || (id != root && skip(id)) {
                continue;
            }
            out.push(id);
            stack.extend(self.children(id).iter().rev());
        }
        out
    }
}

#[derive(Debug)]
pub(crate) struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Sink {
    fn push(&self, data: Data) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data,
        });
        nodes.len() - 1
    }

    fn detach(&self, id: usize) {
        let mut nodes = self.nodes.borrow_mut();
        let Some(parent) = nodes.get_mut(id).and_then(|n| n.parent.take()) else {
            return;
        };
        if let Some(p) = nodes.get_mut(parent) {
            p.children.retain(|&c| c != id);
        }
    }

    /// Appends text to the text node `id` when it is one.
    fn extend_text(&self, id: usize, text: &str) -> bool {
        let mut nodes = self.nodes.borrow_mut();
        match nodes.get_mut(id).map(|n| &mut n.data) {
            Some(Data::Text(t)) => {
                t.push_str(text);
                true
            }
            _ => false,
        }
    }

    fn insert(&self, parent: usize, index: Option<usize>, child: NodeOrText<usize>) {
        let id = match child {
            NodeOrText::AppendText(text) => {
                let before = {
                    let nodes = self.nodes.borrow();
                    nodes.get(parent).and_then(|p| match index {
                        Some(0) => None,
                        Some(i) => p.children.get(i - 1).copied(),
                        None => p.children.last().copied(),
                    })
                };
                if before.is_some_and(|b| self.extend_text(b, &text)) {
                    return;
                }
                self.push(Data::Text(text.to_string()))
            }
            NodeOrText::AppendNode(node) => {
                self.detach(node);
                node
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        if id == parent || id >= nodes.len() || parent >= nodes.len() {
            return;
        }
        let index = index.map(|i| i.min(nodes[parent].children.len()));
        match index {
            Some(i) => nodes[parent].children.insert(i, id),
            None => nodes[parent].children.push(id),
        }
        nodes[id].parent = Some(parent);
    }
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Vec<Node>;
    type ElemName<'a>
        = Name
    where
        Self: 'a;

    fn finish(self) -> Vec<Node> {
        self.nodes.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Name {
        let nodes = self.nodes.borrow();
        match nodes.get(*target).map(|n| &n.data) {
            Some(Data::Element { name, .. }) => Name(name.clone()),
            _ => Name(QualName::new(
                None,
                Namespace::from(""),
                LocalName::from(""),
            )),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        let template = flags.template.then(|| self.push(Data::Document));
        self.push(Data::Element {
            name,
            attrs,
            template,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(Data::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element)
            .is_some_and(|n| n.parent.is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
    }

    fn get_template_contents(&self, target: &usize) -> usize {
        match self.nodes.borrow().get(*target).map(|n| &n.data) {
            Some(Data::Element {
                template: Some(t), ..
            }) => *t,
            _ => *target,
        }
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let place = {
            let nodes = self.nodes.borrow();
            nodes.get(*sibling).and_then(|n| n.parent).and_then(|p| {
                let i = nodes.get(p)?.children.iter().position(|c| c == sibling)?;
                Some((p, i))
            })
        };
        if let Some((parent, i)) = place {
            // A node moved from before the sibling in the same parent shifts the index.
            if let NodeOrText::AppendNode(node) = &new_node {
                let same_parent_before = {
                    let nodes = self.nodes.borrow();
                    nodes.get(*node).and_then(|n| n.parent) == Some(parent)
                        && nodes
                            .get(parent)
                            .and_then(|p| p.children.iter().position(|c| c == node))
                            .is_some_and(|j| j < i)
                };
                let i = if same_parent_before { i - 1 } else { i };
                self.insert(parent, Some(i), new_node);
                return;
            }
            self.insert(parent, Some(i), new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Data::Element { attrs: have, .. }) = nodes.get_mut(*target).map(|n| &mut n.data)
        {
            for a in attrs {
                let name = a.name.local.to_string();
                if !have.iter().any(|(k, _)| *k == name) {
                    have.push((name, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        if node == new_parent {
            return;
        }
        let children = {
            let mut nodes = self.nodes.borrow_mut();
            match nodes.get_mut(*node) {
                Some(n) => std::mem::take(&mut n.children),
                None => return,
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        if *new_parent >= nodes.len() {
            return;
        }
        for &c in &children {
            if let Some(n) = nodes.get_mut(c) {
                n.parent = Some(*new_parent);
            }
        }
        nodes[*new_parent].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tree() {
        let doc = parse("<html><body><p class='a b'>One <b>two</b></p><p>three</body></html>");
        let all = doc.walk(0, &|_| false);
        let ps: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| doc.tag(i) == Some("p"))
            .collect();
        assert_eq!(ps.len(), 2);
        assert!(doc.has_class(ps[0], "b"));
        let texts: Vec<&str> = all.iter().filter_map(|&i| doc.text_of(i)).collect();
        assert_eq!(texts, ["One ", "two", "three"]);
    }

    #[test]
    fn misnested_markup_is_repaired() {
        let doc = parse("<table><tr><td>a</td></tr><p>moved</p></table><b><i>x</b>y</i>");
        let all = doc.walk(0, &|_| false);
        let texts: Vec<&str> = all.iter().filter_map(|&i| doc.text_of(i)).collect();
        assert!(texts.contains(&"moved"), "{texts:?}");
    }
}
