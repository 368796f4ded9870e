-- 汇总. The unit tree of a fiscal year: a department (汇总节点) above its 本级 and its subordinate units, any depth.
-- A node with members is consolidated; a node without is a unit that reports itself. parent_code is '' at the top.
-- is_self marks the 本级 of its parent node: the unit its siblings remit to and are subsidised by.
CREATE TABLE unit_node (
    fiscal_year INT          NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_code VARCHAR(32)  NOT NULL DEFAULT '',
    is_self     BOOLEAN      NOT NULL DEFAULT FALSE,
    seq         INT          NOT NULL,
    CONSTRAINT pk_unit_node PRIMARY KEY (fiscal_year, code)
);

-- What fed a consolidated report: each member's report as it was (its digest and revision) when it was summed.
CREATE TABLE consolidation_member (
    report_id BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    unit_code VARCHAR(32)  NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    revision  BIGINT       NOT NULL,
    digest    CHAR(64)     NOT NULL,
    at_time   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_consolidation_member PRIMARY KEY (report_id, seq),
    CONSTRAINT fk_consolidation_member_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);

-- The internal flows taken out of a consolidated report, per flow and 功能分类 code: what the paying members and the
-- receiving members show, and the amount taken out of both (the smaller of the two).
CREATE TABLE consolidation_elimination (
    report_id  BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    flow       VARCHAR(24)   NOT NULL,
    row_code   VARCHAR(24)   NOT NULL,
    paid       DECIMAL(18,2) NOT NULL,
    received   DECIMAL(18,2) NOT NULL,
    eliminated DECIMAL(18,2) NOT NULL,
    CONSTRAINT pk_consolidation_elimination PRIMARY KEY (report_id, seq),
    CONSTRAINT fk_consolidation_elimination_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
);

-- 实施单位 of a 绩效 project: in a consolidated report, the member unit that carried it out.
ALTER TABLE perf_project ADD COLUMN implementing_unit VARCHAR(200) DEFAULT '' NOT NULL;
