//! The article body: a cascade in the manner of trafilatura.
//!
//! 1. Prune what is never article text: scripts, forms, hidden elements, navigation, asides,
//!    headers and footers, figures with their captions, and elements whose class or id names
//!    boilerplate (share, related, newsletter, cookie, comment, …) unless they wrap most of
//!    the page.
//! 2. Find the container: `itemprop="articleBody"`, then a class or id naming an article body
//!    (`article-body`, `entry-content`, `story__text`, …), then `<article>` (not one holding
//!    other articles), then `<main>`; among matches the one with the most text outside links
//!    wins, same-named siblings of it join in, and so does a standfirst (a summary paragraph
//!    named `standfirst`, `summary`, `dek`, …) just above it.
//! 3. Cut the container into blocks (paragraphs, subheads, list items, quotes) and drop link
//!    lists, short furniture lines, repeats, the headline, and subheads or calls to action
//!    left at the end.
//! 4. Run a Readability pass (dom_smoothie) as a second opinion: the cascade's first and last
//!    blocks must be confirmed by it. When the cascade finds too little, Readability's lines
//!    that pruning kept are the body; then JSON-LD `articleBody`; then all the kept text.

use dom_query::{Document, local_name};

use crate::dom::{Dom, Kind, push_collapsed};
use crate::{Block, BlockKind};

/// How the body of a page was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Method {
    /// The cascade's container.
    Cascade,
    /// The Readability pass.
    Readability,
    /// JSON-LD `articleBody`.
    JsonLd,
}

/// The body of the page: blocks, and the method that produced them.
pub fn body(
    dom: &Dom,
    doc: &Document,
    url: Option<&str>,
    titles: &[String],
    json_ld_body: Option<&str>,
) -> (Vec<Block>, Method) {
    let prune = Prune::new(dom);
    let roots = container(dom, &prune);
    let cascade = match &roots {
        Some(roots) => clean(roots.iter().flat_map(|&r| cut(dom, &prune, r)).collect(), titles),
        None => Vec::new(),
    };
    let readability = readability(doc, url).map(|r| clean(r, titles)).unwrap_or_default();
    let enough = chars(&cascade) >= 200 || (!cascade.is_empty() && chars(&readability) <= 2 * chars(&cascade));
    if enough {
        return (trim_to(cascade, &readability), Method::Cascade);
    }
    // Readability does not know our boilerplate words: its lines must be in what pruning kept.
    let whole = dom.elements("body").next().map(|b| clean(cut(dom, &prune, b), titles)).unwrap_or_default();
    let kept = Seen::new(&whole);
    let readability: Vec<Block> = readability.into_iter().filter(|b| kept.has(&b.text)).collect();
    if !readability.is_empty() {
        return (readability, Method::Readability);
    }
    if !cascade.is_empty() {
        return (cascade, Method::Cascade);
    }
    if let Some(text) = json_ld_body {
        let blocks = text
            .split('\n')
            .map(collapse)
            .filter(|t| !t.is_empty())
            .map(|text| Block { kind: BlockKind::Paragraph, text })
            .collect();
        return (blocks, Method::JsonLd);
    }
    // No container, no Readability result, no JSON-LD body: all the text that pruning kept.
    (whole, Method::Cascade)
}

/// The body by the Readability pass alone (for the comparison in `cargo xtask eval extract`).
pub fn readability_only(doc: &Document, url: Option<&str>, titles: &[String]) -> Vec<Block> {
    readability(doc, url).map(|r| clean(r, titles)).unwrap_or_default()
}

/// Drops the cascade's leading and trailing blocks that the Readability pass does not also
/// have: what the two disagree on at the edges of the article is page furniture (a date
/// line above, tags and share prompts below) far more often than text.
fn trim_to(blocks: Vec<Block>, other: &[Block]) -> Vec<Block> {
    if other.is_empty() {
        return blocks;
    }
    let seen = Seen::new(other);
    let first = blocks.iter().position(|b| seen.has(&b.text));
    let last = blocks.iter().rposition(|b| seen.has(&b.text));
    match (first, last) {
        (Some(a), Some(b)) => blocks.into_iter().skip(a).take(b + 1 - a).collect(),
        _ => blocks,
    }
}

/// The text of some blocks, to ask whether a line of another extraction is in it.
struct Seen {
    text: String,
    grams: std::collections::HashSet<u64>,
}

impl Seen {
    fn new(blocks: &[Block]) -> Seen {
        let text: String = blocks.iter().map(|b| key(&b.text)).collect::<Vec<_>>().join("\n");
        let grams = text.split('\n').flat_map(trigrams).map(hash).collect();
        Seen { text, grams }
    }

