package juesuan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import juesuan.calculation.ProjectScore;
import juesuan.i18n.Msg;
import juesuan.model.Indicator;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;

/** The document's part for one project's 绩效目标自评表: its figures, goals and scored indicators. */
final class FormPart {
    private FormPart() {
    }

    static DocumentPart of(Report report, PerformanceProject p, int n) {
        ProjectScore score = ProjectScore.of(p);
        Map<String, Object> params = new HashMap<>();
        params.put("FORM_TITLE", Msg.get("report.formTitle", report.fiscalYear()));
        // in a 汇总 each project says which member carried it out
        params.put("PROJECT", p.getImplementingUnit().isBlank() || p.getImplementingUnit().equals(report.unit().getName())
                ? p.getName() : Msg.get("report.projectWithUnit", p.getName(), p.getImplementingUnit()));
        params.put("DEPARTMENT", p.getDepartment());
        params.put("OFFICE", p.getFinanceOffice());
        params.put("CONTACT", p.getContactPerson());
        params.put("PHONE", p.getContactPhone());
        params.put("TOTAL_SCORE", Money.format(score.total(), 2, false));
        params.put("T_INITIAL", wanText(p.getTotalInitial()));
        params.put("T_ADJUSTED", wanText(p.getTotalAdjusted()));
        params.put("T_EXECUTED", wanText(p.getTotalExecuted()));
        params.put("F_INITIAL", wanText(p.getFiscalInitial()));
        params.put("F_ADJUSTED", wanText(p.getFiscalAdjusted()));
        params.put("F_EXECUTED", wanText(p.getFiscalExecuted()));
        params.put("RATE", trimmed(score.executionRate()) + "%");
        params.put("WEIGHT", trimmed(p.getExecutionWeight()));
        params.put("RATE_SCORE", trimmed(score.executionScore()));
        params.put("GOAL_INITIAL", p.getGoalInitial());
        params.put("GOAL_ADJUSTED", p.getGoalAdjusted());
        params.put("GOAL_ACHIEVED", p.getGoalAchieved());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ProjectScore.IndicatorScore s : score.indicators()) {
            Indicator i = s.indicator();
            Map<String, Object> m = new HashMap<>();
            m.put("name", i.name());
            m.put("unit", i.measureUnit());
            m.put("nature", i.nature().symbol());
            m.put("target", trimmed(i.targetValue()));
            m.put("achieved", trimmed(i.actualValue()));
            m.put("deviation", trimmed(s.deviation()));
            m.put("coefficient", trimmed(s.coefficient()));
            m.put("weight", trimmed(i.weight()));
            m.put("score", trimmed(s.score()));
            m.put("note", i.note());
            rows.add(m);
        }
        return new DocumentPart("performance_form", Msg.get("report.formEntry", n, p.getName()), null, params, rows);
    }

    private static String wanText(BigDecimal yuan) {
        return yuan == null ? "" : trimmed(Money.yuanToWan(yuan));
    }

    private static String trimmed(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }
}
