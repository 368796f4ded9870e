package juesuan.audit;

import java.math.BigDecimal;
import java.util.List;
import juesuan.calculation.ComputedRow;

/**
 * The figures the rules read: the tables as printed (computed cells included) and the named amounts. The app
 * reads them from the report; a table as published elsewhere (typed totals and all) can be checked the same way.
 */
public interface CellValues {
    /** A figure by reference: "T1/in.grand/amount", "amount:op.opex", "cmp:carry.end/prior". */
    BigDecimal value(String ref);

    /** The rows of a table in print order. */
    List<ComputedRow> rows(String table);
}
