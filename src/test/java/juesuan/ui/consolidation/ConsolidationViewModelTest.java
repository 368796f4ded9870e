package juesuan.ui.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import juesuan.consolidation.Members;
import juesuan.failure.UserFailure;
import juesuan.model.Report;
import juesuan.ui.SessionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 单位树与汇总 dialog's steps, without the FX thread. */
class ConsolidationViewModelTest {
    @TempDir
    Path dir;

    @Test
    void buildTheTreeByHandSumAndSeeTheBannerWhenAMemberChanges() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            for (Report r : List.of(Members.self("50000"), Members.subsidised(), Members.remitting())) {
                r.unit().setSupervisor(""); // packages that name no 主管部门: placed at the top, arranged by hand
                f.store().insert(r);
                Consolidate.place(f.store(), r);
            }
            ConsolidationViewModel vm = new ConsolidationViewModel(f.session, 2023);
            assertEquals(3, vm.rows().get().size());
            vm.add("D9", "测试局", "").get();
            for (String u : List.of("901001", "901002", "901003")) {
                vm.move(u, "D9").get();
            }
            List<ConsolidationViewModel.Row> rows = vm.markSelf("901001", true).get();
            assertEquals(List.of("D9", "901001", "901002", "901003"), rows.stream().map(ConsolidationViewModel.Row::code).toList());
            assertEquals("未汇总", rows.getFirst().state());
            assertEquals("\u3000测试局（本级）", rows.get(1).indentedName());
            assertEquals("本级", rows.get(1).selfText());

            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> vm.move("D9", "901002").get());
            assertTrue(refused.getCause() instanceof UserFailure, refused.getCause().toString());

            Consolidate.Done done = vm.consolidate("D9").get();
            List<String> summary = Consolidate.summary(done, false);
            assertTrue(summary.getFirst().contains("成员单位 3 个"), summary.getFirst());
            assertEquals(4, summary.size(), "the header, the list's title, two eliminations: " + summary);
            assertEquals("已汇总", vm.rows().get().getFirst().state());

            assertTrue(!new juesuan.ui.forms.UnitViewModel(f.session).membersFromConsolidation(), "the demo unit types its 单位构成");
            f.session.show(f.store().load(done.reportId()));
            assertTrue(new juesuan.ui.forms.UnitViewModel(f.session).membersFromConsolidation(), "a 汇总's 单位构成 is its members");
            assertNull(ConsolidationViewModel.staleBanner(f.session).get(), "just summed");
            Report b = Members.subsidised();
            b.table("T2").set(Members.X, "other", Members.yuan("1"));
            b.table("T3").set(Members.X, "project", Members.yuan("1"));
            f.store().replaceWithHandedOver(f.store().find("901002", 2023).orElseThrow().getId(), b);
            String banner = ConsolidationViewModel.staleBanner(f.session).get();
            assertTrue(banner.contains("901002") && banner.contains("重新汇总"), banner);
        }
    }
}
