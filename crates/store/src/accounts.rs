//! Accounts, sessions, failed logins and the audit log. Passwords arrive hashed and session
//! tokens arrive as digests: the store never sees a secret.

use jiff::Timestamp;
use model::Slug;
use model::access::{Assignment, Rights, Role};
use sqlx::Row;

use crate::items::instant;
use crate::{Result, Store, StoreError};

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub structures: Vec<Assignment>,
    pub disabled: bool,
    pub password_hash: String,
    pub created_at: Timestamp,
}

impl User {
    pub fn rights(&self) -> Rights {
        Rights {
            role: self.role,
            structures: self.structures.clone(),
        }
    }
}

/// Who makes a change, for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    /// The account's email, or "command line".
    pub name: String,
    /// The client's address ("" from the command line).
    pub address: String,
}

impl Actor {
    pub fn command_line() -> Actor {
        Actor {
            user_id: None,
            name: "command line".into(),
            address: String::new(),
        }
    }

    pub fn user(user: &User, address: &str) -> Actor {
        Actor {
            user_id: Some(user.id),
            name: user.email.clone(),
            address: address.to_owned(),
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    pub actor: String,
    pub address: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// A live session and its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: Timestamp,
}

/// Emails are compared without case and surrounding spaces.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Store {
    /// Writes one line of the audit log inside `tx`.
    pub(crate) async fn audit_in(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        actor: &Actor,
        now: Timestamp,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, user_id, actor, address, action, subject, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(now.as_microsecond())
        .bind(actor.user_id)
        .bind(&actor.name)
        .bind(&actor.address)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Records an event that changes nothing else (a login, a refused attempt).
    pub async fn audit(
        &self,
        actor: &Actor,
        now: Timestamp,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> Result<()> {
        let (_turn, mut tx) = self.begin_write().await?;
        Store::audit_in(&mut tx, actor, now, action, subject, detail).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The newest audit lines first, before line `before` (all when `None`).
    pub async fn audit_log(&self, before: Option<i64>, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT id, at, actor, address, action, subject, detail FROM audit_log \
             WHERE id < $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: r.try_get(0)?,
                    at: instant(r.try_get(1)?)?,
                    actor: r.try_get(2)?,
                    address: r.try_get(3)?,
                    action: r.try_get(4)?,
                    subject: r.try_get(5)?,
                    detail: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Adds an account. An email already used is refused with [`StoreError::Conflict`].
    pub async fn add_user(
        &self,
        email: &str,
        role: Role,
        password_hash: &str,
        structures: &[Assignment],
        actor: &Actor,
        now: Timestamp,
    ) -> Result<User> {
        let email = normalize_email(email);
        let (_turn, mut tx) = self.begin_write().await?;
        let exists: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict(format!(
                "an account with the email {email} exists"
            )));
        }
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, role, password_hash, disabled, created_at, password_changed_at) \
             VALUES ($1, $2, $3, 0, $4, $4) RETURNING id",
        )
        .bind(&email)
        .bind(role.as_str())
        .bind(password_hash)
        .bind(now.as_microsecond())
        .fetch_one(&mut *tx)
        .await?;
        for a in structures {
            sqlx::query(
                "INSERT INTO user_structures (user_id, structure, may_publish) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id, structure) DO UPDATE SET may_publish = excluded.may_publish",
            )
            .bind(id)
            .bind(a.structure.as_str())
            .bind(i64::from(a.may_publish))
            .execute(&mut *tx)
            .await?;
        }
        let detail = structures
            .iter()
            .map(|a| {
                if a.may_publish {
                    format!("{} (publishes)", a.structure)
                } else {
                    a.structure.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "user.add",
            &format!("user {email}"),
            &format!("role {}; structures: {detail}", role.as_str()),
        )
        .await?;
        tx.commit().await?;
        self.user_by_email(&email)
            .await?
            .ok_or(StoreError::NotFound)
    }

    async fn load_users(&self, rows: Vec<sqlx::any::AnyRow>) -> Result<Vec<User>> {
        let mut users = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            let role: String = r.try_get(2)?;
            let assignments: Vec<(String, i64)> = sqlx::query_as(
                "SELECT structure, may_publish FROM user_structures WHERE user_id = $1 ORDER BY structure",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            users.push(User {
                id,
                email: r.try_get(1)?,
                role: Role::parse(&role).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                structures: assignments
                    .into_iter()
                    .map(|(s, p)| {
                        Ok(Assignment {
                            structure: Slug::parse(&s)
                                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                            may_publish: p != 0,
                        })
                    })
                    .collect::<Result<_>>()?,
                disabled: r.try_get::<i64, _>(3)? != 0,
                password_hash: r.try_get(4)?,
                created_at: instant(r.try_get(5)?)?,
            });
        }
        Ok(users)
    }

    /// Whether the site has any account (a fresh site has none).
    pub async fn has_users(&self) -> Result<bool> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM (SELECT 1 FROM users LIMIT 1) AS t")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// Every account, by email.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query(
            "SELECT id, email, role, disabled, password_hash, created_at FROM users ORDER BY email",
        )
        .fetch_all(&self.pool)
        .await?;
        self.load_users(rows).await
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let rows = sqlx::query(
            "SELECT id, email, role, disabled, password_hash, created_at FROM users WHERE email = $1",
        )
        .bind(normalize_email(email))
        .fetch_all(&self.pool)
        .await?;
        Ok(self.load_users(rows).await?.pop())
    }

    /// Disables (or enables) an account; disabling ends its sessions.
    pub async fn set_user_disabled(
        &self,
        email: &str,
        disabled: bool,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<()> {
        let email = normalize_email(email);
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query("UPDATE users SET disabled = $1 WHERE email = $2")
            .bind(i64::from(disabled))
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if disabled {
            revoke_sessions_in(&mut tx, &email, now).await?;
        }
        let action = if disabled {
            "user.disable"
        } else {
            "user.enable"
        };
        Store::audit_in(&mut tx, actor, now, action, &format!("user {email}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces an account's password hash and ends its sessions.
    pub async fn set_password(
        &self,
        email: &str,
        password_hash: &str,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<()> {
        let email = normalize_email(email);
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE email = $3",
        )
        .bind(password_hash)
        .bind(now.as_microsecond())
        .bind(&email)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        revoke_sessions_in(&mut tx, &email, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "user.reset-password",
            &format!("user {email}"),
            "sessions ended",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts a session (and records the login).
    pub async fn create_session(
        &self,
        token_hash: &str,
        user: &User,
        csrf_token: &str,
        address: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<()> {
        let (_turn, mut tx) = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, address, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $5, $6)",
        )
        .bind(token_hash)
        .bind(user.id)
        .bind(csrf_token)
        .bind(address)
        .bind(now.as_microsecond())
        .bind(expires_at.as_microsecond())
        .execute(&mut *tx)
        .await?;
        Store::audit_in(
            &mut tx,
            &Actor::user(user, address),
            now,
            "login",
            &format!("user {}", user.email),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The session with this token digest, if it is live at `now` and its account enabled.
    pub async fn session(&self, token_hash: &str, now: Timestamp) -> Result<Option<Session>> {
        let row: Option<(i64, String, i64)> = sqlx::query_as(
            "SELECT s.user_id, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled = 0",
        )
        .bind(token_hash)
        .bind(now.as_microsecond())
        .fetch_optional(&self.pool)
        .await?;
        let Some((user_id, csrf_token, expires_at)) = row else {
            return Ok(None);
        };
        let rows = sqlx::query(
            "SELECT id, email, role, disabled, password_hash, created_at FROM users WHERE id = $1",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        let Some(user) = self.load_users(rows).await?.pop() else {
            return Ok(None);
        };
        Ok(Some(Session {
            user,
            csrf_token,
            expires_at: instant(expires_at)?,
        }))
    }

    /// Ends a session (logout).
    pub async fn revoke_session(&self, token_hash: &str, now: Timestamp) -> Result<()> {
        sqlx::query(
            "UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL",
        )
        .bind(now.as_microsecond())
        .bind(token_hash)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Ends every session of an account.
    pub async fn revoke_sessions(&self, email: &str, actor: &Actor, now: Timestamp) -> Result<()> {
        let email = normalize_email(email);
        let (_turn, mut tx) = self.begin_write().await?;
        revoke_sessions_in(&mut tx, &email, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "user.end-sessions",
            &format!("user {email}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a failed login under each key, forgetting failures older than `forget_before`.
    pub async fn record_login_failure(
        &self,
        keys: &[&str],
        now: Timestamp,
        forget_before: Timestamp,
    ) -> Result<()> {
        let (_turn, mut tx) = self.begin_write().await?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(forget_before.as_microsecond())
            .execute(&mut *tx)
            .await?;
        for key in keys {
            sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
                .bind(*key)
                .bind(now.as_microsecond())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Counts a login attempt under every key before its password is checked, unless a key
    /// already has `limit` failures since `since` (then nothing is written and the key comes
    /// back with its oldest failure). Counting and recording happen in one write
    /// transaction, so concurrent attempts cannot slip past the limit together; attempts
    /// in flight count as failures until [`Store::release_login_attempt`] removes them.
    pub async fn claim_login_attempt(
        &self,
        attempt: &str,
        limits: &[(&str, i64)],
        now: Timestamp,
        since: Timestamp,
    ) -> Result<Option<(String, Timestamp)>> {
        let (_turn, mut tx) = self.begin_write().await?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(since.as_microsecond())
            .execute(&mut *tx)
            .await?;
        for (key, limit) in limits {
            let (n, oldest): (i64, Option<i64>) = sqlx::query_as(
                "SELECT COUNT(*), MIN(at) FROM login_failures WHERE key = $1 AND at >= $2",
            )
            .bind(*key)
            .bind(since.as_microsecond())
            .fetch_one(&mut *tx)
            .await?;
            if n >= *limit {
                let oldest = oldest.map(instant).transpose()?.unwrap_or(now);
                return Ok(Some(((*key).to_owned(), oldest)));
            }
        }
        for (key, _) in limits {
            sqlx::query("INSERT INTO login_failures (key, at, attempt) VALUES ($1, $2, $3)")
                .bind(*key)
                .bind(now.as_microsecond())
                .bind(attempt)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(None)
    }

    /// Removes what [`Store::claim_login_attempt`] recorded for an attempt that succeeded.
    pub async fn release_login_attempt(&self, attempt: &str) -> Result<()> {
        let (_turn, mut tx) = self.begin_write().await?;
        sqlx::query("DELETE FROM login_failures WHERE attempt = $1")
            .bind(attempt)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Failed logins under `key` since `since`, and the oldest of them.
    pub async fn login_failures(
        &self,
        key: &str,
        since: Timestamp,
    ) -> Result<(i64, Option<Timestamp>)> {
        let (n, oldest): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM login_failures WHERE key = $1 AND at >= $2",
        )
        .bind(key)
        .bind(since.as_microsecond())
        .fetch_one(&self.pool)
        .await?;
        Ok((n, oldest.map(instant).transpose()?))
    }

    /// Forgets the failures under `key` (after a successful login).
    pub async fn clear_login_failures(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM login_failures WHERE key = $1")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

async fn revoke_sessions_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    email: &str,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "UPDATE sessions SET revoked_at = $1 WHERE revoked_at IS NULL \
         AND user_id = (SELECT id FROM users WHERE email = $2)",
    )
    .bind(now.as_microsecond())
    .bind(email)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
