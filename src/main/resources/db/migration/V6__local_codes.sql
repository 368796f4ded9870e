-- Classification codes beyond the ones the program ships for a year.
-- catalog_code: the bureau's own list, imported for a fiscal year; it applies to every report of that year.
-- report_code:  codes an officer added for one report (新增科目); they travel with the report.
-- catalog is FUNCTION (支出功能分类) or ECONOMIC (部门预算支出经济分类).
CREATE TABLE catalog_code (
    fiscal_year INT          NOT NULL,
    catalog     VARCHAR(16)  NOT NULL,
    code        VARCHAR(7)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_catalog_code PRIMARY KEY (fiscal_year, catalog, code)
);

CREATE TABLE report_code (
    report_id BIGINT       NOT NULL,
    catalog   VARCHAR(16)  NOT NULL,
    code      VARCHAR(7)   NOT NULL,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_report_code PRIMARY KEY (report_id, catalog, code),
    CONSTRAINT fk_report_code_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);
