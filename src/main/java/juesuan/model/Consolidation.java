package juesuan.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a consolidated (汇总) report was made from: each member's report as it was summed, and the internal flows
 * taken out. Kept with the department's report so it can say when a member has changed since.
 *
 * @param at           when the consolidation ran
 * @param members      the reporting units summed, in the tree's order
 * @param eliminations the internal flows taken out, per flow and code
 */
public record Consolidation(LocalDateTime at, List<Member> members, List<Elimination> eliminations) {
    public Consolidation {
        members = List.copyOf(members);
        eliminations = List.copyOf(eliminations);
    }

    /**
     * One member's report as it was summed.
     *
     * @param digest   the digest of its data (as the 定稿 check code is made), which changes when it is edited or re-loaded
     * @param revision its revision in the database then
     */
    public record Member(String code, String name, long revision, String digest) {
    }

    /**
     * One internal flow taken out of the tables at one 功能分类 code.
     *
     * @param flow       the flow's id in the year's {@code consolidation.json} (上缴上级 or 对附属单位补助)
     * @param code       the 功能分类 code
     * @param paid       what the paying members show at the code (元)
     * @param received   what the receiving members show at the code (元)
     * @param eliminated what was taken out of both (the smaller of the two)
     */
    public record Elimination(String flow, String code, BigDecimal paid, BigDecimal received, BigDecimal eliminated) {
        /** Whether the two sides disagree: the difference stays in the report and is told. */
        public boolean unmatched() {
            return paid.compareTo(received) != 0;
        }
    }
}
