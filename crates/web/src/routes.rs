//! The one route table of the site: every address, the handler that answers it, and the
//! layers every response passes through.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use crate::{
    AppState, auth, error_pages, handlers, headers, http_cache, language, metrics, work,
    workspace_language,
};

/// The one route table of the site, behind the language prefix of the address (`/ru/…`),
/// which is taken off before the routes are matched.
pub fn router(state: AppState) -> Router {
    let routes = routes(state.clone());
    let languages = tower::ServiceBuilder::new()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            language::language_prefix,
        ))
        .service(routes);
    Router::new()
        .fallback_service(languages)
        .layer(CatchPanicLayer::custom(error_pages::panic_response))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(axum::middleware::map_request_with_state(
            state.clone(),
            auth::drop_untrusted_forwarding,
        ))
        .layer(axum::middleware::from_fn(http_cache::conditional_html))
        .layer(axum::middleware::map_response(headers::security_headers))
        // What every other layer made is compressed, unless it is already or was kept with
        // its compressed forms.
        .layer(CompressionLayer::new().compress_when(http_cache::compressible()))
        .layer(axum::middleware::from_fn(http_cache::satisfiable_codings))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            log_request,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state,
            metrics::observe,
        ))
}

/// One line per request, when the state asks for it (`serve --no-request-log` turns it off).
async fn log_request(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if !state.logs_requests() {
        return next.run(request).await;
    }
    let method = request.method().clone();
    let path: String = request.uri().path().chars().take(200).collect();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        target: "communique::requests",
        "{method} {path} {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// Every address of the site (without a language prefix) and the handler that answers it.
fn routes(state: AppState) -> Router {
    use handlers::admin_media::UPLOAD_BODY_LIMIT;
    use handlers::*;
    Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(monitoring::readyz))
        .route("/metrics", get(monitoring::metrics))
        .route("/assets/site.css", get(health::stylesheet))
        .route("/assets/site.js", get(health::script))
        .route("/assets/admin.js", get(health::admin_script))
        .route("/favicon.svg", get(crate::sharing::favicon))
        .route("/favicon.ico", get(crate::sharing::favicon_ico))
        .route("/manifest.webmanifest", get(crate::sharing::manifest))
        .route("/press-releases", get(newsroom::newsroom))
        .route("/search", get(search::search_page))
        .route("/items/{id}", get(item::item_without_slug))
        .route("/items/{id}/{slug}", get(item::item_page))
        .route("/fields-of-work", get(taxonomy::fields_index))
        .route("/fields-of-work/{slug}", get(taxonomy::field_page))
        .route("/meetings", get(taxonomy::meetings_index))
        .route("/meetings/{slug}", get(taxonomy::meeting_page))
        .route("/countries", get(taxonomy::countries_index))
        .route(
            "/countries/groups/{slug}",
            get(taxonomy::country_group_page),
        )
        .route("/countries/{slug}", get(taxonomy::country_page))
        .route("/structures", get(structure::structures_index))
        .route("/structures/{slug}", get(structure::structure_page))
        .route("/structures/{slug}/closed", get(structure::closed_children))
        .route("/pages/{slug}", get(pages::text_page))
        .route("/feed.atom", get(feeds::feed))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/robots.txt", get(feeds::robots))
        .route(
            "/api/v1/items",
            get(api::items_get)
                .post(api::items_post)
                .options(api::preflight_search)
                .fallback(api::method_not_allowed),
        )
        .route(
            "/api/v1/items/{id}",
            api::read(api::item)
                .patch(api::write::patch)
                .delete(api::write::delete),
        )
        .route(
            "/api/v1/items/{id}/transitions",
            axum::routing::post(api::write::transition).fallback(api::method_not_allowed),
        )
        .route(
            "/api/v1/items/by-external-id/{*external_id}",
            axum::routing::put(api::write::put_by_external_id).fallback(api::method_not_allowed),
        )
        .route("/api/v1/structures", api::read(api::structures))
        .route("/api/v1/fields-of-work", api::read(api::fields_of_work))
        .route("/api/v1/countries", api::read(api::countries))
        .route("/api/v1/meetings", api::read(api::meetings))
        .route("/api/v1/chairpersonships", api::read(api::chairpersonships))
        .route("/api/v1/openapi.json", api::read(api::openapi))
        .route("/api", get(pages::api_docs))
        .route("/preview/{id}", get(item::preview))
        .route("/preview/{id}/media/{key}", get(item::preview_media))
        .route("/admin", get(admin::dashboard))
        .route("/admin/login", get(admin::login_form).post(admin::login))
        .route("/admin/logout", axum::routing::post(admin::logout))
        .route(
            "/admin/language",
            axum::routing::post(admin::choose_language),
        )
        .route("/admin/audit", get(admin::audit_log))
        .route(
            "/admin/glossary",
            get(admin_glossary::glossary).post(admin_glossary::add),
        )
        .route(
            "/admin/glossary/remove",
            axum::routing::post(admin_glossary::remove),
        )
        .route("/admin/site", get(admin_site::overview))
        .route(
            "/admin/site/terms",
            axum::routing::post(admin_site::add_term),
        )
        .route(
            "/admin/site/structures",
            axum::routing::post(admin_site::open_structure),
        )
        .route("/admin/site/structures/{slug}", get(admin_site::structure))
        .route(
            "/admin/site/structures/{slug}/{action}",
            axum::routing::post(admin_site::structure_change),
        )
        .route(
            "/admin/site/chairpersonships",
            axum::routing::post(admin_site::set_chair),
        )
        // Introductions
        .route(
            "/admin/site/introductions/{kind}/{slug}",
            get(admin_introductions::editor).post(admin_introductions::save),
        )
        .route("/admin/items", axum::routing::post(admin_items::create))
        .route("/admin/items/new", get(admin_items::new_form))
        .route(
            "/admin/items/{id}",
            get(admin_items::edit_form).post(admin_items::save),
        )
        .route(
            "/admin/items/{id}/transition",
            axum::routing::post(admin_items::transition),
        )
        .route(
            "/admin/items/{id}/revisions/{revision}",
            get(admin_items::revision_page),
        )
        .route(
            "/admin/items/{id}/restore",
            axum::routing::post(admin_items::restore),
        )
        .route(
            "/admin/items/{id}/preview-link",
            axum::routing::post(admin_items::preview_link),
        )
        .route(
            "/admin/items/{id}/translate",
            axum::routing::post(admin_items::translate),
        )
        .route(
            "/admin/items/{id}/original-changes",
            get(admin_items::original_changes),
        )
        .route(
            "/admin/items/{id}/up-to-date",
            axum::routing::post(admin_items::mark_up_to_date),
        )
        .route("/media/{key}", get(media::public_file))
        .route(
            "/admin/media",
            get(admin_media::library)
                .post(admin_media::upload.layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))),
        )
        .route("/admin/media/{key}", get(media::workspace_file))
        .route(
            "/admin/items/{id}/media",
            axum::routing::post(
                admin_items::upload_picture.layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
            ),
        )
        .route(
            "/admin/items/{id}/lead-image",
            axum::routing::post(admin_items::choose_lead),
        )
        // Attachments
        .route(
            "/admin/items/{id}/documents",
            axum::routing::post(
                admin_items::upload_document
                    .layer(DefaultBodyLimit::max(admin_items::DOCUMENT_BODY_LIMIT)),
            ),
        )
        .route(
            "/admin/items/{id}/links",
            axum::routing::post(admin_items::add_link),
        )
        .route(
            "/admin/items/{id}/gallery",
            axum::routing::post(admin_items::attach_picture),
        )
        .route(
            "/admin/items/{id}/attachments",
            axum::routing::post(admin_items::change_attachment),
        )
        .route("/api/{*rest}", axum::routing::any(api::not_found))
        .fallback(health::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            work::per_client,
        ))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            error_pages::render_error_pages,
        ))
        // Outside the error pages, so that a workspace's refusal is shown in its language.
        .layer(axum::middleware::map_request_with_state(
            state.clone(),
            workspace_language::speak,
        ))
        // Tells the metrics which route answered (its template, not the address).
        .layer(axum::middleware::from_fn(metrics::note_route))
        .with_state(state)
}
