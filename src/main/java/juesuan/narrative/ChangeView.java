package juesuan.narrative;

import juesuan.calculation.Change;
import juesuan.model.Basis;

/** A comparison as the template sees it: the phrase, its parts, and the 主要原因 (recorded when printed). */
public final class ChangeView {
    private final NarrativeModel model;
    private final String key;
    private final Basis basis;
    private final String label;
    private final Change change;
    private final String baseLabel;

    ChangeView(NarrativeModel model, String key, Basis basis, String label, Change change, String baseLabel) {
        this.model = model;
        this.key = key;
        this.basis = basis;
        this.label = label;
        this.change = change;
        this.baseLabel = baseLabel;
    }

    private Phrasing ph() {
        return model.phrasing();
    }

    private String source() {
        return "cmp:" + key + "/" + (basis == Basis.PRIOR ? "prior" : "budget");
    }

    /** "增加350.10万元，增长31.45%", "无增减", … marked as coming from the comparison. */
    public String getPhrase() {
        return NarrativeModel.mark(source(), ph().change(change, baseLabel));
    }

    /** What the base is called: 上年决算数, 年初预算数 or 全年预算数. */
    public String getBaseLabel() {
        return baseLabel;
    }

    public boolean isFlat() {
        return ph().flat(change);
    }

    public boolean isUp() {
        return !isFlat() && change.direction() > 0;
    }

    public boolean isDown() {
        return !isFlat() && change.direction() < 0;
    }

    public boolean isZeroBase() {
        return change.zeroBase();
    }

    /** The amount of the change, 万元. */
    public String getAmount() {
        return NarrativeModel.mark(source(), ph().wan(change.difference().abs()));
    }

    /** The base figure, 万元. */
    public String getBase() {
        return NarrativeModel.mark(source(), ph().wan(change.base()));
    }

    /** This year's figure, 万元. */
    public String getCurrent() {
        return NarrativeModel.mark(source(), ph().wan(change.current()));
    }

    /** The rate without %, empty for a zero base. */
    public String getRate() {
        return change.rate() == null ? "" : NarrativeModel.mark(source(), ph().percent(change.rate().abs()));
    }

    /** 决算 / 预算 × 100 (完成预算的X%), empty for a zero base. */
    public String getCompletion() {
        return change.completion() == null ? "" : NarrativeModel.mark(source(), ph().percent(change.completion()));
    }

    /**
     * The 主要原因 clause: {@code prefix + reason} when a reason is entered; when none is and the figure changed,
     * {@code prefix} + the profile's "reason missing" marker (flagged); otherwise nothing.
     */
    public String reason(String prefix) {
        String text = model.report().reason(key, basis);
        boolean required = !isFlat();
        boolean present = !text.isBlank();
        model.useReason(new ReasonUse(key, basis, label, required, present));
        if (present) {
            return prefix + NarrativeModel.mark("reason:" + key + "/" + basis.name(), text);
        }
        return required ? prefix + NarrativeModel.mark("missing:" + key + "/" + basis.name(), model.profile().phrase("reasonMissing")) : "";
    }
}
