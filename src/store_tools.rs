//! `communique migrate-store`, `backup` and `restore`: a whole database copied into another,
//! empty one (SQLite and PostgreSQL either way), into a new SQLite file, and back from it.
//! The copy itself is the store's (`store::copy_store`): one snapshot read, one transaction
//! written, so a failure leaves the target as it was.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use media::MediaStorage;
use store::{Backend, Comparison, Copied, Store};

use crate::cli::{BackupOpts, MigrateStoreOpts, RestoreOpts};

/// A database named on the command line: the URL the store opens and the name shown.
struct Database {
    url: String,
    shown: String,
    /// The file of a SQLite database.
    file: Option<PathBuf>,
}

impl Database {
    fn new(url: String) -> Database {
        let file = sqlite_file(&url);
        let shown = match &file {
            Some(path) => path.display().to_string(),
            None => store::redact(&url),
        };
        Database { url, shown, file }
    }

    /// "SQLite database data/communique.db", "PostgreSQL database postgres://…".
    fn describe(&self) -> String {
        let backend = Backend::of_url(&self.url).map_or("the", Backend::name);
        format!("{backend} database {}", self.shown)
    }

    /// Whether the two name the same database (the same file, or the same server and name).
    fn same_as(&self, other: &Database) -> bool {
        match (&self.file, &other.file) {
            (Some(a), Some(b)) => match (a.canonicalize(), b.canonicalize()) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            },
            (None, None) => {
                let strip = |url: &str| store::redact(url.split('?').next().unwrap_or(url));
                strip(&self.url) == strip(&other.url)
            }
            _ => false,
        }
    }
}

/// The file a SQLite URL names (`sqlite:PATH`, `sqlite://PATH`, with or without a query).
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    Some(PathBuf::from(percent_decoded(path)))
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL of a SQLite file, its path percent-encoded (the store decodes it), so that any
/// file name — with spaces, `?`, `#` or `%` — names that file.
fn sqlite_url(path: &Path, mode: &str) -> anyhow::Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| anyhow!("the path {} is not valid UTF-8", path.display()))?;
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/._-~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(format!("sqlite://{encoded}?mode={mode}"))
}

/// Refuses a file that is not a SQLite database, before the store's pool would retry to open
/// it until its timeout.
fn require_sqlite_file(file: &Path, what: &str) -> anyhow::Result<()> {
    use std::io::Read as _;
    let mut header = [0u8; 16];
    let mut opened = std::fs::File::open(file)
        .with_context(|| format!("cannot open {what} {}", file.display()))?;
    let read = opened
        .read(&mut header)
        .with_context(|| format!("cannot read {what} {}", file.display()))?;
    if read > 0 && &header[..] != b"SQLite format 3\0" {
        bail!("{what} {} is not a SQLite database", file.display());
    }
    Ok(())
}

/// A SQLite file and the files SQLite keeps beside it.
fn sqlite_files(file: &Path) -> [PathBuf; 3] {
    let beside = |suffix: &str| {
        let mut name = file.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [file.to_path_buf(), beside("-wal"), beside("-shm")]
}

/// Removes a SQLite database this command created and could not fill: nothing half-written
/// stays behind.
async fn discard(store: Store, file: &Path) {
    store.close().await;
    for path in sqlite_files(file) {
        let _ = std::fs::remove_file(path);
    }
}

fn print_counts(copied: &Copied) {
    for table in &copied.tables {
        println!("  {:<22}{:>10}", table.table, table.rows);
    }
}

/// "1,234 rows of 21 tables in 0.8 s (1,500 rows/s)".
fn summary(copied: &Copied, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        format!(" ({:.0} rows/s)", copied.rows() as f64 / seconds)
    } else {
        String::new()
    };
    format!(
        "{} rows of {} tables in {seconds:.2} s{rate}",
        copied.rows(),
        copied.tables.len()
    )
}

/// Refuses a comparison that found differences, naming the tables.
fn require_equal(comparison: &Comparison, what: &str, hint: &str) -> anyhow::Result<()> {
    if comparison.is_equal() {
        return Ok(());
    }
    let tables: Vec<String> = comparison
        .differences()
        .map(|(a, b)| format!("{} ({} rows, {} in the copy)", a.table, a.rows, b.rows))
        .collect();
    bail!(
        "{what} differs from its source in the table(s) {}: {hint}",
        tables.join(", ")
    )
}

/// A note when a data dir keeps a search index built from another database.
fn note_index(data_dir: &Path) {
    if data_dir.join(publishing::INDEX_DIR).exists() {
        println!(
            "note: the search index in {} was built from another database: run `communique reindex --data-dir {}` before `communique serve`",
            data_dir.display(),
            data_dir.display()
        );
    }
}

/// What copying the uploaded files did.
struct FilesCopied {
    copied: usize,
    present: usize,
    missing: Vec<String>,
}

