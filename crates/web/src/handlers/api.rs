//! The public read API, `/api/v1`: JSON over the same catalog, text index and visibility
//! rule as the pages. A search comes as a query string in bracket syntax (GET) or as a JSON
//! body (POST); both become one `model::query::ApiQuery`, which the catalog answers; the
//! page of items is then loaded from the store and shown with the fields of the requested
//! profile. Every error is a JSON document with a 4xx status; every response allows any
//! origin; GET responses carry an ETag.

mod json;
mod links;
pub mod openapi;
mod taxonomy;
mod view;
pub mod write;

use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, HttpBody};
use axum::extract::{Path, RawQuery, State};
use axum::handler::Handler;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use bytes::Bytes;
use model::ItemId;
use model::query::{ApiQuery, Field, QueryError, TextQuery, code};
use search::text::{SearchIn, TextError};
use serde::Serialize;

use crate::AppState;
use publishing::etag_of;

/// Error codes of the transport (the query language's own are in `model::query::code`).
pub(crate) mod transport_code {
    pub const NOT_FOUND: &str = "not_found";
    pub const INTERNAL: &str = "internal";
    pub const MALFORMED_JSON: &str = "malformed_json";
    pub const TOO_LARGE: &str = "too_large";
    pub const MALFORMED_BODY: &str = "malformed_body";
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    pub const UNAUTHORIZED: &str = "unauthorized";
    pub const FORBIDDEN: &str = "forbidden";
    pub const IF_MATCH_REQUIRED: &str = "if_match_required";
    pub const STALE: &str = "stale";
    pub const TOO_MANY_REQUESTS: &str = "too_many_requests";
    pub const ALL: [&str; 11] = [
        NOT_FOUND,
        INTERNAL,
        MALFORMED_JSON,
        TOO_LARGE,
        MALFORMED_BODY,
        METHOD_NOT_ALLOWED,
        UNAUTHORIZED,
        FORBIDDEN,
        IF_MATCH_REQUIRED,
        STALE,
        TOO_MANY_REQUESTS,
    ];
}

/// The API's answer to a client with too many requests running at once.
pub(crate) fn too_many_requests(message: String) -> Response {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        transport_code::TOO_MANY_REQUESTS,
        message,
    )
    .into_response()
}

/// The largest request body.
pub const BODY_LIMIT: usize = 1024 * 1024;

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// An error of the API: `{"error": {"code", "message", "pointer"}}` with its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// A JSON Pointer to the offending part of the request ("" for the whole).
    pub pointer: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            pointer: String::new(),
        }
    }

    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, transport_code::NOT_FOUND, message)
    }

    /// A failure on our side: logged with its cause, shown without it.
    fn internal(cause: impl std::fmt::Display) -> ApiError {
        tracing::error!(%cause, "API request failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            transport_code::INTERNAL,
            "something went wrong on our side; the error has been logged",
        )
    }
}

impl From<QueryError> for ApiError {
    fn from(e: QueryError) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code: e.code,
            message: e.message,
            pointer: e.pointer,
        }
    }
}

impl From<store::StoreError> for ApiError {
    fn from(e: store::StoreError) -> ApiError {
        ApiError::internal(e)
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: ErrorFields<'a>,
}

#[derive(Serialize)]
struct ErrorFields<'a> {
    code: &'a str,
    message: &'a str,
    pointer: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&ErrorBody {
            error: ErrorFields {
                code: self.code,
                message: &self.message,
                pointer: &self.pointer,
            },
        })
        .unwrap_or_default();
        let mut res = (self.status, body).into_response();
        json_headers(res.headers_mut());
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }
}

// ---------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------

fn json_headers(h: &mut HeaderMap) {
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("ETag"),
    );
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(ApiError::internal)
}

