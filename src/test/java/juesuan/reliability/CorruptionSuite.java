package juesuan.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import juesuan.app.Workspace;
import juesuan.failure.Failures;
import juesuan.history.ReportHistory;
import juesuan.store.Database;
import juesuan.store.ReportSummary;

/**
 * Damages a database of many reports in each of the ways a file gets damaged (truncated, tail zeroed, random blocks
 * overwritten, replaced by another kind of file or by a folder) and opens it as the app and as the commands do.
 * Every case must end with all reports intact — opened as they are, or rebuilt from the history with a Chinese
 * message — never the demo unit, never a silent loss, and the damaged file kept.
 *
 * <p>Rerun: {@code java -cp "target/classes:target/test-classes:target/lib/*" juesuan.reliability.CorruptionSuite
 * [reports] [work-dir]} (see docs/RELIABILITY.md).
 */
public final class CorruptionSuite {
    /** The outcome of one damage. */
    public record Outcome(String damage, String how, boolean ok, String detail, long openMillis) {
    }

    private final Path work;
    private final int reports;
    private final PrintStream log;
    private Path pristine;
    private Map<String, String> digests;

    public CorruptionSuite(Path work, int reports, PrintStream log) {
        this.work = work;
        this.reports = reports;
        this.log = log;
    }

    /** The damages, each a change of the database file {@code X.mv.db}. */
    static Map<String, Damage> damages() {
        Map<String, Damage> d = new LinkedHashMap<>();
        for (int pct : new int[] {0, 10, 50, 90}) {
            d.put("truncated to " + pct + " %", f -> truncate(f, Files.size(f) * pct / 100));
        }
        d.put("tail zeroed (last 30 %)", f -> {
            long size = Files.size(f);
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.seek(size * 70 / 100);
                raf.write(new byte[(int) (size - size * 70 / 100)]);
            }
        });
        for (int seed = 1; seed <= 3; seed++) {
            int s = seed;
            d.put("random blocks overwritten (seed " + s + ")", f -> {
                Random rnd = new Random(s);
                long size = Files.size(f);
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    for (int i = 0; i < 8; i++) {
                        byte[] block = new byte[4096];
                        rnd.nextBytes(block);
                        raf.seek(Math.floorMod(rnd.nextLong(), Math.max(1, size - 4096)));
                        raf.write(block);
                    }
                }
            });
        }
        d.put("wrong file type (a ZIP)", f -> {
            Files.delete(f);
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
                zip.write("这不是数据库".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        d.put("wrong file type (text)", f -> Files.writeString(f, "决算公开助手\n".repeat(1000)));
        d.put("a folder in its place", f -> {
            Files.delete(f);
            Files.createDirectory(f);
            Files.writeString(f.resolve("x.txt"), "x");
        });
        return d;
    }

    interface Damage {
        void apply(Path mvFile) throws IOException;
    }

    private static void truncate(Path f, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    /** Builds the pristine database once. */
    public void prepare() {
        pristine = work.resolve("pristine");
        long t0 = System.nanoTime();
        digests = ManyReports.create(pristine.resolve("juesuan"), reports);
        log.printf("built %d reports in %d ms%n", reports, (System.nanoTime() - t0) / 1_000_000);
    }

    public List<Outcome> run() throws IOException {
        List<Outcome> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Damage> e : damages().entrySet()) {
            n++;
            for (Workspace.Mode mode : Workspace.Mode.values()) {
                Path dir = work.resolve("case" + n + "-" + mode);
                copyTree(pristine, dir);
                Path mv = dir.resolve("juesuan" + Database.EXTENSION);
                e.getValue().apply(mv);
                Outcome o = check(e.getKey(), mode, dir, mv);
                out.add(o);
                if (o.ok()) {
                    ManyReports.deleteTree(dir);
                }
            }
        }
        return out;
    }

    private Outcome check(String damage, Workspace.Mode mode, Path dir, Path mv) throws IOException {
        byte[] before = Files.isRegularFile(mv) ? Files.readAllBytes(mv) : null;
        List<String> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        String how;
        try (Workspace ws = Workspace.open(mv, mode)) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            how = ws.notices().isEmpty() ? "opened as it is" : "rebuilt from the history";
            List<ReportSummary> list = ws.store().list();
            if (list.size() != reports) {
                problems.add(list.size() + " reports instead of " + reports);
            }
            for (ReportSummary s : list) {
                if (s.unitCode().equals("105")) {
                    problems.add("the demo unit appeared");
                }
                String want = digests.get(s.unitCode());
                if (want == null || !want.equals(ReportHistory.digest(ws.store().load(s.reportId())))) {
                    problems.add("report " + s.unitCode() + " differs");
                }
            }
            if (!ws.notices().isEmpty() && ws.notices().stream().noneMatch(x -> x.contains("恢复"))) {
                problems.add("notices do not say what was restored: " + ws.notices());
            }
            if (mode == Workspace.Mode.EDIT && !ws.notices().isEmpty()) {
                // the damaged file is kept under another name, byte for byte (or the folder, as it was)
                try (var files = Files.list(dir)) {
                    List<Path> aside = files.filter(p -> p.getFileName().toString().contains("-damaged-")).toList();
                    if (aside.size() != 1) {
                        problems.add("damaged file not kept aside: " + aside);
                    } else if (before != null && !Arrays.equals(before, Files.readAllBytes(aside.get(0)))) {
                        problems.add("the file kept aside is not the damaged file");
                    }
                }
            }
            if (mode == Workspace.Mode.READ && before != null && !Arrays.equals(before, Files.readAllBytes(mv))) {
                problems.add("reading changed the file");
            }
            Outcome o = new Outcome(damage + " [" + mode + "]", how, problems.isEmpty(), String.join("; ", problems), ms);
            log.printf("%-48s %-26s %5d ms  %s%n", o.damage(), how, ms, o.ok() ? "ok" : "FAILED " + o.detail());
            if (!ws.notices().isEmpty()) {
                log.println("    " + String.join(" ", ws.notices()));
            }
            return o;
        } catch (RuntimeException ex) {
            String message = Failures.describe(ex);
            log.printf("%-48s refused: %s%n", damage + " [" + mode + "]", message);
            return new Outcome(damage + " [" + mode + "]", "refused", false, message, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("juesuan-corruption");
        CorruptionSuite suite = new CorruptionSuite(work, n, System.out);
        suite.prepare();
        List<Outcome> outcomes = suite.run();
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        System.out.printf("%d cases, %d failed%n", outcomes.size(), failed);
        if (failed == 0) {
            ManyReports.deleteTree(work);
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
