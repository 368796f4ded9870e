package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;

/**
 * N-8: every 功能分类 row is a code of the year's catalog, at its last level (so code and name match it). A code
 * the officer added (新增科目) is a 提示: it may stand with an explanation, and the bureau's list may add it later.
 */
public final class CatalogRule implements Rule {
    @Override
    public String id() {
        return "N-8";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        var catalog = ctx.template().functions();
        for (TableTemplate t : ctx.template().tables()) {
            if (t.kind() != TableKind.FUNCTION) {
                continue;
            }
            var data = ctx.report().table(t.code());
            java.util.Set<String> codes = new java.util.TreeSet<>(data.rows());
            codes.addAll(data.cells().keySet());
            for (String code : codes) {
                String column = t.columns().get(0).key();
                var added = ctx.template().added(juesuan.model.CatalogKind.FUNCTION, code);
                if (added.isPresent() && catalog.children(code).isEmpty()) {
                    out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.addedCode", code, added.get().name(),
                            ctx.template().year(), t.title()), Place.cell(t.code(), code, column)));
                } else if (!catalog.contains(code)) {
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.unknownCode", code, catalog.year(), t.title()),
                            Place.cell(t.code(), code, column)));
                } else if (!catalog.children(code).isEmpty()) {
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.notLeaf", code,
                            catalog.find(code).orElseThrow().name(), t.title()), Place.cell(t.code(), code, column)));
                }
            }
        }
    }
}
