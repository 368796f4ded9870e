package juesuan.reliability;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import juesuan.app.Workspace;
import juesuan.model.Report;
import juesuan.store.CellWrite;
import juesuan.ui.session.ReportSession;

/**
 * Kills a process that is saving edits, again and again, and checks the database after each kill.
 *
 * <p>The child process opens the database as the app does ({@link Workspace#open}, with its check and recovery) and
 * saves edits through the app's own save path ({@link ReportSession#persist}: the background writer, one transaction
 * per edit, then the history version). Edit k writes the value k into two places in one transaction: two cells of a
 * table when k is even, an amount and a text when k is odd. Before an edit it appends {@code ISSUED k} to a journal;
 * when the session says that everything queued is saved ({@link ReportSession#whenSaved}, the point where the status
 * bar says 已保存) it appends {@code ACK k}. The parent kills it with SIGKILL at a random moment (also while it is
 * still opening or recovering), then opens the database as the next start would and counts: acknowledged edits lost,
 * torn transactions (the two places of one edit disagree), databases that opened with stale data and said nothing,
 * and recoveries.
 *
 * <p>Rerun: {@code java -cp "target/classes:target/test-classes:target/lib/*" juesuan.reliability.CrashHarness
 * [kills] [work-dir]} (see docs/RELIABILITY.md).
 */
public final class CrashHarness {
    static final String TEXT_KEY = "harness.k";
    static final String AMOUNT_KEY = "op.opex";

    /** Totals over a run. */
    public record Totals(int kills, int killsWhileEditing, int acknowledged, int lost, int torn, int staleUnnoticed,
                         int recoveries, int openFailures, List<String> problems) {
    }

    private CrashHarness() {
    }

    // ------------------------------------------------------------------ the child: edits through the save path

    static void child(Path db, Path journalFile) throws Exception {
        try (PrintStream journal = new PrintStream(new FileOutputStream(journalFile.toFile(), true), true, StandardCharsets.UTF_8);
             Workspace ws = Workspace.open(db)) {
            long k = lastNumber(journalFile, "ISSUED ");
            ExecutorService writer = Executors.newSingleThreadExecutor();
            ReportSession session = new ReportSession(ws.store(), ws.history(), writer, Runnable::run);
            Report report = ws.store().find("105", 2023).orElseThrow();
            session.show(report);
            Cell cell = pair(report);
            long id = session.reportId();
            Random rnd = new Random();
            journal.println("OPEN " + ws.notices().size());
            // a child whose harness is gone stops: an orphan must never keep writing into a later run's folder
            ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
            while (parent.isAlive()) {
                int burst = 1 + rnd.nextInt(4);
                for (int i = 0; i < burst; i++) {
                    long n = ++k;
                    journal.println("ISSUED " + n);
                    BigDecimal v = BigDecimal.valueOf(n).setScale(2);
                    if (n % 2 == 0) {
                        session.report().table(cell.table()).set(cell.row(), cell.colA(), v);
                        session.report().table(cell.table()).set(cell.row(), cell.colB(), v);
                        session.persist(s -> s.writeCells(id, cell.table(),
                                List.of(new CellWrite(cell.row(), cell.colA(), v), new CellWrite(cell.row(), cell.colB(), v))));
                    } else {
                        session.report().setAmount(AMOUNT_KEY, v);
                        session.report().setText(TEXT_KEY, Long.toString(n));
                        session.persist(s -> s.inTransaction(tx -> {
                            tx.setAmount(id, AMOUNT_KEY, v);
                            tx.setText(id, TEXT_KEY, Long.toString(n));
                        }));
                    }
                    session.changed();
                }
                List<String> failed = session.whenSaved().get();
                journal.println(failed.isEmpty() ? "ACK " + k : "FAILED " + k + " " + failed);
                Thread.sleep(rnd.nextInt(20));
            }
            System.exit(3);
        }
    }

    record Cell(String table, String row, String colA, String colB) {
    }

    /** Two typed cells of one row of the demo (the first such row). */
    static Cell pair(Report r) {
        for (var t : new java.util.TreeMap<>(r.tables()).entrySet()) {
            for (var row : new java.util.TreeMap<>(t.getValue().cells()).entrySet()) {
                if (row.getValue().size() >= 2) {
                    List<String> cols = new ArrayList<>(new java.util.TreeSet<>(row.getValue().keySet()));
                    return new Cell(t.getKey(), row.getKey(), cols.get(0), cols.get(1));
                }
            }
        }
        throw new IllegalStateException("no row with two cells");
    }

