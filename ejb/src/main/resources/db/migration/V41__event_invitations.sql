-- People invited to an event who may register whatever its audience: the candidates of the buyer's
-- consultation a meeting session was opened from. Gone with the event, and with the person.
CREATE TABLE event_invitation (
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    account_id BIGINT      NOT NULL REFERENCES account (id),
    invited_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, account_id)
);
CREATE INDEX event_invitation_account ON event_invitation (account_id);