    /// Whether most of the line's word trigrams (or, for a line of one or two words, the
    /// line itself) occur in the text.
    fn has(&self, line: &str) -> bool {
        let k = key(line);
        let g: Vec<&str> = trigrams(&k).collect();
        if g.is_empty() {
            self.text.split('\n').any(|l| l == k)
        } else {
            g.iter().filter(|x| self.grams.contains(&hash(x))).count() * 2 >= g.len()
        }
    }
}

fn hash(s: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(s)
}

/// Word trigrams of a key (lower-case words separated by single spaces), as slices.
fn trigrams(k: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = std::iter::once(0).chain(k.match_indices(' ').map(|(i, _)| i + 1)).collect();
    let n = starts.len();
    (0..n.saturating_sub(2)).map(move |i| {
        let end = if i + 3 < n { starts[i + 3] - 1 } else { k.len() };
        &k[starts[i]..end]
    })
}

fn chars(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.text.len()).sum()
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out.trim_end().to_owned()
}

/// dom_smoothie's Readability on a copy of the document, as blocks (one per line of its text).
fn readability(doc: &Document, url: Option<&str>) -> Option<Vec<RawBlock>> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut r = dom_smoothie::Readability::with_document(doc.clone(), url, Some(cfg)).ok()?;
    // A panic inside the second opinion must not take the page (or a batch) down with it: the
    // cascade's answer stands alone then.
    let article = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| r.parse())).ok()?.ok()?;
    Some(
        article
            .text_content
            .split('\n')
            .map(collapse)
            .filter(|t| !t.is_empty())
            .map(|text| RawBlock { kind: BlockKind::Paragraph, n_link: 0, text })
            .collect(),
    )
}

/// A block before cleaning: its text and how much of it sits in links.
struct RawBlock {
    kind: BlockKind,
    text: String,
    n_link: usize,
}

/// Which elements are pruned, and how much clean text each subtree holds.
struct Prune {
    /// `pruned[i]`: element `i` is boilerplate or invisible (its subtree is skipped).
    pruned: Vec<bool>,
    /// Prefix sums of the characters of text outside pruned subtrees and outside links.
    good: Vec<usize>,
}

impl Prune {
    fn new(dom: &Dom) -> Prune {
        let n = dom.nodes.len();
        // Prefix sums of the text a browser would show, to weigh a subtree against the page.
        let mut shown = vec![0; n + 1];
        let mut unshown = vec![false; n];
        for i in 0..n {
            let parent = dom.nodes[i].parent;
            unshown[i] = parent.is_some_and(|p| unshown[p]) || dom.tag(i).is_some_and(|t| is_code_tag(t));
            let add = match &dom.nodes[i].kind {
                Kind::Text(t) if !unshown[i] => t.split_whitespace().map(str::len).sum::<usize>(),
                _ => 0,
            };
            shown[i + 1] = shown[i] + add;
        }
        let total = shown[n].max(1);
        let mut pruned = vec![false; n];
        let mut good = vec![0; n + 1];
        // Nodes are in pre-order, so a parent is decided before its children.
        let mut in_link = vec![false; n];
        for i in 0..n {
            let parent = dom.nodes[i].parent;
            let parent_pruned = parent.is_some_and(|p| pruned[p]);
            let parent_link = parent.is_some_and(|p| in_link[p]);
            pruned[i] = parent_pruned
                || match verdict(dom, i) {
                    Verdict::Keep => false,
                    Verdict::Drop => true,
                    // A wrapper of most of the page is not a box on it, whatever its name says.
                    Verdict::DropUnlessWrapper => (shown[dom.nodes[i].end] - shown[i]) * 5 < total * 2,
                };
            in_link[i] = parent_link || dom.tag(i).is_some_and(|t| *t == local_name!("a"));
            let add = match &dom.nodes[i].kind {
                Kind::Text(t) if !pruned[i] && !in_link[i] => t.split_whitespace().map(str::len).sum::<usize>(),
                _ => 0,
            };
            good[i + 1] = good[i] + add;
        }
        Prune { pruned, good }
    }

    fn good_text(&self, dom: &Dom, idx: usize) -> usize {
        self.good[dom.nodes[idx].end] - self.good[idx]
    }
}

/// Tags whose content is not shown as text.
fn is_code_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "head"
    )
}

/// Tags whose content is never article text.
fn is_furniture_tag(tag: &str) -> bool {
    matches!(
        tag,
        "video"
            | "audio"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "nav"
            | "aside"
            | "footer"
            | "figure"
            | "figcaption"
            | "dialog"
            | "menu"
            | "address"
    )
}

