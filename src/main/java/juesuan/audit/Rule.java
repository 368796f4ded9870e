package juesuan.audit;

import java.util.function.Consumer;

/** A consistency rule. */
public interface Rule {
    String id();

    /** Reports every inconsistency it finds. */
    void check(AuditContext ctx, Consumer<Finding> out);
}
