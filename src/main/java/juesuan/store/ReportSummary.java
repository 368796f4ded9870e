package juesuan.store;

/** One report in the database, for the unit/year selector; {@code revision} counts its committed writes. */
public record ReportSummary(long reportId, String unitCode, String unitName, int fiscalYear, long revision, int templateYear) {
    @Override
    public String toString() {
        return unitCode + " " + unitName + " " + fiscalYear;
    }
}
