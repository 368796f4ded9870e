package juesuan.audit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph as the officer wrote it against the same paragraph as written from the figures: each written figure is
 * matched with the figure of its own kind (an amount, a share, a change against last year …) and its own subject,
 * and compared by value at the precision the text writes. What differs is said; what cannot be placed is said as
 * such, never guessed.
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** What is wrong with a written figure, or what cannot be told of it. */
    public sealed interface Problem permits Wrong, OtherSubject, Direction, Flat, OfZero, Unitless, Untied {
        Claim written();
    }

    /** A figure of its subject, but not that subject's figure. */
    public record Wrong(Claim written, Claim expected) implements Problem {
    }

    /** The figure of another subject named in the paragraph, written as this subject's. */
    public record OtherSubject(Claim written, Claim expected, Claim other) implements Problem {
    }

    /** A change or a rate written in the other direction (增加 for a decrease). */
    public record Direction(Claim written, Claim expected) implements Problem {
    }

    /** A change written for a subject the figures say did not change (无增减, 持平). */
    public record Flat(Claim written, Claim amount) implements Problem {
    }

    /** A share or a completion written for a subject whose amount is 0 (it can only be 0). */
    public record OfZero(Claim written, Claim amount) implements Problem {
    }

    /** A number written without the unit the paragraph written from the figures gives it, after the same words (指标值95，). */
    public record Unitless(Claim written, Written expected) implements Problem {
    }

    /**
     * A figure whose subject the text does not make clear, or that the paragraph is not written from.
     *
     * @param known whether the paragraph written from the figures has the number (for another subject than the text
     *              seems to name), so only its subject is unclear
     */
    public record Untied(Claim written, boolean known) implements Problem {
    }

    /** The problems of a written paragraph against the paragraph written from the figures. */
    public static List<Problem> compare(String written, String generated) {
        List<Claim> expected = Reader.read(generated);
        List<Problem> out = new ArrayList<>();
        unitless(written, generated, out);
        for (Claim w : Reader.read(written)) {
            List<Claim> kind = expected.stream().filter(g -> g.sameKind(w)).toList();
            int best = 0;
            for (Claim g : kind) {
                best = Math.max(best, Reader.agreement(w.subject(), g.subject()));
            }
            int bestScore = best;
            List<Claim> own = bestScore == 0 ? List.of() : kind.stream().filter(g -> Reader.agreement(w.subject(), g.subject()) == bestScore).toList();
            if (!own.isEmpty()) {
                Claim stated = own.stream().filter(g -> w.number().states(g.number())).findFirst().orElse(null);
                if (stated != null) {
                    if (w.direction() != Claim.Direction.NONE && stated.direction() != Claim.Direction.NONE
                            && w.direction() != stated.direction() && w.number().value().signum() != 0) {
                        out.add(new Direction(w, stated));
                    }
                    continue;
                }
                if (zeroOfZero(w, expected)) {
                    continue;
                }
                Claim other = kind.stream().filter(g -> !own.contains(g) && w.number().states(g.number())).findFirst().orElse(null);
                out.add(other != null ? new OtherSubject(w, own.getFirst(), other) : new Wrong(w, own.getFirst()));
                continue;
            }
            if ((w.role() == Claim.Role.CHANGE || w.role() == Claim.Role.RATE) && w.number().value().signum() != 0) {
                Claim flatAmount = expected.stream().filter(g -> g.role() == Claim.Role.AMOUNT && Reader.agreement(w.subject(), g.subject()) > 0
                        && flatAgainst(g.sentence(), w.basis())).findFirst().orElse(null);
                if (flatAmount != null) {
                    out.add(new Flat(w, flatAmount));
                    continue;
                }
            }
            // a subject the paragraph names, with no figure of this kind: a share or a completion of a zero amount is 0
            Claim zero = expected.stream().filter(g -> g.role() == Claim.Role.AMOUNT && g.number().value().signum() == 0
                    && Reader.agreement(w.subject(), g.subject()) >= 2).findFirst().orElse(null);
            if (zero != null && (w.role() == Claim.Role.SHARE || w.role() == Claim.Role.COMPLETION) && w.number().value().signum() != 0) {
                out.add(new OfZero(w, zero));
                continue;
            }
            if (w.number().value().signum() == 0 && w.role() != Claim.Role.SHARE && w.role() != Claim.Role.COMPLETION) {
                continue; // a zero the paragraph written from the figures leaves unstated (经营收入0.00万元): true or said elsewhere
            }
            if (expected.stream().anyMatch(g -> Reader.agreement(w.subject(), g.subject()) == 3)) {
                // its subject is known, and the paragraph has no such figure of it: another subject's is no answer
                if (!zeroOfZero(w, expected) && expected.stream().noneMatch(g -> sameNumberOtherMoneyUnit(w, g))) {
                    out.add(new Untied(w, expected.stream().anyMatch(g -> w.number().states(g.number()))));
                }
                continue;
            }
            // no figure of this kind and subject: one of this kind with the same value (the subject worded otherwise),
            // or any figure of that value, is what it states
            boolean somewhere = kind.stream().anyMatch(g -> w.number().states(g.number()))
                    || expected.stream().anyMatch(g -> w.number().states(g.number()) || sameNumberOtherMoneyUnit(w, g))
                    || zeroOfZero(w, expected) || zeroInitialBesideFullYear(w, expected);
            if (!somewhere) {
                out.add(new Untied(w, false));
            }
        }
        return out;
    }

    /**
     * Numbers written without a unit where the paragraph written from the figures has the same number, after the same
     * words, with one (指标值95， against 指标值95%，; 单价100（含） against 单价100万元（含）).
     */
    private static void unitless(String written, String generated, List<Problem> out) {
        List<Written> known = null;
        for (Written n : Numbers.in(written)) {
            if (!n.unit().isEmpty() || n.start() < 2 || notAFigure(written, n)) {
                continue;
            }
            if (known == null) {
                known = Numbers.in(generated).stream().filter(g -> !g.unit().isEmpty()).toList();
            }
            String before = written.substring(Math.max(0, n.start() - 3), n.start());
            for (Written g : known) {
                if (g.value().compareTo(n.value()) == 0 && g.decimals() == n.decimals() && g.start() >= before.length()
                        && generated.startsWith(before, g.start() - before.length())) {
                    int end = Reader.sentenceEnd(written, n.end());
                    Claim c = new Claim(n, Claim.Role.OTHER, null, Claim.Direction.NONE, "", "",
                            written.substring(Reader.sentenceStart(written, n.start()), end).strip(), false, before);
                    out.add(new Unitless(c, g));
                    break;
                }
            }
        }
    }

    /** A year, a date, a numbering or a telephone number: words, not a figure. */
    private static boolean notAFigure(String text, Written n) {
        int e = n.end();
        char after = e < text.length() ? text.charAt(e) : ' ';
        char before = text.charAt(n.start() - 1);
        return Vocabulary.WORDS.notFigureAfter.indexOf(after) >= 0 || Vocabulary.WORDS.notFigureBefore.indexOf(before) >= 0
                || n.value().precision() - n.value().scale() > 6;
    }

    /** A 万元 figure written in 元 (N-7 says so): the same number, the other unit of money. */
    private static boolean sameNumberOtherMoneyUnit(Claim w, Claim g) {
        return w.number().money() && g.number().money() && !w.number().unit().equals(g.number().unit())
                && w.number().value().compareTo(g.number().value()) == 0;
    }

    /**
     * A 年初预算 of 0 written where the text measures against the 全年预算 (it does so because the 年初预算 is 0): true,
     * and the completion of such a budget is said by its own rule.
     */
    private static boolean zeroInitialBesideFullYear(Claim w, List<Claim> expected) {
        boolean full = expected.stream().anyMatch(Claim::fullYear);
        return full && !w.fullYear() && (w.role() == Claim.Role.BUDGET && w.number().value().signum() == 0
                || w.role() == Claim.Role.COMPLETION);
    }

    /** Whether a sentence says its subject did not change against a basis (较上年决算数无增减, 与年初预算数持平). */
    private static boolean flatAgainst(String sentence, juesuan.model.Basis basis) {
        java.util.regex.Matcher f = Vocabulary.WORDS.flat.matcher(sentence);
        while (f.find()) {
            String before = sentence.substring(Math.max(0, f.start() - 12), f.start());
            java.util.regex.Pattern b = basis == juesuan.model.Basis.BUDGET ? Vocabulary.WORDS.basisBudget : Vocabulary.WORDS.basisPrior;
            if (basis != null && b.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A share, a rate or a completion of 0 written for a subject whose amount is 0 (0.00% of a 0 budget, 下降0%): the
     * generated text leaves such a percentage out; written, it says nothing false.
     */
    private static boolean zeroOfZero(Claim w, List<Claim> expected) {
        if (!w.number().percent() || w.number().value().signum() != 0) {
            return false;
        }
        return expected.stream().anyMatch(g -> g.role() == Claim.Role.AMOUNT && g.number().value().signum() == 0
                && Reader.agreement(w.subject(), g.subject()) > 0);
    }
}
