package juesuan.audit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a reviewer reads a paragraph by (data: {@code /audit/text-reading.json}): the units of figures, the words
 * before a figure that make it a share, a change, a rate, a completion or a budget, the words of a comparison's basis,
 * and how a subject is trimmed and compared.
 */
final class Vocabulary {
    static final Vocabulary WORDS = load();

    final List<String> units;
    final Set<String> money;
    final Set<String> percent;
    final String sentenceEnds;
    final String clauseMarks;
    final List<String> reasonStarts;
    final Pattern enumerationLead;
    final String reasonEnds;
    final Pattern comparisonStart;
    final Pattern share;
    final Pattern completion;
    final Pattern rateUp;
    final Pattern rateDown;
    final Pattern changeUp;
    final Pattern changeDown;
    final Pattern budgetAmount;
    final Pattern actualAmount;
    final Pattern basisPrior;
    final Pattern basisBudget;
    final Pattern subjectCut;
    final Pattern flat;
    final Pattern fullYear;
    final Pattern leadStrip;
    final Pattern trailStrip;
    final Set<String> generic;
    final List<String[]> synonyms;
    final List<String> strip;
    final List<String> levelMarks;
    final java.util.Map<String, Integer> levels;
    final String closeBrackets;
    final String notFigureAfter;
    final String notFigureBefore;

    private Vocabulary(JsonNode j) {
        List<String> u = strings(j.path("units"));
        u.sort(Comparator.comparingInt(String::length).reversed()); // 万元 before 元, 人次 before 人
        units = List.copyOf(u);
        money = Set.copyOf(strings(j.path("money")));
        percent = Set.copyOf(strings(j.path("percent")));
        sentenceEnds = j.path("sentenceEnds").asText();
        clauseMarks = j.path("clauseMarks").asText();
        reasonStarts = strings(j.path("reasonStarts"));
        enumerationLead = pattern(j, "enumerationLead");
        reasonEnds = j.path("reasonEnds").asText();
        comparisonStart = pattern(j, "comparisonStart");
        share = pattern(j, "share");
        completion = pattern(j, "completion");
        rateUp = pattern(j, "rateUp");
        rateDown = pattern(j, "rateDown");
        changeUp = pattern(j, "changeUp");
        changeDown = pattern(j, "changeDown");
        budgetAmount = pattern(j, "budgetAmount");
        actualAmount = pattern(j, "actualAmount");
        basisPrior = pattern(j, "basisPrior");
        basisBudget = pattern(j, "basisBudget");
        subjectCut = pattern(j, "subjectCut");
        flat = pattern(j, "flat");
        fullYear = pattern(j, "fullYear");
        leadStrip = pattern(j, "leadStrip");
        trailStrip = pattern(j, "trailStrip");
        generic = Set.copyOf(strings(j.path("generic")));
        List<String[]> syn = new ArrayList<>();
        j.path("synonyms").forEach(p -> syn.add(new String[] {p.get(0).asText(), p.get(1).asText()}));
        synonyms = List.copyOf(syn);
        strip = strings(j.path("strip"));
        levelMarks = strings(j.path("levelMarks"));
        java.util.Map<String, Integer> lv = new java.util.HashMap<>();
        j.path("levels").fields().forEachRemaining(e -> lv.put(e.getKey(), e.getValue().asInt()));
        levels = java.util.Map.copyOf(lv);
        closeBrackets = j.path("closeBrackets").asText();
        notFigureAfter = j.path("notFigureAfter").asText();
        notFigureBefore = j.path("notFigureBefore").asText();
    }

    private static Pattern pattern(JsonNode j, String key) {
        String p = j.path(key).asText(null);
        if (p == null) {
            throw new IllegalStateException("text-reading.json has no " + key);
        }
        return Pattern.compile(p);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/audit/text-reading.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /audit/text-reading.json");
            }
            return new Vocabulary(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
