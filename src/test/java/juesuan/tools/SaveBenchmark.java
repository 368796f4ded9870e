package juesuan.tools;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import juesuan.app.Workspace;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import juesuan.ui.session.ReportSession;
import juesuan.ui.session.Snapshots;

/**
 * What it costs that nothing is lost (results in docs/PERFORMANCE.md):
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" juesuan.tools.SaveBenchmark}.
 * One edit as a store transaction with commits written at once ({@code WRITE_DELAY=0}) against H2's default delay,
 * the history version after a save, the whole save path of the app (writer thread, transaction, history) until it
 * is acknowledged, and opening (with the check against the history) a database of 1 and of 200 reports.
 */
public final class SaveBenchmark {
    private SaveBenchmark() {
    }

    interface Work {
        void run() throws Exception;
    }

    static void measure(String what, int n, Work work) throws Exception {
        for (int i = 0; i < Math.max(5, n / 5); i++) {
            work.run();
        }
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            work.run();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("%-62s median %7.2f ms   p95 %7.2f ms%n", what, ns[n / 2] / 1e6, ns[n * 95 / 100] / 1e6);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("juesuan-save-bench");
        System.out.printf("java %s, %d cores, %s%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), dir);
        try (Workspace ws = Workspace.open(dir.resolve("juesuan"))) {
            ReportStore store = ws.store();
            long id = store.list().get(0).reportId();
            long[] k = {0};
            measure("one edit, one transaction (WRITE_DELAY=0, as shipped)", 300,
                    () -> store.setAmount(id, "op.opex", BigDecimal.valueOf(++k[0]).setScale(2)));
            ws.database().dsl().execute("SET WRITE_DELAY 500");
            measure("one edit, one transaction (H2's default WRITE_DELAY=500)", 300,
                    () -> store.setAmount(id, "op.opex", BigDecimal.valueOf(++k[0]).setScale(2)));
            ws.database().dsl().execute("SET WRITE_DELAY 0");
            measure("history version of the demo (load, JSON, fsync, manifest)", 100,
                    () -> Snapshots.save(store, ws.history(), id, "").ifPresent(m -> {
                        throw new IllegalStateException(m);
                    }));
            ExecutorService writer = Executors.newSingleThreadExecutor();
            ReportSession session = new ReportSession(store, ws.history(), writer, Runnable::run);
            session.show(store.load(id));
            measure("one edit through the app's save path until 已保存", 100, () -> {
                BigDecimal v = BigDecimal.valueOf(++k[0]).setScale(2);
                session.report().setAmount("op.opex", v);
                session.persist(s -> s.setAmount(id, "op.opex", v));
                session.whenSaved().get();
            });
            measure("10 edits typed in a burst, until 已保存 (saves coalesced)", 30, () -> {
                for (int i = 0; i < 10; i++) {
                    BigDecimal v = BigDecimal.valueOf(++k[0]).setScale(2);
                    session.report().setAmount("op.opex", v);
                    session.persist(s -> s.setAmount(id, "op.opex", v));
                }
                session.whenSaved().get();
            });
            writer.shutdown();
        }
        measure("open the demo database for editing (check against history)", 20,
                () -> Workspace.open(dir.resolve("juesuan")).close());
        measure("open the demo database read-only (the commands)", 20,
                () -> Workspace.open(dir.resolve("juesuan"), Workspace.Mode.READ).close());
        Path many = dir.resolve("many");
        juesuan.reliability.ManyReportsAccess.create(many.resolve("juesuan"), 200);
        measure("open a database of 200 reports for editing", 5, () -> Workspace.open(many.resolve("juesuan")).close());
        measure("open a database of 200 reports read-only", 5,
                () -> Workspace.open(many.resolve("juesuan"), Workspace.Mode.READ).close());
        System.out.printf("database file of 200 reports: %d KB%n", Files.size(Database.mvFile(many.resolve("juesuan"))) / 1024);
    }
}
