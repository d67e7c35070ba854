//! `newsbrief-render` builds a one-page briefing from a parsed article and
//! renders it as a self-contained HTML page or a Markdown summary, through the
//! askama templates in the workspace's `templates/` folder.
//!
//! The public surface is [`render`] with its [`RenderOptions`], [`Format`] and
//! [`Error`], and [`Briefing`], the page's content as data.
//!
//! Every string taken from the article is escaped for the output format: HTML
//! by askama's own escaper, Markdown by an escaper of our own registered in
//! `askama.toml`.

pub mod briefing;

mod annotate;
mod calendar;
mod dateline;
mod doc;
mod escape;
mod figures;
mod quotes;
mod text;
mod timeline;
mod top;

use askama::Template;
use newsbrief_parser::Article;

pub use briefing::Briefing;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One self-contained HTML5 page.
    Html,
    /// GitHub-flavoured Markdown.
    Markdown,
}

/// How to render.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    /// The output format.
    pub format: Format,
    /// Markdown only: title, bottom line and key points, for chat and e-mail.
    pub short: bool,
}

/// A failure to render.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A template failed to render.
    #[error("rendering the {template} template: {source}")]
    Template {
        /// Which template.
        template: &'static str,
        /// What askama reported.
        source: askama::Error,
    },
}

#[derive(Template)]
#[template(path = "brief.html", escape = "html")]
struct HtmlPage<'b> {
    b: &'b Briefing,
}

#[derive(Template)]
#[template(path = "brief.md", escape = "md")]
struct MarkdownPage<'b> {
    b: &'b Briefing,
    short: bool,
}

/// Renders the briefing of an article.
pub fn render(article: &Article<'_>, options: &RenderOptions) -> Result<String, Error> {
    let b = Briefing::new(article);
    match options.format {
        Format::Html => {
            HtmlPage { b: &b }.render().map_err(|source| Error::Template { template: "brief.html", source })
        }
        Format::Markdown => MarkdownPage { b: &b, short: options.short }
            .render()
            .map(|mut s| {
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                s
            })
            .map_err(|source| Error::Template { template: "brief.md", source }),
    }
}
