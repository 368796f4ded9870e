package juesuan.app.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import juesuan.app.Workspace;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.UnitNode;
import juesuan.model.UnitTree;
import juesuan.ui.consolidation.Consolidate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code juesuan tree} and {@code juesuan consolidate}: the year's unit tree and 汇总. */
final class ConsolidationCommands {
    private ConsolidationCommands() {
    }

    /** The tree, one line per node, indented by depth: code, name, 本级, and what the database holds for it. */
    static void print(PrintWriter out, UnitTree tree, Map<String, Long> revisions) {
        for (UnitNode n : tree.nodes()) {
            String state = Consolidate.state(tree, n.code(), revisions);
            out.println("  ".repeat(tree.depth(n.code())) + n.code() + "\t" + n.name()
                    + "\t" + (n.self() ? Msg.get("tree.self") : "") + "\t" + state);
        }
    }

    @Command(name = "tree", mixinStandardHelpOptions = true)
    static final class TreeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "year")
        int year;

        @Option(names = "--add", paramLabel = "CODE", descriptionKey = "treeAdd")
        String add;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "treeName")
        String name;

        @Option(names = "--move", paramLabel = "CODE", descriptionKey = "treeMove")
        String move;

        @Option(names = "--parent", paramLabel = "CODE", descriptionKey = "treeParent")
        String parent;

        @Option(names = "--self", paramLabel = "CODE", descriptionKey = "treeSelf")
        String self;

        @Option(names = "--remove", paramLabel = "CODE", descriptionKey = "treeRemove")
        String remove;

        @Mixin
        JuesuanCommand.DatabaseOption database;

        /** Prints the year's tree; with a change, makes it (in one transaction) and prints the tree after it. */
        @Override
        public Integer call() {
            boolean changes = add != null || move != null || self != null || remove != null;
            try (Workspace ws = changes ? database.openForEditing(spec) : database.open(spec)) {
                UnitTree tree = ws.store().unitTree(year);
                if (changes) {
                    tree = changed(tree);
                    ws.store().saveUnitTree(tree);
                }
                if (tree.isEmpty()) {
                    spec.commandLine().getOut().println(Msg.get("tree.empty", year));
                }
                print(spec.commandLine().getOut(), tree, ws.store().revisions(year));
            }
            return 0;
        }

        private UnitTree changed(UnitTree tree) {
            String under = parent == null ? "" : parent;
            try {
                UnitTree t = tree;
                if (add != null) {
                    if (name == null || name.isBlank()) {
                        throw new CliError(Msg.get("cli.missingOption", "--name"), 2);
                    }
                    t = t.with(new UnitNode(add, name, under, false));
                }
                if (move != null) {
                    t = t.move(move, under);
                }
                if (self != null) {
                    t = t.markSelf(self, true);
                }
                if (remove != null) {
                    t = t.without(remove);
                }
                return t;
            } catch (IllegalArgumentException e) {
                throw new CliError(e.getMessage(), 2);
            }
        }
    }

    @Command(name = "consolidate", mixinStandardHelpOptions = true)
    static final class ConsolidateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "year")
        int year;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        static final class Scope {
            @Option(names = "--node", paramLabel = "CODE", descriptionKey = "consolidateNode")
            String node;

            @Option(names = "--units", split = ",", paramLabel = "CODE,CODE", descriptionKey = "consolidateUnits")
            List<String> units;
        }

        @Option(names = "--as", paramLabel = "CODE", descriptionKey = "consolidateAs")
        String as;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "consolidateName")
        String name;

        @Option(names = "--check", descriptionKey = "consolidateCheck")
        boolean check;

        @Mixin
        JuesuanCommand.DatabaseOption database;

        /**
         * Sums the node (or the chosen units) into the department's report: a backup of the database first when it
         * replaces a stored 汇总, then one transaction. With --check only says whether the stored 汇总 is still the sum of its members (status 1
         * when it is not).
         */
        @Override
        public Integer call() {
            String code = scope.node != null ? scope.node : as;
            if (scope.units != null && (as == null || name == null)) {
                throw new CliError(Msg.get("cli.missingOption", "--as, --name"), 2);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (check) {
                try (Workspace ws = database.open(spec)) {
                    Report r = JuesuanCommand.report(spec, ws, code, year);
                    if (r.consolidation() == null) {
                        throw new CliError(Msg.get("consolidate.notConsolidated", code, year), 2);
                    }
                    List<String> changes = Consolidate.changes(ws.store(), r);
                    out.println(changes.isEmpty() ? Msg.get("consolidate.upToDate", code, year, r.consolidation().members().size())
                            : Msg.get("consolidate.stale", code, year, changes.size()));
                    changes.forEach(c -> out.println("  " + c));
                    return changes.isEmpty() ? 0 : 1;
                }
            }
            try (Workspace ws = database.openForEditing(spec)) {
                LocalDateTime now = LocalDateTime.now();
                Consolidate.Done done = scope.node != null ? Consolidate.node(ws.store(), year, scope.node, now)
                        : Consolidate.selection(ws.store(), year, scope.units, as, name, now);
                ws.snapshot(done.reportId()).ifPresent(spec.commandLine().getErr()::println);
                Consolidate.summary(done, true).forEach(out::println);
            }
            return 0;
        }
    }
}
