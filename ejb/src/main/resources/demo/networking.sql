-- Demo of networking and community spaces (run once after generator.sql, on a fresh database): the
-- demo member joins the first community the demo animator animates, is connected with two of its
-- people, has a request waiting and a conversation; the community's space holds an announcement,
-- a folder with a document in two versions, and a link. The demo member speaks for a company (it can
-- respond to the demo buyer's consultations).
DO $$
DECLARE
    me         BIGINT := (SELECT id FROM app.account WHERE email = 'membre@demo.ccibusiness.fr');
    animator   BIGINT := (SELECT id FROM app.account WHERE email = 'animateur@demo.ccibusiness.fr');
    community  BIGINT := (SELECT min(community_id) FROM app.community_animator WHERE account_id = animator);
    people     BIGINT[];
    talk       BIGINT;
    folder     BIGINT;
    document   BIGINT;
    version    BIGINT;
BEGIN
    INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)
    VALUES (community, me, 'ACTIVE', now(), now());
    INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)
    VALUES (community, me, now(), 'JOIN');
    INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)
    SELECT min(id), me, 'APPROVED', now(), now() FROM app.company;
    SELECT array_agg(account_id ORDER BY account_id) INTO people
    FROM (SELECT m.account_id FROM app.membership m JOIN app.member p ON p.account_id = m.account_id
          WHERE m.community_id = community AND m.status = 'ACTIVE' AND m.account_id <> me AND NOT p.hidden_from_directory
          ORDER BY m.account_id LIMIT 3) chosen;

    INSERT INTO app.contact_request (requester_id, recipient_id, message, status, requested_at, decided_at) VALUES
        (people[1], me, 'Bonjour, nous cherchons un partenaire en usinage pour un appel d’offres.', 'ACCEPTED', now() - interval '3 days', now() - interval '2 days'),
        (me, people[2], NULL, 'ACCEPTED', now() - interval '2 days', now() - interval '1 day'),
        (people[3], me, 'Nous nous sommes croisés au salon de Caen : restons en contact.', 'PENDING', now() - interval '1 hour', NULL);

    INSERT INTO app.conversation (first_id, second_id, first_read_id, second_read_id, created_at, last_message_at)
    VALUES (LEAST(me, people[1]), GREATEST(me, people[1]), 0, 0, now() - interval '2 days', now() - interval '1 hour')
    RETURNING id INTO talk;
    INSERT INTO app.message (conversation_id, sender_id, body, sent_at) VALUES
        (talk, people[1], 'Merci d’avoir accepté. Pouvez-vous usiner des pièces en aluminium de 1 m ?', now() - interval '2 days'),
        (talk, me, 'Oui, jusqu’à 1,5 m sur notre centre 5 axes. Quel volume annuel ?', now() - interval '1 day'),
        (talk, people[1], 'Environ 400 pièces par an. Je vous envoie le cahier des charges.', now() - interval '1 hour');
    UPDATE app.conversation SET first_read_id = CASE WHEN first_id = me THEN (SELECT min(id) + 1 FROM app.message WHERE conversation_id = talk) ELSE 0 END,
                                second_read_id = CASE WHEN second_id = me THEN (SELECT min(id) + 1 FROM app.message WHERE conversation_id = talk) ELSE 0 END
    WHERE id = talk;

    INSERT INTO app.announcement (community_id, author_id, title, body_html, published_at) VALUES
        (community, animator, 'Rencontres acheteurs du printemps',
         '<p>Les <b>rencontres acheteurs</b> auront lieu en mars à Caen. Inscriptions ouvertes dans l’espace événements.</p>', now() - interval '1 day');
    INSERT INTO app.space_folder (community_id, parent_id, name, created_at) VALUES (community, NULL, 'Études de marché', now())
    RETURNING id INTO folder;
    INSERT INTO app.space_item (community_id, folder_id, kind, title, url, created_by, created_at, updated_at)
    VALUES (community, folder, 'DOCUMENT', 'Baromètre de la sous-traitance 2026', NULL, animator, now(), now())
    RETURNING id INTO document;
    INSERT INTO app.document_version (item_id, number, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
    VALUES (document, 1, 'barometre-2026.pdf', 'application/pdf', 0, '', animator, now() - interval '10 days') RETURNING id INTO version;
    INSERT INTO app.document_version (item_id, number, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
    VALUES (document, 2, 'barometre-2026-v2.pdf', 'application/pdf', 0, '', animator, now()) RETURNING id INTO version;
    INSERT INTO app.space_item (community_id, folder_id, kind, title, url, created_by, created_at, updated_at)
    VALUES (community, NULL, 'LINK', 'Annuaire des aides régionales (AD Normandie)', 'https://adnormandie.fr/', animator, now(), now());
END $$;
