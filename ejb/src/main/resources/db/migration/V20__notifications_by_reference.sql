-- A notification names what it is about by reference, not by a copy of the words: the person who wrote
-- or asked (rendered with their name when the e-mail is written), or the community item that was
-- published (rendered with its title then). A person's erasure then deletes the notices about them,
-- and no other person's row keeps their name (the copied lines did: "Nouveau message de <name>").
ALTER TABLE app.notification
    ADD COLUMN message_key     VARCHAR(60),
    ADD COLUMN about_account_id BIGINT REFERENCES app.account (id),
    ADD COLUMN community_id     BIGINT REFERENCES app.community (id),
    ADD COLUMN announcement_id  BIGINT REFERENCES app.announcement (id),
    ADD COLUMN space_item_id    BIGINT REFERENCES app.space_item (id),
    ALTER COLUMN line DROP NOT NULL;

-- Lines already sent are history: their words are not needed. Lines waiting (queued before this
-- version) are sent as they were written.
UPDATE app.notification SET line = NULL WHERE sent_at IS NOT NULL;

ALTER TABLE app.notification ADD CONSTRAINT notification_says_something
    CHECK (line IS NOT NULL OR message_key IS NOT NULL);

CREATE INDEX notification_about_account ON app.notification (about_account_id) WHERE about_account_id IS NOT NULL;
CREATE INDEX notification_announcement ON app.notification (announcement_id) WHERE announcement_id IS NOT NULL;
CREATE INDEX notification_space_item ON app.notification (space_item_id) WHERE space_item_id IS NOT NULL;
