package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;

/**
 * T8/9-2: a 政府性基金 or 国有资本经营 table without data is stated as such in the text ("无…"), and a table with data
 * is not.
 */
public final class FundStatementRule implements Rule {
    private final String table;
    private final String marker;

    /**
     * @param table  T8 or T9
     * @param marker the words the text uses when there is no data (无政府性基金预算, 无国有资本经营预算)
     */
    public FundStatementRule(String table, String marker) {
        this.table = table;
        this.marker = marker;
    }

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "T8/9-2";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        boolean hasData = !ctx.report().table(table).cells().isEmpty();
        boolean saysNone = ctx.narrative().text().contains(marker);
        String title = ctx.template().requireTable(table).title();
        if (!hasData && !saysNone) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.fundNoStatement", title, marker), Place.tab("narrative")));
        } else if (hasData && saysNone) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.fundWrongStatement", title, marker), Place.tab("narrative")));
        }
    }
}
