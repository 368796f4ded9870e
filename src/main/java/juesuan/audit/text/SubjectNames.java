package juesuan.audit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import juesuan.model.Catalog;
import juesuan.model.CatalogEntry;

/**
 * The 支出功能分类 names a paragraph writes, against the year's catalog (with the report's own codes): an outdated name
 * (文化体育与传媒支出, data {@code /audit/outdated-names.csv}) anywhere in the text, and in a paragraph about one code
 * (一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）) a 类, 款 or 项 named otherwise than that code's
 * line of the catalog: another code's name, or one the catalog does not have.
 */
public final class SubjectNames {
    private static final List<String[]> OUTDATED = readOutdated();
    /** The level marks （类）（款）（项）, and the level each stands for. */
    private static final java.util.Map<String, Integer> MARKS = Vocabulary.WORDS.levels;
    private static final Map<Catalog, SubjectNames> BY_CATALOG = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Catalog catalog;
    /** Outdated name → its code, longest first; only names no current line has and codes the catalog holds. */
    private final List<String[]> outdated = new ArrayList<>();
    /** For each outdated name, the current names that hold it (城乡社区管理事务 holds no 城乡社区事务; 其他… may). */
    private final Map<String, List<String>> holders = new HashMap<>();
    /** Per level (1 类, 2 款, 3 项): name → its codes (一般行政管理事务 is a 项 under many 款). */
    private final List<Map<String, List<String>>> names = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    private final int longest;

    /** What is wrong with a name. */
    public enum Kind {
        /** A name of an earlier year's catalog. */
        OUTDATED,
        /** The name of another code of the same level. */
        OTHER_CODE,
        /** A name that is not the code's and not another's. */
        NOT_THE_CODES
    }

    /**
     * A 科目 named wrongly.
     *
     * @param kind    what is wrong
     * @param at      where the name starts in the paragraph
     * @param written the name as written (with its level mark, if any)
     * @param code    the code it should name (the paragraph's, or the code the outdated name was of)
     * @param right   the catalog's name of that code
     * @param other   for OTHER_CODE the code whose name it is, else ""
     */
    public record Misnamed(Kind kind, int at, String written, String code, String right, String other) {
    }

