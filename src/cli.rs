//! The command line. Doc comments here are the `--help` text.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Communiqué: a publishing platform for the websites of intergovernmental organizations.
#[derive(Debug, Parser)]
#[command(name = "communique", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site (creates the database and loads the sample content on first start).
    Serve(ServeOpts),
    /// Add synthetic demo items (deterministic for a seed) over the site's real taxonomies.
    Demo(DemoOpts),
    /// Import JSON Lines files and saved pages (text or HTML), files or folders.
    Import(ImportOpts),
    /// Rebuild the search index of a data dir from its database (not while `serve` runs).
    Reindex(ReindexOpts),
    /// Create or upgrade the database of a data dir, then exit.
    Migrate(DataDirOpts),
    /// Validate a site definition and report every problem.
    CheckSite(SiteOpts),
    /// Manage the accounts of the editorial workspace.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens (for the write API).
    #[command(subcommand)]
    Token(TokenCommand),
    /// Copy every table of one database into another, empty one (SQLite or PostgreSQL,
    /// either way), and with both data dirs the uploaded files too.
    MigrateStore(MigrateStoreOpts),
    /// Back up the database into a new SQLite file, from one consistent snapshot (while
    /// `serve` runs, too).
    Backup(BackupOpts),
    /// Restore a backup into an empty database, then check that the two are equal.
    Restore(RestoreOpts),
}

#[derive(Debug, Args)]
pub struct MigrateStoreOpts {
    /// The database to copy: sqlite:PATH, sqlite://PATH or
    /// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE. Its pending migrations are applied.
    #[arg(long, value_name = "URL", value_parser = DatabaseUrlParser)]
    pub from: String,
    /// The database to copy into, of either kind (a SQLite file is created): it is migrated
    /// and must hold nothing yet.
    #[arg(long, value_name = "URL", value_parser = DatabaseUrlParser)]
    pub to: String,
    /// The data dir whose uploaded files (media/) go with the database (with --to-data-dir).
    #[arg(long, value_name = "DIR", requires = "to_data_dir")]
    pub from_data_dir: Option<PathBuf>,
    /// The data dir the uploaded files are copied into (with --from-data-dir).
    #[arg(long, value_name = "DIR", requires = "from_data_dir")]
    pub to_data_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BackupOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    /// The backup: a new SQLite file (an existing file is never overwritten) that
    /// `communique restore` reads and `serve --database sqlite://FILE` can open.
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    /// A backup made by `communique backup`; the database restored into must be empty.
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token for an account; it is shown once.
    Create(TokenCreateOpts),
    /// List the tokens (never their secrets).
    List(UserListOpts),
    /// Revoke a token.
    Revoke(TokenRevokeOpts),
}

#[derive(Debug, Args)]
pub struct TokenCreateOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[arg(long)]
    pub email: String,
    /// What the token is for ("press office script").
    #[arg(long, default_value = "api")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct TokenRevokeOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    /// The token's number, as `token list` shows it.
    #[arg(long)]
    pub id: i64,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account (password from COMMUNIQUE_PASSWORD, or asked for).
    Add(UserAddOpts),
    /// List the accounts.
    List(UserListOpts),
    /// Disable an account and end its sessions.
    Disable(UserEmailOpts),
    /// Enable a disabled account.
    Enable(UserEmailOpts),
    /// Set a new password (from COMMUNIQUE_PASSWORD, or asked for) and end the sessions.
    ResetPassword(UserEmailOpts),
    /// End every session of an account.
    EndSessions(UserEmailOpts),
}

#[derive(Debug, Args)]
pub struct UserAddOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[command(flatten)]
    pub site: SiteOpts,
    #[arg(long)]
    pub email: String,
    /// admin, editor or press-officer.
    #[arg(long)]
    pub role: String,
    /// A structure a press officer writes for (slug; repeat for several).
    #[arg(long = "structure", value_name = "SLUG")]
    pub structures: Vec<String>,
    /// A structure whose items the press officer may also publish (slug; repeat).
    #[arg(long = "publishes", value_name = "SLUG")]
    pub publishes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UserListOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
}

#[derive(Debug, Args)]
pub struct UserEmailOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[arg(long)]
    pub email: String,
}

/// The data dir when none is given.
pub const DEFAULT_DATA_DIR: &str = "data";

#[derive(Debug, Args)]
pub struct DataDirOpts {
    /// Folder holding the database (created if missing), the search index and uploaded
    /// files. With --database, the database lives elsewhere and each node keeps its own
    /// data dir.
    #[arg(long, env = "COMMUNIQUE_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
    /// The database: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE for PostgreSQL (the
    /// nodes of one site share it), or sqlite://PATH. Without it, the embedded SQLite
    /// database in the data dir.
    #[arg(
        long,
        env = "COMMUNIQUE_DATABASE_URL",
        hide_env_values = true,
        value_parser = DatabaseUrlParser
    )]
    pub database: Option<String>,
}

