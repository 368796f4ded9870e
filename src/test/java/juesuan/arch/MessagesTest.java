package juesuan.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import juesuan.i18n.Msg;
import org.junit.jupiter.api.Test;

/** Every user-facing text lives in the message bundle: no missing keys, no unused keys, no Chinese in code. */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\uff08\\uff09\\uff0c\\u3002\\u201c\\u201d\\uff1a]");
    /** Literals that are data formats or input patterns, not texts shown to users. */
    private static final Set<String> NOT_TEXT = Set.of("万元", "[0-9０-９()（）+\\\\- 转]{5,30}");

    private static String code(Path file) {
        try {
            // drop comments so Javadoc examples do not count
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> literals() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(code(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void everyKeyInTheCodeIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> bundle = new TreeSet<>(Msg.bundle().keySet());
        Set<String> literals = new TreeSet<>(literals());
        Set<String> missing = new TreeSet<>();
        for (String l : literals) {
            if (l.matches("[a-z]+\\.[a-zA-Z.]+") && !l.matches(".*\\.(json|csv|sql|css|properties)") && !bundle.contains(l)
                    && looksLikeKey(l)) {
                missing.add(l);
            }
        }
        assertEquals(Set.of(), missing, "keys used in code but not in messages.properties");
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }

    private static boolean looksLikeKey(String l) {
        String prefix = l.substring(0, l.indexOf('.'));
        return Msg.bundle().keySet().stream().anyMatch(k -> k.startsWith(prefix + "."));
    }

    @Test
    void noChineseTextIsWrittenInCode() throws IOException {
        List<String> chinese = literals().stream().filter(l -> CJK.matcher(l).find()).filter(l -> !NOT_TEXT.contains(l)).toList();
        assertTrue(chinese.isEmpty(), "Chinese literals belong in messages.properties: " + chinese);
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (String key : Msg.bundle().keySet()) {
            String pattern = Msg.bundle().getString(key);
            assertTrue(!pattern.isBlank(), key);
            new java.text.MessageFormat(pattern); // throws on a broken pattern
            assertTrue(!pattern.contains("'"), key + ": a single quote would swallow placeholders in MessageFormat");
        }
    }
}