/// A GET response: the body with its ETag, or 304 when the client has it already.
/// `took` (milliseconds), if any, is added to the body outside the ETag, which thus
/// changes only when the answer does.
fn cached(headers: &HeaderMap, body: Vec<u8>, took: Option<Instant>) -> Response {
    let etag = etag_of(&body);
    let etag_value = HeaderValue::from_str(&etag).ok();
    let matches = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == etag || t == "*");
    let mut res = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = match took {
            Some(started) => with_took(body, started),
            None => body,
        };
        (StatusCode::OK, body).into_response()
    };
    let h = res.headers_mut();
    json_headers(h);
    if matches {
        h.remove(header::CONTENT_TYPE);
    }
    if let Some(v) = etag_value {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    res
}

/// Adds `"took": <ms>` at the end of a serialized JSON object.
fn with_took(mut body: Vec<u8>, started: Instant) -> Vec<u8> {
    let ms = (started.elapsed().as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0;
    if body.last() == Some(&b'}') {
        body.pop();
        let sep = if body.len() > 1 { "," } else { "" };
        body.extend_from_slice(format!("{sep}\"took\":{ms}}}").as_bytes());
    }
    body
}

// ---------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------

/// The answer to a search, before `took` is added.
#[derive(Serialize)]
struct ItemsBody {
    #[serde(rename = "totalCount")]
    total_count: usize,
    count: usize,
    data: Vec<view::ItemView>,
    facets: view::Facets,
    links: Links,
}

#[derive(Serialize)]
struct Links {
    #[serde(rename = "self")]
    this: String,
    next: Option<String>,
    prev: Option<String>,
}

const ITEMS_PATH: &str = "/api/v1/items";

/// `GET /api/v1/items?…`: a search in bracket syntax.
pub async fn items_get(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let pairs = links::decode_query(raw.as_deref().unwrap_or(""))?;
    let query = ApiQuery::from_query_pairs(&pairs, &state.site())?;
    let body = search(&state, query).await?;
    Ok(cached(&headers, body, Some(started)))
}

/// `POST /api/v1/items`: a search as a JSON body (at most [`BODY_LIMIT`] bytes).
pub async fn items_post(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    if headers.contains_key(header::AUTHORIZATION) {
        // With a token, POST creates an item (the write API); without, it searches.
        return write::create(&state, &headers, body).await;
    }
    let started = Instant::now();
    let bytes = read_body(&headers, body).await?;
    let json: serde_json::Value = json::from_slice(&bytes)?;
    let query = ApiQuery::from_json(&json, &state.site())?;
    let body = with_took(search(&state, query).await?, started);
    let mut res = (StatusCode::OK, body).into_response();
    json_headers(res.headers_mut());
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// Reads a body of at most [`BODY_LIMIT`] bytes (413 beyond).
async fn read_body(headers: &HeaderMap, mut body: Body) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            transport_code::TOO_LARGE,
            format!("the request body is larger than {BODY_LIMIT} bytes (1 MB)"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT as u64) {
        return Err(too_large());
    }
    let mut out = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                transport_code::MALFORMED_BODY,
                format!("the request body could not be read: {e}"),
            )
        })?;
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > BODY_LIMIT {
                return Err(too_large());
            }
            out.extend_from_slice(&data);
        }
    }
    Ok(Bytes::from(out))
}

