//! `communique user …`: accounts of the editorial workspace.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::bail;
use model::Slug;
use model::access::{Assignment, Role};
use store::{Actor, Store, StoreError};

use crate::cli::{DataDirOpts, TokenCommand, UserCommand};

async fn open(data: &DataDirOpts) -> anyhow::Result<Store> {
    data.open_store().await
}

/// The password from `COMMUNIQUE_PASSWORD`, or typed twice at a terminal (not echoed).
fn password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("COMMUNIQUE_PASSWORD") {
        publishing::accounts::check_new_password(&p)?;
        return Ok(p);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        bail!("no password: set COMMUNIQUE_PASSWORD, or run the command at a terminal to type it");
    }
    let ask = |prompt: &str| -> anyhow::Result<String> {
        eprint!("{prompt}");
        std::io::stderr().flush()?;
        let echo_off = std::process::Command::new("stty")
            .arg("-echo")
            .stdin(std::process::Stdio::inherit())
            .status()
            .is_ok_and(|s| s.success());
        let mut line = String::new();
        let read = stdin.lock().read_line(&mut line);
        if echo_off {
            let _ = std::process::Command::new("stty")
                .arg("echo")
                .stdin(std::process::Stdio::inherit())
                .status();
        }
        eprintln!();
        read?;
        Ok(line.trim_end_matches(['\n', '\r']).to_owned())
    };
    let first = ask("Password: ")?;
    publishing::accounts::check_new_password(&first)?;
    if ask("Password again: ")? != first {
        bail!("the two passwords differ");
    }
    Ok(first)
}

fn not_found(e: StoreError, email: &str) -> anyhow::Error {
    match e {
        StoreError::NotFound => anyhow::anyhow!("there is no account with the email {email}"),
        other => other.into(),
    }
}

pub async fn run(cmd: UserCommand) -> anyhow::Result<()> {
    let now = jiff::Timestamp::now();
    let cli = Actor::command_line();
    match cmd {
        UserCommand::Add(o) => {
            let base = std::sync::Arc::new(crate::site::load(&o.site)?);
            let role = Role::parse(&o.role)?;
            let email = store::normalize_email(&o.email);
            if !email.contains('@') || email.len() > 320 || email.chars().any(char::is_whitespace) {
                bail!("'{}' is not an email address", o.email);
            }
            let store = open(&o.data).await?;
            let site = crate::site::in_effect(&base, &store).await?;
            let mut assignments: Vec<Assignment> = Vec::new();
            for (slug, may_publish) in o
                .structures
                .iter()
                .map(|s| (s, false))
                .chain(o.publishes.iter().map(|s| (s, true)))
            {
                if site.structure(slug).is_none() {
                    let known: Vec<&str> =
                        site.structures.iter().map(|s| s.slug.as_str()).collect();
                    let close = model::text::closest(slug, known.into_iter(), 3);
                    bail!(
                        "unknown structure '{slug}'{}",
                        if close.is_empty() {
                            String::new()
                        } else {
                            format!(" — did you mean {}?", close.join(", "))
                        }
                    );
                }
                let slug = Slug::parse(slug)?;
                match assignments.iter_mut().find(|a| a.structure == slug) {
                    Some(a) => a.may_publish |= may_publish,
                    None => assignments.push(Assignment {
                        structure: slug,
                        may_publish,
                    }),
                }
            }
            match role {
                Role::PressOfficer if assignments.is_empty() => {
                    bail!("a press officer needs at least one --structure")
                }
                Role::Admin | Role::Editor if !assignments.is_empty() => bail!(
                    "--structure and --publishes are for press officers: an {} works on every item",
                    o.role
                ),
                _ => {}
            }
            let password = password()?;
            let hash =
                tokio::task::spawn_blocking(move || publishing::accounts::hash_password(&password))
                    .await??;
            let user = store
                .add_user(&email, role, &hash, &assignments, &cli, now)
                .await?;
            println!("added {} ({})", user.email, user.role.as_str());
            store.close().await;
        }
        UserCommand::List(o) => {
            let store = open(&o.data).await?;
            let users = store.users().await?;
            if users.is_empty() {
                println!("no accounts");
            }
            for u in users {
                let structures: Vec<String> = u
                    .structures
                    .iter()
                    .map(|a| {
                        if a.may_publish {
                            format!("{} (publishes)", a.structure)
                        } else {
                            a.structure.to_string()
                        }
                    })
                    .collect();
                println!(
                    "{}\t{}\t{}\t{}",
                    u.email,
                    u.role.as_str(),
                    if u.disabled { "disabled" } else { "active" },
                    structures.join(", ")
                );
            }
            store.close().await;
        }
        UserCommand::Disable(o) => {
            let store = open(&o.data).await?;
            store
                .set_user_disabled(&o.email, true, &cli, now)
                .await
                .map_err(|e| not_found(e, &o.email))?;
            println!(
                "disabled {}; its sessions are ended",
                store::normalize_email(&o.email)
            );
            store.close().await;
        }
        UserCommand::Enable(o) => {
            let store = open(&o.data).await?;
            store
                .set_user_disabled(&o.email, false, &cli, now)
                .await
                .map_err(|e| not_found(e, &o.email))?;
            println!("enabled {}", store::normalize_email(&o.email));
            store.close().await;
        }
        UserCommand::ResetPassword(o) => {
            let store = open(&o.data).await?;
            if store.user_by_email(&o.email).await?.is_none() {
                bail!("there is no account with the email {}", o.email);
            }
            let password = password()?;
            let hash =
                tokio::task::spawn_blocking(move || publishing::accounts::hash_password(&password))
                    .await??;
            store
                .set_password(&o.email, &hash, &cli, now)
                .await
                .map_err(|e| not_found(e, &o.email))?;
            println!(
                "new password set for {}; its sessions are ended",
                store::normalize_email(&o.email)
            );
            store.close().await;
        }
        UserCommand::EndSessions(o) => {
            let store = open(&o.data).await?;
            if store.user_by_email(&o.email).await?.is_none() {
                bail!("there is no account with the email {}", o.email);
            }
            store.revoke_sessions(&o.email, &cli, now).await?;
            println!("ended the sessions of {}", store::normalize_email(&o.email));
            store.close().await;
        }
    }
    Ok(())
}

