package juesuan.audit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.ReasonKey;
import juesuan.narrative.Paragraph;
import juesuan.narrative.ReasonUse;

/**
 * N-5: every changed figure the text compares has its 主要原因 (错误 when missing); a long reason copied word for
 * word into several comparisons is worth a look (提示).
 */
public final class ReasonRule implements Rule {
    /** Reasons shorter than this are set phrases ("与年初预算一致"), not boilerplate. */
    private static final int LONG = 30;

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-5";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        List<String> seen = new ArrayList<>();
        juesuan.calculation.Comparisons cmp = new juesuan.calculation.Comparisons(ctx.report(), ctx.figures());
        Map<String, juesuan.model.ComparisonDef> defs = cmp.definitions(ctx.profile().comparisonGroups());
        for (Paragraph p : ctx.narrative().paragraphs()) {
            for (ReasonUse r : p.reasons()) {
                String key = r.comparisonKey() + "/" + r.basis();
                juesuan.model.ComparisonDef def = defs.get(r.comparisonKey());
                // a base not typed is its own finding (R-3, N-4): the change, and so its reason, is not known yet
                boolean baseMissing = def != null && ComparisonBaseRule.baseMissing(cmp, def, r.basis());
                if (r.missing() && !baseMissing && !seen.contains(key)) {
                    seen.add(key);
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get(r.basis() == Basis.PRIOR ? "audit.reasonMissingPrior"
                            : "audit.reasonMissingBudget", r.label()), Place.cell("comparisons", r.comparisonKey(),
                            r.basis() == Basis.PRIOR ? "reasonPrior" : "reasonBudget")));
                }
            }
        }
        Map<String, List<ReasonKey>> byText = new LinkedHashMap<>();
        ctx.report().reasons().forEach((k, text) -> {
            if (text.strip().length() >= LONG) {
                byText.computeIfAbsent(text.strip(), t -> new ArrayList<>()).add(k);
            }
        });
        byText.forEach((text, keys) -> {
            if (keys.size() > 1) {
                ReasonKey first = keys.get(0);
                out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.reasonRepeated", keys.size(), text.substring(0, 20)),
                        Place.cell("comparisons", first.comparisonKey(), first.basis() == Basis.PRIOR ? "reasonPrior" : "reasonBudget")));
            }
        });
    }
}
