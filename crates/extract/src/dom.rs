//! A read-only copy of the parsed page in pre-order, made for the analyses: a node's subtree is
//! the range `idx..end`, so walking children, measuring text and testing ancestry need no
//! pointer chasing and no recursion (hostile pages nest thousands of levels deep).

use dom_query::{Document, LocalName, NodeData, NodeId, NodeRef};

/// The page as a flat pre-order arena.
pub struct Dom {
    /// Nodes in document order; the document node is at 0.
    pub nodes: Vec<Node>,
}

/// One node: an element or a text.
pub struct Node {
    /// The parent's index (the document node has none).
    pub parent: Option<usize>,
    /// One past the last node of this node's subtree.
    pub end: usize,
    /// Element or text.
    pub kind: Kind,
}

/// What a node is.
pub enum Kind {
    /// The document itself.
    Document,
    /// An element with its lower-case tag name and attributes.
    Element { tag: LocalName, attrs: Vec<(LocalName, String)> },
    /// A text node.
    Text(String),
}

impl Dom {
    /// Copies the tree of `doc`. Comments, doctypes and processing instructions are left out.
    pub fn new(doc: &Document) -> Dom {
        let tree = &doc.tree;
        let mut nodes: Vec<Node> = Vec::with_capacity(tree.len());
        // (node id, parent index); children are pushed in reverse so they pop in order.
        let mut stack: Vec<(NodeId, Option<usize>)> = vec![(doc.root().id, None)];
        // Open elements whose `end` is still to be set, as (index, parent index).
        let mut open: Vec<usize> = Vec::new();
        while let Some((id, parent)) = stack.pop() {
            // `open` is the chain of ancestors of the node about to be copied: close the
            // elements whose subtrees ended.
            while let Some(&top) = open.last() {
                if Some(top) == parent {
                    break;
                }
                nodes[top].end = nodes.len();
                open.pop();
            }
            let node = NodeRef::new(id, tree);
            let Some((kind, first_child)) = node.query(|n| {
                let kind = match &n.data {
                    NodeData::Document | NodeData::Fragment => Some(Kind::Document),
                    NodeData::Element(el) => Some(Kind::Element {
                        tag: el.name.local.clone(),
                        attrs: el.attrs.iter().map(|a| (a.name.local.clone(), a.value.to_string())).collect(),
                    }),
                    NodeData::Text { contents } => Some(Kind::Text(contents.to_string())),
                    _ => None,
                };
                (kind, n.first_child)
            }) else {
                continue;
            };
            let Some(kind) = kind else { continue };
            let idx = nodes.len();
            let has_children = first_child.is_some() && !matches!(kind, Kind::Text(_));
            nodes.push(Node { parent, end: idx + 1, kind });
            if has_children {
                open.push(idx);
                let mut kids = Vec::new();
                let mut next = first_child;
                while let Some(c) = next {
                    kids.push(c);
                    next = NodeRef::new(c, tree).query(|n| n.next_sibling).flatten();
                }
                stack.extend(kids.into_iter().rev().map(|c| (c, Some(idx))));
            }
        }
        let n = nodes.len();
        for idx in open {
            nodes[idx].end = n;
        }
        Dom { nodes }
    }

    /// The tag of node `idx` if it is an element.
    pub fn tag(&self, idx: usize) -> Option<&LocalName> {
        match &self.nodes[idx].kind {
            Kind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    /// The value of attribute `name` of node `idx`.
    pub fn attr(&self, idx: usize, name: &str) -> Option<&str> {
        match &self.nodes[idx].kind {
            Kind::Element { attrs, .. } => attrs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// The elements with tag `tag`, in document order.
    pub fn elements<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = usize> + 'a {
        (0..self.nodes.len()).filter(move |&i| self.tag(i).is_some_and(|t| &**t == tag))
    }

    /// Whether `a` is `b` or one of its ancestors.
    pub fn contains(&self, a: usize, b: usize) -> bool {
        a <= b && b < self.nodes[a].end
    }

    /// The text of a subtree as written (for `<script>` data).
    pub fn text_raw(&self, idx: usize) -> String {
        let mut out = String::new();
        for node in &self.nodes[idx..self.nodes[idx].end] {
            if let Kind::Text(t) = &node.kind {
                out.push_str(t);
            }
        }
        out
    }

    /// The text of a subtree, with whitespace runs collapsed to one space and trimmed.
    pub fn text(&self, idx: usize) -> String {
        let mut out = String::new();
        for node in &self.nodes[idx..self.nodes[idx].end] {
            if let Kind::Text(t) = &node.kind {
                push_collapsed(&mut out, t);
            }
        }
        out.trim_end().to_owned()
    }
}

/// Appends `text` to `out` with whitespace runs collapsed to one space and no leading space.
pub fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}
