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

    -- Companies: valid SIRETs, communes of Normandy, and a trade each: a NAF code with the names,
    -- activities, capacities and certifications such a company has (a 25.62B shop is "Usinage …",
    -- machining), so that the directory finds what a person trying it expects.
    SELECT coalesce(max(id), 0) INTO first_company FROM app.company;
    DROP TABLE IF EXISTS pg_temp.trade;
    CREATE TEMPORARY TABLE trade (id INT, naf_code TEXT, kinds TEXT[], activities TEXT[], capacities TEXT[], certifications TEXT[])
        ON COMMIT DROP;
    INSERT INTO trade VALUES
        (1, '25.62B', ARRAY['Usinage', 'Mécanique de précision', 'Ateliers mécaniques'],
            ARRAY['Usinage de pièces de précision pour l''aéronautique', 'Usinage de pièces unitaires et petites séries',
                  'Mécanique générale et réparation de pièces industrielles'],
            ARRAY['Tournage, fraisage CN 5 axes, rectification', 'Centres d''usinage 3 et 5 axes, contrôle tridimensionnel'],
            ARRAY['ISO 9001', 'EN 9100']),
        (2, '25.62A', ARRAY['Décolletage'], ARRAY['Décolletage de pièces de révolution en grande série'],
            ARRAY['Tours multibroches et tours à poupée mobile'], ARRAY['ISO 9001', 'IATF 16949']),
        (3, '25.11Z', ARRAY['Chaudronnerie', 'Métallerie', 'Constructions métalliques'],
            ARRAY['Chaudronnerie, tôlerie et structures métalliques', 'Charpentes métalliques et serrurerie industrielle'],
            ARRAY['Soudure TIG et MIG, découpe laser, pliage', 'Soudure, oxycoupage et roulage de tôles'], ARRAY['ISO 3834', 'MASE']),
        (4, '30.30Z', ARRAY['Aérostructures', 'Aéro Composites'],
            ARRAY['Sous-ensembles et structures aéronautiques et spatiales', 'Pièces composites pour l''aéronautique'],
            ARRAY['Rivetage, drapage composite, traitement de surface'], ARRAY['EN 9100']),
        (5, '33.16Z', ARRAY['Aéro Maintenance', 'Aéro Services'], ARRAY['Maintenance et réparation d''aéronefs et d''hélicoptères'],
            ARRAY['Atelier Part-145, visites d''entretien'], ARRAY['EN 9110']),
        (6, '10.71C', ARRAY['Boulangerie', 'Maison'], ARRAY['Boulangerie-pâtisserie artisanale', 'Pains au levain et viennoiseries'],
            ARRAY['Four à sole, laboratoire de pâtisserie'], ARRAY[]::TEXT[]),
        (7, '10.51C', ARRAY['Fromagerie', 'Laiterie'], ARRAY['Fromages au lait cru de Normandie', 'Camembert, livarot et pont-l''évêque'],
            ARRAY['Caves d''affinage, salle de moulage'], ARRAY['IFS Food']),
        (8, '62.01Z', ARRAY['Numérique', 'Logiciels', 'Solutions'], ARRAY['Conception de logiciels et applications web',
                  'Développement d''applications mobiles et web pour l''industrie'],
            ARRAY['Java, cloud, applications mobiles'], ARRAY['ISO 27001']),
        (9, '62.02A', ARRAY['Conseil informatique', 'Systèmes'], ARRAY['Conseil en systèmes d''information et cybersécurité'],
            ARRAY['Audit, infogérance, sécurité des réseaux'], ARRAY['ISO 27001']),
        (10, '49.41A', ARRAY['Transports'], ARRAY['Transport routier de marchandises', 'Transport frigorifique de denrées'],
            ARRAY['Semi-remorques et porteurs frigorifiques'], ARRAY['ISO 14001']),
        (11, '52.10B', ARRAY['Logistique', 'Entrepôts'], ARRAY['Entreposage et logistique de marchandises'],
            ARRAY['Entrepôts sous douane, préparation de commandes'], ARRAY['ISO 9001']),
        (12, '43.21A', ARRAY['Électricité', 'Électricité générale'], ARRAY['Installations électriques et automatismes',
                  'Électricité industrielle et tertiaire'],
            ARRAY['Courants forts et faibles, bornes de recharge'], ARRAY['Qualifelec']),
        (13, '43.22A', ARRAY['Plomberie', 'Chauffage'], ARRAY['Plomberie, chauffage et sanitaire'],
            ARRAY['Pompes à chaleur, chaudières à condensation'], ARRAY['Qualibat RGE']),
        (14, '16.23Z', ARRAY['Charpentes', 'Menuiserie'], ARRAY['Charpente bois et menuiseries sur mesure'],
            ARRAY['Taille numérique, ossature bois'], ARRAY['Qualibat']),
        (15, '43.32A', ARRAY['Menuiserie', 'Fermetures'], ARRAY['Menuiserie bois et aluminium sur mesure'],
            ARRAY['Pose de fenêtres, portes et volets'], ARRAY['Qualibat RGE']),
        (16, '71.12B', ARRAY['Bureau d''études', 'Ingénierie'], ARRAY['Conseil en ingénierie et études techniques'],
            ARRAY['Calcul de structures, conception assistée par ordinateur'], ARRAY['ISO 9001']),
        (17, '46.73A', ARRAY['Négoce', 'Matériaux'], ARRAY['Négoce de matériaux de construction et de bois'],
            ARRAY['Dépôts, livraison sur chantier'], ARRAY[]::TEXT[]),
        (18, '56.10A', ARRAY['Restaurant', 'Bistrot'], ARRAY['Restauration traditionnelle, cuisine du marché'],
            ARRAY['Salle de 60 couverts, traiteur'], ARRAY[]::TEXT[]),
        (19, '18.12Z', ARRAY['Imprimerie'], ARRAY['Impression offset et numérique, façonnage'],
            ARRAY['Presses offset, grand format'], ARRAY['Imprim''Vert']),
        (20, '21.20Z', ARRAY['Laboratoires'], ARRAY['Fabrication de médicaments et de préparations pharmaceutiques'],
            ARRAY['Salles blanches, lyophilisation'], ARRAY['ISO 13485']),
        (21, '45.20A', ARRAY['Garage'], ARRAY['Entretien et réparation de véhicules automobiles'],
            ARRAY['Mécanique, carrosserie, diagnostic électronique'], ARRAY[]::TEXT[]),
        (22, '22.29A', ARRAY['Plasturgie', 'Plastiques'], ARRAY['Injection de pièces plastiques techniques'],
            ARRAY['Presses à injecter de 50 à 800 tonnes'], ARRAY['ISO 9001', 'IATF 16949']),
        (23, '24.51Z', ARRAY['Fonderie'], ARRAY['Fonderie de fonte et moulage de pièces'], ARRAY['Moulage sable, parachèvement'],
            ARRAY['ISO 9001']),
        (24, '35.11Z', ARRAY['Énergies', 'Éolien'], ARRAY['Production d''électricité éolienne en mer et à terre'],
            ARRAY['Maintenance de parcs éoliens'], ARRAY['ISO 14001', 'MASE']),
        (25, '70.22Z', ARRAY['Conseil', 'Agence'], ARRAY['Conseil en stratégie et organisation des entreprises'],
            ARRAY['Accompagnement à l''export, financement'], ARRAY[]::TEXT[]);
    WITH place AS (SELECT array_agg(code ORDER BY code) AS codes FROM app.commune
                   WHERE department_code IN ('14', '27', '50', '61', '76')),
         base AS (
             SELECT n,
                    lpad((90000000 + first_company + n)::TEXT, 8, '0') AS siren8,
                    1 + floor(random() * 25)::INT AS trade_id,
                    (ARRAY['Lefèvre', 'Martin', 'Dubois', 'Leroy', 'Moreau', 'Lemoine', 'Marie', 'Hébert',
                           'Lecomte', 'Duval', 'Laurent', 'Lebrun', 'Gosselin', 'Vasseur', 'Lemaître', 'Guérin',
                           'Normandie', 'Cotentin', 'Seine', 'Bocage'])[1 + floor(random() * 20)::INT] AS family,
                    place.codes[1 + floor(random() * array_length(place.codes, 1))::INT] AS commune_code,
                    random() AS r, random() AS pick
             FROM generate_series(1, company_count) AS n, place)
    INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code, commune_code, department_code,
                             activity, capacities, phone, workforce_band, year_founded, created_at, updated_at)
    SELECT s.siren || '0001' || app.luhn_check_digit(s.siren || '0001'),
           t.kinds[1 + floor(b.pick * array_length(t.kinds, 1))::INT] || ' ' || b.family,
           t.naf_code, (1 + b.n % 120) || ' rue de l''Industrie',
           split_part(co.postal_codes, ' ', 1), b.commune_code, co.department_code,
           t.activities[1 + floor(b.r * array_length(t.activities, 1))::INT],
           t.capacities[1 + floor(b.pick * array_length(t.capacities, 1))::INT],
           '02 ' || lpad((b.n % 100)::TEXT, 2, '0') || ' ' || lpad((b.n % 97)::TEXT, 2, '0') || ' 00 00',
           (ARRAY['FROM_1_TO_2', 'FROM_3_TO_5', 'FROM_6_TO_9', 'FROM_10_TO_19', 'FROM_20_TO_49', 'FROM_50_TO_99'])
               [1 + floor(b.r * 6)::INT],
           1950 + floor(b.r * 75)::INT, now(), now()
    FROM base b
    JOIN trade t ON t.id = b.trade_id
    CROSS JOIN LATERAL (SELECT b.siren8 || app.luhn_check_digit(b.siren8) AS siren) s
    JOIN app.commune co ON co.code = b.commune_code;

    -- A certification of their trade for some of them.
    INSERT INTO app.company_certification (company_id, certification)
    SELECT c.id, t.certifications[1 + c.id % array_length(t.certifications, 1)]
    FROM app.company c JOIN trade t ON t.naf_code = c.naf_code
    WHERE c.id > first_company AND c.id % 3 = 0 AND array_length(t.certifications, 1) > 0;

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
