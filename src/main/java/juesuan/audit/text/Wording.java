package juesuan.audit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording a reviewer finds wrong whatever the figures (data: {@code /audit/wording.json}): two directions run together
 * (决算数大小于预算数, 比上年度减增加12.60万元), a change next to 持平 for the same subject, words in the wrong order
 * (支出收入), a share or an amount without its unit (占64.18；), and in a rewritten paragraph a year that is neither the
 * report's nor the one before (2021年度收入合计…, 与2021年相比). Each defect says where it is and quotes its words.
 */
public final class Wording {
    private static final Words W = Words.load();
    private static final Vocabulary V = Vocabulary.WORDS;

    private Wording() {
    }

    /** What is wrong. */
    public enum Kind {
        /** Two directions or two comparisons run together (大小于, 减增加, 增加…减少 before one figure). */
        CONTRADICTION,
        /** A change written for a subject the same sentence says did not change (减少为0.00万元，与上年持平). */
        CHANGE_AND_FLAT,
        /** A change of 0 written with a direction (增加0.00万元): 持平 is meant, or the amount it went to. */
        ZERO_CHANGE,
        /** Words in the wrong order (支出收入). */
        SWAPPED,
        /** A share, a rate or a completion without its %. */
        NO_PERCENT,
        /** An amount without its unit. */
        NO_UNIT,
        /** A year at the head of a sentence or of a comparison that is neither the report's nor the one before. */
        YEAR,
        /** Such a year elsewhere in the paragraph (not in its reasons): perhaps copied from an old text. */
        OTHER_YEAR
    }

    /**
     * A defect of the wording.
     *
     * @param kind    what is wrong
     * @param at      where in the paragraph
     * @param words   the words as written
     * @param instead what is right, where it is known ("" otherwise)
     */
    public record Defect(Kind kind, int at, String words, String instead) {
    }

    /**
     * The wording defects of a paragraph. A year is looked at only in a paragraph the officer wrote: the generated ones
     * write the report's years.
     */
    public static List<Defect> in(String text, int reportYear, boolean rewritten) {
        List<Defect> out = new ArrayList<>();
        for (String c : W.contradictions) {
            int at = text.indexOf(c);
            if (at >= 0) {
                out.add(new Defect(Kind.CONTRADICTION, at, c, ""));
            }
        }
        for (String[] s : W.swapped) {
            int at = text.indexOf(s[0]);
            if (at >= 0) {
                out.add(new Defect(Kind.SWAPPED, at, s[0], s[1]));
            }
        }
        bare(text, out);
        if (mayChange(text)) {
            changes(text, out);
        }
        if (rewritten) {
            years(text, reportYear, out);
        }
        return out;
    }

    /** Whether a text holds a word of change (the most paragraphs of a large report have none, and are not read). */
    private static boolean mayChange(String text) {
        return W.up.matcher(text).find() || W.down.matcher(text).find();
    }

