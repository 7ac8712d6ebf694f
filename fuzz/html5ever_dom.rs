//! html5ever's reference DOM as `lede::html_text` walks it: the stand-in for the browser's
//! DOMParser document, shared by the fuzz target (`fuzz_targets/html_text.rs`) and the reader
//! suite's native runner (`tools/suites/lede-suite`), each including it with `#[path]`.

use lede::html_text::{HtmlNode, NodeKind};
use markup5ever_rcdom::{Handle, NodeData};

/// A node of html5ever's reference DOM, as `lede::html_text`'s walk sees it.
pub struct Dom(pub Handle);

impl HtmlNode for Dom {
    type Children = std::vec::IntoIter<Dom>;

    fn kind(&self) -> NodeKind {
        match &self.0.data {
            NodeData::Text { contents } => NodeKind::Text(contents.borrow().to_string()),
            NodeData::Element { name, .. } => NodeKind::Element(name.local.to_string()),
            _ => NodeKind::Other,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs
                .borrow()
                .iter()
                .find(|attr| attr.name.ns.is_empty() && &*attr.name.local == name)
                .map(|attr| attr.value.to_string()),
            _ => None,
        }
    }

    fn children(&self) -> Self::Children {
        self.0.children.borrow().iter().cloned().map(Dom).collect::<Vec<_>>().into_iter()
    }
}

/// The first child of `node` that is an element named one of `names` (as `document.body` is
/// found: the `<body>` or `<frameset>` child of the `<html>` element).
pub fn child_named(node: &Handle, names: &[&str]) -> Option<Handle> {
    node.children
        .borrow()
        .iter()
        .find(|child| {
            matches!(&child.data, NodeData::Element { name, .. } if names.contains(&&*name.local))
        })
        .cloned()
}
