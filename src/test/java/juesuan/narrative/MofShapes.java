package juesuan.narrative;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import juesuan.consolidation.Consolidator;
import juesuan.consolidation.Members;
import juesuan.exchange.DemoReport;
import juesuan.model.Comparison;
import juesuan.model.Money;
import juesuan.model.Report;

/**
 * Three reports of different shapes in the Ministry-of-Finance profile: a single 行政单位 (the demo), a department
 * whose members include 事业单位 (本级 and two 事业单位, summed with their internal flows taken out), and a unit created
 * during the year (no 上年, no 年初预算).
 */
public final class MofShapes {
    private MofShapes() {
    }

    public static Report single() {
        Report r = DemoReport.create();
        r.setProfile("mof");
        return r;
    }

    public static Report department() {
        Report self = Members.self("50000");
        Report b = Members.subsidised();
        Report c = Members.remitting();
        c.table("T2").set(Members.Y, "business", new BigDecimal("300000.00")); // 事业收入, spent on a project
        c.table("T3").set(Members.Y, "project", Money.add(c.table("T3").get(Members.Y, "project"), new BigDecimal("300000.00")));
        Report dept = Members.unit("HZ901", Members.DEPARTMENT, "行政单位");
        Report r = Consolidator.consolidate(dept, List.of(new Consolidator.Member(self, 1L, ""),
                new Consolidator.Member(b, 1L, "901001"), new Consolidator.Member(c, 1L, "901001")), Optional.empty(),
                LocalDateTime.of(2024, 3, 1, 9, 0)).report();
        r.setProfile("mof");
        // the department enters its 平均得分 and ratings: 3 自评表 are published of 39 self-evaluated projects
        r.setText("pf.averageScore", "93.5");
        r.setCount("pf.grade.A", 35L);
        r.setCount("pf.grade.B", 3L);
        r.setCount("pf.grade.C", 1L);
        r.setCount("pf.grade.D", 0L);
        r.setCount("pf.problems.found", 4L);
        r.setCount("pf.problems.fixed", 3L);
        r.setCount("pf.problems.fixing", 1L);
        return r;
    }

    public static Report newUnit() {
        Report r = single();
        r.unit().setName("新设单位");
        r.unit().setSubunits(List.of()); // a unit of its own, without units under it
        for (String k : new ArrayList<>(r.comparisons().keySet())) {
            r.setComparison(k, new Comparison(null, null, r.comparison(k).fullYearBudget()));
        }
        return r;
    }
}
