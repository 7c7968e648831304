//! The language the editorial workspace speaks to a request: the one its reader chose with
//! the picker (the `workspace_lang` cookie), else the best of the browser's
//! `Accept-Language` among the languages the workspace has messages in, else the site's
//! default language. The workspace's addresses stay one in every language (`/admin`, no
//! prefix), so the language cannot come from the address as the public site's does.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use model::SiteDefinition;
use render::messages::{DEFAULT_LANGUAGE, LANGUAGES};
use render::pages::Ui;

use crate::AppState;
use crate::auth;
use crate::language::Here;
use crate::workspace::{come_back_to, safe_next};

/// The cookie that keeps the language chosen with the picker.
pub const COOKIE: &str = "workspace_lang";

/// How long the chosen language is kept: a year.
const COOKIE_MAX_AGE: i64 = 365 * 24 * 60 * 60;

/// How much of `Accept-Language` is read: browsers send a few dozen bytes, and a longer
/// header (up to the server's limit on headers) must not cost more than these.
const ACCEPT_LANGUAGE_READ: usize = 512;

/// How many language ranges of `Accept-Language` are weighed at most.
const ACCEPT_LANGUAGE_RANGES: usize = 20;

/// The workspace's language for a request, and the workspace address its picker comes back
/// to.
#[derive(Debug, Clone)]
pub struct WorkspaceUi {
    pub ui: Ui,
    /// The page the request is for (for a form sent: the page it was sent from).
    pub back: String,
}

impl WorkspaceUi {
    /// The workspace's language for the request `parts` of `site`.
    pub fn of(parts: &Parts, site: &SiteDefinition) -> WorkspaceUi {
        let lang = language_of(&parts.headers, site.organization.default_language.as_str());
        WorkspaceUi {
            ui: workspace_ui(site, lang),
            back: safe_next(&come_back_to(parts)).to_owned(),
        }
    }
}

impl FromRequestParts<AppState> for WorkspaceUi {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(match parts.extensions.get::<WorkspaceUi>() {
            Some(ws) => ws.clone(),
            None => WorkspaceUi::of(parts, &state.site()),
        })
    }
}

/// The interface of the workspace in `lang`: its messages, and dates and numbers in the
/// language's locale. No address prefix: the workspace's addresses are the same in every
/// language.
fn workspace_ui(site: &SiteDefinition, lang: &str) -> Ui {
    Ui::new(lang, lang).with_locale(site.locale_of(lang))
}

/// The workspace's language for these request headers: the cookie's, else the best accepted
/// one, else the site's default language (English when the workspace has no messages in it).
pub fn language_of(headers: &HeaderMap, site_default: &str) -> &'static str {
    let chosen = auth::cookie(headers, COOKIE).and_then(interface_language);
    chosen
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| best_accepted(v.as_bytes()))
        })
        .or_else(|| interface_language(site_default))
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// `code` as one of the workspace's languages, if it is one.
pub fn interface_language(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().copied().find(|l| *l == code)
}

/// The language of the workspace that an `Accept-Language` value prefers: the range of the
/// highest weight whose primary subtag is one of the workspace's languages ("ru-RU" is
/// Russian), the first one of equal weights. Ranges weighted 0, with a weight that is not
/// one, or that name no such language ("*" included) are passed over. Only the first
/// [`ACCEPT_LANGUAGE_READ`] bytes are read.
pub fn best_accepted(value: &[u8]) -> Option<&'static str> {
    let head = value.get(..ACCEPT_LANGUAGE_READ).unwrap_or(value);
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    // A range cut at the end of what is read is not weighed: "ru-RU;q=0.9" cut to "ru-RU;q=0"
    // would change its meaning.
    let text = if head.len() < value.len() {
        text.rsplit_once(',').map_or("", |(whole, _)| whole)
    } else {
        text
    };
    let mut best: Option<(&'static str, u16)> = None;
    for range in text.split(',').take(ACCEPT_LANGUAGE_RANGES) {
        let mut params = range.split(';');
        let tag = params.next().unwrap_or_default().trim();
        let q = params
            .map(str::trim)
            .find_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")));
        let weight = q.map_or(Some(1000), weight_of);
        let Some(weight) = weight.filter(|w| *w > 0) else {
            continue;
        };
        let primary = tag.split('-').next().unwrap_or_default();
        let Some(lang) = LANGUAGES
            .iter()
            .copied()
            .find(|l| l.eq_ignore_ascii_case(primary))
        else {
            continue;
        };
        if best.is_none_or(|(_, w)| weight > w) {
            best = Some((lang, weight));
        }
    }
    best.map(|(lang, _)| lang)
}

