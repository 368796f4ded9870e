package juesuan.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import juesuan.i18n.Msg;
import juesuan.model.Indicator;
import juesuan.model.IndicatorNature;
import juesuan.model.InputError;
import juesuan.model.PerformanceProject;
import juesuan.model.ValueParser;
import juesuan.model.ValueType;
import juesuan.ui.sheet.CellChange;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetColumn;
import juesuan.ui.sheet.SheetModel;

/** The 绩效指标 rows of the selected project's 自评表 as a grid. */
public final class IndicatorSheetModel implements SheetModel {
    @Override
    public String section() {
        return "performance";
    }

    private final PerformanceViewModel vm;

    public IndicatorSheetModel(PerformanceViewModel vm) {
        this.vm = vm;
    }

    @Override
    public List<SheetColumn> columns() {
        return List.of(
                new SheetColumn("name", Msg.get("indicator.name"), 200, ValueType.TEXT, true),
                new SheetColumn("measureUnit", Msg.get("indicator.measureUnit"), 80, ValueType.TEXT, false),
                new SheetColumn("nature", Msg.get("indicator.nature"), 70, ValueType.CHOICE, false),
                new SheetColumn("targetValue", Msg.get("indicator.targetValue"), 100, ValueType.DECIMAL, false),
                new SheetColumn("actualValue", Msg.get("indicator.actualValue"), 100, ValueType.DECIMAL, false),
                new SheetColumn("scoreCoefficient", Msg.get("indicator.scoreCoefficient"), 100, ValueType.DECIMAL, false),
                new SheetColumn("weight", Msg.get("indicator.weight"), 100, ValueType.DECIMAL, false),
                new SheetColumn("note", Msg.get("indicator.note"), 260, ValueType.TEXT, false));
    }

    /** Row keys name the project and the indicator's position: "p1.0", "p1.1", … */
    @Override
    public List<String> rowKeys() {
        PerformanceProject p = vm.project();
        if (p == null) {
            return List.of();
        }
        String token = vm.token(p);
        return IntStream.range(0, p.getIndicators().size()).mapToObj(i -> token + "." + i).toList();
    }

    private PerformanceProject project(String row) {
        PerformanceProject p = vm.byToken(row.substring(0, row.indexOf('.')));
        if (p == null) {
            throw new IllegalStateException("project of row " + row + " is gone");
        }
        return p;
    }

    private static int index(String row) {
        return Integer.parseInt(row.substring(row.indexOf('.') + 1));
    }

    private Indicator indicator(String row) {
        return project(row).getIndicators().get(index(row));
    }

    @Override
    public int level(String row) {
        return 1;
    }

    @Override
    public CellKind kind(String row, String column) {
        return CellKind.INPUT;
    }

    @Override
    public String display(String row, String column) {
        Object v = value(row, column);
        if (v instanceof IndicatorNature n) {
            return n.symbol();
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v == null ? "" : v.toString();
    }

    @Override
    public String editText(String row, String column) {
        return display(row, column);
    }

    @Override
    public Object value(String row, String column) {
        Indicator i = indicator(row);
        return switch (column) {
            case "name" -> i.name();
            case "measureUnit" -> i.measureUnit();
            case "nature" -> i.nature();
            case "targetValue" -> i.targetValue();
            case "actualValue" -> i.actualValue();
            case "scoreCoefficient" -> i.scoreCoefficient();
            case "weight" -> i.weight();
            case "note" -> i.note();
            default -> throw new IllegalArgumentException(column);
        };
    }

    @Override
    public Object parse(String row, String column, String text) {
        return switch (column) {
            case "name" -> {
                String v = text == null ? "" : text.strip();
                if (v.isEmpty()) {
                    throw new InputError(Msg.get("indicator.nameRequired"));
                }
                yield v;
            }
            case "measureUnit", "note" -> text == null ? "" : text.strip();
            case "nature" -> IndicatorNature.fromText(text)
                    .orElseThrow(() -> new InputError(Msg.get("indicator.badNature", text == null ? "" : text.strip())));
            default -> ValueParser.parseDecimal(text, false);
        };
    }

    @Override
    public String describe(String row, String column) {
        Indicator i = indicator(row);
        String col = columns().stream().filter(c -> c.key().equals(column)).findFirst().map(SheetColumn::header).orElse(column);
        return Msg.get("indicator.cellPlace", i.name(), col);
    }

    @Override
    public void write(List<CellChange> changes) {
        PerformanceProject p = project(changes.get(0).row());
        List<Indicator> list = new ArrayList<>(p.getIndicators());
        for (CellChange c : changes) {
            int r = index(c.row());
            Indicator i = list.get(r);
            Object v = c.after();
            list.set(r, switch (c.column()) {
                case "name" -> i.withName((String) v);
                case "measureUnit" -> i.withMeasureUnit(v == null ? "" : (String) v);
                case "nature" -> i.withNature((IndicatorNature) v);
                case "targetValue" -> i.withTargetValue((BigDecimal) v);
                case "actualValue" -> i.withActualValue((BigDecimal) v);
                case "scoreCoefficient" -> i.withScoreCoefficient((BigDecimal) v);
                case "weight" -> i.withWeight((BigDecimal) v);
                default -> i.withNote(v == null ? "" : (String) v);
            });
        }
        p.setIndicators(list);
        vm.save();
    }

    /** Adds an indicator row at the end of the selected project (undoable). */
    public void addIndicator() {
        PerformanceProject p = vm.project();
        if (p == null) {
            return;
        }
        List<Indicator> before = List.copyOf(p.getIndicators());
        List<Indicator> after = new ArrayList<>(before);
        after.add(Indicator.blank().withName(Msg.get("indicator.newName", before.size() + 1)));
        replace(p, before, after, Msg.get("edit.addIndicator"));
    }

    /** Removes an indicator row of the selected project (undoable). */
    public void removeIndicator(int row) {
        PerformanceProject p = vm.project();
        if (p == null || row < 0 || row >= p.getIndicators().size()) {
            return;
        }
        List<Indicator> before = List.copyOf(p.getIndicators());
        List<Indicator> after = new ArrayList<>(before);
        Indicator gone = after.remove(row);
        replace(p, before, after, Msg.get("edit.removeIndicator", gone.name()));
    }

    private void replace(PerformanceProject p, List<Indicator> before, List<Indicator> after, String label) {
        int at = vm.projects().indexOf(p);
        vm.session().history().perform(vm.structural(label, () -> p.setIndicators(after), () -> p.setIndicators(before), at));
    }
}
