//! Metadata: JSON-LD first, then OpenGraph, then other `<meta>` tags and `<link>`s, then
//! `<time>` elements, then the visible text (the `<h1>`, a byline, a date line).

use serde_json::Value;

use crate::datetime::DateTime;
use crate::dom::Dom;
use crate::{Block, BlockKind, Field, Meta, Source};

/// Everything read from the page's metadata, plus JSON-LD `articleBody` for the last resort.
pub struct Found {
    pub meta: Meta,
    pub json_ld_body: Option<String>,
}

/// Reads the metadata of the page; `url` resolves a relative canonical link.
pub fn read(dom: &Dom, url: Option<&str>) -> Found {
    let mut c = Collect::default();
    let mut json_ld_body = None;
    for i in dom.elements("script") {
        if dom.attr(i, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            if let Some(article) = json_ld(&dom.text_raw(i), &mut c) {
                json_ld_body = json_ld_body.or(article);
            }
        }
    }
    for i in dom.elements("meta") {
        let content = dom.attr(i, "content").map(str::trim).unwrap_or("");
        if content.is_empty() {
            continue;
        }
        let property = dom.attr(i, "property").or_else(|| dom.attr(i, "name")).or_else(|| dom.attr(i, "itemprop"));
        let Some(key) = property.map(str::to_ascii_lowercase) else {
            if dom.attr(i, "http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("content-language")) {
                c.language.push((Source::Meta, content.to_owned()));
            }
            continue;
        };
        meta_tag(&key, content, &mut c);
    }
    for i in dom.elements("link") {
        let rel = dom.attr(i, "rel").unwrap_or("");
        if rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")) {
            if let Some(href) = dom.attr(i, "href") {
                c.url.push((Source::Meta, href.trim().to_owned()));
            }
        }
    }
    if let Some(lang) = dom.elements("html").next().and_then(|h| dom.attr(h, "lang")) {
        c.language.push((Source::Meta, lang.trim().to_owned()));
    }
    for i in dom.elements("time") {
        let value = dom.attr(i, "datetime").map(str::to_owned).unwrap_or_else(|| dom.text(i));
        let prop = dom.attr(i, "itemprop").unwrap_or("").to_ascii_lowercase();
        if prop.contains("modified") {
            c.modified.push((Source::TimeElement, value));
        } else {
            c.published.push((Source::TimeElement, value));
        }
    }
    visible(dom, &mut c);
    if let Some(i) = dom.elements("title").next() {
        c.title.push((Source::Meta, dom.text(i)));
    }
    Found { meta: c.finish(url), json_ld_body }
}

/// Candidates per field, in the order found; `finish` picks by source rank.
#[derive(Default)]
struct Collect {
    h1: Option<String>,
    title: Vec<(Source, String)>,
    authors: Vec<(Source, String)>,
    published: Vec<(Source, String)>,
    modified: Vec<(Source, String)>,
    publisher: Vec<(Source, String)>,
    url: Vec<(Source, String)>,
    language: Vec<(Source, String)>,
    description: Vec<(Source, String)>,
    section: Vec<(Source, String)>,
}

impl Collect {
    fn finish(self, page_url: Option<&str>) -> Meta {
        let site = best(&self.publisher, clean_line);
        let title = best(&self.title, clean_line)
            .map(|f| Field { value: strip_site(&f.value, site.as_ref()), ..f })
            .map(|f| Field { value: strip_h1_tail(&f.value, self.h1.as_deref()), ..f });
        let mut authors: Vec<Field<String>> = Vec::new();
        if let Some(rank) = self.authors.iter().map(|(s, _)| *s).min() {
            for (s, v) in self.authors.iter().filter(|(s, _)| *s == rank) {
                for name in split_authors(v) {
                    // `Ann Lee, Associated Press`: the publisher after a name is not an author.
                    let publisher = site.as_ref().is_some_and(|p| name.eq_ignore_ascii_case(&p.value));
                    if publisher && !authors.is_empty() {
                        continue;
                    }
                    if !authors.iter().any(|a| a.value.eq_ignore_ascii_case(&name)) {
                        authors.push(Field { value: name, source: *s });
                    }
                }
            }
        }
        Meta {
            title,
            authors,
            published: best(&self.published, DateTime::parse),
            modified: best(&self.modified, DateTime::parse),
            publisher: site,
            canonical_url: best(&self.url, |v| absolute(v, page_url)),
            language: best(&self.language, language),
            description: best(&self.description, clean_line),
            section: best(&self.section, clean_line),
        }
    }
}

