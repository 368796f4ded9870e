package juesuan.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.audit.Severity;
import juesuan.audit.text.Claim;
import juesuan.audit.text.Numbers;
import juesuan.audit.text.Reader;
import juesuan.audit.text.Written;
import juesuan.calculation.ReportFigures;
import juesuan.model.Comparison;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;

/**
 * The 审核's quality on text as people write it (results in docs/AUDIT-QUALITY.md): every paragraph with figures that
 * the profiles write for reports of nine shapes ({@link Shapes}) is pasted back as the officer's own text, once as
 * people write it correctly (fewer decimals, thousands separators, 占比, amounts after 为 …) and once with each kind of
 * defect inspections find (a wrong figure, the neighbouring subject's, one hundredth off, no %, a contradictory word,
 * an outdated 科目 name, a missing checklist disclosure …). A correct paragraph must raise no 错误 the report did not
 * already have; a faulty one must raise one. Run:
 *
 * <pre>
 * mvn -DskipTests package test-compile
 * java -cp "target/classes:target/test-classes:target/lib/*" juesuan.tools.AuditQuality [every] [--write]
 * </pre>
 *
 * {@code every} takes every n-th paragraph (1, all, by default); {@code --write} puts the table into
 * docs/AUDIT-QUALITY.md between its markers.
 */
public final class AuditQuality {
    private static final Pattern FIGURE_YEAR = Pattern.compile("(20[0-9]{2})年度");

    private AuditQuality() {
    }

    /** A paragraph of the corpus: the shape it comes from, its key and heading, and the text written from the figures. */
    public record Sample(String shape, String key, String where, String generated) {
    }

    /** What a variant did to one paragraph. */
    public record Outcome(Sample sample, String variant, String text, List<Finding> newErrors, List<Finding> newHints) {
    }

    /** The counts of one correct variant or one defect kind. */
    public static final class Tally {
        public int paragraphs;
        /** For a correct variant, paragraphs with a new 错误; for a defect, paragraphs where one was raised. */
        public int flagged;
        public int hinted;
        public final List<Outcome> examples = new ArrayList<>();
    }

    /** The benchmark's results. */
    public record Result(int paragraphs, Map<String, Tally> correct, Map<String, Tally> defects) {
        public int falseErrors() {
            return correct.values().stream().mapToInt(t -> t.flagged).sum();
        }

        public int missed() {
            return defects.values().stream().mapToInt(t -> t.paragraphs - t.flagged).sum();
        }
    }

    /** A way of writing a paragraph: its text, or null where it does not apply. */
    private record Variant(String name, Function<Sample, String> write) {
    }

    // ---- correct variants ------------------------------------------------------------------------------------------

    private static final List<Variant> CORRECT = List.of(
            new Variant("照生成文字原样", s -> s.generated()),
            new Variant("少写末尾的0（5.4万元、0万元、100%）", s -> figures(s.generated(), w -> w.decimals() > 0 ? strip(w) : null)),
            new Variant("百分比和金额四舍五入到一位小数", s -> figures(s.generated(), w -> w.decimals() == 2
                    ? w.value().setScale(1, RoundingMode.HALF_UP).toPlainString() : null)),
            new Variant("千位分隔符（18,236.40万元）", s -> figures(s.generated(), w -> w.money() && w.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                    ? String.format("%,." + w.decimals() + "f", w.value()) : null)),
            new Variant("全角数字（１２．５万元）", s -> figures(s.generated(), w -> w.money() || w.percent() ? fullWidth(plain(w)) : null)),
            new Variant("“占比”“与上年相比”“比年初预算”", s -> words(s.generated(), new String[][] {{"，占", "，占比"}, {"较上年决算数", "与上年相比"},
                    {"较年初预算数", "比年初预算"}, {"较上年支出数", "比上年"}, {"占本年支出合计的", "占本年支出合计的比重为"}})),
            new Variant("金额前加“为”（一般公共服务支出为1396.45万元）", s -> beforeAmounts(s.generated())),
            new Variant("数字与单位间空格（1463.32 万元）", s -> figures(s.generated(), w -> w.money() || w.percent() ? plain(w) + " " : null, true)),
            new Variant("以上几种合在一起", s -> {
                String t = figures(s.generated(), w -> w.decimals() > 0 ? strip(w) : null);
                t = t == null ? s.generated() : t;
                String u = words(t, new String[][] {{"，占", "，占比"}, {"较上年决算数", "与上年相比"}});
                t = u == null ? t : u;
                String v = figures(t, w -> w.money() && w.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                        ? String.format("%,." + w.decimals() + "f", w.value()) : null);
                return v == null ? t : v;
            }));

