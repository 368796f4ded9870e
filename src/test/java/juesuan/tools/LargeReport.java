package juesuan.tools;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;

/**
 * Writes a large report file for the benchmarks of the installed program ({@code installer/benchmark.sh}): the demo
 * unit's details as unit 900, 公开02/03/05表 with one 项 row for each of the first {@code 项} codes of the catalog (100 unless told)
 * (with their 类 and 款, about 600 printed table rows in all) and {@code projects} (200) 绩效自评表 copied from the demo's:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" juesuan.tools.LargeReport OUT.json [项] [projects]}.
 */
public final class LargeReport {
    private LargeReport() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int projects = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Report r = of(items, projects);
        Files.writeString(out, ReportJson.write(r), StandardCharsets.UTF_8);
        ReportFigures f = new ReportFigures(r, TemplateLoader.forReport(r));
        int rows = 0;
        for (var t : TemplateLoader.forReport(r).tables()) {
            rows += f.table(t.code()).rows().size();
        }
        System.out.printf("%s: %d table rows, %d projects%n", out, rows, r.projects().size());
    }

    public static Report of(int items, int projects) {
        Report r = DemoReport.create();
        r.unit().setCode("900");
        r.unit().setName("大型测试单位");
        var template = TemplateLoader.forReport(r);
        BigDecimal yuan = new BigDecimal("123456.78");
        int added = 0;
        for (var e : template.functions().all()) {
            if (added == items) {
                break;
            }
            if (e.level() != 3 || r.table("T3").rows().contains(e.code())) {
                continue;
            }
            for (String table : new String[] {"T2", "T3", "T5"}) {
                String col = "T2".equals(table) ? "fiscal" : "basic";
                r.table(table).addRow(e.code());
                r.table(table).set(e.code(), col, yuan);
            }
            added++;
        }
        PerformanceProject model = r.projects().getFirst();
        for (int i = r.projects().size(); i < projects; i++) {
            PerformanceProject p = ReportJson.copy(DemoReport.create()).projects().getFirst();
            p.setId(null);
            p.setName(model.getName() + "（" + (i + 1) + "）");
            r.projects().add(p);
        }
        return r;
    }
}
