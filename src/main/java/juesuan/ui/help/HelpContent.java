package juesuan.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 使用说明: data in {@code resources/help/manual.md}, a small subset of Markdown read into chapters. A chapter
 * line is {@code # 标题 {T1 T2 …}}, the braces naming the sections whose F1 opens it; then paragraphs (one per
 * line), bullets ({@code - }) and pictures of the screens ({@code ![说明](file.png)}, files beside the manual).
 */
public final class HelpContent {
    public static final String RESOURCE = "/help/manual.md";
    private static final Pattern CHAPTER = Pattern.compile("#\\s+(.+?)\\s*(?:\\{([^}]*)\\})?\\s*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");

    /** A block of a chapter. */
    public sealed interface Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullet(String text) implements Block {
    }

    /** A picture: its resource path and its caption. */
    public record Image(String resource, String caption) implements Block {
    }

    /** A chapter, the sections (tab keys) whose F1 opens it, and its blocks. */
    public record Chapter(String title, List<String> sections, List<Block> blocks) {
    }

    private final List<Chapter> chapters;

    private HelpContent(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    /** The manual shipped with the program. */
    public static HelpContent load() {
        try (InputStream in = HelpContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpContent parse(String text) {
        List<Chapter> out = new ArrayList<>();
        String title = null;
        List<String> sections = List.of();
        List<Block> blocks = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher c = CHAPTER.matcher(line);
            if (c.matches()) {
                if (title != null) {
                    out.add(new Chapter(title, sections, List.copyOf(blocks)));
                }
                title = c.group(1);
                sections = c.group(2) == null ? List.of() : List.of(c.group(2).strip().split("\\s+"));
                blocks = new ArrayList<>();
                continue;
            }
            Matcher i = IMAGE.matcher(line);
            if (i.matches()) {
                blocks.add(new Image("/help/" + i.group(2), i.group(1)));
            } else if (line.startsWith("- ")) {
                blocks.add(new Bullet(line.substring(2).strip()));
            } else {
                blocks.add(new Paragraph(line));
            }
        }
        if (title != null) {
            out.add(new Chapter(title, sections, List.copyOf(blocks)));
        }
        return new HelpContent(out);
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    /** The chapter F1 opens on a section (tab key), the first chapter when none names it. */
    public Chapter chapterFor(String section) {
        return Optional.ofNullable(section).flatMap(s -> chapters.stream().filter(ch -> ch.sections().contains(s)).findFirst())
                .orElse(chapters.getFirst());
    }
}
