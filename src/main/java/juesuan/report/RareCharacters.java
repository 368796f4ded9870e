package juesuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Characters beyond GBK (CJK extension A, the end of the unified block, extension B) are printed in the bundled
 * rare-character fonts: a text handed to the PDF's templates is written as styled text that names the font of each
 * such run (the templates' text fields take styled markup), everything else staying in the document's own font.
 * Which characters and fonts: resources/fonts/rare-coverage.txt, read also by 审核's printable-character rule.
 */
public final class RareCharacters {
    private record Range(String family, int from, int to) {
    }

    private static final List<Range> RANGES = load();
    private static volatile net.sf.jasperreports.engine.JasperReportsContext context;

    private RareCharacters() {
    }

    private static List<Range> load() {
        try (InputStream in = RareCharacters.class.getResourceAsStream("/fonts/rare-coverage.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /fonts/rare-coverage.txt");
            }
            List<Range> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String[] r = f[1].strip().split("-");
                out.add(new Range(f[0].strip(), Integer.parseInt(r[0], 16), Integer.parseInt(r[1], 16)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family that prints a code point, or null for one the document's own font prints. */
    static String family(int cp) {
        if (cp < 0x3400) {
            return null;
        }
        for (Range r : RANGES) {
            if (cp >= r.from && cp <= r.to) {
                return r.family;
            }
        }
        return null;
    }

    /**
     * The JasperReports context of a document with rare characters: the registered font families and the
     * rare-character ones (fonts/rare-fonts.xml), which the default context leaves out to keep a cold render fast.
     */
    static net.sf.jasperreports.engine.JasperReportsContext context() {
        if (context == null) {
            synchronized (RareCharacters.class) {
                if (context == null) {
                    var parent = net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance();
                    List<net.sf.jasperreports.engine.fonts.FontFamily> families = new ArrayList<>(
                            parent.getExtensions(net.sf.jasperreports.engine.fonts.FontFamily.class));
                    families.addAll(net.sf.jasperreports.engine.fonts.SimpleFontExtensionHelper.getInstance()
                            .loadFontFamilies(parent, "fonts/rare-fonts.xml"));
                    var c = new net.sf.jasperreports.engine.SimpleJasperReportsContext(parent);
                    c.setExtensions(net.sf.jasperreports.engine.fonts.FontFamily.class, families);
                    context = c;
                }
            }
        }
        return context;
    }

    /** Whether a text has a character only the rare-character fonts print (and so must be filled as styled text). */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (family(cp) != null) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether one of the rare-character fonts prints a code point. */
    public static boolean covered(int cp) {
        return family(cp) != null;
    }

    /** The text as styled markup: its markup characters escaped, each run of rare characters in its font. */
    static String styled(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String open = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String family = family(cp);
            if (!java.util.Objects.equals(family, open)) {
                if (open != null) {
                    out.append("</style>");
                }
                if (family != null) {
                    out.append("<style fontName=\"").append(family).append("\">");
                }
                open = family;
            }
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (open != null) {
            out.append("</style>");
        }
        return out.toString();
    }

    /** A filled text back to the plain text it shows (for the 目录's headings read from the filled pages). */
    static String plain(String text, boolean styled) {
        return !styled ? text : text.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A filled text element's plain text, whether it was filled as styled text or not. */
    static String plain(net.sf.jasperreports.engine.JRPrintText t) {
        return plain(t.getFullText(), t.getMarkup() != null && !"none".equals(t.getMarkup()));
    }
}
