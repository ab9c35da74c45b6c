-- What a consultation asks of the companies (their NAF code, a certification, a competence of the
-- member) and where the work is done; publication notices go to the members who match.
CREATE TABLE consultation_naf (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    naf_code        VARCHAR(6)  NOT NULL REFERENCES naf_code (code),
    PRIMARY KEY (consultation_id, naf_code)
);
CREATE TABLE consultation_certification (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    certification   VARCHAR(60) NOT NULL,
    PRIMARY KEY (consultation_id, certification)
);
CREATE TABLE consultation_competence (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    competence      VARCHAR(60) NOT NULL,
    PRIMARY KEY (consultation_id, competence)
);
CREATE TABLE consultation_place (
    consultation_id BIGINT     NOT NULL REFERENCES consultation (id),
    commune_code    VARCHAR(5) NOT NULL REFERENCES commune (code),
    PRIMARY KEY (consultation_id, commune_code)
);