/// A weight of `Accept-Language` ("0.8", "1", "0.125") in thousandths, if it is one.
fn weight_of(q: &str) -> Option<u16> {
    let (whole, fraction) = q.split_once('.').unwrap_or((q, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let fraction: u16 = format!("{fraction:0<3}").parse().ok()?;
    Some(whole + fraction).filter(|w| *w <= 1000)
}

/// The `Set-Cookie` value that keeps `lang` as the workspace's language for a year: for the
/// workspace's addresses only, out of scripts' reach, never sent by another site's request,
/// and over HTTPS only when the site's other cookies are.
pub fn set_cookie(headers: &HeaderMap, lang: &str) -> String {
    format!(
        "{COOKIE}={lang}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age={COOKIE_MAX_AGE}{}",
        if auth::is_https(headers) {
            "; Secure"
        } else {
            ""
        }
    )
}

/// Whether `path` is an address of the workspace.
fn is_workspace(path: &str) -> bool {
    path.strip_prefix("/admin")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Settles the workspace's language once for a request of the workspace, for its handlers,
/// and for the error page of a refusal: that page speaks the workspace's language too.
pub async fn speak(State(state): State<AppState>, req: Request) -> Request {
    if !is_workspace(req.uri().path()) {
        return req;
    }
    let (mut parts, body) = req.into_parts();
    let site = state.site();
    let ws = WorkspaceUi::of(&parts, &site);
    let lang = ws.ui.lang().to_owned();
    // The error page is the public site's: its links lead to the site in this language when
    // the site has it.
    let public = if site.language(&lang).is_some() {
        Ui::in_site(&site, &lang)
    } else {
        ws.ui.clone()
    };
    match parts.extensions.get_mut::<Here>() {
        Some(here) => here.ui = public,
        None => {
            let path = parts
                .uri
                .path_and_query()
                .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned());
            parts.extensions.insert(Here { ui: public, path });
        }
    }
    parts.extensions.insert(ws);
    Request::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weight_among_the_workspace_languages_wins() {
        assert_eq!(best_accepted(b"ru"), Some("ru"));
        assert_eq!(
            best_accepted(b"ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
            Some("ru")
        );
        assert_eq!(best_accepted(b"en-US,en;q=0.9"), Some("en"));
        assert_eq!(best_accepted(b"de;q=0.5, fr;q=0.8"), Some("fr"));
        assert_eq!(best_accepted(b"FR-ca"), Some("fr"));
        // Equal weights: the first.
        assert_eq!(best_accepted(b"it, es"), Some("it"));
        // Languages without messages are passed over, and so is the wildcard.
        assert_eq!(best_accepted(b"pl, uk;q=0.9, es;q=0.1"), Some("es"));
        assert_eq!(best_accepted(b"*"), None);
        assert_eq!(best_accepted(b"pl"), None);
        // Weight 0 is "not this one".
        assert_eq!(best_accepted(b"ru;q=0, de;q=0.1"), Some("de"));
        assert_eq!(best_accepted(b"ru;Q=0.000"), None);
    }

    #[test]
    fn malformed_values_are_passed_over() {
        assert_eq!(best_accepted(b""), None);
        assert_eq!(best_accepted(b";;;,,,=q"), None);
        assert_eq!(best_accepted(b"ru;q=2, de;q=abc, fr;q=0.5"), Some("fr"));
        assert_eq!(
            best_accepted(b"ru;q=1.5, it;q=0.0001, es;q=1.000"),
            Some("es")
        );
        assert_eq!(best_accepted(b"ru;q="), None);
        assert_eq!(best_accepted(b"\xff\xfe, ru"), None);
        assert_eq!(best_accepted("é, ru".as_bytes()), Some("ru"));
    }

    #[test]
    fn only_the_head_of_a_long_value_is_read() {
        let mut long = b"ru;q=0.9".to_vec();
        long.extend(std::iter::repeat_n(b", x".as_slice(), 400_000).flatten());
        assert_eq!(best_accepted(&long), Some("ru"));
        let mut late = b"x".repeat(ACCEPT_LANGUAGE_READ);
        late.extend_from_slice(b", de");
        assert_eq!(best_accepted(&late), None, "past what is read");
        // A range cut where reading stops is not weighed as what remains of it.
        let mut cut = b"de;q=0.1, ".to_vec();
        cut.resize(ACCEPT_LANGUAGE_READ - 6, b' ');
        cut.extend_from_slice(b"ru;q=0.9");
        assert_eq!(best_accepted(&cut), Some("de"));
        // Many short ranges: only the first few are weighed.
        let many = format!("{}de", "x,".repeat(ACCEPT_LANGUAGE_RANGES));
        assert_eq!(best_accepted(many.as_bytes()), None);
    }

    #[test]
    fn the_cookie_comes_first() {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, "ru".parse().expect("value"));
        assert_eq!(language_of(&h, "en"), "ru");
        h.insert(header::COOKIE, "workspace_lang=de".parse().expect("value"));
        assert_eq!(language_of(&h, "en"), "de");
        h.insert(header::COOKIE, "workspace_lang=xx".parse().expect("value"));
        assert_eq!(
            language_of(&h, "en"),
            "ru",
            "a cookie of no language is ignored"
        );
        assert_eq!(language_of(&HeaderMap::new(), "fr"), "fr");
        assert_eq!(language_of(&HeaderMap::new(), "hbs"), "en");
    }

    #[test]
    fn the_cookie_is_kept_for_the_workspace_only() {
        let mut h = HeaderMap::new();
        assert_eq!(
            set_cookie(&h, "ru"),
            "workspace_lang=ru; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=31536000"
        );
        h.insert("x-forwarded-proto", "https".parse().expect("value"));
        assert!(set_cookie(&h, "ru").ends_with("; Secure"));
        assert!(is_workspace("/admin") && is_workspace("/admin/items/3"));
        assert!(!is_workspace("/administration") && !is_workspace("/"));
    }
}
