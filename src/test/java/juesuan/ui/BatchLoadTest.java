package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import juesuan.consolidation.Members;
import juesuan.exchange.HandoverPackage;
import juesuan.exchange.ReportJson;
import juesuan.model.Report;
import juesuan.store.FailingStore;
import juesuan.ui.handover.BatchLoad;
import juesuan.ui.handover.HandoverViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 主管部门 loads its units' packages in one go, through the view model (no FX thread) and the shared batch load. */
class BatchLoadTest {
    private static final byte[] PDF = "%PDF-1.7 (the document is not read on loading)".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Path pack(Report r, String name) throws Exception {
        Path f = Files.createDirectories(dir.resolve("usb")).resolve(name);
        Files.write(f, HandoverPackage.write(r, PDF, "test", LocalDateTime.of(2024, 3, 1, 9, 0)));
        return f;
    }

    @Test
    void manyFilesAreCheckedListedAndLoadedTogetherAfterOneBackup() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            HandoverViewModel vm = new HandoverViewModel(f.session);
            Report open = f.session.report();
            Path damaged = pack(Members.remitting(), "damaged.jsgk");
            byte[] bytes = Files.readAllBytes(damaged);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(damaged, bytes);
            Path same = dir.resolve("usb").resolve("demo.json");
            Files.writeString(same, ReportJson.write(open), StandardCharsets.UTF_8);
            List<Path> files = List.of(pack(Members.self("50000"), "a.jsgk"), pack(Members.subsidised(), "b.jsgk"),
                    pack(Members.remitting(), "c.jsgk"), pack(Members.subsidised(), "b-again.jsgk"), damaged, same);
            AtomicInteger heard = new AtomicInteger();

            BatchLoad.Checked checked = vm.checkMany(files, n -> heard.accumulateAndGet(n, Math::max));
            assertEquals(6, heard.get(), "progress counts every file read");
            assertEquals(4, checked.plans().size());
            assertEquals(3, checked.changing().size(), "the copy of the open report changes nothing");
            assertEquals("共 6 个文件：新增 3 个单位，替换 0 个已有报表，与本库相同 1 个（不必装入），不能装入 2 个。",
                    HandoverViewModel.manySummary(checked));
            List<String> lines = HandoverViewModel.manyLines(checked);
            assertTrue(lines.get(0).startsWith("✗ b-again.jsgk 与前面的文件") && lines.get(0).contains("同一单位 901002"), lines.get(0));
            assertTrue(lines.get(1).startsWith("✗ 不能装入 damaged.jsgk：交接包已损坏"), lines.get(1));
            assertEquals("901001 测试局（本级） 2023 年度，草稿：新增", lines.get(2));
            assertTrue(lines.get(5).endsWith("与本库相同，不装入"), lines.get(5));
            assertEquals(1, f.store().list().size(), "checking writes nothing");

            BatchLoad.Loaded loaded = vm.loadMany(checked).get();
            assertEquals(3, loaded.reportIds().size());
            assertEquals(List.of(), loaded.historyFailures());
            assertTrue(HandoverViewModel.manyDone(loaded).startsWith("已装入 3 个单位的报表"), HandoverViewModel.manyDone(loaded));
            assertEquals(4, f.store().list().size());
            assertEquals(List.of("901001", "901002", "901003"), f.store().unitTree(2023).children("HZ901"));
            assertEquals(Members.subsidised().table("T2").get(Members.X, "superior"),
                    f.store().find("901002", 2023).orElseThrow().table("T2").get(Members.X, "superior"));
            for (String code : List.of("901001", "901002", "901003")) {
                assertTrue(f.workspace.history().newest(code, 2023).isPresent(), "a first history version of " + code);
            }
            try (var backups = Files.list(dir.resolve("juesuan-backups"))) {
                assertEquals(1, backups.filter(p -> p.getFileName().toString().startsWith("before-load")).count());
            }

            // loaded again with a changed figure: planned as a replacement, shown as such
            Report changed = Members.remitting();
            changed.table("T2").set(Members.Y, "other", Members.yuan("60000"));
            BatchLoad.Checked again = vm.checkMany(List.of(pack(changed, "c2.jsgk"), pack(Members.subsidised(), "b2.jsgk")), n -> { });
            assertEquals("共 2 个文件：新增 0 个单位，替换 1 个已有报表，与本库相同 1 个（不必装入），不能装入 0 个。",
                    HandoverViewModel.manySummary(again));
            assertTrue(HandoverViewModel.manyLines(again).get(0).contains("替换本库已有的报表（"), HandoverViewModel.manyLines(again).get(0));
        }
    }

    @Test
    void aFailureWhileLoadingLeavesNoneOfTheReports() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            List<Path> files = List.of(pack(Members.self("50000"), "a.jsgk"), pack(Members.subsidised(), "b.jsgk"),
                    pack(Members.remitting(), "c.jsgk"));
            BatchLoad.Checked checked = BatchLoad.check(f.store(), files, false, n -> { });
            // the units' places in the tree are written last, after every report: failing there must undo all three
            FailingStore failing = new FailingStore(f.workspace.database(), "unit_node");
            failing.armOnce();
            assertThrows(RuntimeException.class, () -> BatchLoad.load(failing.store(), f.workspace.history(), checked.plans()));
            assertEquals(1, f.store().list().size(), "nothing of the three is stored");
            assertTrue(f.store().unitTree(2023).nodes().isEmpty());
            assertTrue(f.workspace.history().newest("901001", 2023).isEmpty());

            BatchLoad.Loaded loaded = BatchLoad.load(f.store(), f.workspace.history(), checked.plans());
            assertEquals(3, loaded.reportIds().size(), "the same plans load once the fault is gone");
        }
    }
}
