//! The write API: items as JSON Lines objects (the import format, the same validation),
//! with a bearer token, the rights and workflow of the workspace, and `If-Match` on every
//! change to an existing item. Errors have the read API's shape.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use model::access::Transition;
use model::{Item, ItemId, ItemStatus, NewItem};
use serde_json::{Map, Value, json};
use store::{SaveError, User};

use super::{ApiError, bearer, json_headers, read_body, transport_code, unauthorized};
use crate::AppState;

/// The ETag of an item for writers: it names the revision.
pub(crate) fn etag(item_id: ItemId, revision: i64) -> String {
    format!("\"i{item_id}-r{revision}\"")
}

fn error(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::new(status, code, message)
}

async fn account(state: &AppState, headers: &HeaderMap) -> Result<User, ApiError> {
    let token = bearer(headers)?.ok_or_else(|| {
        unauthorized("writing needs 'Authorization: Bearer <token>' (create one with `communique token create`)")
    })?;
    state
        .store
        .token_user(
            &publishing::accounts::token_digest(token),
            state.clock.now(),
        )
        .await?
        .ok_or_else(|| {
            unauthorized("the token is not valid (unknown, revoked, or its account disabled)")
        })
}

fn actor(user: &User) -> store::Actor {
    store::Actor {
        user_id: Some(user.id),
        name: user.email.clone(),
        address: "api".into(),
    }
}

/// The body as a JSON object.
async fn object(headers: &HeaderMap, body: Body) -> Result<Map<String, Value>, ApiError> {
    let bytes = read_body(headers, body).await?;
    match super::json::from_slice(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(error(
            StatusCode::BAD_REQUEST,
            transport_code::MALFORMED_JSON,
            "the body must be one JSON object (an item in the JSON Lines import format)",
        )),
        Err(e) => Err(e),
    }
}

/// An item from an object of the import format; `status` defaults to `draft`. A
/// `translation_of` must name an item `user` may see (one it may edit, or a public one).
async fn item_from(
    state: &AppState,
    user: &User,
    mut map: Map<String, Value>,
    default_status: ItemStatus,
) -> Result<NewItem, ApiError> {
    map.entry("status")
        .or_insert_with(|| Value::from(default_status.as_str()));
    let record = parse_record(state, map)?;
    let mut item = record.item;
    if let Some(of) = record.translation_of {
        item.translation_of = Some(original_of(state, user, &of).await?);
    }
    let problems = model::validate::item_problems(&state.site(), &item);
    if let Some(p) = problems.first() {
        return Err(ApiError {
            pointer: format!("/{}", p.field),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::INVALID_VALUE,
                p.message.clone(),
            )
        });
    }
    Ok(item)
}

/// The object read as a line of the import format, or its first problem (pointing at its key).
fn parse_record(
    state: &AppState,
    map: Map<String, Value>,
) -> Result<import::jsonl::Record, ApiError> {
    let line = Value::Object(map).to_string();
    import::jsonl::parse_line(&line, &state.site()).map_err(|e| ApiError {
        pointer: e
            .key
            .as_deref()
            .map(|k| format!("/{k}"))
            .unwrap_or_default(),
        ..error(
            StatusCode::BAD_REQUEST,
            model::query::code::INVALID_VALUE,
            e.message,
        )
    })
}

/// The item with the external id `of`, if `user` may see it. An item the account may not see
/// is answered as one that does not exist.
async fn original_of(state: &AppState, user: &User, of: &str) -> Result<ItemId, ApiError> {
    let original = state
        .store
        .item_access(store::ItemKey::External(of))
        .await?
        .filter(|o| {
            user.rights().may_read(
                &state.site(),
                &o.sources,
                state.public().shows(&o.visibility),
            )
        });
    original.map(|o| o.id).ok_or_else(|| ApiError {
        pointer: "/translation_of".into(),
        ..error(
            StatusCode::BAD_REQUEST,
            model::query::code::UNKNOWN_VALUE,
            format!("no item has the external_id '{}'", model::text::shown(of)),
        )
    })
}