/// `communique token …`.
pub async fn token(cmd: TokenCommand) -> anyhow::Result<()> {
    let now = jiff::Timestamp::now();
    let cli = Actor::command_line();
    match cmd {
        TokenCommand::Create(o) => {
            let store = open(&o.data).await?;
            let Some(user) = store.user_by_email(&o.email).await? else {
                bail!("there is no account with the email {}", o.email);
            };
            if user.disabled {
                bail!("the account {} is disabled", user.email);
            }
            let name = o.name.trim();
            if name.is_empty() || name.chars().count() > 100 {
                bail!("--name has 1 to 100 characters");
            }
            let secret = publishing::accounts::new_token().map_err(|e| anyhow::anyhow!("{e}"))?;
            let id = store
                .create_token(
                    &user,
                    name,
                    &publishing::accounts::token_digest(&secret),
                    &cli,
                    now,
                )
                .await?;
            println!(
                "token {id} for {} ({name}); it is shown only now:",
                user.email
            );
            println!("{secret}");
            store.close().await;
        }
        TokenCommand::List(o) => {
            let store = open(&o.data).await?;
            let tokens = store.tokens().await?;
            if tokens.is_empty() {
                println!("no tokens");
            }
            for t in tokens {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t.id,
                    t.email,
                    t.name,
                    if t.revoked { "revoked" } else { "active" },
                    t.last_used_at
                        .map_or_else(|| "never used".to_owned(), |u| format!("last used {u}"))
                );
            }
            store.close().await;
        }
        TokenCommand::Revoke(o) => {
            let store = open(&o.data).await?;
            if !store.revoke_token(o.id, &cli, now).await? {
                bail!("there is no active token {}", o.id);
            }
            println!("revoked token {}", o.id);
            store.close().await;
        }
    }
    Ok(())
}
