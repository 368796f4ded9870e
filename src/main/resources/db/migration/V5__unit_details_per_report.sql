-- Each report owns its unit's details for its year: name, 主管部门, 单位类型, contacts, 职能职责, 单位构成. Until V4 they
-- were one row per unit shared by all years, so editing 2024's contacts rewrote the 2023 disclosure. The unit row
-- keeps the code that ties the years together. Existing details are copied to every report of the unit.
ALTER TABLE report ADD COLUMN unit_name VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE report ADD COLUMN supervisor VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE report ADD COLUMN unit_type VARCHAR(60) DEFAULT '' NOT NULL;
ALTER TABLE report ADD COLUMN contact_person VARCHAR(60) DEFAULT '' NOT NULL;
ALTER TABLE report ADD COLUMN contact_phone VARCHAR(60) DEFAULT '' NOT NULL;

UPDATE report SET
    unit_name      = (SELECT u.name FROM unit u WHERE u.id = report.unit_id),
    supervisor     = (SELECT u.supervisor FROM unit u WHERE u.id = report.unit_id),
    unit_type      = (SELECT u.unit_type FROM unit u WHERE u.id = report.unit_id),
    contact_person = (SELECT u.contact_person FROM unit u WHERE u.id = report.unit_id),
    contact_phone  = (SELECT u.contact_phone FROM unit u WHERE u.id = report.unit_id);

-- Ordered text items of a report's unit: 职能职责 (DUTY), 下属单位 (SUBUNIT), 内设机构 (BODY).
CREATE TABLE report_unit_item (
    report_id BIGINT        NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    seq       INT           NOT NULL,
    body      VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_report_unit_item PRIMARY KEY (report_id, kind, seq),
    CONSTRAINT fk_report_unit_item_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);

INSERT INTO report_unit_item (report_id, kind, seq, body)
    SELECT r.id, i.kind, i.seq, i.body FROM report r JOIN unit_item i ON i.unit_id = r.unit_id;

DROP TABLE unit_item;
ALTER TABLE unit DROP COLUMN supervisor;
ALTER TABLE unit DROP COLUMN unit_type;
ALTER TABLE unit DROP COLUMN contact_person;
ALTER TABLE unit DROP COLUMN contact_phone;
