package juesuan.audit.rules;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.narrative.Paragraph;

/**
 * P-1: every character of the printed text is in the bundled fonts (the document's fonts subset to GBK plus a few
 * symbols, and the rare-character fonts of CJK extensions A and B, see resources/fonts/README.md); any other would
 * print as an empty box. The document prints exactly what this rule accepts.
 */
public final class PrintableRule implements Rule {
    /** The symbols added to GBK when the fonts were subset (resources/fonts/extra-characters.txt). */
    private static final String EXTRA = readExtra();

    private static String readExtra() {
        try (var in = PrintableRule.class.getResourceAsStream("/fonts/extra-characters.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "P-1";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
        Set<String> missing = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder(ctx.narrative().title());
        for (Paragraph p : ctx.narrative().paragraphs()) {
            all.append(p.text());
        }
        ctx.report().projects().forEach(p -> {
            all.append(p.getName()).append(p.getGoalAchieved()).append(p.getGoalInitial()).append(p.getGoalAdjusted());
            p.getIndicators().forEach(i -> all.append(i.name()).append(i.note()).append(i.measureUnit()));
        });
        // each distinct character once (a large report's text has a few thousand of them among hundreds of thousands)
        java.util.BitSet seen = new java.util.BitSet();
        for (int i = 0; i < all.length(); ) {
            int cp = Character.codePointAt(all, i);
            i += Character.charCount(cp);
            if (cp < 0x80 || seen.get(cp)) {
                continue;
            }
            seen.set(cp);
            if (EXTRA.indexOf(cp) >= 0 || juesuan.report.RareCharacters.covered(cp)) {
                continue;
            }
            if (cp > 0xFFFF || !gbk.canEncode((char) cp)) {
                // an invisible one (a no-break space from Word) is named by its code, since quoting it shows nothing
                boolean invisible = Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
                missing.add(invisible ? Msg.get("audit.invisibleCharacter", String.format("U+%04X", cp)) : new String(Character.toChars(cp)));
            }
        }
        if (!missing.isEmpty()) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.notPrintable", String.join("", missing)), Place.tab("narrative")));
        }
    }
}
