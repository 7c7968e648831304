//! `communique`: one binary, a subcommand per role.

mod cli;
mod demo;
mod import;
mod migrate;
mod reindex;
mod serve;
mod site;
mod store_tools;
mod user;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("COMMUNIQUE_LOG")
                // PostgreSQL's notices ("relation … already exists, skipping") are the
                // server talking to itself during migrations, not news for the operator.
                .unwrap_or_else(|_| "info,sqlx::postgres::notice=warn".into()),
        )
        .with_writer(std::io::stderr)
        // Colours only for a person at a terminal, never in a file or a journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    if let cli::Command::Import(opts) = cli.command {
        return match runtime.block_on(import::run(opts)) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {}", explain(&e));
                std::process::ExitCode::from(1)
            }
        };
    }
    let result = runtime.block_on(async {
        match cli.command {
            cli::Command::Import(_) => Ok(()),
            cli::Command::Serve(opts) => serve::run(opts).await,
            cli::Command::Demo(opts) => demo::run(opts).await,
            cli::Command::Migrate(opts) => migrate::run(opts).await,
            cli::Command::Reindex(opts) => reindex::run(opts).await,
            cli::Command::CheckSite(opts) => site::check(opts),
            cli::Command::User(cmd) => user::run(cmd).await,
            cli::Command::Token(cmd) => user::token(cmd).await,
            cli::Command::MigrateStore(opts) => store_tools::migrate_store(opts).await,
            cli::Command::Backup(opts) => store_tools::backup(opts).await,
            cli::Command::Restore(opts) => store_tools::restore(opts).await,
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", explain(&e));
            std::process::ExitCode::from(1)
        }
    }
}

/// An error and its causes on one line, each cause once: libraries often repeat their
/// cause inside their own message, and a chain printed as it is says the same thing thrice.
fn explain(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
