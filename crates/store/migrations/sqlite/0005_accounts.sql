-- Accounts, their sessions, failed logins (for throttling) and the audit log.

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    email               TEXT    NOT NULL UNIQUE,   -- lowercased
    role                TEXT    NOT NULL,          -- admin | editor | press-officer
    password_hash       TEXT    NOT NULL,          -- argon2id, PHC string
    disabled            BIGINT  NOT NULL DEFAULT 0,
    created_at          BIGINT  NOT NULL,
    password_changed_at BIGINT  NOT NULL
);

-- The structures a press officer writes for, and whether they may publish their items.
CREATE TABLE user_structures (
    user_id     BIGINT NOT NULL REFERENCES users (id),
    structure   TEXT   NOT NULL,                   -- a structure's slug
    may_publish BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, structure)
);

-- Sessions are stored by the SHA-256 of their token: a copy of the database opens none.
CREATE TABLE sessions (
    token_hash   TEXT   PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id),
    csrf_token   TEXT   NOT NULL,
    address      TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    revoked_at   BIGINT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins, by account and by address (rows older than the throttling window are
-- deleted as new ones come).
CREATE TABLE login_failures (
    key TEXT   NOT NULL,                           -- "account:<email>" or "address:<ip>"
    at  BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- Every change, who made it, when and from where. Never edited: the triggers refuse it.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      BIGINT NOT NULL,
    user_id BIGINT,                                -- NULL for the command line
    actor   TEXT   NOT NULL,                       -- the email, or "command line"
    address TEXT   NOT NULL,
    action  TEXT   NOT NULL,                       -- "login", "user.add", "item.publish", …
    subject TEXT   NOT NULL,                       -- "item 12", "user ann@example.org"
    detail  TEXT   NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

-- The workspace lists the most recently changed items first.
CREATE INDEX items_updated ON items (updated_at DESC, id DESC);