/// What pruning does with an element.
enum Verdict {
    Keep,
    Drop,
    /// Boilerplate by its name or role, unless it wraps most of the page's text (a page-wide
    /// `<form>`, a `div.page-wrapper.has-sidebar`).
    DropUnlessWrapper,
}

/// Words in class and id names that mark boilerplate.
const BOILER_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "advertising",
    "author",
    "banner",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "credit",
    "dfp",
    "disqus",
    "donate",
    "footer",
    "gallery",
    "gdpr",
    "header",
    "masthead",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "newsletters",
    "outbrain",
    "pagination",
    "popular",
    "popup",
    "promo",
    "promotion",
    "recirc",
    "recommendations",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "slideshow",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "trending",
    "widget",
];

/// Whole class names that hide an element from sighted readers.
const HIDDEN_CLASSES: &[&str] =
    &["hidden", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "d-none", "hide"];

/// Compounds (tokens joined by `-`) that mark link boxes.
const BOILER_COMPOUNDS: &[&str] = &["read-more", "more-stories", "most-read", "most-popular", "see-also", "also-read"];

fn verdict(dom: &Dom, i: usize) -> Verdict {
    let Some(tag) = dom.tag(i) else { return Verdict::Keep };
    if is_code_tag(tag) || is_furniture_tag(tag) {
        return Verdict::Drop;
    }
    if dom.attr(i, "hidden").is_some() || dom.attr(i, "style").is_some_and(hidden_style) {
        return Verdict::Drop;
    }
    if matches!(&**tag, "html" | "body") {
        return Verdict::Keep;
    }
    let class = dom.attr(i, "class").unwrap_or("");
    if class.split_ascii_whitespace().any(|c| HIDDEN_CLASSES.contains(&c.to_ascii_lowercase().as_str())) {
        return Verdict::Drop;
    }
    let id = dom.attr(i, "id").unwrap_or("");
    let named = boiler_name(class) || boiler_name(id);
    let role = dom
        .attr(i, "role")
        .is_some_and(|r| matches!(r, "navigation" | "complementary" | "banner" | "contentinfo" | "dialog"));
    let aria_hidden = dom.attr(i, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if named || role || aria_hidden || matches!(&**tag, "form" | "header") {
        Verdict::DropUnlessWrapper
    } else {
        Verdict::Keep
    }
}

/// Whether a class or id value names boilerplate.
fn boiler_name(name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let words = words(name);
    if words.iter().any(|w| BOILER_WORDS.contains(&w.as_str())) {
        return true;
    }
    let joined = words.join("-");
    BOILER_COMPOUNDS.iter().any(|c| joined.contains(c))
}

/// Lower-case words of a class or id value: split at punctuation, spaces and camelCase humps.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn hidden_style(style: &str) -> bool {
    let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// Subject and body words that together name an article-body container (`article-body`,
/// `entry-content`, `story__text`, `post-body`).
const SUBJECT_WORDS: &[&str] = &["article", "story", "entry", "post", "news", "blog", "body", "main"];
const BODY_WORDS: &[&str] = &["body", "content", "text", "copy", "article"];

fn names_article_body(dom: &Dom, i: usize) -> bool {
    [dom.attr(i, "class"), dom.attr(i, "id")].into_iter().flatten().any(|v| {
        v.split_ascii_whitespace().any(|c| {
            let w = words(c);
            w.len() >= 2
                && w.len() <= 4
                && w.iter().any(|x| SUBJECT_WORDS.contains(&x.as_str()))
                && w.iter().any(|x| BODY_WORDS.contains(&x.as_str()))
                && w.iter().filter(|x| SUBJECT_WORDS.contains(&x.as_str()) || BODY_WORDS.contains(&x.as_str())).count()
                    >= 2
        })
    })
}

/// The container(s) of the article text; `None` when no rule finds one.
fn container(dom: &Dom, prune: &Prune) -> Option<Vec<usize>> {
    let n = dom.nodes.len();
    let body_text = dom.elements("body").next().map_or(prune.good[n], |b| prune.good_text(dom, b));
    type Rule = fn(&Dom, usize) -> bool;
    let rules: [Rule; 4] = [
        |d, i| d.attr(i, "itemprop").is_some_and(|v| v.split_ascii_whitespace().any(|p| p == "articleBody")),
        names_article_body,
        |d, i| d.tag(i).is_some_and(|t| *t == local_name!("article")),
        |d, i| d.tag(i).is_some_and(|t| *t == local_name!("main")) || d.attr(i, "role") == Some("main"),
    ];
    for rule in rules {
        let mut matches: Vec<usize> =
            (0..n).filter(|&i| !prune.pruned[i] && dom.tag(i).is_some() && rule(dom, i)).collect();
        // A container of containers (an article holding other articles) is a listing.
        let all = matches.clone();
        matches.retain(|&m| !all.iter().any(|&o| o != m && dom.contains(m, o) && prune.good_text(dom, o) >= 200));
        let Some(&best) = matches.iter().max_by_key(|&&i| prune.good_text(dom, i)) else { continue };
        let best_text = prune.good_text(dom, best);
        if best_text < 200 || best_text * 5 < body_text {
            continue;
        }
        // The body split into several same-named blocks (text, ad, text): keep them all, in order.
        let class = dom.attr(best, "class");
        let tag = dom.tag(best);
        let mut roots: Vec<usize> = Vec::new();
        for &m in &matches {
            let same = m == best
                || (dom.tag(m) == tag && dom.attr(m, "class") == class && prune.good_text(dom, m) * 10 >= best_text);
            if same && !roots.iter().any(|&r| dom.contains(r, m)) {
                roots.retain(|&r| !dom.contains(m, r));
                roots.push(m);
            }
        }
        roots.sort_unstable();
        if let Some(lede) = standfirst(dom, prune, roots[0]) {
            roots.insert(0, lede);
        }
        return Some(roots);
    }
    None
}

/// Words in class, id and itemprop names of the summary set above an article's body.
const STANDFIRST_WORDS: &[&str] =
    &["standfirst", "summary", "lede", "dek", "intro", "description", "subtitle", "subheadline"];

/// The standfirst just before the body container (or before its parent or grandparent):
/// a short summary paragraph that readers take as the article's first.
fn standfirst(dom: &Dom, prune: &Prune, root: usize) -> Option<usize> {
    let mut at = root;
    for _ in 0..3 {
        let parent = dom.nodes[at].parent?;
        let prev = prev_element(dom, parent, at);
        if let Some(p) = prev {
            let named = ["class", "id", "itemprop"]
                .into_iter()
                .filter_map(|a| dom.attr(p, a))
                .any(|v| words(v).iter().any(|w| STANDFIRST_WORDS.contains(&w.as_str())));
            let n = prune.good_text(dom, p);
            if named && !prune.pruned[p] && (40..=800).contains(&n) {
                return Some(p);
            }
        }
        at = parent;
    }
    None
}

/// The element before `child` among the children of `parent`.
fn prev_element(dom: &Dom, parent: usize, child: usize) -> Option<usize> {
    let mut prev = None;
    let mut at = parent + 1;
    while at < child {
        if dom.tag(at).is_some() {
            prev = Some(at);
        }
        at = dom.nodes[at].end;
    }
    prev
}

/// Cuts the subtree at `root` into blocks at block-level elements and line breaks.
fn cut(dom: &Dom, prune: &Prune, root: usize) -> Vec<RawBlock> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut n_link = 0usize;
    // Open elements on the path from `root`: (end of subtree, tag kind).
    let mut open: Vec<(usize, Ctx)> = Vec::new();
    let end = dom.nodes[root].end;
    let mut i = root + 1;
    let flush = |cur: &mut String, n_link: &mut usize, open: &[(usize, Ctx)], out: &mut Vec<RawBlock>| {
        let text = cur.trim().to_owned();
        cur.clear();
        if !text.is_empty() {
            let kind = open
                .iter()
                .rev()
                .find_map(|(_, c)| match c {
                    Ctx::Heading => Some(BlockKind::Heading),
                    Ctx::Item => Some(BlockKind::ListItem),
                    Ctx::Pre => Some(BlockKind::Preformatted),
                    _ => None,
                })
                .or_else(|| open.iter().any(|(_, c)| *c == Ctx::Quote).then_some(BlockKind::Quote))
                .unwrap_or(BlockKind::Paragraph);
            out.push(RawBlock { kind, text, n_link: *n_link });
        }
        *n_link = 0;
    };
    while i < end {
        // Leaving elements: a block's text is flushed while the block is still open, so it
        // gets the block's kind.
        while let Some(&(e, ctx)) = open.last() {
            if e > i {
                break;
            }
            if ctx != Ctx::Inline && ctx != Ctx::Link {
                flush(&mut cur, &mut n_link, &open, &mut out);
            }
            open.pop();
        }
        let node = &dom.nodes[i];
        match &node.kind {
            Kind::Text(t) => {
                let before = cur.len();
                if open.iter().any(|(_, c)| *c == Ctx::Pre) {
                    // Keep the lines of preformatted text apart.
                    for (k, line) in t.split('\n').enumerate() {
                        if k > 0 {
                            flush(&mut cur, &mut n_link, &open, &mut out);
                        }
                        push_collapsed(&mut cur, line);
                    }
                } else {
                    push_collapsed(&mut cur, t);
                }
                if open.iter().any(|(_, c)| *c == Ctx::Link) {
                    n_link += cur.len().saturating_sub(before);
                }
                i += 1;
            }
            Kind::Element { tag, .. } => {
                if prune.pruned[i] {
                    i = node.end;
                    continue;
                }
                let ctx = context(tag);
                let breaks = *tag == local_name!("br") || *tag == local_name!("hr");
                if breaks || (ctx != Ctx::Inline && ctx != Ctx::Link) {
                    flush(&mut cur, &mut n_link, &open, &mut out);
                } else if ctx == Ctx::Inline && matches!(&**tag, "td" | "th") && !cur.is_empty() && !cur.ends_with(' ')
                {
                    cur.push(' ');
                }
                open.push((node.end, ctx));
                i += 1;
            }
            Kind::Document => i += 1,
        }
    }
    while let Some(&(_, ctx)) = open.last() {
        if ctx != Ctx::Inline && ctx != Ctx::Link {
            flush(&mut cur, &mut n_link, &open, &mut out);
        }
        open.pop();
    }
    flush(&mut cur, &mut n_link, &open, &mut out);
    out
}