/// The item as an object of the import format (slugs for names).
fn as_object(item: &Item) -> Map<String, Value> {
    let d = &item.data;
    let slugs =
        |v: &[model::Slug]| Value::from(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let mut map = Map::new();
    map.insert(
        "external_id".into(),
        Value::from(
            d.external_id
                .clone()
                .unwrap_or_else(|| format!("item-{}", item.id)),
        ),
    );
    map.insert("type".into(), Value::from(d.item_type.to_string()));
    map.insert("language".into(), Value::from(d.language.to_string()));
    map.insert("title".into(), Value::from(d.title.clone()));
    map.insert("date".into(), Value::from(d.published_at.to_string()));
    map.insert("place".into(), Value::from(d.place.clone()));
    map.insert("time_zone".into(), Value::from(d.time_zone.clone()));
    map.insert("sources".into(), slugs(&d.sources));
    map.insert("fields_of_work".into(), slugs(&d.fields_of_work));
    map.insert("countries".into(), slugs(&d.countries));
    map.insert("meetings".into(), slugs(&d.meetings));
    map.insert("summary".into(), Value::from(d.summary.clone()));
    map.insert("body_html".into(), Value::from(d.body_html.clone()));
    map.insert("status".into(), Value::from(d.status.as_str()));
    map
}

/// Checks `If-Match` against the item's revision.
fn if_match(headers: &HeaderMap, current: &Item) -> Result<i64, Box<Response>> {
    let Some(given) = headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) else {
        return Err(Box::new(
            error(
                StatusCode::PRECONDITION_REQUIRED,
                transport_code::IF_MATCH_REQUIRED,
                "changing an item needs 'If-Match' with its ETag (GET /api/v1/items/{id} with your token)",
            )
            .into_response(),
        ));
    };
    let wanted = etag(current.id, current.revision);
    if given
        .split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == wanted)
    {
        Ok(current.revision)
    } else {
        Err(Box::new(stale(current)))
    }
}

/// 412 with the current version.
fn stale(current: &Item) -> Response {
    let body = json!({
        "error": {
            "code": transport_code::STALE,
            "message": format!("the item changed: it is at revision {}; nothing was written", current.revision),
            "pointer": ""
        },
        "current": { "id": current.id.0, "revision": current.revision, "etag": etag(current.id, current.revision), "item": Value::Object(as_object(current)) }
    });
    let mut res = (StatusCode::PRECONDITION_FAILED, body.to_string()).into_response();
    json_headers(res.headers_mut());
    res
}

fn saved(status: StatusCode, id: ItemId, revision: i64, item: &NewItem) -> Response {
    let body = json!({
        "id": id.0,
        "revision": revision,
        "status": item.status.as_str(),
        "href": format!("/api/v1/items/{id}"),
    });
    let mut res = (status, body.to_string()).into_response();
    json_headers(res.headers_mut());
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&etag(id, revision)) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/items/{id}")) {
        h.insert(header::LOCATION, v);
    }
    res
}

fn forbidden(e: model::access::Refusal) -> ApiError {
    error(
        StatusCode::FORBIDDEN,
        transport_code::FORBIDDEN,
        e.to_string(),
    )
}

/// The rights a new or changed item needs ([`model::access::Rights::may_save`]); a change
/// of `status` must also be a move of the workflow the account may make (a draft does not
/// become archived by a PATCH).
fn check_rights(
    state: &AppState,
    user: &User,
    before: Option<&NewItem>,
    after: &NewItem,
) -> Result<(), ApiError> {
    let rights = user.rights();
    if let Some(b) = before.filter(|b| b.status != after.status) {
        let t = Transition::between(b.status, after.status).ok_or_else(|| ApiError {
            pointer: "/status".into(),
            ..error(
                StatusCode::CONFLICT,
                model::query::code::CONFLICT,
                format!(
                    "an item that is {} cannot become {}: move it through the workflow with POST /api/v1/items/{{id}}/transitions",
                    b.status.as_str(),
                    after.status.as_str()
                ),
            )
        })?;
        rights
            .transition(&state.site(), &b.sources, b.status, t)
            .map_err(forbidden)?;
    }
    rights
        .may_save(&state.site(), before, after)
        .map_err(forbidden)
}

async fn save(
    state: &AppState,
    user: &User,
    current: &Item,
    expected: i64,
    next: &NewItem,
    action: &str,
) -> Result<Response, ApiError> {
    match state
        .store
        .save_item(
            current.id,
            expected,
            next,
            &actor(user),
            action,
            state.clock.now(),
        )
        .await
    {
        Ok(s) => {
            state.written();
            Ok(saved(StatusCode::OK, s.id, s.revision, next))
        }
        Err(SaveError::Stale(s)) => Ok(stale(&s.current)),
        Err(SaveError::Store(e)) => Err(e.into()),
    }
}

