-- The 定稿 log of a report: each 定稿 (a new version with the digest of the report's data) and each 解除定稿 (with
-- its reason). Rows are only ever added. A report whose last row is a FINALIZE is read-only.
CREATE TABLE report_final_event (
    report_id BIGINT        NOT NULL,
    seq       INT           NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    at_time   TIMESTAMP     NOT NULL,
    os_user   VARCHAR(200)  NOT NULL,
    person    VARCHAR(200)  NOT NULL,
    version   INT           NOT NULL,
    digest    CHAR(64)      NOT NULL,
    reason    VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_report_final_event PRIMARY KEY (report_id, seq),
    CONSTRAINT fk_report_final_event_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);