    // ---- defects ---------------------------------------------------------------------------------------------------

    private static List<Variant> defects(Report report, Narrative narrative) {
        Profile profile = Profiles.orDefault(report.profile());
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("错数（金额多写10万元）", s -> first(s.generated(), w -> w.money() && w.value().compareTo(BigDecimal.ONE) >= 0,
                w -> w.value().add(BigDecimal.TEN).setScale(w.decimals(), RoundingMode.UNNECESSARY).toPlainString())));
        out.add(new Variant("邻近科目的数（另一科目同类数字）", AuditQuality::neighbour));
        out.add(new Variant("差0.01", s -> first(s.generated(), w -> w.money() && w.decimals() == 2,
                w -> w.value().add(new BigDecimal("0.01")).toPlainString())));
        out.add(new Variant("百分比漏写%", s -> dropUnit(s.generated(), Written::percent)));
        out.add(new Variant("金额漏写单位", s -> dropUnit(s.generated(), Written::money)));
        out.add(new Variant("少写小数且舍入错（5.46写成5.4）", s -> first(s.generated(), w -> w.decimals() == 2 && (w.money() || w.percent())
                && lastDigit(w) >= 6, w -> w.value().setScale(1, RoundingMode.DOWN).toPlainString())));
        out.add(new Variant("增减方向写反", s -> flip(s.generated())));
        out.add(new Variant("自相矛盾的用词（减增加、大小于）", AuditQuality::contradiction));
        out.add(new Variant("词序颠倒（支出收入）", s -> s.generated().contains("收入支出") ? s.generated().replaceFirst("收入支出", "支出收入") : null));
        out.add(new Variant("过时的科目名称", AuditQuality::outdatedName));
        out.add(new Variant("年度写成前年（旧文字未改）", s -> staleYear(s.generated(), report.fiscalYear())));
        out.add(new Variant("漏写检查要求的“三公”事项", s -> dropDisclosure(s, profile, narrative)));
        out.add(new Variant("分项用了合计的增减率", s -> totalsRate(s, narrative)));
        return out;
    }

    private static int lastDigit(Written w) {
        return w.value().unscaledValue().abs().mod(BigDecimal.TEN.toBigInteger()).intValue();
    }

    /** The number as written, without unit (what {@link Written#text()} writes before it). */
    private static String plain(Written w) {
        return w.value().setScale(w.decimals(), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String strip(Written w) {
        BigDecimal v = w.value().stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uff10') : c == '.' ? '\uff0e' : c);
        }
        return b.toString();
    }

    /** Figures with their unit in a text, read as the 审核 reads them (money, %, counts). */
    private static List<Written> units(String text) {
        return Numbers.in(text).stream().filter(w -> !w.unit().isEmpty()).toList();
    }

    /** Each figure's number rewritten (null leaves it), or null when none was. */
    private static String figures(String text, Function<Written, String> rewrite) {
        return figures(text, rewrite, false);
    }

    private static String figures(String text, Function<Written, String> rewrite, boolean beforeUnit) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean changed = false;
        for (Written w : units(text)) {
            String r = rewrite.apply(w);
            if (r == null) {
                continue;
            }
            int numberEnd = w.end() - w.unit().length();
            out.append(text, at, w.start());
            if (beforeUnit) {
                out.append(r);
            } else {
                out.append(r).append(text, numberEnd - trailingSpace(text, numberEnd, w), numberEnd);
            }
            at = numberEnd;
            changed = changed || !r.equals(text.substring(w.start(), numberEnd));
        }
        out.append(text.substring(at));
        return changed ? out.toString() : null;
    }

    private static int trailingSpace(String text, int numberEnd, Written w) {
        int n = 0;
        while (numberEnd - n - 1 >= w.start() && text.charAt(numberEnd - n - 1) == ' ') {
            n++;
        }
        return n;
    }

    /** The first figure a test picks, rewritten; null when none is. */
    private static String first(String text, java.util.function.Predicate<Written> pick, Function<Written, String> rewrite) {
        for (Written w : units(text)) {
            if (pick.test(w) && !Reader.inReason(text, w.start())) {
                int numberEnd = w.end() - w.unit().length();
                while (numberEnd > w.start() && text.charAt(numberEnd - 1) == ' ') {
                    numberEnd--;
                }
                return text.substring(0, w.start()) + rewrite.apply(w) + text.substring(numberEnd);
            }
        }
        return null;
    }

    private static String dropUnit(String text, java.util.function.Predicate<Written> pick) {
        for (Written w : units(text)) {
            if (pick.test(w) && !Reader.inReason(text, w.start())) {
                return text.substring(0, w.end() - w.unit().length()) + text.substring(w.end());
            }
        }
        return null;
    }

    private static String words(String text, String[][] pairs) {
        String t = text;
        for (String[] p : pairs) {
            t = t.replace(p[0], p[1]);
        }
        return t.equals(text) ? null : t;
    }

    /** "为" between a subject's name and its amount (一般公共服务支出1396.45万元 → 一般公共服务支出为1396.45万元). */
    private static String beforeAmounts(String text) {
        return figures(text, w -> {
            char before = w.start() > 0 ? text.charAt(w.start() - 1) : ' ';
            return w.money() && "出入费额余金计".indexOf(before) >= 0 ? "为" + plain(w) : null;
        });
    }

    /** A figure replaced with the figure of the same kind of another subject of the paragraph. */
    private static String neighbour(Sample s) {
        String text = s.generated();
        List<Claim> claims = Reader.read(text);
        for (int i = 1; i < claims.size(); i++) {
            Claim c = claims.get(i);
            for (int j = i - 1; j >= 0; j--) {
                Claim o = claims.get(j);
                if (o.sameKind(c) && !o.subject().isEmpty() && !c.subject().isEmpty() && Reader.agreement(o.subject(), c.subject()) == 0
                        && o.number().value().compareTo(c.number().value()) != 0 && !o.number().states(c.number())
                        && !c.number().states(o.number())) {
                    int numberEnd = c.number().end() - c.number().unit().length();
                    return text.substring(0, c.number().start()) + plain(o.number()) + text.substring(numberEnd);
                }
            }
        }
        return null;
    }

    /** The first 增加 or 减少 of a change (or 大于/小于) written the other way. */
    private static String flip(String text) {
        for (Claim c : Reader.read(text)) {
            if (c.role() == Claim.Role.CHANGE && c.number().value().signum() != 0) {
                String lead = c.lead();
                int at = c.number().start() - lead.length();
                if (lead.endsWith("增加")) {
                    return text.substring(0, c.number().start() - 2) + "减少" + text.substring(c.number().start());
                }
                if (lead.endsWith("减少")) {
                    return text.substring(0, c.number().start() - 2) + "增加" + text.substring(c.number().start());
                }
                if (at < 0) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String contradiction(Sample s) {
        String t = s.generated();
        for (String[] p : new String[][] {{"大于", "大小于"}, {"小于", "小大于"}}) {
            if (t.contains(p[0])) {
                return t.replaceFirst(p[0], p[1]);
            }
        }
        Matcher m = Pattern.compile("(增加|减少)(?=[0-9])").matcher(t);
        if (m.find()) {
            return t.substring(0, m.start()) + ("增加".equals(m.group(1)) ? "减增加" : "增减少") + t.substring(m.end());
        }
        return null;
    }

    /** The current names that earlier catalogs named otherwise, with one of their old names. */
    private static final Map<String, String> RENAMED = new LinkedHashMap<>();

    static {
        RENAMED.put("文化旅游体育与传媒支出", "文化体育与传媒支出");
        RENAMED.put("卫生健康支出", "医疗卫生与计划生育支出");
        RENAMED.put("卫生健康管理事务", "医疗卫生与计划生育管理事务");
        RENAMED.put("行政事业单位养老支出", "行政事业单位离退休");
        RENAMED.put("城乡社区支出", "城乡社区事务");
        RENAMED.put("农林水支出", "农林水事务");
        RENAMED.put("节能环保支出", "环境保护支出");
        RENAMED.put("资源勘探工业信息等支出", "资源勘探信息等支出");
        RENAMED.put("商业服务业等支出", "粮油物资储备及金融监管等事务");
        RENAMED.put("进修及培训", "教师进修及干部继续教育");
        RENAMED.put("其他巩固脱贫攻坚成果衔接乡村振兴支出", "其他扶贫支出");
    }

    private static String outdatedName(Sample s) {
        for (Map.Entry<String, String> e : RENAMED.entrySet()) {
            int at = s.generated().indexOf(e.getKey());
            if (at >= 0 && !Reader.inReason(s.generated(), at)) {
                return s.generated().substring(0, at) + e.getValue() + s.generated().substring(at + e.getKey().length());
            }
        }
        return null;
    }

    /** The report's year at the head of a sentence written as the year before last (a text copied from an old one). */
    private static String staleYear(String text, int year) {
        Matcher m = FIGURE_YEAR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year) {
                int s = m.start();
                boolean lead = s == 0 || "。；：".indexOf(text.charAt(s - 1)) >= 0 || text.substring(Math.max(0, s - 4), s).matches(".*[0-9][.、]$")
                        || text.startsWith("本部门", Math.max(0, s - 3)) || text.startsWith("）", s - 1);
                if (lead) {
                    return text.substring(0, m.start(1)) + (year - 2) + text.substring(m.end(1));
                }
            }
        }
        return null;
    }

    /**
     * A paragraph under the 三公 heading with one of the checklist's disclosures taken out, where no other paragraph of
     * the section states it (else nothing is missing).
     */
    private static String dropDisclosure(Sample s, Profile profile, Narrative narrative) {
        for (Profile.Disclosure d : profile.discloses()) {
            if (!s.key().startsWith(d.under() + ".")) {
                continue;
            }
            StringBuilder others = new StringBuilder();
            for (Paragraph p : narrative.paragraphs()) {
                if (!p.heading() && !p.key().equals(s.key()) && p.key().startsWith(d.under() + ".")) {
                    others.append(p.generated()).append('\n');
                }
            }
            if (d.pattern().matcher(others).find()) {
                continue;
            }
            String t = s.generated();
            Matcher m = d.pattern().matcher(t);
            while (m.find()) {
                t = t.substring(0, m.start()) + t.substring(m.end());
                m = d.pattern().matcher(t);
            }
            if (!t.equals(s.generated())) {
                return t;
            }
        }
        return null;
    }

    /** An item's paragraph (公务接待费) stating the 三公 total's rate of change instead of its own. */
    private static String totalsRate(Sample s, Narrative narrative) {
        String totalKey = s.key().startsWith("3.2.") ? "3.1.1" : null;
        if (totalKey == null) {
            return null;
        }
        List<Claim> total = Reader.read(narrative.paragraph(totalKey).generated());
        String text = s.generated();
        for (Claim c : Reader.read(text)) {
            if (c.role() != Claim.Role.RATE) {
                continue;
            }
            for (Claim t : total) {
                if (t.sameKind(c) && !t.number().states(c.number()) && !c.number().states(t.number())) {
                    int numberEnd = c.number().end() - c.number().unit().length();
                    return text.substring(0, c.number().start()) + plain(t.number()) + text.substring(numberEnd);
                }
            }
        }
        return null;
    }

    // ---- running ---------------------------------------------------------------------------------------------------

    private static AuditResult audit(Report r) {
        return Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r)));
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        findings.forEach(f -> out.add(f.ruleId() + "|" + f.message()));
        return out;
    }

    /** Every n-th paragraph with figures of every shape, each variant and defect. */
    public static Result run(int every) {
        Map<String, Tally> correct = new LinkedHashMap<>();
        Map<String, Tally> defects = new LinkedHashMap<>();
        CORRECT.forEach(v -> correct.put(v.name(), new Tally()));
        int paragraphs = 0;
        int index = 0;
        for (Shapes.Shape shape : Shapes.all()) {
            Report r = shape.report();
            AuditResult base = audit(r);
            Set<String> baseErrors = keys(base.errors());
            Set<String> baseHints = keys(base.hints());
            Narrative narrative = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.orDefault(r.profile()));
            List<Variant> kinds = defects(r, narrative);
            kinds.forEach(v -> defects.putIfAbsent(v.name(), new Tally()));
            for (Paragraph p : narrative.paragraphs()) {
                if (p.heading() || p.tableRow() || units(p.text()).isEmpty()) {
                    continue;
                }
                if (index++ % every != 0) {
                    continue;
                }
                paragraphs++;
                Sample s = new Sample(shape.name(), p.key(), narrative.where(p.key()), p.generated());
                for (Variant v : CORRECT) {
                    String text = v.write().apply(s);
                    if (text != null) {
                        tally(correct.get(v.name()), r, s, v.name(), text, baseErrors, baseHints, false);
                    }
                }
                for (Variant v : kinds) {
                    String text = v.write().apply(s);
                    if (text != null && !text.equals(s.generated())) {
                        tally(defects.get(v.name()), r, s, v.name(), text, baseErrors, baseHints, true);
                    }
                }
            }
            threePublicTotal(shape, r, baseErrors, defects);
        }
        return new Result(paragraphs, correct, defects);
    }

    private static void tally(Tally t, Report r, Sample s, String variant, String text, Set<String> baseErrors, Set<String> baseHints,
                              boolean defect) {
        TextOverride before = r.overrides().get(s.key());
        r.setOverride(s.key(), new TextOverride(text, s.generated()));
        try {
            AuditResult after = audit(r);
            List<Finding> errors = after.errors().stream().filter(f -> !baseErrors.contains(f.ruleId() + "|" + f.message())).toList();
            List<Finding> hints = after.hints().stream().filter(f -> !baseHints.contains(f.ruleId() + "|" + f.message())).toList();
            t.paragraphs++;
            boolean flagged = !errors.isEmpty();
            if (flagged) {
                t.flagged++;
            }
            if (!hints.isEmpty()) {
                t.hinted++;
            }
            if ((flagged != defect || !defect && !hints.isEmpty()) && t.examples.size() < 20) {
                t.examples.add(new Outcome(s, variant, text, errors, hints));
            }
        } finally {
            r.setOverride(s.key(), before);
        }
    }

    /** The 三公 total's 上年决算数 typed 0.10 万元 away from the sum of its items' (X-15). */
    private static void threePublicTotal(Shapes.Shape shape, Report r, Set<String> baseErrors, Map<String, Tally> defects) {
        String kind = "“三公”合计与各项之和不符";
        Tally t = defects.computeIfAbsent(kind, k -> new Tally());
        Comparison total = r.comparison("tp.total");
        BigDecimal sum = Money.zero();
        for (String item : List.of("tp.trip", "tp.carBuy", "tp.carRun", "tp.reception")) {
            BigDecimal v = r.comparison(item).priorFinal();
            if (v == null) {
                return;
            }
            sum = sum.add(v);
        }
        r.setComparison("tp.total", total.withPriorFinal(sum.add(Money.wanToYuan(new BigDecimal("0.10")))));
        try {
            List<Finding> errors = audit(r).errors().stream().filter(f -> !baseErrors.contains(f.ruleId() + "|" + f.message())).toList();
            t.paragraphs++;
            if (!errors.isEmpty()) {
                t.flagged++;
            } else if (t.examples.size() < 20) {
                t.examples.add(new Outcome(new Sample(shape.name(), "tp.total", "比较数", ""), kind, "", errors, List.of()));
            }
        } finally {
            r.setComparison("tp.total", total);
        }
    }

    /** The results as a Markdown table. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("段落 ").append(r.paragraphs).append(" 段（").append(Shapes.all().size()).append(" 种报告）。\n\n");
        b.append("| 写法（正确） | 段数 | 出现错误的段数 | 出现提示的段数 |\n|---|---|---|---|\n");
        r.correct().forEach((k, t) -> b.append("| ").append(k).append(" | ").append(t.paragraphs).append(" | ").append(t.flagged)
                .append(" | ").append(t.hinted).append(" |\n"));
        b.append("\n| 缺陷（注入一处） | 段数 | 审核查出（错误） | 漏查 |\n|---|---|---|---|\n");
        r.defects().forEach((k, t) -> b.append("| ").append(k).append(" | ").append(t.paragraphs).append(" | ").append(t.flagged)
                .append(" | ").append(t.paragraphs - t.flagged).append(" |\n"));
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        int every = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 1;
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Result r = run(every);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        String table = table(r);
        System.out.println(table);
        System.out.printf("false 错误: %d, missed: %d, %.1f s wall, %.1f s CPU%n", r.falseErrors(), r.missed(), wall, cpu);
        for (Map<String, Tally> m : List.of(r.correct(), r.defects())) {
            m.forEach((k, t) -> t.examples.forEach(o -> System.out.println("== " + k + " @ " + o.sample().shape() + " " + o.sample().key()
                    + "\n   " + o.text() + "\n   errors: " + o.newErrors().stream().map(f -> f.ruleId() + " " + f.message()).toList()
                    + "\n   hints: " + o.newHints().stream().map(f -> f.ruleId() + " " + f.message()).toList())));
        }
        if (List.of(args).contains("--write")) {
            Path doc = Path.of("docs/AUDIT-QUALITY.md");
            String text = Files.readString(doc);
            String begin = "<!-- results -->";
            String end = "<!-- /results -->";
            int a = text.indexOf(begin);
            int z = text.indexOf(end);
            if (a < 0 || z < a) {
                throw new IllegalStateException("docs/AUDIT-QUALITY.md has no results markers");
            }
            Files.writeString(doc, text.substring(0, a + begin.length()) + "\n" + table + "\n" + text.substring(z));
        }
    }

    /** The severity of a finding, for tests that look at examples. */
    static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }
}
