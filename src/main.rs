//! `communique`: one binary, a subcommand per role.

mod cli;
mod demo;
mod import;
mod migrate;
mod reindex;
mod serve;
mod site;
mod user;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("COMMUNIQUE_LOG")
                .unwrap_or_else(|_| "info".into()),
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
                eprintln!("error: {e:#}");
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
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(1)
        }
    }
}
