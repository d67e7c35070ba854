//! Metadata: JSON-LD first, then OpenGraph, then other `<meta>` tags and `<link>`s, then
//! `<time>` elements, then the visible text (the `<h1>`, a byline, a date line).

use serde_json::Value;

use crate::datetime::DateTime;
use crate::dom::Dom;
use crate::{Field, Meta, Source};

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
        let title = best(&self.title, clean_line).map(|f| Field { value: strip_site(&f.value, site.as_ref()), ..f });
        let mut authors: Vec<Field<String>> = Vec::new();
        if let Some(rank) = self.authors.iter().map(|(s, _)| *s).min() {
            for (s, v) in self.authors.iter().filter(|(s, _)| *s == rank) {
                for name in split_authors(v) {
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

/// One line of text: entities are already decoded by the HTML parser; whitespace collapsed.
fn clean_line(v: &str) -> Option<String> {
    let s = v.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty() && s.len() < 2000).then_some(s)
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
    let v = v.trim();
    let v = strip_by(v);
    let mut out = Vec::new();
    for part in v.split([',', ';', '|', '/']).flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" & ")) {
        let name = part.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')').to_owned();
        if name.is_empty() || name.len() > 80 || name.contains("://") || name.contains('@') || name.starts_with("www.")
        {
            continue;
        }
        if !name.chars().any(char::is_alphabetic) {
            continue;
        }
        out.push(name);
    }
    out
}

fn strip_by(v: &str) -> &str {
    for p in ["By ", "by ", "BY "] {
        if let Some(rest) = v.strip_prefix(p) {
            return rest.trim();
        }
    }
    v
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

/// The visible page: `<h1>`, byline elements, `itemprop` microdata.
fn visible(dom: &Dom, c: &mut Collect) {
    if let Some(h1) = dom.elements("h1").map(|i| dom.text(i)).find(|t| !t.is_empty()) {
        c.title.push((Source::Text, h1));
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
        let class = dom.attr(i, "class").unwrap_or("").to_ascii_lowercase();
        if class.split_ascii_whitespace().any(|k| k.contains("byline")) {
            let text = dom.text(i);
            if text.len() < 120 && text.to_ascii_lowercase().starts_with("by ") {
                c.authors.push((Source::Text, text));
            }
        }
    }
}
