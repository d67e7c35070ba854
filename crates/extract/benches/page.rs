//! A page of the size and shape of a real news page, generated for the benchmark.

use std::fmt::Write;

/// A realistic page: much more furniture than article, as on news sites.
pub fn big_page() -> String {
    let mut p = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Budget talks stall</title>",
    );
    for k in 0..80 {
        let _ = write!(
            p,
            "<script>window.cfg{k} = {{\"slot\": {k}, \"sizes\": [[300, 250], [728, 90]], \"targeting\": \"news\"}};</script>"
        );
        let _ = write!(p, "<style>.c{k} {{ margin: {k}px; padding: 2px; font: 14px/1.4 serif; }}</style>");
    }
    p.push_str(
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
         \"headline\":\"Budget talks stall\",\"datePublished\":\"2024-06-01T09:00:00Z\",\
         \"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Ledger\"}}</script>",
    );
    p.push_str("</head><body><header><nav><ul>");
    for k in 0..120 {
        let _ = write!(p, "<li class=\"menu-item\"><a href=\"/section/{k}\">Section {k}</a></li>");
    }
    p.push_str("</ul></nav></header><main><article><h1>Budget talks stall</h1><div class=\"article-body\">");
    for k in 0..25 {
        let _ = write!(
            p,
            "<p>Negotiators from the two parties met for a {k}th time on Friday without reaching a deal on the \
             spending plan, aides said, and the finance minister told reporters that the gap of about $4 billion \
             over school funding and road repairs could still be closed before the deadline at the end of the month.</p>"
        );
        if k % 5 == 4 {
            p.push_str("<div class=\"ad-slot\"><span>Advertisement</span><iframe src=\"/ad\"></iframe></div>");
        }
    }
    p.push_str("</div></article><aside class=\"rail\">");
    for k in 0..600 {
        let _ = write!(
            p,
            "<div class=\"card related\"><a href=\"/story/{k}\"><img src=\"/i/{k}.jpg\" alt=\"\"><h3>Related story number {k} about something else</h3></a><p class=\"teaser\">A short teaser line for story {k}.</p></div>"
        );
    }
    p.push_str("</aside><section id=\"comments\">");
    for k in 0..80 {
        let _ = write!(
            p,
            "<div class=\"comment\"><b>reader{k}</b><p>I think comment {k} has a point about the budget and the roads.</p></div>"
        );
    }
    p.push_str("</section></main><footer>");
    for k in 0..60 {
        let _ = write!(p, "<a href=\"/about/{k}\">Footer link {k}</a> ");
    }
    p.push_str("</footer></body></html>");
    p
}
