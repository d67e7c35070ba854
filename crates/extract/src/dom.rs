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

/// How deeply the tags of `html` nest, roughly: elements that close themselves (`<p>`,
/// `<li>`, void elements) are not counted, and a closing tag closes back to its opener. It
/// guards the tree builders, which slow down more than linearly on hostile nesting.
pub fn markup_depth(html: &str) -> usize {
    const SELF_CLOSING: &[&str] = &[
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "br",
        "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param",
        "html", "head", "body",
    ];
    let mut stack: Vec<&str> = Vec::new();
    let mut max = 0;
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(k) = memchr(b'<', &bytes[at..]) {
        let start = at + k + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        at = name_start + name_len;
        if name_len == 0 {
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let end = memchr(b'>', &bytes[at..]).map_or(bytes.len(), |e| at + e);
        let self_closed = end > 0 && bytes.get(end - 1) == Some(&b'/');
        if SELF_CLOSING.iter().any(|t| t.eq_ignore_ascii_case(name)) || self_closed {
            continue;
        }
        if closing {
            if let Some(k) = stack.iter().rposition(|t| t.eq_ignore_ascii_case(name)) {
                stack.truncate(k);
            }
        } else if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
            // Their content is text, not markup.
            let close = if name.eq_ignore_ascii_case("script") { "</script" } else { "</style" };
            at = find_ci(html, end, close).unwrap_or(html.len());
        } else {
            stack.push(name);
            max = max.max(stack.len());
        }
    }
    max
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

fn find_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = html.as_bytes().get(from..)?;
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes())).map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_of_markup() {
        assert_eq!(markup_depth("<div><p>a<p>b<div><span>c</span></div></div>"), 3);
        assert_eq!(markup_depth("<div><div></div></div><div></div>"), 2);
        assert_eq!(markup_depth("<script>if (a<b) { x = '<div><div>' }</script><div></div>"), 1);
        assert_eq!(markup_depth(&"<div>".repeat(900)), 900);
        assert_eq!(markup_depth("<ul><li>a<li>b</ul><br><img src=x>"), 1);
    }
}
