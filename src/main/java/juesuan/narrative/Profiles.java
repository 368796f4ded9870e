package juesuan.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text profiles shipped in {@code /narrative/profiles.json}. */
public final class Profiles {
    public static final String DEFAULT = "chongqing";
    private static final Map<String, Profile> ALL = load();

    private Profiles() {
    }

    public static List<Profile> all() {
        return List.copyOf(ALL.values());
    }

    public static Profile get(String id) {
        Profile p = ALL.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown text profile " + id + "; known: " + ALL.keySet());
        }
        return p;
    }

    /** The profile of that id, or the default profile for an id this version does not ship. */
    public static Profile orDefault(String id) {
        return id != null && ALL.containsKey(id) ? ALL.get(id) : ALL.get(DEFAULT);
    }

    public static boolean exists(String id) {
        return ALL.containsKey(id);
    }

    /** The rating bands ("gradeFloors": {"A": 90, …}), highest first; the usual bands when the profile has none. */
    private static java.util.SequencedMap<String, java.math.BigDecimal> gradeFloors(JsonNode p) {
        java.util.SequencedMap<String, java.math.BigDecimal> floors = new java.util.LinkedHashMap<>();
        var node = p.path("gradeFloors");
        if (node.isMissingNode()) {
            floors.put("A", java.math.BigDecimal.valueOf(90));
            floors.put("B", java.math.BigDecimal.valueOf(80));
            floors.put("C", java.math.BigDecimal.valueOf(60));
            return floors;
        }
        node.fieldNames().forEachRemaining(k -> floors.put(k, node.get(k).decimalValue()));
        return floors;
    }

    /** What must be filled before 定稿 ("requires": ["duties", …]); each item one the rule knows. */
    private static List<String> requires(String id, JsonNode p) {
        List<String> items = new ArrayList<>();
        for (JsonNode n : p.path("requires")) {
            String item = n.asText();
            if (!Profile.REQUIRABLE.contains(item)) {
                throw new IllegalStateException("profile " + id + ": cannot require " + item + "; known: " + Profile.REQUIRABLE);
            }
            items.add(item);
        }
        return items;
    }

    /** What the text must state even when zero ("discloses": [{"item", "under", "pattern", "field"}, …]). */
    private static List<Profile.Disclosure> discloses(JsonNode p) {
        List<Profile.Disclosure> out = new ArrayList<>();
        for (JsonNode n : p.path("discloses")) {
            out.add(new Profile.Disclosure(n.path("item").asText(), n.path("under").asText(),
                    java.util.regex.Pattern.compile(n.path("pattern").asText()), n.hasNonNull("field") ? n.path("field").asText() : null));
        }
        return out;
    }

    /** The document's parts ("document": [{"part": "cover"}, {"part": "text", "from": …, "until": …}, …]). */
    private static List<Profile.Part> document(String id, JsonNode p) {
        List<Profile.Part> parts = new ArrayList<>();
        for (JsonNode n : p.path("document")) {
            String kind = n.path("part").asText();
            if (!Profile.Part.KINDS.contains(kind)) {
                throw new IllegalStateException("profile " + id + ": unknown document part " + kind);
            }
            parts.add(new Profile.Part(kind, n.hasNonNull("from") ? n.path("from").asText() : null,
                    n.hasNonNull("until") ? n.path("until").asText() : null,
                    n.hasNonNull("heading") ? n.path("heading").asText() : null));
        }
        if (parts.isEmpty() || !parts.getFirst().kind().equals("cover")) {
            throw new IllegalStateException("profile " + id + ": the document must begin with its cover");
        }
        return parts;
    }

    private static Map<String, Profile> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Profile> out = new LinkedHashMap<>();
        try (InputStream index = open("/narrative/profiles.json")) {
            for (JsonNode entry : json.readTree(index).path("profiles")) {
                String id = entry.asText();
                try (InputStream in = open("/narrative/" + id + "/profile.json")) {
                    JsonNode p = json.readTree(in);
                    Map<String, String> phrases = new LinkedHashMap<>();
                    p.path("phrases").fields().forEachRemaining(e -> phrases.put(e.getKey(), e.getValue().asText()));
                    List<String> groups = new ArrayList<>();
                    p.path("comparisonGroups").forEach(g -> groups.add(g.asText()));
                    Map<String, String> fonts = new LinkedHashMap<>();
                    p.path("documentFonts").fields().forEachRemaining(e -> fonts.put(e.getKey(), e.getValue().asText()));
                    for (String role : List.of("body", "heading", "latin", "rare")) {
                        if (!fonts.containsKey(role)) {
                            throw new IllegalStateException("profile " + id + " names no " + role + " font in documentFonts");
                        }
                    }
                    out.put(id, new Profile(id, p.path("name").asText(), id + "/" + p.path("template").asText(), phrases,
                            groups, p.path("budgetFallbackFullYear").asBoolean(false),
                            p.path("percentDecimals").asInt(2), p.path("zeroBaseHundred").asBoolean(false), fonts,
                            juesuan.model.ZeroAmounts.of(p.path("zeroAmounts").asText("blank")),
                            p.has("budgetCompletion") ? p.path("budgetCompletion").asBoolean() : null, document(id, p),
                            p.hasNonNull("formsSection") ? p.path("formsSection").asText() : null, gradeFloors(p),
                            requires(id, p), discloses(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = Profiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return in;
    }
}