/// What keys a press officer's items have, for messages.
fn key_rule(user: &User) -> String {
    match user.rights().key_prefixes() {
        Some(prefixes) if !prefixes.is_empty() => format!(
            "the keys of your items begin with {}",
            prefixes
                .iter()
                .map(|p| format!("'{p}'"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        _ => "you write for no structure".into(),
    }
}

/// The answer about a key the account may not use or an item it may not see: the same
/// whether such an item exists or not.
fn no_item_with_key(user: &User, key: &str) -> ApiError {
    let mut message = format!(
        "there is no item with the external_id '{}' that you may change",
        model::text::shown(key)
    );
    if user.rights().key_prefixes().is_some() {
        message.push_str(&format!(" ({})", key_rule(user)));
    }
    ApiError::not_found(message)
}

/// `POST /api/v1/items` with a token: creates an item (201). Without a token the same
/// address searches.
pub async fn create(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let user = account(state, headers).await?;
    let map = object(headers, body).await?;
    let item = item_from(state, &user, map, ItemStatus::Draft).await?;
    let key = item.external_id.clone().unwrap_or_default();
    if !user.rights().may_use_key(&key) {
        return Err(ApiError {
            pointer: "/external_id".into(),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::INVALID_VALUE,
                format!(
                    "'{}' cannot be the key of your item: {}",
                    model::text::shown(&key),
                    key_rule(&user)
                ),
            )
        });
    }
    check_rights(state, &user, None, &item)?;
    match state
        .store
        .create_item(&item, &actor(&user), state.clock.now())
        .await
    {
        Ok(s) => {
            state.written();
            Ok(saved(StatusCode::CREATED, s.id, s.revision, &item))
        }
        Err(store::StoreError::Conflict(_)) => {
            let key = model::text::shown(&key);
            Err(ApiError {
                pointer: "/external_id".into(),
                ..error(
                    StatusCode::CONFLICT,
                    model::query::code::CONFLICT,
                    format!(
                        "an item has the external_id '{key}': change it with PUT /api/v1/items/by-external-id/{key}"
                    ),
                )
            })
        }
        Err(e) => Err(e.into()),
    }
}

async fn load(state: &AppState, raw: &str) -> Result<Item, ApiError> {
    let missing = || ApiError::not_found(format!("there is no item '{}'", model::text::shown(raw)));
    let id = ItemId::parse(raw).map_err(|_| missing())?;
    state.store.item(id).await?.ok_or_else(missing)
}

/// `PUT /api/v1/items/by-external-id/{external_id}`: creates the item (201) or replaces it
/// (200, with `If-Match`).
pub async fn put_by_external_id(
    State(state): State<AppState>,
    Path(key): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let user = account(&state, &headers).await?;
    let mut map = object(&headers, body).await?;
    key_in_body(&mut map, &key)?;
    if !user.rights().may_use_key(&key) {
        return Err(no_item_with_key(&user, &key));
    }
    match create_unless_exists(&state, &user, &map, &key).await? {
        KeyLookup::Created(res) => Ok(res),
        KeyLookup::Exists(id) => replace(&state, &user, &headers, id, &key, map).await,
    }
}

/// Checks that the body names the address's key as its `external_id` (or names none: then
/// it is the address's).
fn key_in_body(map: &mut Map<String, Value>, key: &str) -> Result<(), ApiError> {
    match map.get("external_id") {
        None => {
            map.insert("external_id".into(), Value::from(key.to_owned()));
            Ok(())
        }
        Some(Value::String(k)) if k == key => Ok(()),
        Some(_) => Err(ApiError {
            pointer: "/external_id".into(),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::CONFLICT,
                "the body's external_id differs from the address's",
            )
        }),
    }
}

/// What a PUT found under its key: the item it just created (the answer), or the one it will
/// replace.
enum KeyLookup {
    Created(Response),
    Exists(ItemId),
}

/// Creates the item of `key` from `map` unless an item has that key. Two clients may create
/// the same key at once: the one that comes second replaces the item the first created (with
/// If-Match, like any replacement).
async fn create_unless_exists(
    state: &AppState,
    user: &User,
    map: &Map<String, Value>,
    key: &str,
) -> Result<KeyLookup, ApiError> {
    let mut created_meanwhile = false;
    loop {
        if let Some(id) = state.store.item_id_by_external_id(key).await? {
            return Ok(KeyLookup::Exists(id));
        }
        if created_meanwhile {
            return Err(no_item_with_key(user, key));
        }
        let item = item_from(state, user, map.clone(), ItemStatus::Draft).await?;
        check_rights(state, user, None, &item)?;
        match state
            .store
            .create_item(&item, &actor(user), state.clock.now())
            .await
        {
            Ok(s) => {
                state.written();
                return Ok(KeyLookup::Created(saved(
                    StatusCode::CREATED,
                    s.id,
                    s.revision,
                    &item,
                )));
            }
            Err(store::StoreError::Conflict(_)) => created_meanwhile = true,
            Err(e) => return Err(e.into()),
        }
    }
}

/// Replaces the item `id` (of the key `key`) with `map`, if `user` may edit it and
/// `If-Match` names its revision; its embargo stays, and so does its original if `map`
/// names none.
async fn replace(
    state: &AppState,
    user: &User,
    headers: &HeaderMap,
    id: ItemId,
    key: &str,
    map: Map<String, Value>,
) -> Result<Response, ApiError> {
    let current = state
        .store
        .item(id)
        .await?
        .ok_or_else(|| no_item_with_key(user, key))?;
    if user
        .rights()
        .may_edit(&state.site(), &current.data.sources)
        .is_err()
    {
        return Err(no_item_with_key(user, key));
    }
    let expected = match if_match(headers, &current) {
        Ok(r) => r,
        Err(res) => return Ok(*res),
    };
    let mut next = item_from(state, user, map, current.data.status).await?;
    next.translation_of = next.translation_of.or(current.data.translation_of);
    next.embargo_until = current.data.embargo_until;
    check_rights(state, user, Some(&current.data), &next)?;
    save(state, user, &current, expected, &next, "item.save").await
}

/// `PATCH /api/v1/items/{id}`: changes the keys given (`If-Match`).
pub async fn patch(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let user = account(&state, &headers).await?;
    let changes = object(&headers, body).await?;
    let current = load(&state, &raw).await?;
    user.rights()
        .may_edit(&state.site(), &current.data.sources)
        .map_err(|_| {
            ApiError::not_found(format!("there is no item '{}'", model::text::shown(&raw)))
        })?;
    let expected = match if_match(&headers, &current) {
        Ok(r) => r,
        Err(res) => return Ok(*res),
    };
    if changes.contains_key("external_id") {
        return Err(ApiError {
            pointer: "/external_id".into(),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::NOT_ALLOWED,
                "an item's external_id does not change",
            )
        });
    }
    let mut map = as_object(&current);
    map.extend(changes);
    let mut next = item_from(&state, &user, map, current.data.status).await?;
    next.external_id = current.data.external_id.clone();
    next.translation_of = next.translation_of.or(current.data.translation_of);
    next.embargo_until = current.data.embargo_until;
    check_rights(&state, &user, Some(&current.data), &next)?;
    save(&state, &user, &current, expected, &next, "item.save").await
}

