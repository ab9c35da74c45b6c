-- The demo data is loaded in one transaction that ends by writing this row: a database holds all of
-- it (one row) or none of it (no row), even when a server was killed half-way through a first load.
CREATE TABLE app.demo_data (
    loaded_at timestamptz NOT NULL,
    only_row  boolean     NOT NULL DEFAULT true PRIMARY KEY CHECK (only_row)
);

-- A database that received the demo data before this table existed.
INSERT INTO app.demo_data (loaded_at)
SELECT created_at FROM app.account WHERE email = 'membre@demo.ccibusiness.fr';