/// Runs a validated search and returns the serialized answer (without `took`).
async fn search(state: &AppState, query: ApiQuery) -> Result<Vec<u8>, ApiError> {
    let public = state.public();
    let today = state.site().today(public.now());
    // Matches are found without scoring them all unless the order reads every score: by
    // date, the page's few hits are scored afterwards; by score alone, the index finds the
    // best of the hits itself (skipping what cannot make the page).
    let ranked = search::orders_by_score_alone(&query.sort);
    let by_score = search::orders_by_score(&query.sort) && !ranked;
    let (parsed, matches) = match &query.query {
        Some(t) => {
            let (parsed, matches) = text_matches(state, t, by_score).await?;
            (Some(parsed), Some(matches))
        }
        None => (None, None),
    };
    let query = Arc::new(query);
    let (parsed, ranker) = match parsed {
        Some(p) if ranked => (
            None,
            Some(search::text::TextRanker::new(Arc::clone(&state.text), p)),
        ),
        other => (other, None),
    };
    let mut results = public
        .api_search(Arc::clone(&query), matches, ranker)
        .await
        .map_err(ApiError::internal)?;
    if let Some(parsed) = parsed
        && !by_score
        && !results.hits.is_empty()
    {
        let index = Arc::clone(&state.text);
        let ids: Vec<ItemId> = results.hits.iter().map(|h| h.id).collect();
        let scores = state
            .cpu(move || index.scores_of(parsed.as_ref(), &ids))
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)?;
        for (hit, score) in results.hits.iter_mut().zip(scores) {
            hit.score = Some(score);
        }
    }
    let ids: Vec<ItemId> = results.hits.iter().map(|h| h.id).collect();
    let loaded: Vec<model::Item> = public.items(&ids).await.map_err(ApiError::internal)?;
    // The translations of the whole page in one query, through the gate.
    let loaded_ids: Vec<ItemId> = loaded.iter().map(|i| i.id).collect();
    let translations = public
        .translations_of(&loaded_ids)
        .await
        .map_err(ApiError::internal)?;
    let fields = view::selected_fields(query.profile, &query.include, &query.exclude);
    let data = view::items(
        &state.site(),
        &results.hits,
        &loaded,
        &translations,
        &fields,
        today,
    );
    let intervals: Vec<_> = query.facets.iter().map(|f| f.interval).collect();
    let facets = view::facets(&state.site(), &results.facets, &intervals, today);
    let at = |offset: usize| {
        let mut q = (*query).clone();
        q.offset = offset;
        links::link(ITEMS_PATH, &q)
    };
    let next_offset = query.offset.saturating_add(query.limit);
    let links = Links {
        this: links::link(ITEMS_PATH, &query),
        next: (query.limit > 0
            && next_offset < results.total
            && next_offset <= model::query::MAX_OFFSET)
            .then(|| at(next_offset)),
        prev: (query.offset > 0).then(|| at(query.offset.saturating_sub(query.limit))),
    };
    to_json(&ItemsBody {
        total_count: results.total,
        count: data.len(),
        data,
        facets,
        links,
    })
}

/// The query the index understood, and the items matching it, with their scores when
/// `scoring` (the index is searched off the async threads).
async fn text_matches(
    state: &AppState,
    t: &TextQuery,
    scoring: bool,
) -> Result<(Box<dyn search::text::TantivyQuery>, Vec<(ItemId, f32)>), ApiError> {
    let index = Arc::clone(&state.text);
    let value = t.value.clone();
    let any_word = !t.all_words;
    // Each searchable field has its part of the index. Without fields, everything is
    // searched, names included, as on the site.
    let has = |f: Field| t.fields.contains(&f);
    let within = (t.fields != Field::DEFAULT_SEARCH).then(|| SearchIn {
        title: has(Field::Title),
        summary: has(Field::Summary),
        body: has(Field::Body),
        sources: has(Field::Source),
        fields_of_work: has(Field::FieldOfWork),
        countries: has(Field::Country),
        meetings: has(Field::Meeting),
    });
    let result = state
        .cpu(move || {
            let parsed = match within {
                None => index.parse(&value, any_word),
                Some(w) => index.parse_in(&value, any_word, w),
            }?;
            let matches = index.matching(parsed.as_ref(), scoring)?;
            Ok((parsed, matches))
        })
        .await
        .map_err(ApiError::internal)?;
    match result {
        Ok(m) => Ok(m),
        Err(TextError::Query(message)) => Err(ApiError {
            pointer: "/query".into(),
            ..ApiError::new(StatusCode::BAD_REQUEST, code::INVALID_VALUE, message)
        }),
        Err(e) => Err(ApiError::internal(e)),
    }
}

/// The token of an `Authorization: Bearer …` header, if there is one (another scheme is
/// refused).
fn bearer(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().unwrap_or("");
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(Some(token.trim()))
        }
        _ => Err(unauthorized(
            "use 'Authorization: Bearer <token>' (create one with `communique token create`)",
        )),
    }
}

fn unauthorized(message: &str) -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        transport_code::UNAUTHORIZED,
        message,
    )
}

