package juesuan.audit;

import java.util.function.Consumer;

/** A consistency rule. */
public interface Rule {
    String id();

    /** Reports every inconsistency it finds. */
    void check(AuditContext ctx, Consumer<Finding> out);

    /**
     * Whether the rule reads the text ({@link AuditContext#narrative()}). The 审核 runs these after the others, while
     * the text is written on a second thread; a rule that reads the text without saying so is still right, only later.
     */
    default boolean readsText() {
        return false;
    }
}
