//! Signed, expiring preview links: `/preview/{id}?until={unix seconds}&sig={hex}`, where the
//! signature is HMAC-SHA-256 over "{id}:{until}" with a secret kept in the database. Anyone
//! holding the link reads the item as it will look, until the link expires; nothing else
//! about it is public.

use hmac::{KeyInit, Mac};

use crate::accounts::{hex, same_secret};
use crate::{App, Error};

const SECRET_KEY: &str = "preview_secret";
/// The longest a preview link may live.
pub const MAX_DAYS: i64 = 30;

/// HMAC-SHA-256 of `message` under `key`.
fn hmac(key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC takes keys of any length: this cannot fail.
    let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(key) else {
        return Vec::new();
    };
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

/// The site's preview secret, created on first use.
async fn secret(state: &App) -> Result<String, Error> {
    if let Some(s) = state.store.state(SECRET_KEY).await? {
        return Ok(s);
    }
    let fresh = crate::accounts::new_token()?;
    // Another process may win the race: the value stored first is the one used.
    Ok(state.store.init_state(SECRET_KEY, &fresh).await?)
}

pub fn signature(secret: &str, id: i64, until: i64) -> String {
    hex(&hmac(secret.as_bytes(), format!("{id}:{until}").as_bytes()))
}

/// A preview link for item `id`, valid until `until` (unix seconds).
pub async fn link(state: &App, id: i64, until: i64) -> Result<String, Error> {
    let secret = secret(state).await?;
    Ok(format!(
        "/preview/{id}?until={until}&sig={}",
        signature(&secret, id, until)
    ))
}

/// Why a preview link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The signature does not match the item and the expiry.
    Invalid,
    /// The link was valid until a time that has passed.
    Expired,
}

/// Checks a link's signature and expiry at `now` (unix seconds).
pub async fn check(
    state: &App,
    id: i64,
    until: i64,
    sig: &str,
    now: i64,
) -> Result<Result<(), Refusal>, Error> {
    let secret = secret(state).await?;
    if !same_secret(sig, &signature(&secret, id, until)) {
        return Ok(Err(Refusal::Invalid));
    }
    if until <= now {
        return Ok(Err(Refusal::Expired));
    }
    Ok(Ok(()))
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
