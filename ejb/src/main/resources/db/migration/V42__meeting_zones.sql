-- Tables may be grouped in zones (a hall, a floor): "Hall A: 1-20; Hall B: 21-40", as the organiser
-- wrote it, checked against the session's tables; empty when the tables are simply numbered.
ALTER TABLE meeting_session ADD COLUMN zones VARCHAR(500) NOT NULL DEFAULT '';
