package juesuan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import juesuan.failure.UserFailure;
import juesuan.model.Catalog;
import juesuan.model.CatalogChange;
import juesuan.model.CatalogChange.Kind;
import juesuan.model.CatalogEntry;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import org.junit.jupiter.api.Test;

/** The templates of 2023–2025 as data that inherit, the fallback to an earlier year, and catalog changes. */
class TemplateYearsTest {
    private static final List<String> EIGHT_CLASSES = List.of("212", "213", "214", "215", "216", "220", "224", "229");

    @Test
    void everyYearFrom2023To2025HasATemplateAndLaterYearsInheritTheirLayout() {
        assertEquals(List.of(2023, 2024, 2025), TemplateLoader.availableYears());
        YearTemplate y2023 = TemplateLoader.load(2023);
        for (int year : List.of(2024, 2025)) {
            YearTemplate t = TemplateLoader.load(year);
            assertEquals(year, t.year());
            assertEquals(year - 1, t.inherits());
            assertEquals(year, t.functions().year(), "the catalog is the year's own");
            assertEquals(y2023.tables().stream().map(TableTemplate::title).toList(), t.tables().stream().map(TableTemplate::title).toList());
            assertEquals(y2023.requireTable("T1").rows().size(), t.requireTable("T1").rows().size(), "26 类 rows in 公开01表");
            assertEquals(y2023.glossary(), t.glossary());
            assertEquals(y2023.forms(), t.forms());
            assertEquals(juesuan.audit.AuditRules.relations(2023).size(), juesuan.audit.AuditRules.relations(year).size());
        }
    }

    @Test
    void theCatalogHas款And项InEveryClassUnitsReportIn() {
        Catalog f = TemplateLoader.load(2024).functions();
        for (String lei : EIGHT_CLASSES) {
            assertTrue(f.children(lei).stream().anyMatch(k -> !f.children(k.code()).isEmpty()), lei + " has 款 with 项");
        }
        assertEquals("行政运行", f.find("2130101").orElseThrow().name());
        assertTrue(f.all().size() > 400, "about 400 codes: " + f.all().size());
    }

    @Test
    void aYearWithoutItsOwnTemplateUsesTheLatestEarlierOneAndSaysSo() {
        assertEquals(2025, TemplateLoader.templateYearFor(2026));
        assertEquals(2025, TemplateLoader.forFiscalYear(2030).year());
        assertEquals(2024, TemplateLoader.templateYearFor(2024));
        String notice = TemplateLoader.fallbackNotice(2026, 2025).orElseThrow();
        assertTrue(notice.contains("2026") && notice.contains("2025") && notice.contains("模板"), notice);
        assertTrue(TemplateLoader.fallbackNotice(2024, 2024).isEmpty());
        UserFailure tooEarly = assertThrows(UserFailure.class, () -> TemplateLoader.templateYearFor(2019));
        assertTrue(tooEarly.getMessage().contains("2023") && tooEarly.getMessage().contains("2019"), tooEarly.getMessage());
        UserFailure missing = assertThrows(UserFailure.class, () -> TemplateLoader.load(2019));
        assertTrue(missing.getMessage().startsWith("本程序没有 2019 年度"), missing.getMessage());
    }

    @Test
    void changesAddRenameWithdrawAndMoveCodes() {
        Catalog base = TemplateLoader.load(2023).functions();
        Catalog next = TemplateLoader.applyChanges(base.forYear(2024), List.of(
                change(Kind.ADD, "21308", "普惠金融发展支出", ""),
                change(Kind.ADD, "2130803", "农业保险保费补贴", ""),
                change(Kind.RENAME, "2010350", "事业运行（新名）", ""),
                change(Kind.WITHDRAW, "2010308", "", ""),
                change(Kind.MOVE, "2010398", "", "2010399")));
        assertEquals("农业保险保费补贴", next.find("2130803").orElseThrow().name());
        assertEquals("事业运行（新名）", next.find("2010350").orElseThrow().name());
        assertFalse(next.contains("2010308"));
        assertFalse(next.contains("2010399"));
        assertEquals(base.find("2010399").orElseThrow().name(), next.find("2010398").orElseThrow().name(), "a move keeps the name");
        assertTrue(next.order("21308") < next.order("2130803") && next.order("2130803") < next.order("21399"), "code order");

        UserFailure bad = assertThrows(UserFailure.class, () -> {
            try {
                TemplateLoader.applyChanges(base, List.of(change(Kind.RENAME, "2999999", "无此科目", "")));
            } catch (IllegalStateException e) {
                throw new UserFailure(e.getMessage());
            }
        });
        assertTrue(bad.getMessage().contains("2999999") && bad.getMessage().contains("不在上年科目表中"));
    }