impl DataDirOpts {
    /// The database URL in effect: --database, or the SQLite file of the data dir.
    pub fn database_url(&self) -> String {
        self.database.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join(store::DATABASE_FILE).display()
            )
        })
    }

    /// The database as it may be shown: without a password.
    pub fn database_shown(&self) -> String {
        match &self.database {
            Some(url) => store::redact(url),
            None => self
                .data_dir
                .join(store::DATABASE_FILE)
                .display()
                .to_string(),
        }
    }

    /// Creates the data dir if needed and opens the database (applying migrations).
    pub async fn open_store(&self) -> anyhow::Result<store::Store> {
        use anyhow::Context as _;
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("cannot create the data dir {}", self.data_dir.display()))?;
        store::Store::open(&self.database_url())
            .await
            .with_context(|| format!("cannot open the database {}", self.database_shown()))
    }
}

/// The storage of uploaded files: the object store `url` names, or the data dir's folder.
pub fn media_storage(
    data_dir: &std::path::Path,
    url: Option<&str>,
) -> anyhow::Result<std::sync::Arc<dyn media::MediaStorage>> {
    Ok(match url {
        Some(url) => std::sync::Arc::new(media::ObjectStorage::from_url(url)?),
        None => std::sync::Arc::new(media::LocalStorage::in_data_dir(data_dir)),
    })
}

/// A database URL the store speaks: checked when the command line is read, so that a typo
/// is named before anything starts. A parser of its own because clap's message for a
/// refused value repeats the value as given, password included.
#[derive(Debug, Clone, Copy)]
pub struct DatabaseUrlParser;

impl clap::builder::TypedValueParser for DatabaseUrlParser {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let option = arg.and_then(clap::Arg::get_long).unwrap_or("database");
        let refuse = |message: String| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("--{option}: {message}\n"),
            )
        };
        let Some(url) = value.to_str() else {
            return Err(refuse("the URL is not valid UTF-8".to_owned()));
        };
        if store::Backend::of_url(url).is_none() {
            return Err(refuse(format!(
                "'{}' is not a database URL (postgres://USER@HOST/DATABASE or sqlite://PATH)",
                store::redact(url)
            )));
        }
        Ok(url.to_owned())
    }
}

#[derive(Debug, Args)]
pub struct SiteOpts {
    /// A site definition folder to use instead of the built-in OSCE site.
    #[arg(long, env = "COMMUNIQUE_SITE")]
    pub site: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[command(flatten)]
    pub site: SiteOpts,
    /// Address to listen on: an IP address and port, or a host name and port
    /// (`localhost:8080`).
    #[arg(long, env = "COMMUNIQUE_LISTEN", default_value = "127.0.0.1:8080", value_parser = parse_listen)]
    pub listen: SocketAddr,
    /// Seconds between checks for changes to the database (made by this or another
    /// process); the search index and listings follow within this delay. 0: never.
    #[arg(long, env = "COMMUNIQUE_RELOAD_SECONDS", default_value_t = 1)]
    pub reload_seconds: u64,
    /// The address the public reaches the site at (e.g. https://www.osce.org), used in the
    /// absolute addresses of feeds, sitemaps and robots.txt. Without it, each request's
    /// Host header is used.
    #[arg(long, env = "COMMUNIQUE_PUBLIC_URL", value_parser = parse_public_url)]
    pub public_url: Option<String>,
    /// Reverse proxies whose X-Forwarded-For header names the client (for login throttling
    /// and the audit log): addresses or networks, comma-separated (e.g. 127.0.0.1,::1 for a
    /// proxy on this machine). Without it the header is ignored and the peer is the client.
    #[arg(long, env = "COMMUNIQUE_TRUSTED_PROXY", value_parser = web::auth::TrustedProxies::parse)]
    pub trusted_proxy: Option<web::auth::TrustedProxies>,
    /// Heavy requests (listings, searches, the API, feeds, sitemaps) one client address may
    /// have running at once; more wait up to 2 s, then get 429. Behind a reverse proxy, set
    /// --trusted-proxy too, or every reader counts as the proxy.
    #[arg(long, env = "COMMUNIQUE_CLIENT_CONCURRENCY", default_value_t = web::DEFAULT_CLIENT_CONCURRENCY as u16, value_parser = clap::value_parser!(u16).range(1..))]
    pub client_concurrency: u16,
    /// Do not log a line per request (method, path, status, time). The same as
    /// COMMUNIQUE_LOG=info,communique::requests=off.
    #[arg(long, env = "COMMUNIQUE_NO_REQUEST_LOG")]
    pub no_request_log: bool,
    /// Networks, beside the loopback, whose clients may read /metrics (addresses or
    /// networks, comma-separated, e.g. the Prometheus server's). Others get 404.
    #[arg(long, env = "COMMUNIQUE_METRICS_FROM", value_parser = web::auth::TrustedProxies::parse)]
    pub metrics_from: Option<web::auth::TrustedProxies>,
    /// Where uploaded pictures and documents are kept: s3://BUCKET[/PREFIX] (an
    /// S3-compatible service, configured by the AWS_* variables: AWS_ENDPOINT,
    /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ALLOW_HTTP) or
    /// file:///PATH. Every node of a site must use the same. Without it, the data dir's
    /// media/ folder.
    #[arg(long, env = "COMMUNIQUE_MEDIA_STORE")]
    pub media_store: Option<String>,
}