/// Copies the file of every key the database names that the target does not hold yet.
async fn copy_files(
    keys: &[String],
    from: &dyn MediaStorage,
    to: &dyn MediaStorage,
) -> anyhow::Result<FilesCopied> {
    let mut done = FilesCopied {
        copied: 0,
        present: 0,
        missing: Vec::new(),
    };
    for key in keys {
        if to
            .exists(key)
            .await
            .with_context(|| format!("cannot look for the file {key} in the target"))?
        {
            done.present += 1;
            continue;
        }
        match from
            .get(key)
            .await
            .with_context(|| format!("cannot read the file {key}"))?
        {
            Some(bytes) => {
                to.put(key, bytes)
                    .await
                    .with_context(|| format!("cannot write the file {key}"))?;
                done.copied += 1;
            }
            None => done.missing.push(key.clone()),
        }
    }
    Ok(done)
}

pub async fn migrate_store(opts: MigrateStoreOpts) -> anyhow::Result<()> {
    let from = Database::new(opts.from);
    let mut to = Database::new(opts.to);
    if let Some(file) = &from.file
        && !file.is_file()
    {
        bail!("--from: there is no SQLite database at {}", file.display());
    }
    if let Some(file) = &from.file {
        require_sqlite_file(file, "--from:")?;
    }
    if let Some(file) = to.file.as_ref().filter(|f| f.exists()) {
        require_sqlite_file(file, "--to:")?;
    }
    if to.file.is_some() && !to.url.contains("mode=") {
        to.url.push(if to.url.contains('?') { '&' } else { '?' });
        to.url.push_str("mode=rwc");
    }
    if from.same_as(&to) {
        bail!("--from and --to name the same database, {}", from.shown);
    }
    if let Some(dir) = &opts.from_data_dir
        && !dir.is_dir()
    {
        bail!("--from-data-dir: there is no folder {}", dir.display());
    }
    let source = Store::connect(&from.url)
        .await
        .with_context(|| format!("cannot open the source database {}", from.shown))?;
    // A database of something else is named, not given this schema.
    if let Err(error @ store::CopyError::NotAStore(_)) = store::check_store(&source).await {
        return Err(error).with_context(|| format!("--from: {}", from.describe()));
    }
    source
        .migrate()
        .await
        .with_context(|| format!("cannot migrate the source database {}", from.shown))?;
    let created = to.file.clone().filter(|file| !file.exists());
    if let Some(parent) = created
        .as_ref()
        .and_then(|file| file.parent())
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    // Nothing is written to a target that cannot take the copy: not even migrations.
    let target = match Store::connect(&to.url).await {
        Ok(target) => match store::check_target(&target).await {
            Ok(()) => target
                .migrate()
                .await
                .map(|_| target)
                .with_context(|| format!("cannot migrate the target database {}", to.shown)),
            Err(error) => {
                target.close().await;
                Err(error).with_context(|| format!("--to: {}", to.describe()))
            }
        },
        Err(error) => {
            Err(error).with_context(|| format!("cannot open the target database {}", to.shown))
        }
    };
    let target = match target {
        Ok(target) => target,
        Err(error) => {
            if let Some(file) = &created {
                for path in sqlite_files(file) {
                    let _ = std::fs::remove_file(path);
                }
            }
            return Err(error);
        }
    };
    println!("copying the {} into the {}", from.describe(), to.describe());
    let result = migrate(&opts.from_data_dir, &opts.to_data_dir, &source, &target).await;
    let (copied, elapsed) = match (result, created) {
        (Ok(done), _) => done,
        (Err(error), created) => {
            source.close().await;
            match created {
                Some(file) => discard(target, &file).await,
                None => target.close().await,
            }
            return Err(error);
        }
    };
    print_counts(&copied);
    let compared = store::compare_stores(&source, &target).await;
    source.close().await;
    target.close().await;
    require_equal(
        &compared?,
        "the target",
        "the copy is committed; was the source written to meanwhile? Stop `serve` before moving a site",
    )?;
    println!(
        "copied {}; the target equals the source (the rows and digest of every table)",
        summary(&copied, elapsed)
    );
    if let Some(dir) = &opts.to_data_dir {
        note_index(dir);
    }
    Ok(())
}

async fn migrate(
    from_data_dir: &Option<PathBuf>,
    to_data_dir: &Option<PathBuf>,
    source: &Store,
    target: &Store,
) -> anyhow::Result<(Copied, Duration)> {
    // Refused before any file is copied.
    store::check_copy(source, target).await?;
    if let (Some(from_dir), Some(to_dir)) = (from_data_dir, to_data_dir) {
        let keys = source.file_keys().await?;
        let done = copy_files(
            &keys,
            &media::LocalStorage::in_data_dir(from_dir),
            &media::LocalStorage::in_data_dir(to_dir),
        )
        .await?;
        println!(
            "copied {} uploaded files from {} to {} ({} were there already)",
            done.copied,
            from_dir.join(media::MEDIA_DIR).display(),
            to_dir.join(media::MEDIA_DIR).display(),
            done.present
        );
        if !done.missing.is_empty() {
            let shown: Vec<&str> = done.missing.iter().take(10).map(String::as_str).collect();
            eprintln!(
                "warning: {} files the database names are missing in {}: {}{}",
                done.missing.len(),
                from_dir.join(media::MEDIA_DIR).display(),
                shown.join(", "),
                if done.missing.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            );
        }
    }
    let started = Instant::now();
    let copied = store::copy_store(source, target).await?;
    let elapsed = started.elapsed();
    target.analyze().await?;
    Ok((copied, elapsed))
}

