//! The OpenAPI 3.1 document of `/api/v1`, computed from the code it describes: the field
//! table, limits and error codes of the query language (`model::query`), the site
//! definition's taxonomies (the values a filter accepts) and the list of addresses below,
//! which a test checks against the route table.

use model::SiteDefinition;
use model::query::{self, Field};
use serde_json::{Value, json};

/// The read-only addresses of the API: (path, summary, response schema).
pub const ADDRESSES: [(&str, &str, &str); 6] = [
    ("/api/v1/items/{id}", "One public item, every field", "One"),
    (
        "/api/v1/structures",
        "The tree of structures with their lifetimes and names over time",
        "Structures",
    ),
    ("/api/v1/fields-of-work", "Fields of work", "Terms"),
    (
        "/api/v1/countries",
        "Countries with their groups",
        "Countries",
    ),
    ("/api/v1/meetings", "Meeting series", "Terms"),
    (
        "/api/v1/chairpersonships",
        "The chairing State of each year, the current one marked",
        "List",
    ),
];

const ERROR_CODES: [&str; 17] = [
    query::code::WRONG_TYPE,
    query::code::UNKNOWN_PARAMETER,
    query::code::UNKNOWN_KEY,
    query::code::UNKNOWN_FIELD,
    query::code::UNKNOWN_VALUE,
    query::code::INVALID_VALUE,
    query::code::OUT_OF_RANGE,
    query::code::EMPTY,
    query::code::MISSING,
    query::code::TOO_LONG,
    query::code::TOO_MANY,
    query::code::TOO_DEEP,
    query::code::NOT_ALLOWED,
    query::code::DUPLICATE,
    query::code::INVALID_RANGE,
    query::code::CONFLICT,
    query::code::MALFORMED,
];

/// A sort key as the server reads it.
const SORT_PATTERN: &str = "^(date|title|score|id):(asc|desc)$";

fn names(fields: impl Iterator<Item = Field>) -> Vec<&'static str> {
    fields.map(Field::name).collect()
}

fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

/// The write API: a bearer token, the JSON Lines import format, `If-Match` on changes.
fn write_paths(paths: &mut serde_json::Map<String, Value>) {
    let token = json!([{ "token": [] }]);
    let if_match = json!({ "name": "If-Match", "in": "header", "required": true, "schema": { "type": "string" },
        "description": "The item's ETag from GET /api/v1/items/{id} with a token (\"i{id}-r{revision}\")" });
    let id = json!({ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } });
    let saved = json!({ "description": "Saved: the item's id, revision, status and href; ETag of the new revision",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Saved" } } } });
    let changes = |summary: &str| {
        json!({
            "summary": summary,
            "security": token,
            "responses": {
                "200": saved,
                "400": error_response("The body is not a valid item (the pointer names the key)"),
                "401": error_response("No valid bearer token"),
                "403": error_response("The token's account may not do this to this item"),
                "404": error_response("No item the token's account may edit has this id"),
                "409": error_response("The move does not start from the item's state"),
                "412": { "description": "The If-Match ETag is stale: nothing was written; the body's `current` holds the item as it is" },
                "428": error_response("If-Match is missing")
            }
        })
    };
    let mut patch = changes("Change the keys given (the JSON Lines keys but external_id)");
    patch["parameters"] = json!([id, if_match]);
    patch["requestBody"] = json!({ "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewItem" } } } });
    let mut delete = changes("Unpublish (nothing is ever deleted)");
    delete["parameters"] = json!([id, if_match]);
    if let Some(Value::Object(item)) = paths.get_mut("/api/v1/items/{id}") {
        item.insert("patch".into(), patch);
        item.insert("delete".into(), delete);
    }
    let mut transition = changes("Move the item in the workflow");
    transition["parameters"] = json!([id, if_match]);
    transition["requestBody"] = json!({ "required": true, "content": { "application/json": { "schema": {
        "type": "object", "required": ["transition"], "additionalProperties": false, "properties": {
            "transition": { "enum": ["submit", "withdraw", "schedule", "publish", "unpublish", "archive"] },
            "at": { "type": "string", "format": "date-time", "description": "For schedule: the instant it becomes public" } } } } } });
    paths.insert(
        "/api/v1/items/{id}/transitions".into(),
        json!({ "post": transition }),
    );
    let mut put =
        changes("Create (201) or replace (200, with If-Match) the item with this external_id");
    put["parameters"] = json!([{ "name": "external_id", "in": "path", "required": true, "schema": { "type": "string", "minLength": 1 } },
        { "name": "If-Match", "in": "header", "required": false, "schema": { "type": "string" }, "description": "Required when the item exists" }]);
    put["requestBody"] = json!({ "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewItem" } } } });
    put["responses"]["201"] = saved;
    put["responses"]["404"] = error_response(
        "No item this account may change has this key (for a press officer: a key that does not begin with one of their structures, or another office's item)",
    );
    paths.insert(
        "/api/v1/items/by-external-id/{external_id}".into(),
        json!({ "put": put }),
    );
    token_on_search_post(paths);
}