/// `GET /api/v1/items/{id}` with a token: the item whatever its state (draft, embargoed…),
/// if the token's account may edit it, with its `status` and `revision`; the ETag names the
/// revision (`"i{id}-r{revision}"`), for the writes that will require it in `If-Match`.
async fn item_for_writer(
    state: &AppState,
    id: ItemId,
    token: &str,
) -> Result<Option<Response>, ApiError> {
    let now = state.clock.now();
    let user = state
        .store
        .token_user(&publishing::accounts::token_digest(token), now)
        .await?
        .ok_or_else(|| {
            unauthorized("the token is not valid (unknown, revoked, or its account disabled)")
        })?;
    // Another office's item is shown only as the public sees it; the look-up is the same
    // whether the item exists or not.
    let editable = state
        .store
        .item_access(store::ItemKey::Id(id))
        .await?
        .is_some_and(|a| user.rights().may_edit(&state.site(), &a.sources).is_ok());
    if !editable {
        return Ok(None);
    }
    let Some(item) = state.store.item(id).await? else {
        return Ok(None);
    };
    // Its public translations, as anyone sees them (none while the item is not public).
    let translations = state
        .public()
        .translations_of(&[id])
        .await
        .map_err(ApiError::internal)?
        .remove(&id)
        .unwrap_or_default();
    let fields = view::selected_fields(model::query::Profile::Full, &[], &[]);
    let mut data = serde_json::to_value(view::item(
        &state.site(),
        &item,
        None,
        &translations,
        &fields,
        state.site().today(now),
    ))
    .map_err(ApiError::internal)?;
    data["attachments"] =
        serde_json::to_value(attachments_of(state, id).await?).map_err(ApiError::internal)?;
    data["status"] = serde_json::Value::from(item.data.status.as_str());
    data["revision"] = serde_json::Value::from(item.revision);
    data["public"] = serde_json::Value::from(state.public().shows(&item.visibility()));
    let body = to_json(&view::List::new(vec![data]))?;
    let mut res = (StatusCode::OK, body).into_response();
    json_headers(res.headers_mut());
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(etag) = HeaderValue::from_str(&format!("\"i{}-r{}\"", item.id, item.revision)) {
        h.insert(header::ETAG, etag);
    }
    Ok(Some(res))
}

/// The documents, links and attached pictures of an item (Attachments).
async fn attachments_of(
    state: &AppState,
    id: ItemId,
) -> Result<Vec<view::AttachmentRef>, ApiError> {
    let listed = state.store.attachments(id).await?;
    let pictures: Vec<store::MediaRecord> = state
        .store
        .item_media(id)
        .await?
        .into_iter()
        .filter(|(role, _)| *role == store::MediaRole::Attachment)
        .map(|(_, m)| m)
        .collect();
    Ok(view::attachment_refs(&listed, &pictures))
}

/// `GET /api/v1/items/{id}`: one public item with every field.
pub async fn item(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let missing =
        || ApiError::not_found(format!("there is no item '{}'", model::text::shown(&raw)));
    let id = ItemId::parse(&raw)
        .ok()
        .filter(|id| id.to_string() == raw)
        .ok_or_else(missing)?;
    let now = state.clock.now();
    // With a token: the item whatever its state if the account may edit it; any other
    // item as the public sees it (a public one, or none).
    if let Some(token) = bearer(&headers)?
        && let Some(res) = item_for_writer(&state, id, token).await?
    {
        return Ok(res);
    }
    let public = state.public();
    let item = public
        .item(id)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(missing)?;
    let translations = public
        .translations_of(&[id])
        .await
        .map_err(ApiError::internal)?
        .remove(&id)
        .unwrap_or_default();
    let fields = view::selected_fields(model::query::Profile::Full, &[], &[]);
    let mut one = view::item(
        &state.site(),
        &item,
        None,
        &translations,
        &fields,
        state.site().today(now),
    );
    one.attachments = Some(attachments_of(&state, id).await?);
    let data = vec![one];
    let body = to_json(&view::List::new(data))?;
    Ok(cached(&headers, body, None))
}

// ---------------------------------------------------------------------------------------
// Taxonomies
// ---------------------------------------------------------------------------------------