/// An address to listen on: `IP:PORT`, or `HOST:PORT` looked up (IPv4 first: `localhost`
/// is then the address most clients try first).
fn parse_listen(s: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = s.parse::<SocketAddr>() {
        return Ok(addr);
    }
    if s.rsplit_once(':')
        .is_none_or(|(host, port)| host.is_empty() || port.parse::<u16>().is_err())
    {
        return Err(format!(
            "'{s}' is not an address and a port (e.g. 127.0.0.1:8080, localhost:8080 or [::1]:8080)"
        ));
    }
    let found: Vec<SocketAddr> = std::net::ToSocketAddrs::to_socket_addrs(s)
        .map_err(|e| format!("cannot find the address of '{s}': {e}"))?
        .collect();
    found
        .iter()
        .find(|a| a.is_ipv4())
        .or(found.first())
        .copied()
        .ok_or_else(|| format!("'{s}' has no address"))
}

/// A public address: http or https, a host, no path, query or fragment.
fn parse_public_url(s: &str) -> Result<String, String> {
    let trimmed = s.trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| format!("'{s}' does not start with http:// or https://"))?;
    let host_ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    if !host_ok {
        return Err(format!(
            "'{s}' is not a scheme and a host (e.g. https://www.example.org, without a path)"
        ));
    }
    Ok(trimmed.to_owned())
}

#[derive(Debug, Args)]
pub struct ImportOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[command(flatten)]
    pub site: SiteOpts,
    /// Check every input and report what would happen, without writing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Write a JSON report with one entry per input (source, outcome, item id, warnings or
    /// the reason it failed).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// The type of saved pages that show no type label (a type's slug; default: the site's
    /// first type, "press-release" on the OSCE's site).
    #[arg(long = "type", value_name = "SLUG")]
    pub item_type: Option<String>,
    /// The source of saved pages that show none (a structure's slug, as "odihr" for a folder
    /// of the ODIHR's pages). Without it, such pages take the structure their address on the
    /// old site belongs to, or the one their text names, or are imported as drafts that need
    /// a source.
    #[arg(long, value_name = "SLUG")]
    pub source: Option<String>,
    /// Import saved pages that look truncated as drafts marked for review, with what was
    /// read (without it they are refused).
    #[arg(long)]
    pub keep_truncated: bool,
    /// Take the date of a saved page that shows none from its file's path
    /// ("2012/07/12/…", "2012-07-12-….txt").
    #[arg(long)]
    pub date_from_path: bool,
    /// Files or folders (read recursively); each file is recognized by its content.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReindexOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[command(flatten)]
    pub site: SiteOpts,
}

#[derive(Debug, Args)]
pub struct DemoOpts {
    #[command(flatten)]
    pub data: DataDirOpts,
    #[command(flatten)]
    pub site: SiteOpts,
    /// How many items to add.
    #[arg(long)]
    pub items: u64,
    /// Seed of the generator: the same seed gives the same items.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where uploaded pictures and documents are kept: s3://BUCKET[/PREFIX] (an
    /// S3-compatible service, configured by the AWS_* variables: AWS_ENDPOINT,
    /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ALLOW_HTTP) or
    /// file:///PATH. Every node of a site must use the same. Without it, the data dir's
    /// media/ folder.
    #[arg(long, env = "COMMUNIQUE_MEDIA_STORE")]
    pub media_store: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn demo_requires_a_count() {
        assert!(Cli::try_parse_from(["communique", "demo", "--data-dir", "d"]).is_err());
        assert!(
            Cli::try_parse_from(["communique", "demo", "--data-dir", "d", "--items", "x"]).is_err()
        );
        assert!(
            Cli::try_parse_from([
                "communique",
                "demo",
                "--data-dir",
                "d",
                "--items",
                "10",
                "--seed",
                "3"
            ])
            .is_ok()
        );
    }

    #[test]
    fn listen_takes_an_address_or_a_host_name() {
        assert_eq!(
            parse_listen("127.0.0.1:8080"),
            Ok("127.0.0.1:8080".parse().expect("address"))
        );
        assert_eq!(
            parse_listen("[::1]:9000"),
            Ok("[::1]:9000".parse().expect("address"))
        );
        let local = parse_listen("localhost:8080").expect("localhost resolves");
        assert!(local.ip().is_loopback() && local.port() == 8080, "{local}");
        for bad in [
            "localhost",
            "localhost:http",
            ":8080",
            "localhost:99999",
            "",
        ] {
            let err = parse_listen(bad).expect_err(bad);
            assert!(err.contains(bad), "{err}");
        }
    }
}
