-- First-party audience measurement (policy article 5): page views counted per day and page, only for
-- visitors who accepted it. Aggregated counts only: no identifier, no address, nothing per person.
CREATE TABLE audience_page_views (
    day   DATE         NOT NULL,
    page  VARCHAR(200) NOT NULL,
    views BIGINT       NOT NULL,
    PRIMARY KEY (day, page)
);
