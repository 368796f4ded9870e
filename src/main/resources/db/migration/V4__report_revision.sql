-- Every committed write to a report raises its revision by one. The rolling history outside the database records
-- the revision of each saved version, so that on opening a database that went back to an older state (a crash,
-- a copied file) is recognised and recovered instead of trusted.
ALTER TABLE report ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
