package juesuan.narrative;

import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.model.Report;

/**
 * {@code <@project view=p key="5.2.1.3.">…</@project>}: the paragraphs of one project's 自评表, written once and kept.
 * A text of hundreds of projects spends most of its time on their tables, and an edit of the nine tables changes none
 * of them: the block's paragraphs are kept under everything they can depend on — the profile, the report's year,
 * unit and settings, the project's content, the block's place and any rewritten paragraph in it — and written again
 * only when one of these changes. So the block may read the project, its view, the year and the unit's name, and
 * nothing else of the report.
 */
final class ProjectBlock implements TemplateDirectiveModel {
    /** Blocks kept (a few reports of some hundred projects each); the oldest used goes first. */
    private static final int KEPT = 2_000;
    private static final Map<String, List<Paragraph>> WRITTEN = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Paragraph>> eldest) {
                    return size() > KEPT;
                }
            });

    private final NarrativeModel model;
    private final List<Paragraph> out;
    private final Set<String> keys;
    private final String context;

    ProjectBlock(NarrativeModel model, List<Paragraph> out, Set<String> keys, Profile profile, NarrativeSettings settings) {
        this.model = model;
        this.out = out;
        this.keys = keys;
        Report r = model.report();
        this.context = String.join("\u0002", profile.id(), profile.template(), String.valueOf(r.fiscalYear()),
                String.valueOf(r.templateYear()), r.unit().getCode(), r.unit().getName(), String.valueOf(r.unit().getSupervisor()),
                settings.toString());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(freemarker.core.Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object view = DeepUnwrap.unwrap((TemplateModel) params.get("view"));
        if (!(view instanceof NarrativeModel.ProjectView project) || !(params.get("key") instanceof TemplateScalarModel k)) {
            throw new TemplateModelException("@project needs view=<a project of m.projects()> and key=\"<paragraph key prefix>\"");
        }
        String prefix = k.getAsString();
        StringBuilder key = new StringBuilder(context).append('\u0002').append(prefix).append('\u0002')
                .append(project.getProject().contentKey());
        model.report().overrides().forEach((paragraph, o) -> {
            if (paragraph.startsWith(prefix)) {
                key.append('\u0003').append(paragraph).append('\u0003').append(o.text()).append('\u0003').append(o.generated());
            }
        });
        List<Paragraph> kept = WRITTEN.get(key.toString());
        if (kept != null) {
            for (Paragraph p : kept) {
                if (!keys.add(p.key())) {
                    throw new TemplateModelException("paragraph key used twice: " + p.key());
                }
            }
            out.addAll(kept);
            return;
        }
        int from = out.size();
        if (body != null) {
            body.render(env.getOut());
        }
        List<Paragraph> written = List.copyOf(new ArrayList<>(out.subList(from, out.size())));
        if (written.stream().allMatch(p -> p.key().startsWith(prefix))) { // only a block that keeps to its place is kept
            WRITTEN.put(key.toString(), written);
        }
    }

    /** Forgets every kept block (for tests that time or compare a first writing). */
    static void forgetAll() {
        WRITTEN.clear();
    }
}
