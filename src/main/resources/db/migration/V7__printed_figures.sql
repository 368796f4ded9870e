-- The figure a computed cell (a 类/款/合计 row, a 合计 column) prints instead of its exact sum: a published table's
-- 2-decimal 万元 figure, within rounding of the sum (尾差). Imported from a workbook or typed deliberately.
CREATE TABLE table_printed (
    report_id  BIGINT         NOT NULL,
    table_code VARCHAR(8)     NOT NULL,
    row_code   VARCHAR(24)    NOT NULL,
    col_code   VARCHAR(24)    NOT NULL,
    amount     DECIMAL(18, 2) NOT NULL,
    CONSTRAINT pk_table_printed PRIMARY KEY (report_id, table_code, row_code, col_code),
    CONSTRAINT fk_table_printed_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);