/// The first usable value of the best-ranked source.
fn best<T>(cands: &[(Source, String)], parse: impl Fn(&str) -> Option<T>) -> Option<Field<T>> {
    let mut res: Option<Field<T>> = None;
    for (source, v) in cands {
        if res.as_ref().is_some_and(|r| r.source <= *source) {
            continue;
        }
        if let Some(value) = parse(v) {
            res = Some(Field { value, source: *source });
        }
    }
    res
}

/// One line of text: entities are already decoded by the HTML parser; markup that a page put
/// inside a value (`<b>`, or a whole `<script>…</script>`) is dropped; whitespace collapsed.
fn clean_line(v: &str) -> Option<String> {
    let s = strip_tags(&html_escape::decode_html_entities(v)).split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty() && s.len() < 2000).then_some(s)
}

/// Text with tag-like runs (`<` then a letter, `/` or `!`, up to `>`) removed, and the
/// content of `<script>` and `<style>` with them.
fn strip_tags(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(k) = rest.find('<') {
        let after = &rest[k + 1..];
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            out.push_str(&rest[..=k]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..k]);
        out.push(' ');
        let lower = after.get(..6).unwrap_or("").to_ascii_lowercase();
        let close = ["script", "style"].into_iter().find(|t| lower.starts_with(t)).map(|t| format!("</{t}"));
        let skip_to = match close {
            Some(c) => after.to_ascii_lowercase().find(&c).map(|e| e + c.len()),
            None => Some(0),
        };
        let Some(from) = skip_to else { return out };
        match after[from..].find('>') {
            Some(e) => rest = &after[from + e + 1..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// `Headline | Site` or `Headline - Site` → `Headline`, when the tail is the site's name.
fn strip_site(title: &str, site: Option<&Field<String>>) -> String {
    let Some(site) = site else { return title.to_owned() };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if tail.trim().eq_ignore_ascii_case(site.value.trim()) && !head.trim().is_empty() {
                return head.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// `Headline – Site` → `Headline` when the page's `<h1>` is `Headline`.
fn strip_h1_tail(title: &str, h1: Option<&str>) -> String {
    let Some(h1) = h1.map(str::trim).filter(|h| !h.is_empty()) else { return title.to_owned() };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, _)) = title.split_once(sep) {
            if head.trim() == h1 {
                return h1.to_owned();
            }
        }
    }
    title.to_owned()
}

/// `en_US` → `en-US`; a plausible BCP 47 tag only.
fn language(v: &str) -> Option<String> {
    let v = v.trim().replace('_', "-");
    let ok = !v.is_empty() && v.len() <= 20 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(v)
}

/// An http(s) URL, resolved against `base` when relative.
pub fn absolute(v: &str, base: Option<&str>) -> Option<String> {
    let v = v.trim();
    if v.chars().any(|c| c.is_whitespace() || c.is_control()) || v.is_empty() {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(v.to_owned());
    }
    let base = base?;
    let scheme_end = base.find("://")?;
    let scheme = &base[..scheme_end];
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    if let Some(rest) = v.strip_prefix("//") {
        return Some(format!("{scheme}://{rest}"));
    }
    let host_end = base[scheme_end + 3..].find(['/', '?', '#']).map_or(base.len(), |k| scheme_end + 3 + k);
    let origin = &base[..host_end];
    if v.starts_with('/') {
        return Some(format!("{origin}{v}"));
    }
    if lower.contains(':') {
        return None;
    }
    let path = &base[host_end..];
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    Some(format!("{origin}{dir}/{v}"))
}

/// Splits `By Ann Lee and Bo Park`, `Ann Lee, Bo Park` into names; drops URLs and e-mail.
fn split_authors(v: &str) -> Vec<String> {
    let v = strip_tags(&html_escape::decode_html_entities(v));
    let v = strip_by(v.trim());
    if v.contains("://") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for part in v.split([',', ';', '|', '/', '\n']).flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" & ")) {
        let name = part.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
        let name = strip_by(name);
        let plausible = !name.is_empty() && name.len() <= 80 && name.chars().any(char::is_alphabetic);
        if !plausible || name.contains([':', '@', '<', '>']) || name.starts_with("www.") {
            continue;
        }
        // `AP Auto Writer`, `CNN Editor-at-large`, `MS`, `RDN`: a job or a degree, not a name.
        let job = name.split([' ', '-']).any(|w| BYLINE_ROLES.contains(&w));
        let degree = name.len() <= 4 && name.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        if job || degree {
            continue;
        }
        out.push(title_case_if_shouted(name));
    }
    out
}

