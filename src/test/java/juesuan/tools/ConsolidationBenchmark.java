package juesuan.tools;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import juesuan.app.Workspace;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.exchange.HandoverPackage;
import juesuan.model.Report;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.template.TemplateLoader;
import juesuan.ui.consolidation.Consolidate;
import juesuan.ui.consolidation.ConsolidationViewModel;
import juesuan.ui.handover.BatchLoad;
import juesuan.ui.handover.HandoverViewModel;
import juesuan.ui.session.ReportSession;

/**
 * The 主管部门's large 汇总, measured (results in docs/PERFORMANCE.md): {@code N} handover packages (500 unless told)
 * of one department — a 本级 and N−1 subordinate units, each with the demo unit's figures and a 上缴 to the 本级 —
 * loaded and summed as the officer does it in the window: the packages chosen together in 装入交接包 (read and checked,
 * listed, loaded in one go) and then 汇总 of the department's node in 单位树与汇总, through the same view models. Each
 * of three runs is a new JVM started with the installed program's options on a new database (opened before the
 * clock starts, as the window is open before the officer chooses the files):
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" juesuan.tools.ConsolidationBenchmark [N]}; with a
 * folder after N it only writes the packages there, to time the command line ({@code docs/PERFORMANCE.md} shows how).
 */
public final class ConsolidationBenchmark {
    private static final String DEPARTMENT = "基准测试局";
    /** The installed program's JVM options (installer/common/image.args) that change its speed. */
    private static final List<String> APP_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms48m", "--enable-native-access=ALL-UNNAMED");

    private ConsolidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--run")) { // one run, in a JVM of its own: the packages' folder, the database
            run(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        if (args.length > 1) { // only write the packages into a folder, for timing the launcher: ./juesuan import DIR/*.jsgk
            packages(Files.createDirectories(Path.of(args[1])), n);
            return;
        }
        Path dir = Files.createTempDirectory("juesuan-consolidation-bench");
        Path packages = Files.createDirectories(dir.resolve("packages"));
        List<String> files = packages(packages, n);
        System.out.printf("java %s, %d cores; %d packages of %d KB each%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), n, Files.size(Path.of(files.getFirst())) / 1024);
        double[] load = new double[3];
        double[] sum = new double[3];
        for (int i = 0; i < 3; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(APP_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ConsolidationBenchmark.class.getName(), "--run",
                    packages.toString(), dir.resolve("db" + i).resolve("juesuan").toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("run " + (i + 1) + " failed:\n" + out);
            }
            String last = out.strip().lines().reduce((a, b) -> b).orElse("");
            String[] parts = last.split(" ");
            load[i] = Double.parseDouble(parts[1]);
            sum[i] = Double.parseDouble(parts[2]);
            System.out.printf("run %d: read and checked in %.2f s, and loaded in %.2f s; consolidated in %.2f s; together %.2f s%n",
                    i + 1, Double.parseDouble(parts[3]), load[i] - Double.parseDouble(parts[3]), sum[i], load[i] + sum[i]);
        }
        Arrays.sort(load);
        Arrays.sort(sum);
        System.out.printf("median: loaded %.2f s, consolidated %.2f s%n", load[1], sum[1]);
    }

    /** One run: the window's database opened, then (timed) the packages loaded and the department summed. */
    private static void run(Path packages, Path db) throws Exception {
        List<Path> files;
        try (var list = Files.list(packages)) {
            files = list.filter(f -> f.toString().endsWith("." + HandoverPackage.EXTENSION)).sorted().toList();
        }
        try (Workspace ws = Workspace.open(db)) {
            ReportSession session = new ReportSession(ws.store(), ws.history(), Runnable::run, Runnable::run);
            session.show(ws.store().load(ws.store().list().getFirst().reportId()));
            HandoverViewModel handover = new HandoverViewModel(session);
            long start = System.nanoTime();
            BatchLoad.Checked checked = handover.checkMany(files, done -> { });
            if (!checked.refused().isEmpty()) {
                throw new IllegalStateException(checked.refused().getFirst().reason());
            }
            long read = System.nanoTime();
            BatchLoad.Loaded loaded = handover.loadMany(checked).get();
            long mid = System.nanoTime();
            Consolidate.Done done = new ConsolidationViewModel(session, 2023).consolidate("HZ900").get();
            long end = System.nanoTime();
            if (loaded.reportIds().size() != files.size() || done.report().consolidation().members().size() != files.size()) {
                throw new IllegalStateException("loaded " + loaded.reportIds().size() + ", summed " + done.report().consolidation().members().size());
            }
            System.out.printf(java.util.Locale.ROOT, "timed %.3f %.3f %.3f%n", (mid - start) / 1e9, (end - mid) / 1e9, (read - start) / 1e9);
        }
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
}