    /**
     * The newest acknowledged edit of each kind, {even, odd}. An {@code ACK k} acknowledges the edits up to k that
     * the same child issued (since its {@code OPEN}): edits a killed child issued and never acknowledged are not
     * promised, even when a later child acknowledges a higher number.
     */
    static long[] acknowledged(Path journal) throws IOException {
        long even = 0;
        long odd = 0;
        List<Long> issuedBySession = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.startsWith("OPEN")) {
                issuedBySession.clear();
            } else if (line.startsWith("ISSUED ")) {
                issuedBySession.add(Long.parseLong(line.substring(7).trim()));
            } else if (line.startsWith("ACK ")) {
                long ack = Long.parseLong(line.substring(4).trim());
                for (long n : issuedBySession) {
                    if (n <= ack && n % 2 == 0) {
                        even = Math.max(even, n);
                    } else if (n <= ack) {
                        odd = Math.max(odd, n);
                    }
                }
            }
        }
        return new long[] {even, odd};
    }

    static long lastNumber(Path journal, String prefix) throws IOException {
        long last = 0;
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (line.startsWith(prefix)) {
                    last = Math.max(last, Long.parseLong(line.substring(prefix.length()).trim().split(" ")[0]));
                }
            }
        }
        return last;
    }

    // ------------------------------------------------------------------ the parent: kill and check

    public static Totals run(Path work, int kills, long seed, PrintStream log) throws Exception {
        Files.createDirectories(work);
        Path db = work.resolve("juesuan");
        Path journal = work.resolve("journal.txt");
        Random rnd = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        int lost = 0;
        int torn = 0;
        int stale = 0;
        int recoveries = 0;
        int openFailures = 0;
        int whileEditing = 0;
        long issuedBefore = lastNumber(journal, "ISSUED ");
        List<String> problems = new ArrayList<>();
        for (int i = 1; i <= kills; i++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp", cp, CrashHarness.class.getName(), "child",
                    db.toString(), journal.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
            long wait = 800 + rnd.nextInt(3200);
            p.waitFor(wait, TimeUnit.MILLISECONDS);
            boolean alive = p.isAlive();
            p.destroyForcibly();
            p.waitFor();
            if (!alive) {
                problems.add("kill " + i + ": the child ended by itself: " + Files.readString(work.resolve("child.log")));
                continue;
            }
            long acked = lastNumber(journal, "ACK ");
            long issued = lastNumber(journal, "ISSUED ");
            if (issued > issuedBefore) {
                whileEditing++;
            }
            issuedBefore = issued;
            try (Workspace ws = Workspace.open(db)) {
                Report r = ws.store().find("105", 2023).orElseThrow();
                boolean recovered = !ws.notices().isEmpty();
                if (recovered) {
                    recoveries++;
                    log.println("kill " + i + ": " + String.join(" ", ws.notices()));
                }
                Cell c = pair(DemoCell.demo());
                BigDecimal a = r.table(c.table()).get(c.row(), c.colA());
                BigDecimal b = r.table(c.table()).get(c.row(), c.colB());
                BigDecimal amount = r.amount(AMOUNT_KEY);
                String text = r.text(TEXT_KEY);
                long even = a == null ? 0 : a.longValue();
                long odd = text.isEmpty() ? 0 : Long.parseLong(text);
                boolean isTorn = (a == null ? b != null : !a.equals(b))
                        || (amount != null && odd > 0 && amount.compareTo(BigDecimal.valueOf(odd)) != 0);
                long[] want = acknowledged(journal);
                long wantEven = want[0];
                long wantOdd = want[1];
                boolean isLost = even < wantEven || odd < wantOdd;
                boolean phantom = even > issued || odd > issued;
                if (isTorn) {
                    torn++;
                    problems.add("kill " + i + ": torn: cells " + a + "/" + b + ", amount " + amount + " text " + text);
                }
                if (isLost) {
                    lost++;
                    if (!recovered) {
                        stale++;
                    }
                    problems.add("kill " + i + ": acknowledged " + acked + " but stored " + even + "/" + odd
                            + (recovered ? " (after recovery)" : " (opened without a word)"));
                }
                if (phantom) {
                    problems.add("kill " + i + ": stored " + even + "/" + odd + " beyond issued " + issued);
                }
                log.printf("kill %4d after %4d ms: issued %6d, acknowledged %6d, stored %6d/%6d%s%n", i, wait, issued, acked,
                        even, odd, recovered ? ", recovered" : "");
            } catch (RuntimeException e) {
                openFailures++;
                problems.add("kill " + i + ": the database did not open: " + juesuan.failure.Failures.describe(e));
            }
        }
        return new Totals(kills, whileEditing, (int) lastNumber(journal, "ACK "), lost, torn, stale, recoveries, openFailures, problems);
    }

    /** The demo report, to find the harness's cell pair the same way the child does. */
    static final class DemoCell {
        private static Report demo;

        static synchronized Report demo() {
            if (demo == null) {
                demo = juesuan.exchange.DemoReport.create();
            }
            return demo;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("juesuan-crash");
        long t0 = System.nanoTime();
        Totals t = run(work, kills, 20261129L, System.out);
        System.out.printf("%n%d kills in %d s (%d while edits were being saved, the others while opening): %d edits acknowledged; "
                        + "lost %d, torn %d, stale and unnoticed %d; recovered from the history %d times; failed to open %d times%n",
                t.kills(), (System.nanoTime() - t0) / 1_000_000_000, t.killsWhileEditing(), t.acknowledged(), t.lost(), t.torn(), t.staleUnnoticed(),
                t.recoveries(), t.openFailures());
        t.problems().forEach(System.out::println);
        System.exit(t.problems().isEmpty() ? 0 : 1);
    }

}