/// `TOM KRISHER` → `Tom Krisher`; names in mixed case are left as written.
fn title_case_if_shouted(name: &str) -> String {
    if name.chars().any(char::is_lowercase) || name.chars().filter(|c| c.is_alphabetic()).count() < 4 {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

fn strip_by(v: &str) -> &str {
    for p in ["By ", "by ", "BY ", "Analysis by ", "Opinion by ", "Written by ", "Words by "] {
        if let Some(rest) = v.strip_prefix(p) {
            return rest.trim();
        }
    }
    v
}

/// Takes what is metadata out of the body: date lines anywhere, and at the top a headline
/// (when the page gave none), a byline and the job title under it. What the page's
/// metadata did not say is filled in from them, with the source `text`.
pub fn from_body(meta: &mut Meta, blocks: &mut Vec<Block>) {
    blocks.retain(|b| {
        if b.text.len() > 80 {
            return true;
        }
        if let Some(d) = DateTime::parse(&b.text) {
            meta.published.get_or_insert(Field { value: d, source: Source::Text });
            return false;
        }
        !is_clock(&b.text)
    });
    if meta.title.is_none() && blocks.len() > 2 {
        let first = &blocks[0];
        let title_like = first.kind == BlockKind::Heading
            || (first.text.len() < 150
                && !first.text.ends_with(['.', ':', ','])
                && first.text.split_whitespace().count() <= 20);
        if title_like {
            meta.title = Some(Field { value: blocks.remove(0).text, source: Source::Text });
        }
    }
    let Some(k) = blocks.iter().take(3).position(|b| byline(&b.text).is_some()) else { return };
    let names = byline(&blocks[k].text).unwrap_or_default();
    if meta.authors.is_empty() {
        meta.authors = names.into_iter().map(|value| Field { value, source: Source::Text }).collect();
    }
    blocks.remove(k);
    let job = |t: &str| {
        t.split_whitespace().count() <= 4
            && t.split_whitespace().any(|w| BYLINE_ROLES.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
    };
    if blocks.get(k).is_some_and(|b| job(&b.text)) {
        blocks.remove(k);
    }
}

/// Words that name a reporter's job under a byline.
const BYLINE_ROLES: &[&str] =
    &["Writer", "Reporter", "Correspondent", "Editor", "Staff", "Contributor", "Columnist", "Bureau"];

/// `By Ann Lee`, `By Ann Lee and Bo Park`, `BY ANN LEE, Reuters`: the names, when the whole
/// line is a byline.
fn byline(line: &str) -> Option<Vec<String>> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("by ")).or_else(|| line.strip_prefix("BY "))?;
    if rest.split_whitespace().count() > 10 {
        return None;
    }
    let names = split_authors(rest);
    let capitalized = |n: &String| {
        n.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "de" | "van" | "von" | "da" | "al" | "bin")
        })
    };
    (!names.is_empty() && names.iter().all(capitalized) && names.iter().all(|n| n.split_whitespace().count() <= 4))
        .then_some(names)
}

/// `23:48`, `9:41 a.m.`, `15:23 GMT`: a time of day alone on its line.
fn is_clock(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else { return false };
    let Some((h, m)) = first.split_once(':') else { return false };
    let digits = |s: &str, n: usize| s.len() <= n && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(h, 2)
        && digits(m.get(..2).unwrap_or(m), 2)
        && words.all(|w| {
            let w = w.to_ascii_lowercase().replace('.', "");
            w == "am" || w == "pm" || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_alphabetic())) || digits(&w, 4)
        })
}

