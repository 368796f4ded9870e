package juesuan.audit;

import java.util.List;
import juesuan.model.Report;

/** The findings of an audit: 错误 first, then 提示 and 尾差, each in rule order. */
public record AuditResult(List<Finding> findings) {
    public AuditResult {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> hints() {
        return findings.stream().filter(f -> f.severity() == Severity.HINT).toList();
    }

    /** 尾差: differences within the rounding of 2-decimal 万元 figures; shown, never blocking. */
    public List<Finding> rounding() {
        return findings.stream().filter(f -> f.severity() == Severity.ROUNDING).toList();
    }

    /** 提示 without their 出错说明. */
    public List<Finding> unexplained(Report report) {
        return hints().stream().filter(f -> report.explanation(f.key()).isBlank()).toList();
    }

    /** Whether the report may be marked 定稿: no 错误, and every 提示 has its 出错说明. */
    public boolean canFinalize(Report report) {
        return errors().isEmpty() && unexplained(report).isEmpty();
    }

    /** Findings whose place is on a tab. */
    public List<Finding> on(String tab) {
        return findings.stream().filter(f -> tab.equals(f.place().tab())).toList();
    }
}
