package juesuan.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import juesuan.exchange.CheckCode;
import juesuan.i18n.Msg;
import juesuan.model.Consolidation;
import juesuan.model.Report;

/**
 * Whether a consolidated report still is the sum of its members: a member re-loaded or edited since (its revision
 * moved and its data differs), a member whose report is gone, a unit that joined the node or left it.
 */
public final class Staleness {
    private Staleness() {
    }

    /**
     * One Chinese line per change since the consolidation; empty when the report is up to date.
     *
     * @param record    what the report was summed from
     * @param membersNow the node's reporting units now: code → name, in the tree's order
     * @param revisions the revision of every report of the year now, by unit code
     * @param load      loads a member's report (asked only for members whose revision moved, to compare the data)
     */
    public static List<String> changes(Consolidation record, Map<String, String> membersNow, Map<String, Long> revisions,
                                       Function<String, Optional<Report>> load) {
        List<String> out = new ArrayList<>();
        Map<String, Consolidation.Member> fed = new LinkedHashMap<>();
        record.members().forEach(m -> fed.put(m.code(), m));
        for (Consolidation.Member m : record.members()) {
            Long now = revisions.get(m.code());
            if (now == null) {
                out.add(Msg.get("consolidate.stale.gone", m.code(), m.name()));
            } else if (now != m.revision()) {
                boolean differs = load.apply(m.code()).map(r -> !CheckCode.digest(r).equals(m.digest())).orElse(true);
                if (differs) {
                    out.add(Msg.get("consolidate.stale.changed", m.code(), m.name()));
                }
            }
            if (!membersNow.containsKey(m.code())) {
                out.add(Msg.get("consolidate.stale.left", m.code(), m.name()));
            }
        }
        membersNow.forEach((code, name) -> {
            if (!fed.containsKey(code)) {
                out.add(revisions.containsKey(code) ? Msg.get("consolidate.stale.joined", code, name)
                        : Msg.get("consolidate.stale.noReport", code, name));
            }
        });
        return List.copyOf(out);
    }
}