    /** Directions run together before one figure, a change beside 持平, a change of 0. */
    private static void changes(String text, List<Defect> out) {
        List<Claim> claims = Reader.read(text);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.role() != Claim.Role.CHANGE && c.role() != Claim.Role.RATE) {
                continue;
            }
            Matcher up = W.up.matcher(c.lead());
            Matcher down = W.down.matcher(c.lead());
            if (up.find() && down.find() && out.stream().noneMatch(d -> d.kind() == Kind.CONTRADICTION)) {
                int from = Math.min(up.start(), down.start());
                out.add(new Defect(Kind.CONTRADICTION, c.number().start(), c.lead().substring(from) + c.number().text(), ""));
                continue;
            }
            int flat = flatAfter(text, c, i + 1 < claims.size() ? claims.get(i + 1).number().start() : text.length());
            if (flat >= 0) {
                Matcher f = V.flat.matcher(text).region(flat, text.length());
                f.lookingAt();
                out.add(new Defect(Kind.CHANGE_AND_FLAT, c.number().start(), text.substring(c.number().start() - lastWord(c.lead()).length(), f.end()), ""));
            } else if (c.number().value().signum() == 0) {
                out.add(new Defect(Kind.ZERO_CHANGE, c.number().start(), lastWord(c.lead()) + c.number().text(), ""));
            }
        }
    }

    /** The direction word that ends a lead (减少为), for quoting. */
    private static String lastWord(String lead) {
        Matcher m = W.lastDirection.matcher(lead);
        return m.find() ? m.group() : "";
    }

    /**
     * Where 持平 (无增减 …) follows a change in its sentence and says it of the same subject and basis, or -1: nothing
     * but words of comparison between them (…减少为0.00万元，与上年持平).
     */
    private static int flatAfter(String text, Claim c, int nextFigure) {
        int end = Math.min(Reader.sentenceEnd(text, c.number().end()), nextFigure);
        Matcher f = V.flat.matcher(text).region(c.number().end(), end);
        if (!f.find()) {
            return -1;
        }
        String between = text.substring(c.number().end(), f.start());
        String head = Reader.head(W.leadingMarks.matcher(between).replaceAll(""));
        if (!head.isEmpty() && Reader.agreement(Reader.norm(head), c.subject()) < 2 && !W.comparedWords.matcher(head).matches()) {
            return -1; // another subject's (其中：因公出国（境）费支出决算持平)
        }
        boolean prior = V.basisPrior.matcher(between).find();
        boolean budget = V.basisBudget.matcher(between).find();
        if (c.basis() != null && (prior || budget) && (c.basis() == juesuan.model.Basis.PRIOR ? !prior : !budget)) {
            return -1; // 较年初预算数减少0.86万元；与上年持平
        }
        return f.start();
    }

    /** Numbers left without their unit: a share or a rate without %, an amount without 万元. */
    private static void bare(String text, List<Defect> out) {
        boolean declared = false;
        Matcher unit = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9' || i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                continue;
            }
            int start = i;
            int end = i;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            boolean decimal = false;
            if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))) {
                decimal = true;
                end++;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            }
            i = end;
            if (end < text.length() && W.afterBare.indexOf(text.charAt(end)) < 0) {
                continue;
            }
            String percentWord = endsWithAny(text, start, W.percentBefore);
            if (percentWord != null) {
                out.add(new Defect(Kind.NO_PERCENT, start, percentWord + text.substring(start, end), ""));
                return;
            }
            if (decimal && start > 0 && (Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN)) {
                if (unit == null) {
                    unit = W.unitDeclared.matcher(text);
                    declared = unit.find() && unit.start() < start;
                }
                if (!declared) {
                    int from = start;
                    while (from > 0 && start - from < 8 && Character.UnicodeScript.of(text.charAt(from - 1)) == Character.UnicodeScript.HAN) {
                        from--;
                    }
                    out.add(new Defect(Kind.NO_UNIT, start, text.substring(from, end), ""));
                    return;
                }
            }
        }
    }

    private static String endsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** A year at the head of a sentence or after 与/较/比 that is neither the report's nor the one before. */
    private static void years(String text, int reportYear, List<Defect> out) {
        Matcher m = W.year.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y == reportYear || y == reportYear - 1 || Reader.inReason(text, m.start())) {
                continue;
            }
            int s = Reader.sentenceStart(text, m.start());
            String before = text.substring(s, m.start());
            boolean lead = W.yearLeadPrefix.matcher(before).matches();
            boolean compared = W.yearComparedBefore.matcher(before).find();
            // a 年度 is a fiscal year the paragraph reports on or compares with (2021年度收入支出总计): not a date
            boolean fiscal = text.startsWith(W.fiscalYearMark, m.end());
            int to = m.end();
            while (to < text.length() && to - m.end() < 6 && Character.UnicodeScript.of(text.charAt(to)) == Character.UnicodeScript.HAN) {
                to++;
            }
            String words = text.substring(m.start(), to);
            boolean far = y < reportYear - 1 || y > reportYear + 1;
            if (lead || compared || fiscal && far) {
                out.add(new Defect(Kind.YEAR, m.start(), words, String.valueOf(compared ? reportYear - 1 : reportYear)));
            } else if (far) {
                out.add(new Defect(Kind.OTHER_YEAR, m.start(), words, ""));
            }
        }
    }

    /** The word lists of /audit/wording.json. */
    private record Words(List<String> contradictions, List<String[]> swapped, Pattern up, Pattern down, Pattern lastDirection,
                         List<String> percentBefore, Pattern unitDeclared, String afterBare, Pattern yearLeadPrefix,
                         Pattern yearComparedBefore, Pattern comparedWords, Pattern year, String fiscalYearMark,
                         Pattern leadingMarks) {
        static Words load() {
            try (InputStream in = Wording.class.getResourceAsStream("/audit/wording.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing /audit/wording.json");
                }
                JsonNode j = new ObjectMapper().readTree(in);
                List<String> contradictions = new ArrayList<>();
                j.path("contradictions").forEach(x -> contradictions.add(x.asText()));
                List<String[]> swapped = new ArrayList<>();
                j.path("swapped").forEach(x -> swapped.add(new String[] {x.get(0).asText(), x.get(1).asText()}));
                List<String> percent = new ArrayList<>();
                j.path("percentBefore").forEach(x -> percent.add(x.asText()));
                percent.sort(java.util.Comparator.comparingInt(String::length).reversed());
                String up = j.path("up").asText();
                String down = j.path("down").asText();
                return new Words(List.copyOf(contradictions), List.copyOf(swapped), Pattern.compile(up), Pattern.compile(down),
                        Pattern.compile("(?:" + up + "|" + down + ")" + j.path("directionTail").asText()), List.copyOf(percent),
                        Pattern.compile(j.path("unitDeclared").asText()), j.path("afterBare").asText(),
                        Pattern.compile(j.path("yearLeadPrefix").asText()), Pattern.compile(j.path("yearComparedBefore").asText()),
                        Pattern.compile(j.path("comparedWords").asText()), Pattern.compile(j.path("year").asText()),
                        j.path("fiscalYearMark").asText(), Pattern.compile(j.path("leadingMarks").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