    @Test
    void mappingsFollowMovesAcrossYearsAndWithdrawalsLeadNowhere() {
        Map<String, String> m = TemplateLoader.compose(CatalogKind.FUNCTION, List.of(
                List.of(change(Kind.MOVE, "2010398", "", "2010399"), change(Kind.WITHDRAW, "2010308", "", "")),
                List.of(change(Kind.MOVE, "2010397", "", "2010398"))));
        assertEquals("2010397", m.get("2010399"), "two moves in two years");
        assertEquals("2010397", m.get("2010398"));
        assertTrue(m.containsKey("2010308"));
        assertNull(m.get("2010308"));
        assertFalse(m.containsKey("2010301"), "an unchanged code is not in the map");
        assertTrue(TemplateLoader.codeMapping(CatalogKind.FUNCTION, 2023, 2025).isEmpty(),
                "no change between 2023 and 2025 is confirmed from a published source yet");
    }

    @Test
    void aReportsOwnCodesAreLaidOutNamedAndGiveANew类ItsRow() {
        List<LocalCode> codes = List.of(
                new LocalCode(CatalogKind.FUNCTION, "21308", "普惠金融发展支出", LocalCode.Origin.ADDED),
                new LocalCode(CatalogKind.FUNCTION, "2130803", "农业保险保费补贴", LocalCode.Origin.ADDED),
                new LocalCode(CatalogKind.FUNCTION, "2010101", "行政运行（局列表名称）", LocalCode.Origin.IMPORTED),
                new LocalCode(CatalogKind.ECONOMIC, "30230", "测试经济科目", LocalCode.Origin.IMPORTED));
        YearTemplate t = TemplateLoader.load(2024, codes);
        assertEquals("农业保险保费补贴", t.functions().find("2130803").orElseThrow().name());
        assertEquals("行政运行（局列表名称）", t.functions().find("2010101").orElseThrow().name(), "the bureau's name wins");
        assertTrue(t.added(CatalogKind.FUNCTION, "2130803").isPresent());
        assertTrue(t.added(CatalogKind.FUNCTION, "2010101").isEmpty(), "imported codes are not the officer's own");
        assertTrue(t.requireTable("T6").rows().stream().anyMatch(r -> r.key().equals("30230")), "an economic 款 gets its row");
        assertFalse(TemplateLoader.load(2024).functions().contains("2130803"), "the shipped template is untouched");

        YearTemplate withClass = TemplateLoader.load(2024, List.of(
                new LocalCode(CatalogKind.FUNCTION, "235", "新设类级科目", LocalCode.Origin.ADDED),
                new LocalCode(CatalogKind.FUNCTION, "23501", "新设款", LocalCode.Origin.ADDED),
                new LocalCode(CatalogKind.FUNCTION, "2350101", "新设项", LocalCode.Origin.ADDED)));
        assertTrue(withClass.requireTable("T1").rows().stream().anyMatch(r -> r.code().equals("235") || r.key().endsWith("235")),
                "a new 类 has its row in 公开01表");
        assertEquals(new CatalogEntry("235", "新设类级科目", 1), withClass.functions().find("235").orElseThrow());
    }

    private static CatalogChange change(Kind kind, String code, String name, String from) {
        return new CatalogChange(kind, CatalogKind.FUNCTION, code, name, from);
    }
}