/// `GET /api/v1/structures?language=ru`: the tree of structures with their history.
pub async fn structures(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = taxonomy::InLanguage::from_query(&site, raw.as_deref())?;
    let today = site.today(state.clock.now());
    Ok(respond(
        &headers,
        &taxonomy::structures(&site, today, &lang),
    ))
}

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the API.
pub async fn openapi(State(state): State<AppState>, headers: HeaderMap) -> Response {
    respond(&headers, &openapi::document(&state.site()))
}

/// `GET /api/v1/fields-of-work?language=ru`.
pub async fn fields_of_work(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = taxonomy::InLanguage::from_query(&site, raw.as_deref())?;
    Ok(respond(&headers, &taxonomy::fields_of_work(&site, &lang)))
}

/// `GET /api/v1/countries?language=ru`: countries with their groups.
pub async fn countries(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = taxonomy::InLanguage::from_query(&site, raw.as_deref())?;
    Ok(respond(&headers, &taxonomy::countries(&site, &lang)))
}

/// `GET /api/v1/meetings?language=ru`: meeting series.
pub async fn meetings(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = taxonomy::InLanguage::from_query(&site, raw.as_deref())?;
    Ok(respond(&headers, &taxonomy::meetings(&site, &lang)))
}

/// `GET /api/v1/chairpersonships`: a State per year, the current one marked.
pub async fn chairpersonships(State(state): State<AppState>, headers: HeaderMap) -> Response {
    respond(
        &headers,
        &taxonomy::chairpersonships(&state.site(), state.clock.now()),
    )
}

fn respond<T: Serialize>(headers: &HeaderMap, value: &T) -> Response {
    match to_json(value) {
        Ok(body) => cached(headers, body, None),
        Err(e) => e.into_response(),
    }
}

// ---------------------------------------------------------------------------------------
// CORS preflight, wrong methods, unknown addresses
// ---------------------------------------------------------------------------------------

/// A read-only address of the API: GET (and HEAD), the CORS preflight, and a JSON 405 for
/// any other method.
pub fn read<H, T>(handler: H) -> MethodRouter<AppState>
where
    H: Handler<T, AppState>,
    T: 'static,
{
    get(handler)
        .options(preflight_read)
        .fallback(method_not_allowed)
}

fn preflight(methods: &'static str) -> Response {
    let mut res = StatusCode::NO_CONTENT.into_response();
    let h = res.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static(methods),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Content-Type"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    res
}

/// `OPTIONS /api/v1/items`: searches may be read and posted from any origin.
pub async fn preflight_search() -> Response {
    preflight("GET, POST")
}

/// `OPTIONS` on the other addresses: they are read from any origin.
pub async fn preflight_read() -> Response {
    preflight("GET")
}

/// A method the address does not answer (the router adds the `Allow` header).
pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        transport_code::METHOD_NOT_ALLOWED,
        "this address does not answer this method (see the Allow header)",
    )
}

/// Any other address under `/api`.
pub async fn not_found() -> ApiError {
    ApiError::not_found(
        "there is nothing at this address; the API answers /api/v1/items, /api/v1/items/{id}, \
         /api/v1/structures, /api/v1/fields-of-work, /api/v1/countries, /api/v1/meetings and \
         /api/v1/chairpersonships",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn took_is_appended_to_the_object() {
        let body = with_took(b"{\"a\":1}".to_vec(), Instant::now());
        let v: serde_json::Value = serde_json::from_slice(&body).expect("valid JSON");
        assert!(v["took"].is_number());
        assert_eq!(v["a"], 1);
        let empty = with_took(b"{}".to_vec(), Instant::now());
        assert!(serde_json::from_slice::<serde_json::Value>(&empty).is_ok());
    }

    #[test]
    fn query_errors_are_400_with_their_pointer() {
        let e = ApiError::from(QueryError {
            code: code::OUT_OF_RANGE,
            message: "limit must be between 0 and 1000".into(),
            pointer: "/limit".into(),
        });
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert_eq!(e.pointer, "/limit");
    }
}