/// `POST /api/v1/items` with a token creates an item: its description, security and answers.
fn token_on_search_post(paths: &mut serde_json::Map<String, Value>) {
    if let Some(post) = paths
        .get_mut("/api/v1/items")
        .and_then(|p| p.get_mut("post"))
    {
        post["description"] = json!(
            "Without a token: a search. With `Authorization: Bearer <token>`: creates the item in the body (the JSON Lines import format; status draft unless given) and answers 201."
        );
        post["security"] = json!([{}, { "token": [] }]);
        post["responses"]["201"] = json!({ "description": "Created (with a token)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Saved" } } } });
        post["responses"]["401"] =
            error_response("The Authorization header is not a valid bearer token");
        post["responses"]["403"] = error_response(
            "The token's account may not write (or publish) items of these sources: every source must be one it writes for, and publishing needs the right for each",
        );
        post["responses"]["409"] = error_response(
            "An item has this external_id: use PUT /api/v1/items/by-external-id/{external_id}",
        );
    }
}

/// The document for a site (taxonomy values come from its definition).
pub fn document(site: &SiteDefinition) -> Value {
    let mut paths = serde_json::Map::new();
    paths.insert("/api/v1/items".into(), search_path());
    read_paths(&mut paths, site);
    write_paths(&mut paths);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": format!("{} public API", site.organization.short_name),
            "version": "1",
            "description": "Read access to everything the site publishes. Only items public now are ever returned or counted. Every error is {\"error\": {\"code\", \"message\", \"pointer\"}} with a 4xx status."
        },
        "paths": paths,
        "components": {
          "securitySchemes": { "token": { "type": "http", "scheme": "bearer", "description": "An API token from `communique token create`" } },
          "schemas": schemas(site)
        }
    })
}

/// The parameters of a search in the query string (bracket syntax).
fn search_parameters() -> Value {
    let all = names(Field::ALL.into_iter());
    let facetable = names(Field::ALL.into_iter().filter(|f| f.is_facetable()));
    let searchable = names(Field::ALL.into_iter().filter(|f| f.is_searchable()));
    json!([
        { "name": "query[value]", "in": "query", "schema": { "type": "string", "minLength": 1, "maxLength": query::MAX_QUERY_CHARS },
          "description": "Words to search: all required by default; \"phrases\", OR, -word, title:word." },
        { "name": "query[fields][]", "in": "query", "schema": { "type": "array", "items": { "enum": searchable } } },
        { "name": "query[operator]", "in": "query", "schema": { "enum": ["AND", "OR"] } },
        { "name": "filter[field]", "in": "query", "schema": { "enum": all },
          "description": "A condition on a field; nested conditions: filter[conditions][N][…], filter[operator], filter[negate]." },
        { "name": "filter[value]", "in": "query", "schema": { "type": "string", "minLength": 1 },
          "description": "A value, a list (filter[value][]=…) or a range (filter[value][from], filter[value][to]); none: the field exists." },
        { "name": "facets[0][field]", "in": "query", "schema": { "enum": facetable },
          "description": "The first facet; the next are facets[1][field], facets[2][field]… Each also takes [name], [limit], [sort], [filter], [interval] (date: year, month, day), [scope] (default, query, global)." },
        { "name": "sort[]", "in": "query", "schema": { "type": "string", "pattern": SORT_PATTERN, "example": "date:desc" },
          "description": format!("Up to {} keys among date, title, score, id, each :asc or :desc.", query::MAX_SORTS) },
        { "name": "fields[include][]", "in": "query", "schema": { "type": "array", "items": { "enum": all } } },
        { "name": "fields[exclude][]", "in": "query", "schema": { "type": "array", "items": { "enum": all } } },
        { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 0, "maximum": query::MAX_LIMIT, "default": query::DEFAULT_LIMIT } },
        { "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "maximum": query::MAX_OFFSET, "default": 0 } },
        { "name": "profile", "in": "query", "schema": { "enum": ["minimal", "list", "full"], "default": "list" } }
    ])
}

