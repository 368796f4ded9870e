-- 出错说明: the written explanation a 提示 of the 审核 may stand with, by finding key.
CREATE TABLE audit_explanation (
    report_id   BIGINT        NOT NULL,
    finding_key VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_audit_explanation PRIMARY KEY (report_id, finding_key),
    CONSTRAINT fk_audit_explanation_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);
