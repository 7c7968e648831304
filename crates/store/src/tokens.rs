//! API tokens: a name, an account, the digest of the secret; revocable, never shown again.

use jiff::Timestamp;

use crate::accounts::{Actor, User};
use crate::items::instant;
use crate::{Result, Store};

/// A token as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked: bool,
}

/// id, email, name, created_at, last_used_at, revoked_at
type TokenRow = (i64, String, String, i64, Option<i64>, Option<i64>);

impl Store {
    /// Stores a new token of `user` under the digest of its secret; returns its id.
    pub async fn create_token(
        &self,
        user: &User,
        name: &str,
        token_hash: &str,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<i64> {
        let (_turn, mut tx) = self.begin_write().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user.id)
        .bind(name)
        .bind(token_hash)
        .bind(now.as_microsecond())
        .fetch_one(&mut *tx)
        .await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "token.create",
            &format!("token {id} of {}", user.email),
            name,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Every token, newest first.
    pub async fn tokens(&self) -> Result<Vec<TokenInfo>> {
        let rows: Vec<TokenRow> = sqlx::query_as(
            "SELECT t.id, u.email, t.name, t.created_at, t.last_used_at, t.revoked_at \
             FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, email, name, created, used, revoked)| {
                Ok(TokenInfo {
                    id,
                    email,
                    name,
                    created_at: instant(created)?,
                    last_used_at: used.map(instant).transpose()?,
                    revoked: revoked.is_some(),
                })
            })
            .collect()
    }

    /// Revokes a token; false when there is no live token with this id.
    pub async fn revoke_token(&self, id: i64, actor: &Actor, now: Timestamp) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(now.as_microsecond())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let revoked = done.rows_affected() > 0;
        if revoked {
            Store::audit_in(
                &mut tx,
                actor,
                now,
                "token.revoke",
                &format!("token {id}"),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(revoked)
    }

    /// The account of a live token (not revoked, account enabled), noting its use.
    pub async fn token_user(&self, token_hash: &str, now: Timestamp) -> Result<Option<User>> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT t.id, u.email FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled = 0",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, email)) = row else {
            return Ok(None);
        };
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now.as_microsecond())
            .bind(id)
            .execute(&self.pool)
            .await?;
        self.user_by_email(&email).await
    }
}