/// `/api/v1/items`: a search, as a query string (GET) or as a JSON body (POST).
fn search_path() -> Value {
    let search_params = search_parameters();
    json!({
        "get": {
            "summary": "Search items (parameters in the query string, bracket syntax)",
            "parameters": search_params,
            "responses": {
                "200": { "description": "Results", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Results" } } } },
                "304": { "description": "Not modified: the If-None-Match ETag is current" },
                "400": error_response("The request cannot be answered: the error says what and where"),
                "414": { "description": "The address is longer than 64 KB" }
            }
        },
        "post": {
            "summary": "Search items (parameters as a JSON body)",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Query" },
                "example": {
                    "query": { "value": "election observation", "operator": "AND" },
                    "filter": { "operator": "AND", "conditions": [
                        { "field": "country", "value": ["ukraine", "georgia"] },
                        { "field": "date", "value": { "from": "2020-01-01" } }
                    ] },
                    "facets": [ { "field": "source", "limit": 5 }, { "field": "date", "interval": "year" } ],
                    "sort": ["score:desc", "date:desc"],
                    "limit": 10
                } } } },
            "responses": {
                "200": { "description": "Results", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Results" } } } },
                "400": error_response("Malformed JSON or a request that cannot be answered"),
                "413": error_response("The body is larger than 1 MB")
            }
        }
    })
}

/// The addresses of the taxonomies that name their entries in a language (`?language=`).
const IN_LANGUAGES: [&str; 4] = [
    "/api/v1/structures",
    "/api/v1/fields-of-work",
    "/api/v1/countries",
    "/api/v1/meetings",
];

