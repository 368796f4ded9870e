package juesuan.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import juesuan.model.Report;
import juesuan.narrative.MofShapes;

/**
 * Reports of different shapes, for what must hold for any report (the text's 审核 on correct and on faulty
 * paragraphs, the document's layout): the demo unit under both profiles, a department summed from three units, a unit
 * created during the year (no 上年, no 年初预算), a street office's 2024 report (its own classes, 公务用车 held, a 项
 * budgeted only during the year), a report of 40 项 with long names of the officer's own.
 */
public final class Shapes {
    private Shapes() {
    }

    /** A report and a short name for messages. */
    public record Shape(String name, Report report) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every shape, each built afresh. */
    public static List<Shape> all() {
        List<Shape> out = new ArrayList<>();
        out.add(new Shape("demo-chongqing", DemoReport.create()));
        out.add(new Shape("demo-mof", MofShapes.single()));
        out.add(new Shape("department-mof", MofShapes.department()));
        Report dept = MofShapes.department();
        dept.setProfile("chongqing");
        out.add(new Shape("department-chongqing", dept));
        out.add(new Shape("new-unit-mof", MofShapes.newUnit()));
        Report newUnit = MofShapes.newUnit();
        newUnit.setProfile("chongqing");
        out.add(new Shape("new-unit-chongqing", newUnit));
        out.add(new Shape("street-2024-chongqing", street2024()));
        Report street = street2024();
        street.setProfile("mof");
        out.add(new Shape("street-2024-mof", street));
        out.add(new Shape("long-names-chongqing", longNames()));
        return out;
    }

    /** A street office's 2024 report (test resource shapes/street-2024.json). */
    public static Report street2024() {
        try (InputStream in = Shapes.class.getResourceAsStream("/shapes/street-2024.json")) {
            Report r = ReportJson.read(in);
            r.glossary().addAll(juesuan.template.TemplateLoader.load(r.templateYear()).glossary());
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forty 项 rows, among them 项 of the officer's own with names far longer than a column. */
    public static Report longNames() {
        Report r = LargeReport.of(36, 3);
        r.unit().setName("重庆市江津区城乡社区网格化服务管理与基层治理能力提升中心（本级）");
        String[][] added = {
                {"2019901", "城乡社区网格化服务管理及基层治理能力提升专项工作经费（含智慧社区平台运行维护）"},
                {"2019902", "乡村振兴衔接资金项目绩效管理与农村人居环境整治提升专项补助支出"},
                {"2019903", "重大公共卫生事件应急处置物资储备及基层医疗卫生机构能力建设支出"},
                {"2019904", "政务服务“一网通办”“一窗综办”改革及十五分钟便民服务圈建设经费"}};
        BigDecimal yuan = new BigDecimal("98765.43");
        for (String[] a : added) {
            r.localCodes().add(new LocalCode(CatalogKind.FUNCTION, a[0], a[1], LocalCode.Origin.ADDED));
            for (String table : new String[] {"T2", "T3", "T5"}) {
                r.table(table).addRow(a[0]);
                r.table(table).set(a[0], "T2".equals(table) ? "fiscal" : "project", yuan);
            }
        }
        r.projects().getFirst().setName("城乡社区网格化服务管理与基层治理能力提升及智慧社区平台建设运行维护项目");
        return r;
    }

}
