//! Downloading a page: `GET` over http or https with a timeout, a size limit, at most a few
//! redirects, gzip, and a user agent that says who is asking (cargo feature `fetch`).

use std::time::Duration;

use ureq::ResponseExt;

/// Limits for one download.
#[derive(Clone, Debug)]
pub struct FetchConfig {
    /// The whole exchange, from connecting to the last byte of the body.
    pub timeout: Duration,
    /// Most bytes of body accepted (after gzip decoding).
    pub max_bytes: u64,
    /// Most redirects followed.
    pub max_redirects: u32,
}

impl FetchConfig {
    /// 30 seconds, 16 MiB, 5 redirects.
    pub const STANDARD: FetchConfig =
        FetchConfig { timeout: Duration::from_secs(30), max_bytes: 16 << 20, max_redirects: 5 };
}

/// The `User-Agent` sent with every request.
pub const USER_AGENT: &str =
    concat!("newsbrief/", env!("CARGO_PKG_VERSION"), " (article extraction; +https://example.invalid/newsbrief)");

/// A downloaded page.
#[derive(Clone, Debug)]
pub struct Fetched {
    /// The URL after redirects.
    pub url: String,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The body, gzip already decoded.
    pub body: Vec<u8>,
}

/// Why a download failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an `http://` or `https://` URL.
    #[error("{0}: only http and https URLs can be fetched")]
    Scheme(String),
    /// The server answered with an error status.
    #[error("{url}: the server answered {status}")]
    Status {
        /// The requested URL.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// More redirects than allowed (or a loop).
    #[error("{url}: more than {max} redirects (a redirect loop?)")]
    Redirects {
        /// The requested URL.
        url: String,
        /// The limit.
        max: u32,
    },
    /// The server was too slow.
    #[error("{url}: no complete answer within {secs} s")]
    Timeout {
        /// The requested URL.
        url: String,
        /// The limit in seconds.
        secs: u64,
    },
    /// The body is over the size limit.
    #[error("{url}: the page is over the limit of {max} bytes")]
    TooLarge {
        /// The requested URL.
        url: String,
        /// The limit.
        max: u64,
    },
    /// The response is not a web page.
    #[error("{url}: not a web page (Content-Type {content_type})")]
    NotHtml {
        /// The requested URL.
        url: String,
        /// What the server said it sent.
        content_type: String,
    },
    /// Anything else: DNS, connection, TLS, protocol.
    #[error("{url}: {source}")]
    Other {
        /// The requested URL.
        url: String,
        /// The cause.
        source: ureq::Error,
    },
}

/// Downloads `url`.
///
/// # Errors
/// [`FetchError`] for a scheme other than http(s), an error status, too many redirects, a
/// timeout, a body over the limit, a non-HTML content type, or a network problem.
pub fn fetch(url: &str, config: &FetchConfig) -> Result<Fetched, FetchError> {
    let lower = url.trim().to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(FetchError::Scheme(url.to_owned()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(config.timeout))
        .max_redirects(config.max_redirects)
        .user_agent(USER_AGENT)
        .https_only(false)
        .build()
        .into();
    let fail = |e: ureq::Error| match e {
        ureq::Error::StatusCode(status) => FetchError::Status { url: url.to_owned(), status },
        ureq::Error::TooManyRedirects => FetchError::Redirects { url: url.to_owned(), max: config.max_redirects },
        ureq::Error::Timeout(_) => FetchError::Timeout { url: url.to_owned(), secs: config.timeout.as_secs() },
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge { url: url.to_owned(), max: config.max_bytes },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            FetchError::Timeout { url: url.to_owned(), secs: config.timeout.as_secs() }
        }
        source => FetchError::Other { url: url.to_owned(), source },
    };
    let mut res =
        agent.get(url).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").call().map_err(fail)?;
    let content_type = res.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
    if let Some(ct) = &content_type {
        let t = ct.trim_start().to_ascii_lowercase();
        let texty = t.starts_with("text/") || t.starts_with("application/xhtml") || t.starts_with("application/xml");
        if !texty {
            return Err(FetchError::NotHtml { url: url.to_owned(), content_type: ct.clone() });
        }
    }
    let final_url = res.get_uri().to_string();
    let body = res.body_mut().with_config().limit(config.max_bytes).read_to_vec().map_err(fail)?;
    Ok(Fetched { url: final_url, content_type, body })
}