/// How an element shapes the blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    Inline,
    Link,
    Block,
    Heading,
    Item,
    Quote,
    Pre,
}

fn context(tag: &str) -> Ctx {
    match tag {
        "a" => Ctx::Link,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Ctx::Heading,
        "li" | "dt" | "dd" => Ctx::Item,
        "blockquote" => Ctx::Quote,
        "pre" => Ctx::Pre,
        "p" | "div" | "section" | "article" | "main" | "ul" | "ol" | "dl" | "table" | "tr" | "tbody" | "thead"
        | "tfoot" | "center" | "details" | "summary" | "fieldset" | "hgroup" | "caption" => Ctx::Block,
        _ => Ctx::Inline,
    }
}

/// Short lines that are page furniture wherever they appear.
const FURNITURE: &[&str] = &[
    "advertisement",
    "advertisements",
    "story continues below",
    "article continues below",
    "continue reading",
    "read more",
    "click here",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "follow us",
    "sign up",
    "subscribe",
    "related",
    "related articles",
    "related stories",
    "see also",
    "more stories",
    "most read",
    "skip to content",
    "skip to main content",
    "back to top",
];

/// Drops link lists, furniture, repeats and the headline; trims headings left at the end.
fn clean(blocks: Vec<RawBlock>, titles: &[String]) -> Vec<Block> {
    let title_keys: Vec<String> = titles.iter().map(|t| key(t)).collect();
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Block> = Vec::new();
    for b in blocks {
        let n = b.text.len();
        // Mostly links: a link list or a "read more" line. A list item that opens with a link
        // and goes on to describe it is text.
        if (b.n_link * 2 > n && n < 200) || b.n_link * 5 > n * 4 {
            continue;
        }
        let k = key(&b.text);
        if k.is_empty() {
            continue;
        }
        if n < 60 && FURNITURE.contains(&k.as_str()) {
            continue;
        }
        if title_keys.contains(&k) {
            continue;
        }
        if n > 30 && !seen.insert(k) {
            continue;
        }
        out.push(Block { kind: b.kind, text: b.text });
    }
    // At the end: subheads left without text, and calls to action (subscribe, follow).
    while out.last().is_some_and(|b| b.kind == BlockKind::Heading || (b.text.len() < 250 && is_call_to_action(&b.text)))
    {
        out.pop();
    }
    out
}

/// Phrases of a prompt to the reader rather than of a report.
const CALLS_TO_ACTION: &[&str] = &[
    "subscribe to",
    "sign up for",
    "sign up to",
    "newsletter",
    "follow us",
    "follow him on",
    "follow her on",
    "follow them on",
    "share it with",
    "share this",
    "download our app",
    "download the app",
    "in your inbox",
];

fn is_call_to_action(text: &str) -> bool {
    let lower = text.to_lowercase();
    CALLS_TO_ACTION.iter().any(|p| lower.contains(p))
}

/// Lower-case letters and digits with single spaces: for comparing lines.
fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words() {
        assert_eq!(words("shareBar js-social_links"), ["share", "bar", "js", "social", "links"]);
        assert!(boiler_name("c-related-links"));
        assert!(boiler_name("read-more-box"));
        assert!(!boiler_name("article-body"));
        assert!(!boiler_name("shared-content"));
    }
}
