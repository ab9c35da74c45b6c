-- The optional photo of a profile (policy article 2), re-encoded by the platform: no metadata kept.
CREATE TABLE member_photo (
    account_id BIGINT      NOT NULL PRIMARY KEY REFERENCES member (account_id),
    content    BYTEA       NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