/// `DELETE /api/v1/items/{id}`: unpublishes (nothing is ever deleted; `If-Match`).
pub async fn delete(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let user = account(&state, &headers).await?;
    move_item(&state, &user, &raw, &headers, Transition::Unpublish, None).await
}

/// `POST /api/v1/items/{id}/transitions` with `{"transition": …, "at": "<RFC 3339>"}`.
pub async fn transition(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let user = account(&state, &headers).await?;
    let map = object(&headers, body).await?;
    let name = map.get("transition").and_then(Value::as_str).unwrap_or("");
    let t = Transition::parse(name).ok_or_else(|| ApiError {
        pointer: "/transition".into(),
        ..error(
            StatusCode::BAD_REQUEST,
            model::query::code::INVALID_VALUE,
            format!(
                "unknown transition '{}' (submit, withdraw, schedule, publish, unpublish, archive)",
                model::text::shown(name)
            ),
        )
    })?;
    let at = match map.get("at") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.parse::<jiff::Timestamp>().map_err(|_| ApiError {
            pointer: "/at".into(),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::INVALID_VALUE,
                format!(
                    "'{}' is not an instant (RFC 3339, e.g. 2026-03-02T09:00:00Z)",
                    model::text::shown(s)
                ),
            )
        })?),
        Some(_) => {
            return Err(ApiError {
                pointer: "/at".into(),
                ..error(
                    StatusCode::BAD_REQUEST,
                    model::query::code::WRONG_TYPE,
                    "expected a string",
                )
            });
        }
    };
    move_item(&state, &user, &raw, &headers, t, at).await
}

async fn move_item(
    state: &AppState,
    user: &User,
    raw: &str,
    headers: &HeaderMap,
    t: Transition,
    at: Option<jiff::Timestamp>,
) -> Result<Response, ApiError> {
    let current = load(state, raw).await?;
    let rights = user.rights();
    rights
        .may_edit(&state.site(), &current.data.sources)
        .map_err(|_| {
            ApiError::not_found(format!("there is no item '{}'", model::text::shown(raw)))
        })?;
    let expected = match if_match(headers, &current) {
        Ok(r) => r,
        Err(res) => return Ok(*res),
    };
    let to = rights
        .transition(&state.site(), &current.data.sources, current.data.status, t)
        .map_err(|e| match e {
            model::access::Refusal::NotFromThisState { .. } => error(
                StatusCode::CONFLICT,
                model::query::code::CONFLICT,
                e.to_string(),
            ),
            other => forbidden(other),
        })?;
    let next = model::access::moved(&current.data, t, to, state.clock.now(), at).map_err(|_| {
        ApiError {
            pointer: "/at".into(),
            ..error(
                StatusCode::BAD_REQUEST,
                model::query::code::INVALID_VALUE,
                "schedule needs 'at', an instant in the future",
            )
        }
    })?;
    save(
        state,
        user,
        &current,
        expected,
        &next,
        &format!("item.{}", t.as_str()),
    )
    .await
}