/// One `<meta>` tag.
fn meta_tag(key: &str, content: &str, c: &mut Collect) {
    let v = content.to_owned();
    match key {
        "og:title" => c.title.push((Source::OpenGraph, v)),
        "og:site_name" => c.publisher.push((Source::OpenGraph, v)),
        "og:url" => c.url.push((Source::OpenGraph, v)),
        "og:description" => c.description.push((Source::OpenGraph, v)),
        "og:locale" => c.language.push((Source::OpenGraph, v)),
        "article:published_time" | "og:published_time" | "article:published" => {
            c.published.push((Source::OpenGraph, v));
        }
        "article:modified_time" | "og:updated_time" | "og:modified_time" => c.modified.push((Source::OpenGraph, v)),
        "article:section" => c.section.push((Source::OpenGraph, v)),
        "article:author" | "og:article:author" if !v.contains("://") => c.authors.push((Source::OpenGraph, v)),
        "twitter:title" | "dc.title" | "dcterms.title" | "headline" => c.title.push((Source::Meta, v)),
        "author" | "dc.creator" | "dcterms.creator" | "byl" | "parsely-author" | "sailthru.author"
        | "article.author"
            if !v.contains("://") =>
        {
            c.authors.push((Source::Meta, v));
        }
        "description" | "twitter:description" | "dc.description" => c.description.push((Source::Meta, v)),
        "date"
        | "pubdate"
        | "publishdate"
        | "publish-date"
        | "publish_date"
        | "article.published"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.created"
        | "dcterms.issued"
        | "sailthru.date"
        | "parsely-pub-date"
        | "datepublished"
        | "original-publish-date" => c.published.push((Source::Meta, v)),
        "last-modified" | "dcterms.modified" | "article.updated" | "datemodified" | "lastmod" => {
            c.modified.push((Source::Meta, v));
        }
        "application-name" | "publisher" | "dc.publisher" | "twitter:site" if !v.starts_with('@') => {
            c.publisher.push((Source::Meta, v));
        }
        "section" | "parsely-section" | "article.section" | "category" => c.section.push((Source::Meta, v)),
        "language" | "dc.language" | "content-language" => c.language.push((Source::Meta, v)),
        _ => {}
    }
}

/// Article types whose fields we read.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report" || t == "SocialMediaPosting"
}

/// Reads one JSON-LD script; returns `Some(articleBody)` when it held an article.
fn json_ld(raw: &str, c: &mut Collect) -> Option<Option<String>> {
    // Pages wrap the JSON in comments or CDATA and put raw line breaks inside strings.
    let s = raw.trim();
    let s = s.strip_prefix("<!--").unwrap_or(s);
    let s = s.strip_suffix("-->").unwrap_or(s);
    let s = s.trim().trim_start_matches("//<![CDATA[").trim_end_matches("//]]>");
    let s: String = s.chars().map(|ch| if ch.is_control() { ' ' } else { ch }).collect();
    let value: Value = serde_json::from_str(s.trim()).ok()?;
    let mut items = Vec::new();
    flatten(&value, &mut items, 0);
    let mut body = None;
    let mut found = false;
    for item in items {
        let types: Vec<&str> = match item.get("@type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => continue,
        };
        if types.iter().any(|t| is_article_type(t)) {
            found = true;
            article_fields(item, c);
            if body.is_none() {
                body = item.get("articleBody").and_then(Value::as_str).map(str::to_owned);
            }
        } else if types.iter().any(|t| *t == "WebSite" || *t == "NewsMediaOrganization") {
            if let Some(name) = item.get("name").and_then(Value::as_str) {
                c.publisher.push((Source::JsonLd, name.to_owned()));
            }
        }
    }
    found.then_some(body)
}

