//! Accounts of the editorial workspace: password hashes (argon2id), tokens (random, stored
//! as SHA-256 digests), logging in with its throttling, and sessions.

use jiff::SignedDuration;
use sha2::Digest;

use crate::{App, Error};

/// A session ends this long after login, whatever happens.
pub const SESSION_LIFETIME: SignedDuration = SignedDuration::from_hours(12);
/// Failed logins are counted over this window.
pub const THROTTLE_WINDOW: SignedDuration = SignedDuration::from_mins(15);
/// Failed logins allowed per account within the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed logins allowed per client address within the window.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password accepted (hashing cost grows with it).
pub const MAX_PASSWORD_BYTES: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("the password must have at most {MAX_PASSWORD_BYTES} bytes")]
    TooLong,
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// Checks a new password's length.
pub fn check_new_password(password: &str) -> Result<(), AuthError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AuthError::TooShort);
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(AuthError::TooLong);
    }
    Ok(())
}

/// The argon2id hash of a password, as a PHC string (salt and parameters included).
pub fn hash_password(password: &str) -> Result<String, AuthError> {
    use argon2::PasswordHasher;
    check_new_password(password)?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Whether `password` matches a stored hash (false for a malformed hash).
pub fn verify_password(hash: &str, password: &str) -> bool {
    use argon2::PasswordVerifier;
    if password.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    match argon2::password_hash::phc::PasswordHash::new(hash) {
        Ok(parsed) => argon2::Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// A hash that no password matches, verified when the account does not exist so that the
/// answer takes as long as for a real account.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| {
        let mut secret = [0u8; 24];
        let _ = getrandom::fill(&mut secret);
        hash_password(&hex(&secret)).unwrap_or_default()
    })
}

/// A new random token (256 bits, hex).
pub fn new_token() -> Result<String, Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::Randomness(e.to_string()))?;
    Ok(hex(&bytes))
}

/// The digest under which a token is stored.
pub fn token_digest(token: &str) -> String {
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

/// Bytes as lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() || a.is_empty() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Counts a login attempt for the account and the address before its password is checked,
/// or — when either has failed too often — says when to try again. Counting and recording
/// are one step in the store, so concurrent attempts cannot pass the limit together. An
/// attempt that succeeds is taken back with [`release_attempt`].
async fn claim_attempt(
    state: &App,
    email: &str,
    address: &str,
    attempt: &str,
) -> Result<Option<Throttled>, Error> {
    let now = state.clock.now();
    let account = format!("account:{}", store::normalize_email(email));
    let from = format!("address:{address}");
    let throttled = state
        .store
        .claim_login_attempt(
            attempt,
            &[
                (&account, MAX_FAILURES_PER_ACCOUNT),
                (&from, MAX_FAILURES_PER_ADDRESS),
            ],
            now,
            now - THROTTLE_WINDOW,
        )
        .await?;
    Ok(throttled.map(|(key, oldest)| {
        let free_at = oldest + THROTTLE_WINDOW;
        Throttled {
            account: key.starts_with("account:"),
            minutes: ((free_at.as_second() - now.as_second()).max(60) + 59) / 60,
        }
    }))
}

/// Takes back the count of an attempt that succeeded, and forgets the account's failures.
async fn release_attempt(state: &App, email: &str, attempt: &str) -> Result<(), Error> {
    state.store.release_login_attempt(attempt).await?;
    state
        .store
        .clear_login_failures(&format!("account:{}", store::normalize_email(email)))
        .await?;
    Ok(())
}

/// Logins refused for having failed too often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    /// The account has failed too often (otherwise: the client's address).
    pub account: bool,
    /// Minutes until a login may be tried again (at least 1).
    pub minutes: i64,
}

/// What a login attempt comes to.
#[derive(Debug)]
pub enum LogIn {
    /// A new session: its token (for the cookie) and the account.
    Session { token: String, user: store::User },
    /// Too many failures: try again later.
    Throttled(Throttled),
    /// The email or the password is wrong, or the account is disabled (answered alike: the
    /// answer must not confirm a password).
    Refused,
}

/// A login attempt: what the form sent, and the address it came from.
#[derive(Debug, Clone)]
pub struct Attempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// The client's address, for throttling and the audit log.
    pub address: &'a str,
}

/// Tries a login: counts it against the account and the address, checks the password (a
/// decoy hash when the account does not exist, so that the answer takes as long), audits a
/// failure, and opens a session on success.
pub async fn log_in(app: &App, attempt: Attempt<'_>) -> Result<LogIn, Error> {
    let email = store::normalize_email(attempt.email);
    let address = attempt.address;
    let claim = new_token()?;
    if let Some(t) = claim_attempt(app, &email, address, &claim).await? {
        return Ok(LogIn::Throttled(t));
    }
    let user = app.store.user_by_email(&email).await?;
    let hash = user
        .as_ref()
        .map_or_else(|| decoy_hash().to_owned(), |u| u.password_hash.clone());
    let password = attempt.password.to_owned();
    let matches = tokio::task::spawn_blocking(move || verify_password(&hash, &password))
        .await
        .map_err(|e| Error::Task(e.to_string()))?;
    let now = app.clock.now();
    let user = match user {
        Some(u) if matches && !u.disabled => u,
        other => {
            // A disabled account is answered exactly as a wrong password. The attempt stays
            // counted as a failure.
            let attempted = store::Actor {
                user_id: None,
                name: email.clone(),
                address: address.to_owned(),
            };
            let detail = if matches && other.is_some_and(|u| u.disabled) {
                "the account is disabled"
            } else {
                ""
            };
            app.store
                .audit(
                    &attempted,
                    now,
                    "login.failed",
                    &format!("user {email}"),
                    detail,
                )
                .await?;
            return Ok(LogIn::Refused);
        }
    };
    release_attempt(app, &email, &claim).await?;
    let token = new_token()?;
    let csrf = new_token()?;
    app.store
        .create_session(
            &token_digest(&token),
            &user,
            &csrf,
            address,
            now,
            now + SESSION_LIFETIME,
        )
        .await?;
    Ok(LogIn::Session { token, user })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery").expect("hashed");
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password(&h, "correct horse battery"));
        assert!(!verify_password(&h, "correct horse batterY"));
        assert!(!verify_password("not a hash", "correct horse battery"));
        assert!(!verify_password(decoy_hash(), ""));
        assert!(matches!(hash_password("short"), Err(AuthError::TooShort)));
        assert!(matches!(
            hash_password(&"x".repeat(MAX_PASSWORD_BYTES + 1)),
            Err(AuthError::TooLong)
        ));
    }

    #[test]
    fn tokens_are_random_and_stored_as_digests() {
        let a = new_token().expect("token");
        let b = new_token().expect("token");
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(
            token_digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
        assert!(!same_secret("", ""));
    }
}
