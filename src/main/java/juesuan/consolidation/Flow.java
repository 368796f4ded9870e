package juesuan.consolidation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import juesuan.i18n.Msg;
import juesuan.template.TemplateLoader;

/**
 * An internal flow between the members of a department, as a year's {@code consolidation.json} names it: one member
 * pays it (a column of a 功能分类 table), another receives it (a column of another).
 *
 * @param id            the flow's id
 * @param label         its name, for the list of eliminations
 * @param payerIsMember true when a unit pays its superior (上缴上级), false when the superior pays its members (补助)
 */
public record Flow(String id, String label, boolean payerIsMember, String paidTable, String paidColumn,
                   String receivedTable, String receivedColumn) {

    /** The flows of a template year (inherited from an earlier year when the year has none of its own). */
    public static List<Flow> forYear(int templateYear) {
        List<Flow> flows = new ArrayList<>();
        for (JsonNode f : TemplateLoader.json(templateYear, "consolidation.json").path("flows")) {
            String[] paid = f.path("paid").asText().split("/");
            String[] received = f.path("received").asText().split("/");
            String payer = f.path("payer").asText();
            if (paid.length != 2 || received.length != 2 || !(payer.equals("member") || payer.equals("superior"))) {
                throw new IllegalStateException(Msg.get("template.badRow", "consolidation.json", f.path("id").asText()));
            }
            flows.add(new Flow(f.path("id").asText(), f.path("label").asText(), payer.equals("member"),
                    paid[0], paid[1], received[0], received[1]));
        }
        return List.copyOf(flows);
    }

    /** The label of a flow id in a year, or the id when the year has no such flow. */
    public static String label(int templateYear, String id) {
        return forYear(templateYear).stream().filter(f -> f.id().equals(id)).map(Flow::label).findFirst().orElse(id);
    }
}
