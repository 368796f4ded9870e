package juesuan.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import juesuan.app.cli.Cli;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.exchange.HandoverPackage;
import juesuan.model.Report;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.template.TemplateLoader;

/**
 * The 主管部门's large 汇总, measured (results in docs/PERFORMANCE.md): {@code N} handover packages (500 unless told)
 * of one department — a 本级 and N−1 subordinate units, each with the demo unit's figures and a 上缴 to the 本级 —
 * loaded into a new database with {@code juesuan import} and summed with {@code juesuan consolidate}, as the officer
 * runs them, three times on fresh databases:
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" juesuan.tools.ConsolidationBenchmark [N]}; with a folder
 * after N it only writes the packages there, to time the launcher itself ({@code docs/PERFORMANCE.md} shows how).
 */
public final class ConsolidationBenchmark {
    private static final String DEPARTMENT = "基准测试局";

    private ConsolidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        if (args.length > 1) { // only write the packages into a folder, for timing the launcher: ./juesuan import DIR/*.jsgk
            packages(Files.createDirectories(Path.of(args[1])), n);
            return;
        }
        Path dir = Files.createTempDirectory("juesuan-consolidation-bench");
        List<String> files = packages(dir, n);
        System.out.printf("java %s, %d cores; %d packages of %d KB each%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), n, Files.size(Path.of(files.getFirst())) / 1024);
        long[] load = new long[3];
        long[] sum = new long[3];
        for (int run = 0; run < 3; run++) {
            String db = dir.resolve("db" + run).resolve("juesuan").toString();
            List<String> importArgs = new ArrayList<>(List.of("import"));
            importArgs.addAll(files);
            importArgs.addAll(List.of("--db", db));
            load[run] = timed(importArgs.toArray(String[]::new));
            sum[run] = timed("consolidate", "--year", "2023", "--node", "HZ900", "--db", db);
            System.out.printf("run %d: loaded in %.2f s, consolidated in %.2f s, together %.2f s%n", run + 1, load[run] / 1e9,
                    sum[run] / 1e9, (load[run] + sum[run]) / 1e9);
        }
        Arrays.sort(load);
        Arrays.sort(sum);
        System.out.printf("median: loaded %.2f s, consolidated %.2f s%n", load[1] / 1e9, sum[1] / 1e9);
    }

    /** Writes the packages: the demo's figures under codes 900001…, the first the 本级, the others remitting 1 000 元. */
    static List<String> packages(Path dir, int n) throws Exception {
        Report demo = DemoReport.create();
        byte[] pdf = DocumentBuilder.build(demo, new ReportFigures(demo, TemplateLoader.forReport(demo))).export(Document.Format.PDF);
        List<String> files = new ArrayList<>();
        BigDecimal remit = new BigDecimal("1000.00");
        for (int i = 1; i <= n; i++) {
            Report r = DemoReport.create();
            r.unit().setCode(String.format("900%03d", i));
            r.unit().setSupervisor(DEPARTMENT);
            r.unit().setName(i == 1 ? DEPARTMENT + "（本级）" : DEPARTMENT + "下属单位" + i);
            if (i == 1) {
                r.table("T2").set("2010302", "affiliated", remit.multiply(BigDecimal.valueOf(n - 1)));
                r.table("T3").set("2010302", "basic", remit.multiply(BigDecimal.valueOf(n - 1)));
            } else {
                r.table("T2").set("2010302", "other", remit);
                r.table("T3").set("2010302", "remit", remit);
            }
            Path f = dir.resolve(r.unit().getCode() + "." + HandoverPackage.EXTENSION);
            Files.write(f, HandoverPackage.write(r, pdf, "benchmark", LocalDateTime.of(2024, 3, 1, 9, 0)));
            files.add(f.toString());
        }
        return files;
    }

    private static long timed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        long ns = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException(args[0] + " failed (" + status + "): " + err);
        }
        return ns;
    }
}
