-- Data generator for the demo and the benchmarks: realistic companies, people, communities and
-- memberships of Normandy, set-based and deterministic (setseed). Not a migration: only the README's
-- run command (small numbers) and bench/generate-data.sh (a region's worth) call it.
--   SELECT app.generate_data(companies, members, communities);

CREATE OR REPLACE FUNCTION app.luhn_check_digit(digits TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    total INT := 0;
    digit INT;
    i INT;
BEGIN
    -- The check digit appended makes the whole pass Luhn: double every second digit from the right,
    -- starting with the last of these digits.
    FOR i IN 1 .. length(digits) LOOP
        digit := substr(digits, length(digits) - i + 1, 1)::INT;
        IF i % 2 = 1 THEN
            digit := digit * 2;
            IF digit > 9 THEN digit := digit - 9; END IF;
        END IF;
        total := total + digit;
    END LOOP;
    RETURN ((10 - total % 10) % 10)::TEXT;
END $$;

CREATE OR REPLACE FUNCTION app.generate_data(company_count INT, member_count INT, community_count INT)
    RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    first_company BIGINT;
    first_account BIGINT;
    policy BIGINT;
    hash TEXT := 'PBKDF2WithHmacSHA256:600000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    sector_names TEXT[] := ARRAY['Aéronautique', 'Nucléaire', 'Naval', 'Agroalimentaire', 'Numérique', 'Éolien en mer',
        'Logistique', 'Chimie', 'Pharmacie', 'Automobile', 'Bâtiment', 'Métallurgie', 'Plasturgie', 'Textile',
        'Énergie', 'Santé', 'Tourisme', 'Équine', 'Bois', 'Cosmétique'];
    territory_names TEXT[] := ARRAY['Caen', 'Rouen', 'Le Havre', 'Cherbourg', 'Évreux', 'Alençon', 'Lisieux',
        'Dieppe', 'Saint-Lô', 'Vernon', 'Fécamp', 'Bayeux', 'Granville', 'Argentan', 'Flers', 'Louviers', 'Elbeuf',
        'Honfleur', 'Coutances', 'Avranches'];
BEGIN
    PERFORM setseed(0.42);
    SELECT id INTO policy FROM app.policy_version ORDER BY published_on DESC, id DESC LIMIT 1;

    -- Communities, spread over the CCIs, until there are community_count of them.
    INSERT INTO app.community (cci_id, kind, name, description, join_policy, department_code, created_at)
    SELECT (SELECT id FROM app.cci ORDER BY id OFFSET (n % (SELECT count(*) FROM app.cci)) LIMIT 1),
           CASE WHEN n % 3 = 0 THEN 'TERRITORY' ELSE 'SECTOR' END,
           CASE WHEN n % 3 = 0 THEN 'Territoire ' || territory_names[1 + n % 20] || ' ' || (n / 20 + 1)
                ELSE 'Filière ' || sector_names[1 + n % 20] || ' ' || (n / 20 + 1) END,
           'Communauté générée pour la démonstration et les mesures.',
           CASE WHEN n % 4 = 0 THEN 'APPROVAL' ELSE 'OPEN' END,
           NULL, now()
    FROM generate_series(1, greatest(0, community_count - (SELECT count(*) FROM app.community))) AS n;

    -- Companies: valid SIRETs, official NAF codes, communes of Normandy.
    SELECT coalesce(max(id), 0) INTO first_company FROM app.company;
    WITH naf AS (SELECT array_agg(code ORDER BY code) AS codes FROM app.naf_code WHERE level = 4),
         place AS (SELECT array_agg(code ORDER BY code) AS codes FROM app.commune
                   WHERE department_code IN ('14', '27', '50', '61', '76')),
         base AS (
             SELECT n,
                    lpad((90000000 + first_company + n)::TEXT, 8, '0') AS siren8,
                    (ARRAY['Ateliers', 'Établissements', 'Société', 'Groupe', 'Menuiserie', 'Transports',
                           'Mécanique', 'Chaudronnerie', 'Boulangerie', 'Imprimerie', 'Laboratoires', 'Garage',
                           'Conseil', 'Bureau d''études', 'Électricité', 'Plomberie', 'Fonderie', 'Usinage',
                           'Agence', 'Solutions'])[1 + floor(random() * 20)::INT] AS kind,
                    (ARRAY['Lefèvre', 'Martin', 'Dubois', 'Leroy', 'Moreau', 'Lemoine', 'Marie', 'Hébert',
                           'Lecomte', 'Duval', 'Laurent', 'Lebrun', 'Gosselin', 'Vasseur', 'Lemaître', 'Guérin',
                           'Normandie', 'Cotentin', 'Seine', 'Bocage'])[1 + floor(random() * 20)::INT] AS family,
                    naf.codes[1 + floor(random() * array_length(naf.codes, 1))::INT] AS naf_code,
                    place.codes[1 + floor(random() * array_length(place.codes, 1))::INT] AS commune_code,
                    (ARRAY['Usinage de pièces de précision pour l''aéronautique', 'Maintenance industrielle et dépannage',
                           'Fabrication de structures métalliques et chaudronnerie', 'Transport routier de marchandises',
                           'Conception de logiciels et applications web', 'Transformation de produits laitiers',
                           'Installations électriques et automatismes', 'Conseil en ingénierie et études techniques',
                           'Menuiserie bois et aluminium sur mesure', 'Négoce de matériaux de construction'])
                        [1 + floor(random() * 10)::INT] AS activity,
                    random() AS r
             FROM generate_series(1, company_count) AS n, naf, place)
    INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code, commune_code, department_code,
                             activity, phone, workforce_band, year_founded, created_at, updated_at)
    SELECT s.siren || '0001' || app.luhn_check_digit(s.siren || '0001'),
           b.kind || ' ' || b.family || ' ' || (first_company + b.n),
           b.naf_code, (1 + b.n % 120) || ' rue de l''Industrie',
           split_part(co.postal_codes, ' ', 1), b.commune_code, co.department_code, b.activity,
           '02 ' || lpad((b.n % 100)::TEXT, 2, '0') || ' ' || lpad((b.n % 97)::TEXT, 2, '0') || ' 00 00',
           (ARRAY['FROM_1_TO_2', 'FROM_3_TO_5', 'FROM_6_TO_9', 'FROM_10_TO_19', 'FROM_20_TO_49', 'FROM_50_TO_99'])
               [1 + floor(b.r * 6)::INT],
           1950 + floor(b.r * 75)::INT, now(), now()
    FROM base b
    CROSS JOIN LATERAL (SELECT b.siren8 || app.luhn_check_digit(b.siren8) AS siren) s
    JOIN app.commune co ON co.code = b.commune_code;

    INSERT INTO app.company_certification (company_id, certification)
    SELECT id, (ARRAY['ISO 9001', 'EN 9100', 'ISO 14001', 'MASE', 'ISO 45001'])[1 + id % 5]
    FROM app.company WHERE id > first_company AND id % 4 = 0;

    -- People: confirmed accounts (nobody knows their password), a profile, a company, communities.
    SELECT coalesce(max(id), 0) INTO first_account FROM app.account;
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)
    SELECT 'personne' || (first_account + n) || '@generated.ccibusiness.example.fr', hash, 'ACTIVE', 'fr', now(), now()
    FROM generate_series(1, member_count) AS n;
    INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM app.account WHERE id > first_account;
    INSERT INTO app.member (account_id, last_name, first_name, job_title, hidden_from_directory)
    SELECT id,
           (ARRAY['Lefèvre', 'Martin', 'Dubois', 'Leroy', 'Moreau', 'Lemoine', 'Marie', 'Hébert', 'Lecomte', 'Duval',
                  'Laurent', 'Lebrun', 'Gosselin', 'Vasseur', 'Lemaître', 'Guérin', 'Petit', 'Roux', 'Fournier', 'Girard'])
               [1 + id % 20],
           (ARRAY['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Jules', 'Emma', 'Lucas', 'Inès', 'Gabriel', 'Manon',
                  'Arthur', 'Zoé', 'Nathan', 'Jade', 'Paul', 'Lina', 'Théo', 'Élise', 'Mathis'])[1 + (id / 20) % 20],
           (ARRAY['Gérant·e', 'Directeur·rice commercial·e', 'Responsable achats', 'Ingénieur·e méthodes',
                  'Chargé·e d''affaires', NULL])[1 + id % 6],
           id % 25 = 0
    FROM app.account WHERE id > first_account;
    INSERT INTO app.member_competence (account_id, competence)
    SELECT id, (ARRAY['usinage', 'soudure', 'logistique', 'qualité', 'export', 'automatisme', 'conception'])[1 + id % 7]
    FROM app.account WHERE id > first_account;
    IF policy IS NOT NULL THEN
        INSERT INTO app.consent (account_id, policy_version_id, given_at)
        SELECT id, policy, now() FROM app.account WHERE id > first_account;
    END IF;
    INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)
    SELECT ids.new_ids[1 + (a.id - first_account) % array_length(ids.new_ids, 1)], a.id, 'APPROVED', now(), now()
    FROM app.account a
    CROSS JOIN (SELECT array_agg(id ORDER BY id) AS new_ids FROM app.company WHERE id > first_company) ids
    WHERE a.id > first_account AND ids.new_ids IS NOT NULL;
    INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)
    SELECT DISTINCT ids.all_ids[1 + (a.id * 7 + k) % array_length(ids.all_ids, 1)], a.id, 'ACTIVE', now(), now()
    FROM app.account a
    CROSS JOIN generate_series(0, 1) AS k
    CROSS JOIN (SELECT array_agg(id ORDER BY id) AS all_ids FROM app.community) ids
    WHERE a.id > first_account AND ids.all_ids IS NOT NULL;
    INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)
    SELECT community_id, account_id, now(), 'JOIN' FROM app.membership m WHERE m.account_id > first_account;

    ANALYZE;
    RETURN format('%s companies, %s people, %s communities', (SELECT count(*) FROM app.company),
                  (SELECT count(*) FROM app.member), (SELECT count(*) FROM app.community));
END $$;