    private SubjectNames(Catalog catalog) {
        this.catalog = catalog;
        java.util.Set<String> current = new java.util.HashSet<>();
        int max = 0;
        for (CatalogEntry e : catalog.all()) {
            current.add(e.name());
            if (e.level() >= 1 && e.level() <= 3) {
                names.get(e.level() - 1).computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e.code());
            }
            max = Math.max(max, e.name().length());
        }
        longest = max;
        for (String[] o : OUTDATED) {
            if (catalog.contains(o[0]) && !current.contains(o[1])) {
                outdated.add(o);
                holders.put(o[1], current.stream().filter(n -> n.contains(o[1])).toList());
            }
        }
        outdated.sort(Comparator.comparingInt((String[] o) -> o[1].length()).reversed());
    }

    /** The names of a catalog (kept while the catalog is). */
    public static SubjectNames of(Catalog catalog) {
        return BY_CATALOG.computeIfAbsent(catalog, SubjectNames::new);
    }

    /**
     * The wrongly named 科目 of a paragraph.
     *
     * @param code the code the paragraph is about (its last key part: 2010301, 201), or null
     */
    public List<Misnamed> in(String text, String code) {
        List<Misnamed> out = new ArrayList<>();
        outdated(text, out);
        if (code != null && catalog.contains(code)) {
            boolean marked = false;
            for (String mark : MARKS.keySet()) {
                int m = text.indexOf(mark);
                while (m >= 0) {
                    marked = true;
                    marked(text, m, mark, code, out);
                    m = text.indexOf(mark, m + mark.length());
                }
            }
            if (!marked && code.length() == 3) {
                unmarkedClass(text, code, out);
            }
        }
        out.sort(Comparator.comparingInt(Misnamed::at));
        return out;
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private void outdated(String text, List<Misnamed> out) {
        boolean[] taken = null;
        for (String[] o : outdated) {
            String name = o[1];
            int at = text.indexOf(name);
            while (at >= 0) {
                int end = at + name.length();
                boolean free = taken == null || !taken[at];
                boolean levelled = !"yes".equals(o[2]) || followedByMark(text, end);
                if (free && levelled && !insideCurrent(text, at, name) && !hanBefore(text, at, o)) {
                    if (taken == null) {
                        taken = new boolean[text.length()];
                    }
                    java.util.Arrays.fill(taken, at, end, true);
                    String written = followedByMark(text, end) ? text.substring(at, end + 3) : name;
                    out.add(new Misnamed(Kind.OUTDATED, at, written, o[0], catalog.find(o[0]).orElseThrow().name(), ""));
                }
                at = text.indexOf(name, end);
            }
        }
    }

    /** A short name counts only at a word's start: 文化（款） is a 科目, 其他文化（款） or 群众文化（项） another. */
    private static boolean hanBefore(String text, int at, String[] o) {
        return "yes".equals(o[2]) && at > 0 && Character.UnicodeScript.of(text.charAt(at - 1)) == Character.UnicodeScript.HAN
                && Vocabulary.WORDS.closeBrackets.indexOf(text.charAt(at - 1)) < 0;
    }

    private boolean insideCurrent(String text, int at, String name) {
        for (String h : holders.getOrDefault(name, List.of())) {
            int offset = h.indexOf(name);
            while (offset >= 0) {
                if (at - offset >= 0 && text.startsWith(h, at - offset)) {
                    return true;
                }
                offset = h.indexOf(name, offset + 1);
            }
        }
        return false;
    }

    private static boolean followedByMark(String text, int at) {
        for (String m : MARKS.keySet()) {
            if (text.startsWith(m, at)) {
                return true;
            }
        }
        return false;
    }

    /** A level-marked name in a paragraph about one code: the line of that code at the mark's level. */
    private void marked(String text, int m, String mark, String code, List<Misnamed> out) {
        int level = MARKS.get(mark);
        int length = level == 1 ? 3 : level == 2 ? 5 : 7;
        if (code.length() < length) {
            return;
        }
        String own = code.substring(0, length);
        String right = catalog.find(own).map(CatalogEntry::name).orElse(null);
        if (right == null || text.startsWith(right, m - right.length())) {
            return;
        }
        // the longest name of that level, or an outdated one, that ends at the mark
        Map<String, List<String>> ofLevel = names.get(level - 1);
        for (int len = Math.min(longest, m); len >= 2; len--) {
            String candidate = text.substring(m - len, m);
            List<String> others = ofLevel.get(candidate);
            if (others != null) {
                // the code nearest the paragraph's (the 项 of that name under the same 款)
                String other = others.stream().max(Comparator.comparingInt(c -> sharedPrefix(c, own))).orElseThrow();
                out.add(new Misnamed(Kind.OTHER_CODE, m - len, candidate + mark, own, right, other));
                return;
            }
        }
        for (String[] o : outdated) {
            if (text.startsWith(o[1], m - o[1].length())) {
                return; // said as outdated
            }
        }
        int s = m;
        while (s > 0 && m - s < 30 && Character.UnicodeScript.of(text.charAt(s - 1)) == Character.UnicodeScript.HAN) {
            s--;
        }
        out.add(new Misnamed(Kind.NOT_THE_CODES, s, text.substring(s, m) + mark, own, right, ""));
    }

    /** A paragraph about a 类 that names no level (（1）教育支出1.28万元): the first 类 name before its first figure. */
    private void unmarkedClass(String text, String code, List<Misnamed> out) {
        String right = catalog.find(code).map(CatalogEntry::name).orElse(null);
        int firstDigit = 0;
        while (firstDigit < text.length() && !(Character.isDigit(text.charAt(firstDigit)) && firstDigit > 3)) {
            firstDigit++;
        }
        String head = text.substring(0, firstDigit);
        if (right == null || head.contains(right)) {
            return;
        }
        for (Map.Entry<String, List<String>> e : names.get(0).entrySet()) {
            int at = head.indexOf(e.getKey());
            if (at >= 0 && !e.getValue().contains(code)) {
                out.add(new Misnamed(Kind.OTHER_CODE, at, e.getKey(), code, right, e.getValue().getFirst()));
                return;
            }
        }
    }

    private static List<String[]> readOutdated() {
        try (InputStream in = SubjectNames.class.getResourceAsStream("/audit/outdated-names.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing /audit/outdated-names.csv");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                out.add(new String[] {f[0].strip(), f[1].strip(), f[2].strip()});
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
