package juesuan.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import juesuan.model.RowDef;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {
    private final YearTemplate t = TemplateLoader.load(2023);

    @Test
    void nineTablesInOrder() {
        assertEquals(java.util.List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"),
                t.tables().stream().map(TableTemplate::code).toList());
        assertEquals("收入支出决算总表", t.requireTable("T1").title());
        assertEquals(TableKind.FUNCTION, t.requireTable("T3").kind());
    }

    @Test
    void summaryTableListsEveryClassNumbered() {
        TableTemplate t1 = t.requireTable("T1");
        RowDef total = t1.row("out.total").orElseThrow();
        assertEquals(26, total.sumOf().size());
        assertEquals("一、一般公共服务支出", t1.row("out.201").orElseThrow().label());
        assertEquals("十九、住房保障支出", t1.row("out.221").orElseThrow().label());
        assertEquals("二十六、抗疫特别国债安排的支出", t1.row("out.234").orElseThrow().label());
    }

    @Test
    void basicExpenditureRowsComeFromTheEconomicCatalog() {
        TableTemplate t6 = t.requireTable("T6");
        RowDef wages = t6.row("301").orElseThrow();
        assertTrue(wages.computed());
        assertTrue(wages.sumOf().contains("30101"));
        assertEquals("公务接待费", t6.row("30217").orElseThrow().label());
        assertEquals(java.util.List.of("301", "303"), t6.row("personnel").orElseThrow().sumOf());
    }

    @Test
    void catalogsHoldTheDomainCodes() {
        for (String code : new String[] {"201", "2010301", "2010601", "2013999", "2050205", "2080505", "2101102", "2120101",
                "2200150", "2210201", "2210203", "229", "234"}) {
            assertTrue(t.functions().contains(code), code);
        }
        assertEquals("政府办公厅（室）及相关机构事务", t.functions().find("20103").orElseThrow().name());
        assertTrue(t.economics().contains("31099"));
        assertEquals(3, t.functions().find("2010301").orElseThrow().level());
    }

    @Test
    void numerals() {
        assertEquals("十", TemplateLoader.numeral(10));
        assertEquals("十一", TemplateLoader.numeral(11));
        assertEquals("二十", TemplateLoader.numeral(20));
        assertEquals("二十六", TemplateLoader.numeral(26));
    }

    @Test
    void glossaryHasSeventeenTerms() {
        assertEquals(17, t.glossary().size());
        assertEquals("财政拨款收入", t.glossary().get(0).term());
    }
}
