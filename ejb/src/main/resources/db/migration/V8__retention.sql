-- Retention (policy article 3): the warning sent before an inactive account is deleted, and one
-- summary per run of the retention job, counted in the same transactions as the deletions.

ALTER TABLE account ADD COLUMN retention_warned_at TIMESTAMPTZ;
CREATE INDEX account_created ON account (created_at);
CREATE INDEX connection_log_occurred ON connection_log (occurred_at);

CREATE TABLE retention_run (
    job_instance_id        BIGINT      NOT NULL PRIMARY KEY,
    started_at             TIMESTAMPTZ NOT NULL,
    as_of                  TIMESTAMPTZ NOT NULL,
    warned                 INTEGER     NOT NULL DEFAULT 0,
    deleted_inactive       INTEGER     NOT NULL DEFAULT 0,
    deleted_unverified     INTEGER     NOT NULL DEFAULT 0,
    purged_connection_logs BIGINT      NOT NULL DEFAULT 0,
    finished_at            TIMESTAMPTZ
);
