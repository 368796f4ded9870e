package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import juesuan.model.FieldDef;
import juesuan.ui.forms.FieldFormModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldFormModelTest {
    @TempDir
    Path dir;

    private static FieldDef field(FieldFormModel m, String key) {
        return m.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void showsStoredAndComputedFields() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            FieldFormModel assets = new FieldFormModel(fx.session, "assets");
            assertEquals("0", assets.text(field(assets, "as.car.total")));
            assertEquals("1,111.07", assets.text(field(assets, "pr.total")));
            assertEquals("264.6", assets.text(field(assets, "pr.sme")).replace("264.60", "264.6"));
            FieldFormModel tp = new FieldFormModel(fx.session, "threePublic");
            assertEquals("52", tp.text(field(tp, "tp.rec.domestic.people")));
        }
    }

    @Test
    void acceptedValuesAreStoredAndRefusedOnesLeaveTheStoreAlone() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            FieldFormModel assets = new FieldFormModel(fx.session, "assets");
            assertNull(assets.commit(field(assets, "as.car.head"), "2"));
            assertEquals("2", assets.text(field(assets, "as.car.total")));
            assertEquals(2L, fx.stored().count("as.car.head"));

            assertEquals("主要负责人用车：“两辆”不是整数，请输入个数（如 3）。原值未改变",
                    assets.commit(field(assets, "as.car.head"), "两辆"));
            assertEquals(2L, fx.stored().count("as.car.head"));

            assertEquals("政府采购货物支出：此处金额不能为负数：“-3”。原值未改变",
                    assets.commit(field(assets, "pr.goods"), "-3"));
            assertEquals(0, BigDecimal.ZERO.compareTo(fx.stored().amount("pr.goods")));

            assertEquals("政府采购支出总额由系统计算，不能直接修改", assets.commit(field(assets, "pr.total"), "5"));
        }
    }

    @Test
    void aScoreIsAScoreOutOfAHundred() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            FieldFormModel pf = new FieldFormModel(fx.session, "performance");
            FieldDef avg = field(pf, "pf.averageScore");
            assertNull(pf.commit(avg, " 93.50 "));
            assertEquals("93.50", pf.text(avg));
            assertEquals("93.50", fx.stored().text("pf.averageScore"));
            assertEquals("平均得分（空则按自评表计）：“103”不是得分：请输入 0 到 100 之间、最多 2 位小数的分数。原值未改变", pf.commit(avg, "103"));
            assertEquals("平均得分（空则按自评表计）：“九十”不是数字。原值未改变", pf.commit(avg, "九十"));
            assertEquals("平均得分（空则按自评表计）：“92.125”不是得分：请输入 0 到 100 之间、最多 2 位小数的分数。原值未改变",
                    pf.commit(avg, "92.125"));
            assertEquals("93.50", fx.stored().text("pf.averageScore"));
            assertNull(pf.commit(avg, ""));
            assertEquals("", fx.stored().text("pf.averageScore"));
        }
    }
}