/// The read-only addresses ([`ADDRESSES`]); the item's also answers to a writer's token.
fn read_paths(paths: &mut serde_json::Map<String, Value>, site: &SiteDefinition) {
    let languages = site.vocabulary(model::Dimension::Language);
    for (path, summary, schema) in ADDRESSES {
        let mut get = json!({
            "summary": summary,
            "responses": {
                "200": { "description": summary, "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } },
                "304": { "description": "Not modified: the If-None-Match ETag is current" }
            }
        });
        if path.contains("{id}") {
            get["parameters"] = json!([{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }]);
            get["responses"]["404"] = error_response(
                "No public item has this id (with a token: none the token's account may edit)",
            );
            get["responses"]["401"] =
                error_response("The Authorization header is not a valid bearer token");
            get["description"] = json!(
                "Without a token: a public item. With `Authorization: Bearer <token>` (`communique token create`): any item the token's account may edit, whatever its state, with `status`, `revision` and `public`, and an ETag naming the revision."
            );
            get["security"] = json!([{}, { "token": [] }]);
        }
        if IN_LANGUAGES.contains(&path) {
            get["parameters"] = json!([{ "name": "language", "in": "query", "required": false,
                "schema": { "enum": languages, "default": site.organization.default_language.as_str() },
                "description": "The language of each entry's `name` (and `label`, `url`); where the site gives no name in it, the default language's, as `name_language` says. No other parameter is taken." }]);
            get["responses"]["400"] = error_response(
                "An unknown language, another parameter, or a query string longer than 1000 bytes",
            );
        }
        paths.insert(path.into(), json!({ "get": get }));
    }
}

/// The schemas of the document: the query, its results, items, errors.
fn schemas(site: &SiteDefinition) -> Value {
    let all = names(Field::ALL.into_iter());
    let searchable = names(Field::ALL.into_iter().filter(|f| f.is_searchable()));
    let ranged = names(Field::ALL.into_iter().filter(|f| f.takes_range()));
    // The fields of an item that the field table gives a shape.
    let item_fields: serde_json::Map<String, Value> = query::FIELDS
        .iter()
        .filter_map(|f| Some((f.name.to_owned(), f.schema(site)?)))
        .collect();
    let languages = site.vocabulary(model::Dimension::Language);
    let names = json!({ "type": "object", "description": "A name by language code: every language the site gives the name in, the default language's included",
        "propertyNames": { "enum": languages }, "additionalProperties": { "type": "string" } });
    let name_language = json!({ "enum": languages, "description": "The language `name` is written in: the one asked, or the default language where the site gives no name in it" });
    let list_of = |schema: &str| {
        json!({ "type": "object", "required": ["totalCount", "count", "data"], "properties": {
            "totalCount": { "type": "integer" }, "count": { "type": "integer" },
            "data": { "type": "array", "items": { "$ref": format!("#/components/schemas/{schema}") } } } })
    };
    json!({
        "Query": { "type": "object", "additionalProperties": false, "properties": {
            "query": { "oneOf": [
                { "type": "string", "minLength": 1, "maxLength": query::MAX_QUERY_CHARS },
                { "type": "object", "additionalProperties": false, "required": ["value"], "properties": {
                    "value": { "type": "string", "minLength": 1, "maxLength": query::MAX_QUERY_CHARS },
                    "fields": { "type": "array", "items": { "enum": searchable } },
                    "operator": { "enum": ["AND", "OR"] }
                } }
            ] },
            "filter": { "$ref": "#/components/schemas/Condition" },
            "facets": { "type": "array", "maxItems": query::MAX_FACETS },
            "sort": { "oneOf": [
                { "type": "string", "pattern": SORT_PATTERN },
                { "type": "array", "maxItems": query::MAX_SORTS, "items": { "type": "string", "pattern": SORT_PATTERN } }
            ] },
            "fields": { "type": "object" },
            "limit": { "type": "integer", "minimum": 0, "maximum": query::MAX_LIMIT },
            "offset": { "type": "integer", "minimum": 0, "maximum": query::MAX_OFFSET },
            "profile": { "enum": ["minimal", "list", "full"] }
        } },
        "Condition": { "type": "object", "description": format!(
            "Either {{field, value?, operator?, negate?}} or {{operator, conditions, negate?}}; at most {} levels and {} conditions. Ranges ({{from, to}}) apply to: {}.",
            query::MAX_DEPTH, query::MAX_CONDITIONS, ranged.join(", ")
        ), "additionalProperties": false, "properties": {
            "field": { "enum": all },
            "value": {},
            "operator": { "enum": ["AND", "OR"] },
            "negate": { "type": "boolean" },
            "conditions": { "type": "array", "items": { "$ref": "#/components/schemas/Condition" } }
        } },
        "Results": { "type": "object", "required": ["totalCount", "count", "data", "links", "took"], "properties": {
            "totalCount": { "type": "integer" },
            "count": { "type": "integer" },
            "data": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } },
            "facets": { "type": "object", "additionalProperties": { "type": "object", "properties": {
                "data": { "type": "array", "items": { "type": "object", "properties": {
                    "value": { "type": "string" }, "label": { "type": "string" }, "count": { "type": "integer" } } } },
                "more": { "type": "boolean" } } } },
            "links": { "type": "object", "required": ["self", "next", "prev"], "properties": {
                "self": { "type": "string" },
                "next": { "type": ["string", "null"], "description": "null on the last page" },
                "prev": { "type": ["string", "null"], "description": "null on the first page" } } },
            "took": { "type": "number", "description": "milliseconds" }
        } },
        "Item": { "type": "object", "required": ["id", "score", "href", "translations", "fields"], "properties": {
            "id": { "type": "integer" },
            "score": { "type": ["number", "null"] },
            "href": { "type": "string" },
            "translations": { "type": "array", "description": "The item's public translations (the other public items of its translation group), by id. For a writer's item that is not public: none.",
                "items": { "type": "object", "required": ["language", "id", "url"], "additionalProperties": false, "properties": {
                    "language": { "enum": languages },
                    "id": { "type": "integer" },
                    "url": { "type": "string", "description": "Its page, under its language's prefix (\"/ru/items/12/…\")" } } } },
            "fields": { "type": "object", "properties": item_fields },
            "attachments": { "type": "array", "description": "Only in /api/v1/items/{id}: the item's documents and links in their order, then the pictures attached to it.",
                "items": { "type": "object", "required": ["kind", "title", "url", "format", "size", "language"], "additionalProperties": false, "properties": {
                    "kind": { "enum": ["document", "link", "picture"] },
                    "title": { "type": "string", "description": "A picture's alternative text" },
                    "url": { "type": "string", "description": "A file's address on the site (\"/media/…\"), or the link's" },
                    "format": { "type": ["string", "null"], "examples": ["pdf", "docx", "jpeg"] },
                    "size": { "type": ["integer", "null"], "description": "In bytes; null for a link" },
                    "language": { "type": "string" } } } }
        } },
        "Saved": { "type": "object", "required": ["id", "revision", "status", "href"], "properties": {
            "id": { "type": "integer" }, "revision": { "type": "integer" },
            "status": { "enum": ["draft", "in-review", "scheduled", "published", "unpublished", "archived"] },
            "href": { "type": "string" } } },
        "NewItem": { "type": "object", "description": "An item in the JSON Lines import format (docs/import.md): names or slugs for types, sources, fields of work, countries and meetings.", "properties": {
            "external_id": { "type": "string", "minLength": 1, "maxLength": 500 },
            "type": { "type": "string" }, "language": { "type": "string" },
            "title": { "type": "string", "minLength": 1 }, "date": { "type": "string" },
            "place": { "type": "string" }, "time_zone": { "type": "string" },
            "sources": { "type": "array", "items": { "type": "string" } },
            "fields_of_work": { "type": "array", "items": { "type": "string" } },
            "countries": { "type": "array", "items": { "type": "string" } },
            "meetings": { "type": "array", "items": { "type": "string" } },
            "summary": { "type": "string" }, "body_html": { "type": "string" },
            "translation_of": { "type": "string" }, "status": { "type": "string" }, "url": { "type": "string" } } },
        "One": { "type": "object", "required": ["totalCount", "count", "data"], "properties": {
            "totalCount": { "const": 1 },
            "count": { "const": 1 },
            "data": { "type": "array", "minItems": 1, "maxItems": 1, "items": { "$ref": "#/components/schemas/Item" } }
        } },
        "List": { "type": "object", "properties": { "totalCount": { "type": "integer" }, "count": { "type": "integer" }, "data": { "type": "array" } } },
        "Structures": list_of("Structure"),
        "Terms": list_of("Term"),
        "Countries": list_of("Country"),
        "Names": names,
        "Term": { "type": "object", "required": ["id", "slug", "name", "name_language", "names", "url"], "properties": {
            "id": { "type": "string" }, "slug": { "type": "string" },
            "name": { "type": "string", "description": "In the language asked, else in the default language" },
            "name_language": name_language,
            "names": { "$ref": "#/components/schemas/Names" },
            "url": { "type": "string", "description": "Its page, in the language asked" } } },
        "Country": { "type": "object", "required": ["id", "slug", "name", "name_language", "iso", "group", "names", "dissolved", "url"], "properties": {
            "id": { "type": "string" }, "slug": { "type": "string" },
            "name": { "type": "string", "description": "In the language asked, else in the default language" },
            "name_language": name_language,
            "iso": { "type": ["string", "null"] },
            "group": { "type": ["object", "null"], "properties": { "id": { "type": "string" }, "slug": { "type": "string" }, "name": { "type": "string" } } },
            "names": { "$ref": "#/components/schemas/Names" },
            "dissolved": { "type": ["string", "null"] },
            "url": { "type": "string", "description": "Its page, in the language asked" } } },
        "Structure": { "type": "object", "required": ["id", "slug", "kind", "kind_label", "name", "name_language", "label", "names", "names_by_language", "parent", "children", "opened", "closed", "closed_now", "country", "url"], "properties": {
            "id": { "type": "string" }, "slug": { "type": "string" },
            "kind": { "type": "string" }, "kind_label": { "type": "string" },
            "name": { "type": "string", "description": "The current name, in the language asked where the site gives it (a translation is written in full, as shown as a source)" },
            "name_language": name_language,
            "label": { "type": "string", "description": "As shown as a source today, in the language asked" },
            "names": { "type": "array", "description": "The names over time, oldest first", "items": { "type": "object", "required": ["name", "from", "translations"], "properties": {
                "name": { "type": "string" },
                "from": { "type": ["string", "null"], "description": "YYYY[-MM[-DD]]; null for the first name" },
                "translations": { "$ref": "#/components/schemas/Names" } } } },
            "names_by_language": { "$ref": "#/components/schemas/Names" },
            "parent": { "type": ["string", "null"] },
            "children": { "type": "array", "items": { "type": "string" } },
            "opened": { "type": ["string", "null"] }, "closed": { "type": ["string", "null"] },
            "closed_now": { "type": "boolean" },
            "country": { "type": ["string", "null"] },
            "url": { "type": "string", "description": "Its page, in the language asked" } } },
        "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "object", "required": ["code", "message", "pointer"], "properties": {
            "code": { "type": "string", "examples": ERROR_CODES.iter().chain(super::transport_code::ALL.iter()).collect::<Vec<_>>() },
            "message": { "type": "string" },
            "pointer": { "type": "string", "description": "JSON Pointer to the offending part of the request" }
        } } } }
    })
}
