package juesuan.audit.rules;

import java.util.List;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.model.Unit;
import juesuan.narrative.Paragraph;

/**
 * C-1: what the report's profile requires before 定稿 (its {@code requires} list in profile.json) is filled: the
 * unit's 主管部门, 单位类型 (one of the template's types), 职能职责, 单位构成 or 机构设置, 联系人 and 电话, the
 * 名词解释, and a text in which every heading has something under it. Each missing item is an 错误 at its field, so
 * the document never prints a label followed by nothing.
 */
public final class CompletenessRule implements Rule {
    @Override
    public String id() {
        return "C-1";
    }

    @Override
    public boolean readsText() {
        return true;
    }

    /** The 单位情况 field of an item (the ids the unit form gives its fields). */
    public static Place place(String item) {
        return Place.field("unit", item);
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Unit u = ctx.report().unit();
        for (String item : ctx.profile().requires()) {
            switch (item) {
                case "supervisor" -> blank(u.getSupervisor(), item, out);
                case "unitType" -> {
                    // a 汇总's type is its members' (none when 行政 and 事业 units are summed): nothing to choose
                    String type = u.getUnitType() == null ? "" : u.getUnitType().strip();
                    List<String> types = ctx.template().unitTypes();
                    if (ctx.report().consolidation() != null) {
                        continue;
                    }
                    if (type.isEmpty()) {
                        missing(item, out);
                    } else if (!types.isEmpty() && !types.contains(type)) {
                        out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.required.unknownType", type,
                                String.join(Msg.get("table.enumeration"), types)), place(item)));
                    }
                }
                case "duties" -> {
                    if (u.getDuties().stream().allMatch(String::isBlank)) {
                        missing(item, out);
                    }
                }
                case "structure" -> {
                    boolean none = u.getSubunits().stream().allMatch(String::isBlank)
                            && u.getInternalBodies().stream().allMatch(String::isBlank);
                    if (none && ctx.report().consolidation() == null) {
                        missing(item, out);
                    }
                }
                case "contactPerson" -> blank(u.getContactPerson(), item, out);
                case "contactPhone" -> blank(u.getContactPhone(), item, out);
                case "glossary" -> {
                    if (ctx.report().glossary().stream().allMatch(g -> g.term().isBlank() || g.definition().isBlank())) {
                        out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.required.glossary"), Place.tab("glossary")));
                    }
                }
                case "text" -> emptyHeadings(ctx, out);
                default -> throw new IllegalStateException("no check for required item " + item);
            }
        }
    }

    private void blank(String value, String item, Consumer<Finding> out) {
        if (value == null || value.isBlank()) {
            missing(item, out);
        }
    }

    private void missing(String item, Consumer<Finding> out) {
        out.accept(Finding.of(id(), Severity.ERROR, Msg.get(MESSAGES.get(item)), place(item)));
    }

    /** The message of each item that is missing. */
    private static final java.util.Map<String, String> MESSAGES = java.util.Map.of("supervisor", "audit.required.supervisor",
            "unitType", "audit.required.unitType", "duties", "audit.required.duties", "structure", "audit.required.structure",
            "contactPerson", "audit.required.contactPerson", "contactPhone", "audit.required.contactPhone");

    /** A heading with nothing under it (no paragraph with text before the next heading of its level or above). */
    private void emptyHeadings(AuditContext ctx, Consumer<Finding> out) {
        List<Paragraph> all = ctx.narrative().paragraphs();
        for (int i = 0; i < all.size(); i++) {
            Paragraph h = all.get(i);
            if (!h.heading()) {
                continue;
            }
            boolean content = false;
            for (int j = i + 1; j < all.size(); j++) {
                Paragraph p = all.get(j);
                if (p.heading() && p.level() <= h.level()) {
                    break;
                }
                if (!p.heading() && !p.text().isBlank()) {
                    content = true;
                    break;
                }
            }
            // a heading that titles what the document prints apart (the tables, the 自评表 forms) stands alone
            boolean printedApart = ctx.profile().document().stream().anyMatch(part -> h.key().equals(part.heading()))
                    || h.key().equals(ctx.profile().formsSection());
            if (!content && !printedApart) {
                out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.required.emptyHeading", h.text()),
                        Place.field("narrative", h.key())));
            }
        }
    }
}
