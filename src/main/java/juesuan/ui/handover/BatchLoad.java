package juesuan.ui.handover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import juesuan.failure.UserFailure;
import juesuan.history.ReportHistory;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.store.ReportStore;
import juesuan.ui.consolidation.Consolidate;
import juesuan.ui.session.Snapshots;

/**
 * Many files loaded together (a 主管部门 loading its units' packages), the same for the window and the command line:
 * the files read and checked side by side on every core, each compared with the database, then one backup, one
 * transaction for all of them, their first history versions, and their places in the year's unit tree.
 */
public final class BatchLoad {
    private BatchLoad() {
    }

    /** A file that cannot be loaded, and why (in Chinese, naming the file). */
    public record Refused(Path file, String reason) {
    }

    /** What a set of files would do: a plan for each file that can be loaded, and the files refused. */
    public record Checked(List<Handover.Plan> plans, List<Refused> refused) {
        /** The plans that change the database: new reports and changed ones (an identical copy is left alone). */
        public List<Handover.Plan> changing() {
            return plans.stream().filter(p -> p.existingId().isEmpty() || !p.changes().isEmpty()).toList();
        }
    }

    /**
     * Reads and checks the files (nothing is written) and compares each with the database. A report of a unit and
     * year already stored is refused unless {@code replace}; two files of one unit and year, the second is refused.
     * {@code progress} hears the number of files read so far (from any thread).
     */
    public static Checked check(ReportStore store, List<Path> files, boolean replace, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<Object> read = files.parallelStream().map(file -> {
            Object r;
            try {
                r = Handover.read(file);
            } catch (UserFailure e) {
                r = new Refused(file, e.getMessage());
            }
            progress.accept(done.incrementAndGet());
            return r;
        }).toList();
        List<Handover.Plan> plans = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> stored = storedUnits(store);
        for (Object each : read) {
            if (each instanceof Refused r) {
                refused.add(r);
                continue;
            }
            Handover.Read r = (Handover.Read) each;
            Report in = r.incoming();
            if (!seen.add(in.unit().getCode() + "/" + in.fiscalYear())) {
                refused.add(new Refused(r.file(), Msg.get("cli.importTwice", r.file().getFileName(), in.unit().getCode(), in.fiscalYear())));
                continue;
            }
            try {
                Handover.Plan plan = stored.contains(in.unit().getCode() + "/" + in.fiscalYear()) ? Handover.compare(store, r)
                        : Handover.newReport(r);
                if (plan.existingId().isPresent() && !replace) {
                    refused.add(new Refused(r.file(), Msg.get("load.refused", r.file().getFileName(),
                            Msg.get("cli.reportExists", in.unit().getCode(), in.fiscalYear()))));
                } else {
                    plans.add(plan);
                }
            } catch (UserFailure e) {
                refused.add(new Refused(r.file(), Msg.get("load.refused", r.file().getFileName(), e.getMessage())));
            }
        }
        return new Checked(plans, refused);
    }

    /** The units and years stored ("code/year"), asked once: a package of a unit not yet stored needs no comparison. */
    private static Set<String> storedUnits(ReportStore store) {
        Set<String> stored = new HashSet<>();
        store.list().forEach(s -> stored.add(s.unitCode() + "/" + s.fiscalYear()));
        return stored;
    }

    /** What a load did: the reports stored (in the plans' order), the backup taken first, and history failures. */
    public record Loaded(List<Long> reportIds, Path backup, List<String> historyFailures) {
    }

    /**
     * Loads checked plans: a backup of the whole database, then every report in one transaction (planned again on
     * the database as it is now, so what was checked is what is loaded) with the units' places in the unit tree;
     * all are stored, or none. Then each report's first version goes into the history.
     */
    public static Loaded load(ReportStore store, ReportHistory history, List<Handover.Plan> plans) {
        Path backup = store.backup("before-load");
        List<Long> ids = new ArrayList<>();
        store.inTransaction(t -> {
            Set<String> stored = storedUnits(t);
            for (Handover.Plan checked : plans) {
                Report in = checked.incoming();
                Handover.Plan now = stored.contains(in.unit().getCode() + "/" + in.fiscalYear()) ? Handover.replan(t, checked)
                        : Handover.newReport(new Handover.Read(checked.file(), in, checked.fromPackage()));
                ids.add(Handover.store(t, now, backup).reportId());
            }
            Consolidate.placeAll(t, plans.stream().map(Handover.Plan::incoming).toList());
        });
        List<String> failures = history == null ? List.of() : Snapshots.saveAll(store, history, ids);
        return new Loaded(ids, backup, failures);
    }
}
