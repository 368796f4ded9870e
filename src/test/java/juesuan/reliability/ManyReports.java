package juesuan.reliability;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import juesuan.app.Workspace;
import juesuan.exchange.DemoReport;
import juesuan.history.ReportHistory;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.store.ReportSummary;

/** A database of many reports (the demo's figures under other unit codes, each with figures of its own). */
final class ManyReports {
    private ManyReports() {
    }

    /** A report of unit {@code R<i>}: the demo with one cell and one amount of its own, so every digest differs. */
    static Report report(int i) {
        Report demo = DemoReport.create();
        Unit unit = new Unit(String.format("R%03d", i), "测试单位" + i + "（本级）");
        demo.unit().getDuties().forEach(unit.getDuties()::add);
        unit.setContactPerson("联系人" + i);
        Report r = new Report(unit, 2023, demo.templateYear(), demo.profile());
        demo.tables().forEach((code, data) -> {
            data.rows().forEach(row -> r.table(code).addRow(row));
            data.cells().forEach((row, cols) -> cols.forEach((col, v) -> r.table(code).set(row, col, v)));
        });
        demo.comparisons().forEach(r::setComparison);
        demo.reasons().forEach((k, v) -> r.setReason(k.comparisonKey(), k.basis(), v));
        demo.amounts().forEach(r::setAmount);
        demo.counts().forEach(r::setCount);
        demo.texts().forEach(r::setText);
        r.projects().addAll(demo.projects());
        r.glossary().addAll(demo.glossary());
        r.setAmount("op.opex", new BigDecimal(100_000 + i).setScale(2));
        return r;
    }

    /**
     * Creates a database with {@code n} reports (each saved with its history version, as the app does) and returns
     * the digest of every report by unit code.
     */
    static Map<String, String> create(Path db, int n) {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(db)) {
            // the new database got the demo unit; a real user's database of 200 reports does not have it
            for (ReportSummary s : ws.store().list()) {
                ws.database().dsl().execute("DELETE FROM report WHERE id = " + s.reportId());
            }
            deleteTree(ws.history().folder());
            for (int i = 1; i <= n; i++) {
                Report r = report(i);
                long id = ws.store().insert(r);
                ws.snapshot(id);
                digests.put(r.unit().getCode(), ReportHistory.digest(ws.store().load(id)));
            }
        }
        return digests;
    }

    static void deleteTree(Path p) {
        if (!java.nio.file.Files.exists(p)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(q);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