pub async fn backup(opts: BackupOpts) -> anyhow::Result<()> {
    let file = &opts.to;
    for path in sqlite_files(file) {
        if path.exists() {
            bail!(
                "{} exists: a backup never overwrites a file (name a new one)",
                path.display()
            );
        }
    }
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.is_dir()
    {
        bail!(
            "there is no folder {} to write the backup in",
            parent.display()
        );
    }
    let shown = opts.data.database_shown();
    if opts.data.database.is_none() && !opts.data.data_dir.join(store::DATABASE_FILE).is_file() {
        bail!(
            "{} holds no database ({}): nothing to back up",
            opts.data.data_dir.display(),
            store::DATABASE_FILE
        );
    }
    // The database as it is: a backup applies no migration to it.
    let source = Store::connect(&opts.data.database_url())
        .await
        .with_context(|| format!("cannot open the database {shown}"))?;
    // The backup is written beside its name and takes the name only when complete: a
    // backup cut off (killed, the disk full) leaves no file a restore would take for one.
    let partial = {
        let mut name = file.as_os_str().to_owned();
        name.push(".partial");
        PathBuf::from(name)
    };
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)
        .with_context(|| {
            format!(
                "cannot create {} (a backup cut off earlier leaves it: remove it first)",
                partial.display()
            )
        })?;
    let target = match Store::open(&sqlite_url(&partial, "rw")?).await {
        Ok(target) => target,
        Err(error) => {
            for path in sqlite_files(&partial) {
                let _ = std::fs::remove_file(path);
            }
            return Err(error)
                .with_context(|| format!("cannot create the backup {}", file.display()));
        }
    };
    let started = Instant::now();
    let copied = match store::copy_store(&source, &target).await {
        Ok(copied) => copied,
        Err(error) => {
            source.close().await;
            discard(target, &partial).await;
            return Err(error).with_context(|| format!("cannot back up the database {shown}"));
        }
    };
    let elapsed = started.elapsed();
    source.close().await;
    target.close().await;
    // A hard link takes the name only if nobody has taken it meanwhile (never overwrites).
    if let Err(error) = std::fs::hard_link(&partial, file) {
        for path in sqlite_files(&partial) {
            let _ = std::fs::remove_file(path);
        }
        return Err(error).with_context(|| format!("cannot create the backup {}", file.display()));
    }
    let _ = std::fs::remove_file(&partial);
    print_counts(&copied);
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    println!(
        "backed up {} from the {} database {shown} into {} ({:.1} MB, SQLite)",
        summary(&copied, elapsed),
        source.backend().name(),
        file.display(),
        size as f64 / 1e6
    );
    Ok(())
}

pub async fn restore(opts: RestoreOpts) -> anyhow::Result<()> {
    let file = &opts.from;
    if !file.is_file() {
        bail!("there is no backup at {}", file.display());
    }
    require_sqlite_file(file, "the backup")?;
    let backup = Store::connect(&sqlite_url(file, "rw")?)
        .await
        .with_context(|| format!("cannot open the backup {}", file.display()))?;
    store::check_store(&backup).await.with_context(|| {
        format!(
            "{} is not a backup of a Communiqué database",
            file.display()
        )
    })?;
    let shown = opts.data.database_shown();
    let created = match &opts.data.database {
        None => Some(opts.data.data_dir.join(store::DATABASE_FILE)).filter(|f| !f.exists()),
        Some(url) => sqlite_file(url).filter(|f| !f.exists()),
    };
    let target = opts.data.open_store().await?;
    let started = Instant::now();
    let copied = match store::copy_store(&backup, &target).await {
        Ok(copied) => copied,
        Err(error) => {
            backup.close().await;
            match created {
                Some(file) => discard(target, &file).await,
                None => target.close().await,
            }
            return Err(error).with_context(|| format!("cannot restore into the database {shown}"));
        }
    };
    let elapsed = started.elapsed();
    print_counts(&copied);
    target.analyze().await?;
    let compared = store::compare_stores(&backup, &target).await;
    let backend = target.backend().name();
    backup.close().await;
    target.close().await;
    require_equal(
        &compared?,
        "the restored database",
        "the restore is committed",
    )?;
    println!(
        "restored {} from {} into the {backend} database {shown}; it equals the backup (the rows and digest of every table)",
        summary(&copied, elapsed),
        file.display()
    );
    note_index(&opts.data.data_dir);
    Ok(())
}
