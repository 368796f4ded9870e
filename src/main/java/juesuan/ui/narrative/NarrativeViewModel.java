package juesuan.ui.narrative;

import java.util.List;
import juesuan.model.Basis;
import juesuan.model.FormSection;
import juesuan.model.TextOverride;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.NarrativeSettings;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;
import juesuan.narrative.Profiles;
import juesuan.ui.session.ReportSession;
import juesuan.i18n.Msg;

/**
 * The 情况说明 tab: the text as it will print (regenerated after every change), the profile and wording settings,
 * the 主要原因 entered next to their sentences, rewritten paragraphs, and where each figure comes from.
 */
public final class NarrativeViewModel {
    private final ReportSession session;
    private Narrative narrative;
    private int generatedAt = -1;

    /** Edits made on the 情况说明 tab come back into view there. */
    private static final juesuan.ui.session.EditPlace PLACE = juesuan.ui.session.EditPlace.section("narrative");

    public NarrativeViewModel(ReportSession session) {
        this.session = session;
    }

    public ReportSession session() {
        return session;
    }

    /** The current text, regenerated when the report changed since. */
    public Narrative narrative() {
        if (narrative == null || generatedAt != session.revisionProperty().get()) {
            narrative = NarrativeGenerator.generate(session.report(), session.figures(), profile());
            generatedAt = session.revisionProperty().get();
        }
        return narrative;
    }

    public List<Profile> profiles() {
        return Profiles.all();
    }

    public Profile profile() {
        String id = session.report().profile();
        return Profiles.orDefault(id);
    }

    public void setProfile(String id) {
        if (session.refuseIfLocked()) {
            return;
        }
        if (id.equals(session.report().profile()) || !Profiles.exists(id)) {
            return;
        }
        long rid = session.reportId();
        session.change(Msg.get("edit.profile"), PLACE, session.report().profile(), id, session.report()::setProfile,
                (store, v) -> store.setProfile(rid, v));
    }

    public NarrativeSettings settings() {
        return NarrativeSettings.of(session.report(), profile());
    }

    public void setPercentDecimals(int decimals) {
        if (session.refuseIfLocked()) {
            return;
        }
        setSetting(NarrativeSettings.PERCENT_DECIMALS, Integer.toString(decimals));
    }

    public void setZeroBaseHundred(boolean on) {
        if (session.refuseIfLocked()) {
            return;
        }
        setSetting(NarrativeSettings.ZERO_BASE_HUNDRED, Boolean.toString(on));
    }

    /** Whether the profile's text can print "完成年初预算的XX%" (the setting is shown only then). */
    public boolean offersBudgetCompletion() {
        return profile().defaultBudgetCompletion() != null;
    }

    public void setBudgetCompletion(boolean on) {
        if (session.refuseIfLocked()) {
            return;
        }
        setSetting(NarrativeSettings.BUDGET_COMPLETION, Boolean.toString(on));
    }

    private void setSetting(String key, String value) {
        if (value.equals(session.report().setting(key))) {
            return;
        }
        long id = session.reportId();
        session.change(Msg.get("edit.wording"), PLACE, session.report().setting(key), value, v -> session.report().setSetting(key, v),
                (store, v) -> store.setSetting(id, key, v));
    }

    public String reason(String comparisonKey, Basis basis) {
        return session.report().reason(comparisonKey, basis);
    }

    /** Stores a 主要原因; it serves every sentence of that comparison. */
    public void setReason(String comparisonKey, Basis basis, String text) {
        if (session.refuseIfLocked()) {
            return;
        }
        String v = juesuan.model.PastedText.clean(text);
        if (v.equals(reason(comparisonKey, basis))) {
            return;
        }
        long id = session.reportId();
        session.change(Msg.get("edit.reason"), PLACE, reason(comparisonKey, basis), v, x -> session.report().setReason(comparisonKey, basis, x),
                (store, x) -> store.setReason(id, comparisonKey, basis, x));
    }

    /** Prints the user's text instead of the generated paragraph (kept with the generated text it replaces). */
    public void rewrite(String paragraphKey, String text) {
        if (session.refuseIfLocked()) {
            return;
        }
        Paragraph p = narrative().paragraph(paragraphKey);
        String v = juesuan.model.PastedText.clean(text);
        if (v.isEmpty() || v.equals(p.generated()) && !p.overridden()) {
            restore(paragraphKey);
            return;
        }
        TextOverride o = new TextOverride(v, p.generated());
        long id = session.reportId();
        session.change(Msg.get("edit.rewrite"), PLACE, session.report().overrides().get(paragraphKey), o,
                x -> session.report().setOverride(paragraphKey, x), (store, x) -> store.setOverride(id, paragraphKey, x));
    }

    /** Goes back to the generated paragraph. */
    public void restore(String paragraphKey) {
        if (session.refuseIfLocked()) {
            return;
        }
        if (!session.report().overrides().containsKey(paragraphKey)) {
            return;
        }
        long id = session.reportId();
        session.change(Msg.get("edit.restoreParagraph"), PLACE, session.report().overrides().get(paragraphKey), null,
                x -> session.report().setOverride(paragraphKey, x), (store, x) -> store.setOverride(id, paragraphKey, x));
    }

    /**
     * Where a figure of the text is entered.
     *
     * @param tab    the tab key (T1 … T9, comparisons, threePublic, operations, assets, performance, unit)
     * @param row    the grid row key, or null
     * @param column the grid column key, or null
     * @param field  the form field key, or null
     */
    public record Target(String tab, String row, String column, String field) {
    }

    /** The place a figure's source points to, or null when it has none. */
    public Target target(String source) {
        if (source == null) {
            return null;
        }
        if (source.startsWith("amount:") || source.startsWith("count:") || source.startsWith("text:")) {
            String key = source.substring(source.indexOf(':') + 1);
            if (key.equals("pr.total")) {
                key = "pr.services";
            }
            for (FormSection s : session.template().forms()) {
                String k = key;
                if (s.fields().stream().anyMatch(f -> f.key().equals(k))) {
                    return new Target(s.tab(), null, null, key);
                }
            }
            return null;
        }
        if (source.startsWith("cmp:") || source.startsWith("reason:")) {
            String rest = source.substring(source.indexOf(':') + 1);
            String key = rest.substring(0, rest.lastIndexOf('/'));
            String what = rest.substring(rest.lastIndexOf('/') + 1);
            String column = switch (what) {
                case "prior" -> "prior";
                case "budget" -> "initial";
                case "PRIOR" -> "reasonPrior";
                default -> "reasonBudget";
            };
            return new Target("comparisons", key, column, null);
        }
        if (source.startsWith("project:")) {
            return new Target("performance", null, null, null);
        }
        String[] p = source.split("/");
        return p.length == 3 ? new Target(p[0], p[1], p[2], null) : null;
    }
}
