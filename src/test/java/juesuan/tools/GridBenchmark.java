package juesuan.tools;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import juesuan.model.ValueType;
import juesuan.ui.SessionFixture;
import juesuan.ui.sheet.CellChange;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetColumn;
import juesuan.ui.sheet.SheetModel;
import juesuan.ui.sheet.SheetView;
import juesuan.ui.sheet.SheetViewModel;

/**
 * How long a grid of {@code N} rows (2 000 unless told) × 8 columns takes to open — from making the view to the
 * first frame laid out in a 1366×768 window — and to scroll to its end, headless (Monocle, software rendering, as
 * the UI tests run): {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" juesuan.tools.GridBenchmark [N]}.
 * Results in docs/PERFORMANCE.md.
 */
public final class GridBenchmark {
    private GridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (SessionFixture f = new SessionFixture(Files.createTempDirectory("grid-bench"))) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            long[] open = new long[12];
            long[] end = new long[12];
            for (int i = 0; i < open.length; i++) {
                long[] t = onFx(() -> {
                    Stage stage = new Stage();
                    long s = System.nanoTime();
                    SheetView view = new SheetView(new SheetViewModel(new Rows(n), f.session));
                    stage.setScene(new Scene(view, 1366, 768));
                    stage.show();
                    view.applyCss();
                    view.layout();
                    long opened = System.nanoTime() - s;
                    long s2 = System.nanoTime();
                    view.viewModel().select(n - 1, 3);
                    view.layout();
                    long scrolled = System.nanoTime() - s2;
                    stage.hide();
                    return new long[] {opened, scrolled};
                });
                open[i] = t[0];
                end[i] = t[1];
            }
            // the first two are warm-up
            long[] o = Arrays.copyOfRange(open, 2, open.length);
            long[] e = Arrays.copyOfRange(end, 2, end.length);
            Arrays.sort(o);
            Arrays.sort(e);
            System.out.printf("grid of %d rows × 8 columns: opened median %.1f ms (max %.1f, first %.1f); to the last row median %.1f ms%n",
                    n, o[o.length / 2] / 1e6, o[o.length - 1] / 1e6, open[0] / 1e6, e[e.length / 2] / 1e6);
            Platform.exit();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable ex) {
                done.completeExceptionally(ex);
            }
        });
        return done.get();
    }

    /** A model of n rows: code, name and six amount columns. */
    private static final class Rows implements SheetModel {
        private final List<String> keys = new ArrayList<>();
        private final List<SheetColumn> columns = List.of(
                new SheetColumn("code", "科目编码", 90, ValueType.LINE, true),
                new SheetColumn("name", "科目名称", 260, ValueType.LINE, true),
                new SheetColumn("a", "本年支出合计", 120, ValueType.MONEY, false),
                new SheetColumn("b", "基本支出", 120, ValueType.MONEY, false),
                new SheetColumn("c", "项目支出", 120, ValueType.MONEY, false),
                new SheetColumn("d", "上缴上级支出", 120, ValueType.MONEY, false),
                new SheetColumn("e", "经营支出", 120, ValueType.MONEY, false),
                new SheetColumn("f", "对附属单位补助支出", 120, ValueType.MONEY, false));

        Rows(int n) {
            for (int i = 0; i < n; i++) {
                keys.add(String.valueOf(2_000_000 + i));
            }
        }

        @Override public List<SheetColumn> columns() { return columns; }
        @Override public List<String> rowKeys() { return keys; }
        @Override public int level(String row) { return 3; }
        @Override public CellKind kind(String row, String column) {
            return column.equals("code") || column.equals("name") ? CellKind.LABEL : CellKind.INPUT;
        }
        @Override public String display(String row, String column) {
            return column.equals("code") ? row : column.equals("name") ? "科目" + row : "1,234.56";
        }
        @Override public String editText(String row, String column) { return display(row, column); }
        @Override public Object value(String row, String column) { return null; }
        @Override public Object parse(String row, String column, String text) { return text; }
        @Override public String describe(String row, String column) { return row + " · " + column; }
        @Override public void write(List<CellChange> changes) { }
    }
}
