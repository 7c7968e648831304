//! `communique serve`.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use model::SystemClock;

use crate::cli::ServeOpts;

pub async fn run(opts: ServeOpts) -> anyhow::Result<()> {
    let site = Arc::new(crate::site::load(&opts.site)?);
    let mut app = publishing::open_with(
        &opts.data.data_dir,
        opts.data.database.as_deref(),
        site,
        Arc::new(SystemClock),
    )
    .await
    .with_context(|| {
        format!(
            "cannot open the data dir {} with the database {}",
            opts.data.data_dir.display(),
            opts.data.database_shown()
        )
    })?;
    if opts.media_store.is_some() {
        app.media = crate::cli::media_storage(&opts.data.data_dir, opts.media_store.as_deref())?;
    }
    let mut state = web::AppState::new(app.clone());
    if let Some(url) = &opts.public_url {
        state = state.with_public_url(url);
    }
    if let Some(proxies) = opts.trusted_proxy.clone() {
        state = state.with_trusted_proxies(proxies);
    }
    if let Some(networks) = opts.metrics_from.clone() {
        state = state.with_metrics_from(networks);
    }
    state = state
        .with_client_concurrency(usize::from(opts.client_concurrency))
        .with_request_log(!opts.no_request_log);
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .with_context(|| format!("cannot listen on {}", opts.listen))?;
    let bound = listener.local_addr().unwrap_or(opts.listen);
    let shown = if bound.ip().is_unspecified() {
        format!("http://localhost:{}", bound.port())
    } else {
        format!("http://{bound}")
    };
    state = state.with_listen_origin(&shown);
    if opts.public_url.is_none() {
        let what = format!(
            "no --public-url: the canonical and sharing addresses of pages use {shown}; feeds, sitemaps and robots.txt each request's Host"
        );
        if bound.ip().is_loopback() {
            tracing::info!("{what}");
        } else {
            tracing::warn!("{what}: set --public-url to the address readers use");
        }
    }
    if opts.reload_seconds > 0 {
        tokio::spawn(publishing::indexing::follow(
            app.clone(),
            Duration::from_secs(opts.reload_seconds),
        ));
    }
    let limits = web::server::Limits::for_this_process();
    tracing::info!(
        max_connections = limits.max_connections,
        header_timeout_seconds = limits.header_timeout.as_secs(),
        idle_timeout_seconds = limits.idle_timeout.as_secs(),
        "serving {} on {shown}",
        state.site().organization.short_name,
    );
    if !state.store.has_users().await? {
        let data_dir = if opts.data.database.is_some() {
            // The URL as given (its password is not shown here).
            " --database URL".to_owned()
        } else if opts.data.data_dir == std::path::Path::new(crate::cli::DEFAULT_DATA_DIR) {
            String::new()
        } else {
            format!(" --data-dir {}", opts.data.data_dir.display())
        };
        tracing::info!(
            "no account yet: create the first with `{}{data_dir}`, then log in at {shown}/admin",
            render::admin::FIRST_ACCOUNT_COMMAND
        );
    }
    web::server::serve(
        listener,
        web::router(state.clone()),
        limits,
        shutdown_signal(),
    )
    .await;
    // The next start begins from the catalog as it is now.
    app.save_snapshot().await;
    state.store.close().await;
    Ok(())
}

/// Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
