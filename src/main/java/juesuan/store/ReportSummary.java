package juesuan.store;

/** One report in the database, for the unit/year selector. */
public record ReportSummary(long reportId, String unitCode, String unitName, int fiscalYear) {
    @Override
    public String toString() {
        return unitCode + " " + unitName + " " + fiscalYear;
    }
}
