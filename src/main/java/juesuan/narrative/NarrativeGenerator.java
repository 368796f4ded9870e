package juesuan.narrative;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.model.YearTemplate;

/**
 * Writes the 情况说明 of a report in a profile: renders the profile's template paragraph by paragraph, keeps
 * where each figure comes from, records the 主要原因 each paragraph needs, and prints the user's own text where a
 * paragraph was rewritten (flagging it when the figures changed since).
 */
public final class NarrativeGenerator {
    private static final Configuration FREEMARKER = configure();

    private NarrativeGenerator() {
    }

    private static Configuration configure() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(NarrativeGenerator.class, "/narrative");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    public static Narrative generate(Report report, YearTemplate template, Profile profile) {
        return generate(report, new ReportFigures(report, template), profile);
    }

    public static Narrative generate(Report report, ReportFigures figures, Profile profile) {
        NarrativeSettings settings = NarrativeSettings.of(report, profile);
        NarrativeModel model = new NarrativeModel(report, figures, profile, settings);
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>();
        Map<String, Object> root = new HashMap<>();
        root.put("m", model);
        root.put("para", new ParagraphDirective(model, paragraphs, keys, false));
        root.put("h", new ParagraphDirective(model, paragraphs, keys, true));
        root.put("row", new RowDirective(paragraphs, keys));
        root.put("project", new ProjectBlock(model, paragraphs, keys, profile, settings));
        StringWriter title = new StringWriter();
        try {
            Template t = FREEMARKER.getTemplate(profile.template());
            t.process(root, title);
        } catch (IOException | TemplateException | RuntimeException e) {
            // a text profile that cannot be filled: one sentence naming the report and the paragraph, details logged
            juesuan.failure.ErrorLog.record("text profile " + profile.id(), e);
            String paragraph = keys.isEmpty() ? Msg.get("narrative.atStart") : lastKey(paragraphs, keys);
            throw new juesuan.failure.UserFailure(Msg.get("narrative.failed", report.unit().getName(), report.fiscalYear(),
                    profile.name(), paragraph), e);
        }
        return new Narrative(profile.id(), clean(title.toString()).strip(), paragraphs, model.compared(), model.unknown());
    }

    /** The paragraph being written when the template failed: the last one begun. */
    private static String lastKey(List<Paragraph> done, Set<String> begun) {
        for (String k : begun) {
            if (done.stream().noneMatch(p -> p.key().equals(k))) {
                return k;
            }
        }
        return done.isEmpty() ? Msg.get("narrative.atStart") : done.get(done.size() - 1).key();
    }

    /** Joins the template's lines: Chinese text has no spaces between lines. */
    static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        int from = 0;
        while (from <= raw.length()) {
            int to = raw.indexOf('\n', from);
            if (to < 0) {
                to = raw.length();
            }
            int a = from;
            int z = to;
            while (a < z && Character.isWhitespace(raw.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(raw.charAt(z - 1))) {
                z--;
            }
            b.append(raw, a, z); // each line stripped, as String.strip does, without a string per line
            from = to + 1;
        }
        return b.toString();
    }

    static List<Span> spans(String marked) {
        List<Span> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == NarrativeModel.START) {
                int mid = marked.indexOf(NarrativeModel.MID, i);
                int end = marked.indexOf(NarrativeModel.END, mid);
                if (plain.length() > 0) {
                    out.add(new Span(plain.toString(), null));
                    plain.setLength(0);
                }
                out.add(new Span(marked.substring(mid + 1, end), marked.substring(i + 1, mid)));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (plain.length() > 0) {
            out.add(new Span(plain.toString(), null));
        }
        return out;
    }

    /** The paragraph key a directive names, claimed for it: a key used twice is the template's mistake. */
    private static String claimKey(Map<?, ?> params, Set<String> keys) throws TemplateModelException {
        String key = ParagraphDirective.string(params.get("key"), "key");
        if (!keys.add(key)) {
            throw new TemplateModelException("paragraph key used twice: " + key);
        }
        return key;
    }

    /**
     * {@code <@row key="…" cells=["1", "…", ""] header=false/>}: a line of a table set in the text (the 单位构成's
     * 序号 | 单位名称 | 备注); its text is its cells, never rewritten.
     */
    private static final class RowDirective implements TemplateDirectiveModel {
        private final List<Paragraph> out;
        private final Set<String> keys;

        RowDirective(List<Paragraph> out, Set<String> keys) {
            this.out = out;
            this.keys = keys;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            String key = claimKey(params, keys);
            if (!(params.get("cells") instanceof freemarker.template.TemplateSequenceModel seq)) {
                throw new TemplateModelException("parameter cells must be a list");
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < seq.size(); i++) {
                cells.add(seq.get(i) instanceof TemplateScalarModel c ? c.getAsString() : String.valueOf(seq.get(i)));
            }
            boolean header = params.get("header") instanceof freemarker.template.TemplateBooleanModel b && b.getAsBoolean();
            String text = String.join("　", cells.stream().filter(c -> !c.isBlank()).toList());
            out.add(new Paragraph(key, false, 0, List.of(new Span(text, null)), List.of(), false, false, text,
                    new Paragraph.Row(cells, header)));
        }
    }

    /** {@code <@para key="2.1.1">…</@para>} and {@code <@h key="2" level=1>…</@h>}. */
    private static final class ParagraphDirective implements TemplateDirectiveModel {
        private final NarrativeModel model;
        private final List<Paragraph> out;
        private final Set<String> keys;
        private final boolean heading;

        ParagraphDirective(NarrativeModel model, List<Paragraph> out, Set<String> keys, boolean heading) {
            this.model = model;
            this.out = out;
            this.keys = keys;
            this.heading = heading;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            String key = claimKey(params, keys);
            int level = params.containsKey("level") ? ((TemplateNumberModel) params.get("level")).getAsNumber().intValue() : 0;
            List<ReasonUse> reasons = new ArrayList<>();
            model.collectReasons(reasons);
            StringWriter w = new StringWriter();
            if (body != null) {
                body.render(w);
            }
            model.collectReasons(null);
            List<Span> spans = spans(clean(w.toString()));
            StringBuilder generated = new StringBuilder();
            spans.forEach(s -> generated.append(s.text()));
            if (generated.isEmpty()) {
                return; // a paragraph whose content does not apply is left out
            }
            TextOverride o = heading ? null : model.report().overrides().get(key);
            if (o != null) {
                out.add(new Paragraph(key, false, level, List.of(new Span(o.text(), null)), reasons, true,
                        !o.generated().equals(generated.toString()), generated.toString()));
            } else {
                out.add(new Paragraph(key, heading, level, spans, reasons, false, false, generated.toString()));
            }
        }

        private static String string(Object o, String name) throws TemplateModelException {
            if (o instanceof TemplateScalarModel s) {
                return s.getAsString();
            }
            throw new TemplateModelException("parameter " + name + " must be a string");
        }
    }
}
