-- Per-report settings (wording choices of the text) and paragraphs of the 情况说明 the user rewrote.

CREATE TABLE report_setting (
    report_id   BIGINT       NOT NULL,
    setting_key VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    CONSTRAINT pk_report_setting PRIMARY KEY (report_id, setting_key),
    CONSTRAINT fk_report_setting_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);

-- A rewritten paragraph keeps the generated text it replaced, so a later change of the figures is noticed.
CREATE TABLE narrative_override (
    report_id     BIGINT         NOT NULL,
    paragraph_key VARCHAR(60)    NOT NULL,
    body          VARCHAR(20000) NOT NULL,
    generated     VARCHAR(20000) NOT NULL,
    CONSTRAINT pk_narrative_override PRIMARY KEY (report_id, paragraph_key),
    CONSTRAINT fk_narrative_override_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);
