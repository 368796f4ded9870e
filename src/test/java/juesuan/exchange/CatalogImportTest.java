package juesuan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import juesuan.failure.UserFailure;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog lists in the layouts bureaus export, good and bad; a bad list is refused whole with a Chinese sentence. */
class CatalogImportTest {
    private static final YearTemplate T = TemplateLoader.load(2024);

    @TempDir
    Path dir;

    private CatalogImport.Plan plan(Path file) {
        return CatalogImport.plan(file, T.functions(), T.economics());
    }

    /** Writes rows into a workbook; a Number cell stays numeric as Excel stores codes typed as numbers. */
    private Path workbook(String name, Workbook wb, Object[]... rows) throws Exception {
        Sheet sheet = wb.createSheet("科目");
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                Object v = rows[i][j];
                if (v instanceof Number n) {
                    row.createCell(j).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(j).setCellValue(v.toString());
                }
            }
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void xlsxWithTitleRowsNumericCodesAndIndentedNames() throws Exception {
        Path file = workbook("一体化导出.xlsx", new XSSFWorkbook(),
                new Object[] {"2024年支出功能分类科目"},
                new Object[] {"单位：元"},
                new Object[] {"科目编码", "科目名称", "备注"},
                new Object[] {213, "农林水支出"},
                new Object[] {21308, "　普惠金融发展支出"},
                new Object[] {2130803, "　　农业保险保费补贴"},
                new Object[] {2130101, "　　行政运行"},
                new Object[] {"2120101", "    行政运行"},
                new Object[] {2010350, "　　事业运行（机关事务）"},
                new Object[] {null, "合计"});
        CatalogImport.Plan p = plan(file);
        assertEquals(CatalogKind.FUNCTION, p.catalog());
        assertEquals(6, p.read());
        assertEquals(List.of("21308", "2130803"), p.added().stream().map(LocalCode::code).toList());
        assertEquals("普惠金融发展支出", p.added().get(0).name(), "indentation stripped");
        assertEquals(1, p.renamed().size());
        assertEquals(new CatalogImport.Rename("2010350", "事业运行", "事业运行（机关事务）"), p.renamed().get(0));
        assertEquals(3, p.unchanged());
        String preview = p.describe();
        assertTrue(preview.contains("新增 2 个") && preview.contains("2130803") && preview.contains("事业运行 → 事业运行（机关事务）"), preview);
    }

    @Test
    void xlsWithATwoRowHeaderAnd类款项SplitOverThreeColumns() throws Exception {
        Path file = workbook("决算客户端.xls", new HSSFWorkbook(),
                new Object[] {"科目编码", null, null, "科目名称"},
                new Object[] {"类", "款", "项", null},
                new Object[] {213, null, null, "农林水支出"},
                new Object[] {null, 8, null, "普惠金融发展支出"},
                new Object[] {null, 8, 3, "农业保险保费补贴"},
                new Object[] {201, 1, 1, "行政运行"},
                new Object[] {null, "03", "50", "事业运行"});
        CatalogImport.Plan p = plan(file);
        assertEquals(List.of("21308", "2130803"), p.added().stream().map(LocalCode::code).toList());
        assertEquals(5, p.read());
        assertEquals(3, p.unchanged(), "213, 2010101 and 2010350 are known");
    }

    @Test
    void csvInGb18030AsExcelSavesItOnAChineseWindows() throws Exception {
        Path file = dir.resolve("科目表.csv");
        Files.writeString(file, "科目代码,科目名称\r\n2130803,农业保险保费补贴\r\n21308,普惠金融发展支出\r\n\"2130101\",行政运行\r\n",
                Charset.forName("GB18030"));
        CatalogImport.Plan p = plan(file);
        assertEquals(2, p.added().size());
        assertEquals("农业保险保费补贴", p.added().stream().filter(c -> c.code().equals("2130803")).findFirst().orElseThrow().name());
    }

    @Test
    void csvInUtf8WithBomForTheEconomicClassification() throws Exception {
        Path file = dir.resolve("经济分类.csv");
        Files.writeString(file, "\uFEFF部门预算支出经济分类科目\n经济分类科目编码,科目名称\n302,商品和服务支出\n30299,其他商品和服务支出\n30230,测试新增经济科目\n",
                StandardCharsets.UTF_8);
        CatalogImport.Plan p = plan(file);
        assertEquals(CatalogKind.ECONOMIC, p.catalog());
        assertEquals(List.of("30230"), p.added().stream().map(LocalCode::code).toList());
    }

    @Test
    void aListWithoutACodeColumnIsRefused() throws Exception {
        Path file = workbook("无编码.xlsx", new XSSFWorkbook(),
                new Object[] {"序号", "科目名称"},
                new Object[] {1, "行政运行"});
        refused(file, "找不到表头");
    }

    @Test
    void duplicateCodesWithDifferentNamesAreRefused() throws Exception {
        Path file = workbook("重复.xlsx", new XSSFWorkbook(),
                new Object[] {"科目编码", "科目名称"},
                new Object[] {21308, "普惠金融发展支出"},
                new Object[] {2130803, "农业保险保费补贴"},
                new Object[] {2130803, "农业保险补贴"});
        refused(file, "科目编码 2130803 出现两次且名称不同：第 3 行为“农业保险保费补贴”，第 4 行为“农业保险补贴”");
    }

    @Test
    void eightDigitCodesAreRefused() throws Exception {
        Path file = workbook("八位.xlsx", new XSSFWorkbook(),
                new Object[] {"科目编码", "科目名称"},
                new Object[] {2130101, "行政运行"},
                new Object[] {21301011, "行政运行（子项）"});
        refused(file, "第 3 行的科目编码“21301011”不对");
    }

    @Test
    void aCodeWithoutAParentOrANameAndFilesThatAreNoTableAreRefused() throws Exception {
        refused(workbook("缺上级.xlsx", new XSSFWorkbook(),
                new Object[] {"科目编码", "科目名称"}, new Object[] {2179901, "其他"}), "上级科目 21799 既不在本表中");
        refused(workbook("无名称.xlsx", new XSSFWorkbook(),
                new Object[] {"科目编码", "科目名称"}, new Object[] {2130101, ""}), "第 2 行的科目 2130101 没有名称");
        Path garbage = dir.resolve("坏文件.xlsx");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        refused(garbage, "不是有效的 Excel 或 CSV 表格");
        Path pdf = dir.resolve("科目.pdf");
        Files.writeString(pdf, "%PDF");
        refused(pdf, "请选择 .xlsx、.xls 或 .csv 文件");
    }

    private void refused(Path file, String says) {
        UserFailure e = assertThrows(UserFailure.class, () -> plan(file));
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertFalse(e.getMessage().matches(".*[A-Za-z]{4,}Exception.*"), "no English exception name: " + e.getMessage());
    }
}
