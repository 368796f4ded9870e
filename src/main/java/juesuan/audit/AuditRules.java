package juesuan.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the relations of a year's {@code template/<year>/audit.json}, its own or inherited (once per year). */
public final class AuditRules {
    private static final Map<Integer, List<Rule>> CACHE = new ConcurrentHashMap<>();
    private static final Map<Integer, Optional<RelationRule.Rounding>> ROUNDING = new ConcurrentHashMap<>();

    private AuditRules() {
    }

    /** The year's rounding rule (尾差), or null when its audit.json has none; read once per year. */
    public static RelationRule.Rounding rounding(int year) {
        return ROUNDING.computeIfAbsent(year, y -> {
            JsonNode rn = juesuan.template.TemplateLoader.json(y, "audit.json").path("rounding");
            return Optional.ofNullable(rn.isMissingNode() ? null : new RelationRule.Rounding(
                    new java.math.BigDecimal(rn.path("stepYuan").asText()), new java.math.BigDecimal(rn.path("perTermYuan").asText())));
        }).orElse(null);
    }

    public static List<Rule> relations(int year) {
        return CACHE.computeIfAbsent(year, AuditRules::read);
    }

    private static List<Rule> read(int year) {
        {
            List<Rule> rules = new ArrayList<>();
            JsonNode audit = juesuan.template.TemplateLoader.json(year, "audit.json");
            RelationRule.Rounding rounding = rounding(year);
            for (JsonNode r : audit.path("relations")) {
                rules.add(new RelationRule(r.path("id").asText(), Severity.valueOf(r.path("severity").asText("ERROR")),
                        r.path("where").asText(), side(r.path("left")), RelationRule.Op.valueOf(r.path("op").asText("EQ")),
                        side(r.path("right")), r.path("place").asText(), each(r.path("each")), rounding));
            }
            return List.copyOf(rules);
        }
    }

    private static RelationRule.Side side(JsonNode n) {
        return new RelationRule.Side(n.path("label").asText(), strings(n.path("terms")));
    }

    private static RelationRule.Each each(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new RelationRule.Each(n.has("classesOf") ? strings(n.path("classesOf")) : null,
                n.has("rowsOf") ? n.path("rowsOf").asText() : null, n.has("leavesOf") ? n.path("leavesOf").asText() : null,
                n.has("values") ? strings(n.path("values")) : null, n.has("names") ? strings(n.path("names")) : null);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