/// All objects of a JSON-LD value, `@graph` and arrays opened.
fn flatten<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| flatten(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(o);
            if let Some(g) = o.get("@graph") {
                flatten(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn article_fields(o: &serde_json::Map<String, Value>, c: &mut Collect) {
    let s = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_owned);
    if let Some(h) = s("headline").or_else(|| s("name")) {
        c.title.push((Source::JsonLd, h));
    }
    if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
        for name in names(a) {
            c.authors.push((Source::JsonLd, name));
        }
    }
    if let Some(d) = s("datePublished").or_else(|| s("dateCreated")) {
        c.published.push((Source::JsonLd, d));
    }
    if let Some(d) = s("dateModified") {
        c.modified.push((Source::JsonLd, d));
    }
    if let Some(p) = o.get("publisher") {
        if let Some(name) = names(p).into_iter().next() {
            c.publisher.push((Source::JsonLd, name));
        }
    }
    let entity = o.get("mainEntityOfPage").and_then(|m| m.as_str().or_else(|| m.get("@id").and_then(Value::as_str)));
    if let Some(u) = s("url").or_else(|| entity.map(str::to_owned)) {
        c.url.push((Source::JsonLd, u));
    }
    if let Some(l) = s("inLanguage") {
        c.language.push((Source::JsonLd, l));
    }
    if let Some(d) = s("description") {
        c.description.push((Source::JsonLd, d));
    }
    match o.get("articleSection") {
        Some(Value::String(sec)) => c.section.push((Source::JsonLd, sec.clone())),
        Some(Value::Array(a)) => {
            if let Some(sec) = a.iter().find_map(Value::as_str) {
                c.section.push((Source::JsonLd, sec.to_owned()));
            }
        }
        _ => {}
    }
}

/// Names in a JSON-LD `author`/`publisher`: a string, `{name}`, or a list of them.
fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(|n| vec![n.to_owned()]).unwrap_or_default(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

/// Whether the first text in the subtree of `i` starts with `by ` (any case).
fn opens_with_by(dom: &Dom, i: usize) -> bool {
    dom.nodes[i..dom.nodes[i].end]
        .iter()
        .find_map(|n| match &n.kind {
            crate::dom::Kind::Text(t) if !t.trim().is_empty() => Some(t.trim_start()),
            _ => None,
        })
        .is_some_and(|t| t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by ")))
}

/// The visible page: `<h1>`, byline elements, `itemprop` microdata.
fn visible(dom: &Dom, c: &mut Collect) {
    if let Some(h1) = dom.elements("h1").map(|i| dom.text(i)).find(|t| !t.is_empty()) {
        c.title.push((Source::Text, h1.clone()));
        c.h1 = Some(h1);
    }
    for i in 0..dom.nodes.len() {
        let Some(tag) = dom.tag(i) else { continue };
        if matches!(&**tag, "script" | "style" | "meta" | "head") {
            continue;
        }
        let itemprop = dom.attr(i, "itemprop").unwrap_or("");
        if itemprop == "author" || dom.attr(i, "rel") == Some("author") {
            let text = dom.text(i);
            if !text.is_empty() && text.len() < 120 {
                c.authors.push((Source::Text, text));
            }
            continue;
        }
        if itemprop == "datePublished" {
            let v = dom.attr(i, "content").map(str::to_owned).unwrap_or_else(|| dom.text(i));
            c.published.push((Source::Text, v));
            continue;
        }
        // A small element whose whole text is a byline (`By Ann Lee`).
        let small = dom.nodes[i].end - i <= 12;
        if small && matches!(&**tag, "p" | "span" | "div" | "strong" | "b" | "address" | "em") && opens_with_by(dom, i)
        {
            let text = dom.text(i);
            if text.len() < 120 && byline(&text).is_some() {
                c.authors.push((Source::Text, text));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_values_is_dropped() {
        assert_eq!(clean_line("Dam <b>opens</b>").as_deref(), Some("Dam opens"));
        assert_eq!(clean_line("Dam opens<script>alert(1)</script> today").as_deref(), Some("Dam opens today"));
        assert_eq!(clean_line("1 < 2 and 3 > 2").as_deref(), Some("1 < 2 and 3 > 2"));
        assert_eq!(clean_line("cut <script>alert(").as_deref(), Some("cut"));
        assert_eq!(clean_line("Lynn: &#8220;We won&nbsp;it&#8221;").as_deref(), Some("Lynn: “We won it”"));
    }

    #[test]
    fn author_lists() {
        assert_eq!(split_authors("By Ann Lee and Bo Park"), ["Ann Lee", "Bo Park"]);
        assert_eq!(split_authors("Lee Park\nurl: javascript:alert(2)"), ["Lee Park"]);
        assert_eq!(split_authors("https://news.example/staff/ann"), Vec::<String>::new());
        assert_eq!(split_authors("ANN LEE, AP Auto Writer"), ["Ann Lee"]);
        assert_eq!(split_authors("Analysis by Bo Park, Senior Editor"), ["Bo Park"]);
        assert_eq!(split_authors("Cy O'Neil, MS, RDN"), ["Cy O'Neil"]);
        // FIXME: `Mc` and `Mac` prefixes lose their inner capital.
        assert_eq!(split_authors("DEE MCDONALD-O'HARA"), ["Dee Mcdonald-O'Hara"]);
    }

    #[test]
    fn bylines_and_clocks() {
        assert_eq!(byline("By Ann Lee and Bo Park"), Some(vec!["Ann Lee".to_owned(), "Bo Park".to_owned()]));
        assert_eq!(byline("By the numbers"), None);
        assert_eq!(byline("By the time the rain stopped, the river had risen three feet"), None);
        assert!(is_clock("23:48"));
        assert!(is_clock("9:41 a.m. EDT"));
        assert!(!is_clock("10:30 a.m. is when the vote opens"));
    }

    #[test]
    fn relative_links() {
        let base = Some("https://news.example/a/b.html?x=1");
        assert_eq!(absolute("/c", base).as_deref(), Some("https://news.example/c"));
        assert_eq!(absolute("c.html", base).as_deref(), Some("https://news.example/a/c.html"));
        assert_eq!(absolute("//cdn.example/x", base).as_deref(), Some("https://cdn.example/x"));
        assert_eq!(absolute("javascript:alert(1)", base), None);
        assert_eq!(absolute("/c", None), None);
    }
}
