-- Two years of activity over bench/generate-data.sh's people, for the dashboards' benchmark: the
-- generated accounts, companies and memberships are spread over the last two years (a membership
-- after its account's confirmation, one in twelve left since), and messages, downloads, newsletters
-- sent, unsubscribes, events and rights requests are added across the same two years.
CREATE OR REPLACE FUNCTION app.generate_activity(messages INT, downloads INT) RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    document RECORD;
    start TIMESTAMPTZ := now() - interval '730 days';
BEGIN
    UPDATE app.account SET created_at = start + (random() * interval '725 days')
    WHERE email LIKE '%@generated.ccibusiness.example.fr';
    UPDATE app.account SET verified_at = created_at + (random() * interval '2 days')
    WHERE email LIKE '%@generated.ccibusiness.example.fr';
    UPDATE app.company SET created_at = start + (random() * interval '730 days');
    UPDATE app.membership m SET decided_at = a.verified_at + (random() * interval '20 days'), requested_at = a.verified_at
    FROM app.account a WHERE a.id = m.account_id AND a.email LIKE '%@generated.ccibusiness.example.fr';
    UPDATE app.membership SET status = 'LEFT', left_at = decided_at + (random() * (now() - decided_at))
    WHERE id % 12 = 0 AND decided_at IS NOT NULL AND status = 'ACTIVE';
    UPDATE app.newsletter_subscription s SET subscribed_at = m.decided_at
    FROM app.membership m WHERE m.account_id = s.account_id AND m.community_id = s.community_id AND m.decided_at IS NOT NULL;
    UPDATE app.newsletter_subscription SET unsubscribed_at = subscribed_at + (random() * interval '300 days')
    WHERE account_id % 20 = 0 AND unsubscribed_at IS NULL;

    -- Conversations between members, a message each way and more, spread over the two years.
    INSERT INTO app.conversation (first_id, second_id, created_at, last_message_at)
    SELECT a.id, a.id + 1, now(), now() FROM app.account a
    WHERE a.email LIKE '%@generated.ccibusiness.example.fr' AND a.id % 5 = 0
      AND EXISTS (SELECT 1 FROM app.account b WHERE b.id = a.id + 1)
    ON CONFLICT DO NOTHING;
    INSERT INTO app.message (conversation_id, sender_id, body, sent_at)
    SELECT c.id, CASE WHEN n % 2 = 0 THEN c.first_id ELSE c.second_id END, 'Bonjour, échangeons sur votre besoin.',
           start + (random() * interval '730 days')
    FROM (SELECT id, first_id, second_id, row_number() OVER (ORDER BY id) AS k FROM app.conversation) c
    CROSS JOIN generate_series(1, 5) AS n
    WHERE c.k <= messages / 5;

    -- Downloads of the documents of the communities' spaces (any there is), by members.
    SELECT v.id AS version_id, i.id AS item_id INTO document FROM app.document_version v
    JOIN app.space_item i ON i.id = v.item_id LIMIT 1;
    IF document IS NOT NULL THEN
        INSERT INTO app.download_log (version_id, item_id, community_id, account_id, downloaded_at)
        SELECT document.version_id, document.item_id, m.community_id, m.account_id, start + (random() * interval '730 days')
        FROM app.membership m WHERE m.id % greatest(1, (SELECT count(*) FROM app.membership) / downloads) = 0;
    END IF;

    -- A newsletter a month in a third of the communities, delivered to their subscribers.
    INSERT INTO app.newsletter (community_id, subject, body_html, status, started_at, finished_at, created_at, updated_at)
    SELECT c.id, 'Lettre du mois ' || k, '<p>Les nouvelles du mois.</p>', 'SENT',
           start + k * interval '30 days', start + k * interval '30 days' + interval '1 hour', now(), now()
    FROM app.community c CROSS JOIN generate_series(1, 24) AS k WHERE c.id % 3 = 0;
    INSERT INTO app.newsletter_delivery (newsletter_id, account_id, status, attempts, occurred_at)
    SELECT n.id, s.account_id, 'SENT', 1, n.finished_at
    FROM app.newsletter n JOIN app.newsletter_subscription s ON s.community_id = n.community_id
    WHERE n.subject LIKE 'Lettre du mois %' AND s.subscribed_at <= n.started_at AND s.account_id % 4 = 0
    ON CONFLICT DO NOTHING;

    INSERT INTO app.event (community_id, cci_id, title, description, starts_at, ends_at, place, capacity, registration_deadline,
                           public_access, status, calendar_uid, created_at)
    SELECT c.id, c.cci_id, 'Rencontre ' || k, 'Rencontre des membres.', start + k * interval '7 days',
           start + k * interval '7 days' + interval '2 hours', 'CCI', 50, start + k * interval '7 days', TRUE, 'PUBLISHED',
           'bench-' || c.id || '-' || k, now()
    FROM app.community c CROSS JOIN generate_series(1, 100) AS k WHERE c.id % 4 = 0
    ON CONFLICT DO NOTHING;
    INSERT INTO app.rights_request (kind, last_name, first_name, email, language, status, submitted_at)
    SELECT 'ACCESS', 'Demandeur', 'N' || k, 'demande' || k || '@generated.ccibusiness.example.fr', 'fr',
           (ARRAY['UNVERIFIED', 'OPEN', 'CLOSED'])[1 + k % 3], start + (random() * interval '730 days')
    FROM generate_series(1, 600) AS k;
    ANALYZE;
    RETURN format('%s messages, %s downloads, %s newsletter deliveries, %s left, %s unsubscribed',
                  (SELECT count(*) FROM app.message), (SELECT count(*) FROM app.download_log),
                  (SELECT count(*) FROM app.newsletter_delivery), (SELECT count(*) FROM app.membership WHERE status = 'LEFT'),
                  (SELECT count(*) FROM app.newsletter_subscription WHERE unsubscribed_at IS NOT NULL));
END $$;
