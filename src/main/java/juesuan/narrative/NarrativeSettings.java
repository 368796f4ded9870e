package juesuan.narrative;

import juesuan.model.Report;

/**
 * Wording choices a report can make.
 *
 * @param percentDecimals   decimals of percentages (2; some regions print 1)
 * @param zeroBaseHundred   when the base is 0 and the figure is not: print "增长100.00%" instead of the amount only
 * @param budgetCompletion  print "完成年初预算的XX%" beside 年初预算 and 决算 (where the profile writes it at all)
 */
public record NarrativeSettings(int percentDecimals, boolean zeroBaseHundred, boolean budgetCompletion) {
    public static final String PERCENT_DECIMALS = "percentDecimals";
    public static final String ZERO_BASE_HUNDRED = "zeroBaseHundred";
    public static final String BUDGET_COMPLETION = "budgetCompletion";

    /** Settings with the completion share printed. */
    public NarrativeSettings(int percentDecimals, boolean zeroBaseHundred) {
        this(percentDecimals, zeroBaseHundred, true);
    }

    /** The report's settings, the profile's defaults where the report has none. */
    public static NarrativeSettings of(Report report, Profile profile) {
        String d = report.setting(PERCENT_DECIMALS);
        String z = report.setting(ZERO_BASE_HUNDRED);
        String c = report.setting(BUDGET_COMPLETION);
        boolean offered = profile.defaultBudgetCompletion() != null;
        return new NarrativeSettings(d == null ? profile.defaultPercentDecimals() : Integer.parseInt(d),
                z == null ? profile.defaultZeroBaseHundred() : Boolean.parseBoolean(z),
                offered && (c == null ? profile.defaultBudgetCompletion() : Boolean.parseBoolean(c)));
    }
}
