-- The people console's company filter finds the companies by their names' trigram index, then their
-- people: with the approved links of a company in an index of their own, holding the person, each
-- company's people are read from the index alone (was: every link of the base read and hashed, 66 ms of
-- the 190 ms a filter on "transports" took over 250,000 links).
CREATE INDEX company_link_approved ON company_link (company_id) INCLUDE (account_id) WHERE status = 'APPROVED';
