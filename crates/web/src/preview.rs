//! Signed, expiring preview links: `/preview/{id}?until={unix seconds}&sig={hex}`, where the
//! signature is HMAC-SHA-256 over "{id}:{until}" with a secret kept in the database. Anyone
//! holding the link reads the item as it will look, until the link expires; nothing else
//! about it is public.

use sha2::{Digest, Sha256};

use crate::auth::hex;
use crate::{AppState, WebError};

const SECRET_KEY: &str = "preview_secret";
/// The longest a preview link may live.
pub const MAX_DAYS: i64 = 30;

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(message);
    let mut outer = Sha256::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

/// The site's preview secret, created on first use.
async fn secret(state: &AppState) -> Result<String, WebError> {
    if let Some(s) = state.store.state(SECRET_KEY).await? {
        return Ok(s);
    }
    let fresh = crate::auth::new_token()?;
    // Another process may win the race: the value stored first is the one used.
    Ok(state.store.init_state(SECRET_KEY, &fresh).await?)
}

pub fn signature(secret: &str, id: i64, until: i64) -> String {
    hex(&hmac(secret.as_bytes(), format!("{id}:{until}").as_bytes()))
}

/// A preview link for item `id`, valid until `until` (unix seconds).
pub async fn link(state: &AppState, id: i64, until: i64) -> Result<String, WebError> {
    let secret = secret(state).await?;
    Ok(format!(
        "/preview/{id}?until={until}&sig={}",
        signature(&secret, id, until)
    ))
}

/// Checks a link's signature and expiry at `now` (unix seconds).
pub async fn check(
    state: &AppState,
    id: i64,
    until: i64,
    sig: &str,
    now: i64,
) -> Result<(), WebError> {
    let secret = secret(state).await?;
    if !crate::auth::same_secret(sig, &signature(&secret, id, until)) {
        return Err(WebError::Forbidden(
            "This preview link is not valid. Ask the press office for a new one.".into(),
        ));
    }
    if until <= now {
        return Err(WebError::Forbidden(
            "This preview link has expired. Ask the press office for a new one.".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_the_published_test_vector() {
        // RFC 4231, test case 2.
        assert_eq!(
            hex(&hmac(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn signatures_bind_the_item_and_the_expiry() {
        let s = signature("k", 12, 1_000);
        assert_eq!(s.len(), 64);
        assert_ne!(s, signature("k", 13, 1_000));
        assert_ne!(s, signature("k", 12, 1_001));
        assert_ne!(s, signature("other", 12, 1_000));
    }
}
