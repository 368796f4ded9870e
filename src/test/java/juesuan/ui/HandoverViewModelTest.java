package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.ReportJson;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import juesuan.ui.backup.BackupViewModel;
import juesuan.ui.forms.FieldFormModel;
import juesuan.ui.handover.Handover;
import juesuan.ui.handover.HandoverViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 定稿与交接 through the view models, without the FX thread: locking, loading with what changes, restoring a backup. */
class HandoverViewModelTest {
    @TempDir
    Path dir;

    private static void explainHints(SessionFixture f) {
        Report r = f.session.report();
        Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).unexplained(r)
                .forEach(x -> new juesuan.ui.audit.AuditViewModel(f.session).setExplanation(x, "已核对。"));
    }

    @Test
    void finalisingIsRefusedUntilEveryHintIsExplainedThenLocksEveryEdit() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            HandoverViewModel vm = new HandoverViewModel(f.session);
            assertTrue(vm.finalizeRefusal().contains("1 个提示没有写出错说明"), vm.finalizeRefusal());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> vm.finalizeReport("张会计").get());
            assertTrue(refused.getCause().getMessage().contains("还不能定稿"));
            explainHints(f);
            assertNull(vm.finalizeRefusal());
            FinalEvent e = vm.finalizeReport("张会计").get();
            vm.applied(e);
            assertTrue(f.session.report().isFinal());
            assertTrue(f.stored().isFinal());
            assertNotNull(vm.banner());
            assertTrue(Files.list(dir.resolve("juesuan-backups")).anyMatch(p -> p.getFileName().toString().startsWith("before-finalize")));

            // a form field, the undo history and the store all refuse
            var field = f.session.template().forms().get(0).fields().stream()
                    .filter(d -> d.type() == juesuan.model.ValueType.COUNT).findFirst().orElseThrow();
            String said = new FieldFormModel(f.session, f.session.template().forms().get(0).tab()).commit(field, "7");
            assertTrue(said.contains("已定稿（第 1 版）"), said);
            assertEquals(f.stored().count(field.key()), f.session.report().count(field.key()));
            assertNull(f.session.history().undo());
            assertTrue(f.session.statusProperty().get().text().contains("已定稿"));

            FinalEvent u = vm.unlock("张会计", "更正").get();
            vm.applied(u);
            assertFalse(f.session.report().isFinal());
            assertNull(new FieldFormModel(f.session, f.session.template().forms().get(0).tab()).commit(field, "7"));
            assertEquals(7L, f.stored().count(field.key()));
        }
    }

    @Test
    void loadingACopyShowsWhatChangesAndABackupRestoresTheReportAsItWas() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            Report sent = ReportJson.copy(f.session.report());
            BigDecimal before = f.session.report().amount("op.opex");
            sent.setAmount("op.opex", before.add(new BigDecimal("10000.00")));
            Path file = dir.resolve("sent.json");
            Files.writeString(file, ReportJson.write(sent));

            HandoverViewModel vm = new HandoverViewModel(f.session);
            Handover.Plan plan = vm.plan(file);
            assertTrue(plan.existingId().isPresent());
            assertEquals(1, plan.changes().size(), plan.changes().toString());
            assertTrue(plan.changes().get(0).contains("→"), plan.changes().get(0));
            assertTrue(plan.summary().contains("装入后将有 1 处不同"), plan.summary());
            Handover.Loaded loaded = vm.load(plan).get();
            assertTrue(Files.exists(loaded.backup()));
            assertEquals(0, before.add(new BigDecimal("10000.00")).compareTo(f.stored().amount("op.opex")));

            BackupViewModel backups = new BackupViewModel(f.session);
            BackupViewModel.DatabaseBackup beforeLoad = backups.databaseBackups().stream()
                    .filter(b -> b.label().contains("装入")).findFirst().orElseThrow(() -> new AssertionError(backups.databaseBackups()));
            Report restored = backups.restoreFromDatabaseBackup(beforeLoad).get();
            backups.showRestored(restored, beforeLoad);
            assertEquals(0, before.compareTo(f.stored().amount("op.opex")));
            assertEquals(0, before.compareTo(f.session.report().amount("op.opex")));
        }
    }

    @Test
    void aDatabaseThatReceivesPackagesLosesTheUntouchedDemoWhenAsked() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            HandoverViewModel vm = new HandoverViewModel(f.session);
            assertTrue(vm.untouchedDemo().get().isEmpty(), "the demo alone stays: nothing has been received");
            Report other = juesuan.exchange.DemoReport.create();
            other.unit().setCode("201");
            other.unit().setName("重庆市江津区几江街道办事处");
            Path file = dir.resolve("201.json");
            Files.writeString(file, ReportJson.write(other));
            Handover.Loaded loaded = vm.load(vm.plan(file)).get();
            long demo = vm.untouchedDemo().get().orElseThrow();
            vm.removeDemo(demo).get();
            assertEquals(java.util.List.of("201"), f.store().list().stream().map(juesuan.store.ReportSummary::unitCode).toList());
            assertTrue(f.workspace.history().versions("105", 2023).isEmpty(), "its history set aside");
            assertTrue(Files.list(dir.resolve("juesuan-history-removed")).anyMatch(p -> p.getFileName().toString().startsWith("105_2023-")),
                    "kept, not destroyed");
            assertTrue(f.store().find("201", 2023).isPresent() && loaded.reportId() > 0);
        }
        // opening again finds the database and its history in agreement: the demo does not come back
        try (juesuan.app.Workspace ws = juesuan.app.Workspace.open(dir.resolve("juesuan"))) {
            assertEquals(java.util.List.of(), ws.notices());
            assertTrue(ws.store().find("105", 2023).isEmpty());
        }
    }

    @Test
    void aDemoSomebodyChangedIsNotOfferedForRemoval() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            HandoverViewModel vm = new HandoverViewModel(f.session);
            f.session.report().unit().setContactPerson("王会计");
            f.store().saveUnit(f.session.reportId(), f.session.report().unit());
            Report other = juesuan.exchange.DemoReport.create();
            other.unit().setCode("202");
            Path file = dir.resolve("202.json");
            Files.writeString(file, ReportJson.write(other));
            vm.load(vm.plan(file)).get();
            assertTrue(vm.untouchedDemo().get().isEmpty(), "the officer's practice entries are not thrown away");
        }
    }
}
