-- A password hash that no password gives: random bytes in the format of PasswordHasher, with the same
-- cost. The realm verifies a typed password against it when the address typed has no active account,
-- and the sign-in service when the account is not waiting for its confirmation: so a wrong password
-- costs the same hashing work whether the address is registered or not, and its answer's time tells
-- nothing. (A password matching it would be a preimage of PBKDF2: nobody has one.)
CREATE TABLE app.sign_in_decoy (
    single        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    password_hash VARCHAR(200) NOT NULL
);
INSERT INTO app.sign_in_decoy (password_hash)
SELECT 'PBKDF2WithHmacSHA256:600000:' || encode(substring(salt FROM 1 FOR 16), 'base64') || ':' || encode(hash, 'base64')
FROM (SELECT sha256(convert_to(random()::text || clock_timestamp()::text, 'UTF8')) AS salt,
             sha256(convert_to(random()::text || txid_current()::text, 'UTF8')) AS hash) AS bytes;
