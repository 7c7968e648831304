//! Facts about a database (`site_state`): values stored by key.

use crate::{Result, Store};

impl Store {
    /// Reads a fact about this database (`site_state`).
    pub async fn state(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM site_state WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Stores `value` under `key` unless a value is there already; returns the stored value.
    pub async fn init_state(&self, key: &str, value: &str) -> Result<String> {
        sqlx::query(
            "INSERT INTO site_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(self.state(key).await?.unwrap_or_else(|| value.to_owned()))
    }

    pub async fn set_state(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO site_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
