package juesuan.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import juesuan.model.Basis;

/**
 * Reads a paragraph as a reviewer does: each figure with its unit, what it is (an amount, a share, a change …),
 * against what, and whose — the subject written just before it, or for a share, a change or a rate the subject of
 * the amount before it ("一般公共服务支出1396.45万元，占95.43%，较年初预算数增加77.11万元" is three figures of
 * 一般公共服务支出). Figures in a 主要原因 or 主要用于 clause are the officer's own words and are not read.
 */
public final class Reader {
    private static final Vocabulary W = Vocabulary.WORDS;
    /** Every kind of space (no-break and ideographic ones too): never part of a subject. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0\\u3000\\u2000-\\u200b]+");

    private Reader() {
    }

    /** The figures of a paragraph with what each says. */
    public static List<Claim> read(String text) {
        List<Claim> out = new ArrayList<>();
        String current = "";
        String currentWritten = "";
        int previousEnd = 0;
        for (Written w : Numbers.in(text)) {
            int sentenceStart = sentenceStart(text, w.start());
            int sentenceEnd = sentenceEnd(text, w.end());
            if (w.unit().isEmpty()) {
                continue; // a year, a numbering: part of the words around the figures
            }
            if (inReason(text, sentenceStart, w.start())) {
                previousEnd = w.end();
                continue;
            }
            String lead = lead(text, Math.max(sentenceStart, previousEnd), w.start());
            int previousFigureEnd = previousEnd;
            previousEnd = w.end();
            Claim.Role role = role(w, lead);
            Claim.Direction direction = direction(role, lead);
            Basis basis = switch (role) {
                case CHANGE, RATE -> basis(text.substring(sentenceStart, w.start()));
                case COMPLETION -> Basis.BUDGET;
                default -> null;
            };
            String head = head(lead);
            if (!head.isEmpty() && generic(head)) {
                // a generic word (采购金额, 费用支出): the clause before it says whose figure it is
                String wider = head(lead(text, sentenceStart, w.start()));
                if (!wider.isEmpty() && !generic(wider) && role != Claim.Role.SHARE && role != Claim.Role.CHANGE
                        && role != Claim.Role.RATE && role != Claim.Role.COMPLETION) {
                    head = wider;
                } else {
                    head = "";
                }
            }
            if (head.isEmpty() && role != Claim.Role.AMOUNT && role != Claim.Role.BUDGET) {
                // a clause without a figure names the subject (全部为财政拨款收入，占比100%)
                head = figurelessClause(text, Math.max(sentenceStart, previousFigureEnd), w.start());
            }
            String subject;
            String written;
            if (!head.isEmpty()) {
                subject = norm(head);
                written = head;
                current = subject; // the figures after it are its own until another subject is named
                currentWritten = head;
            } else if (!current.isEmpty()) {
                subject = current;
                written = currentWritten;
            } else {
                // the paragraph names its 科目 before (一般公共服务支出（类）…行政运行（项）。年初预算为…): that one
                written = topic(text, w.start());
                subject = norm(written);
                current = subject;
                currentWritten = written;
            }
            boolean fullYear = (role == Claim.Role.BUDGET || role == Claim.Role.COMPLETION) && W.fullYear.matcher(lead).find();
            out.add(new Claim(w, role, basis, direction, subject, written, text.substring(sentenceStart, sentenceEnd).strip(), fullYear, lead));
        }
        return out;
    }

    /**
     * The subject a clause names just before the clause of a figure, when that clause has no figure of its own
     * (…，全部为财政拨款收入，占比100%): its head, or "".
     */
    private static String figurelessClause(String text, int from, int at) {
        int clause = at;
        while (clause > from && W.clauseMarks.indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (clause <= from) {
            return "";
        }
        int end = clause - 1;
        int start = end;
        while (start > from && W.clauseMarks.indexOf(text.charAt(start - 1)) < 0 && W.sentenceEnds.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String words = text.substring(start, end);
        if (inReason(text, start + Math.min(1, words.length()))) {
            return ""; // the officer's reason, not a subject
        }
        for (int i = 0; i < words.length(); i++) {
            if (Character.isDigit(words.charAt(i)) || words.charAt(i) >= '\uff10' && words.charAt(i) <= '\uff19') {
                return "";
            }
        }
        String h = head(words);
        return h.isEmpty() || generic(h) ? "" : h;
    }

    /** The 科目 named last before a place with its level mark (行政运行（项）), or "". */
    private static String topic(String text, int at) {
        int best = -1;
        String mark = null;
        for (String m : W.levelMarks) {
            int i = text.lastIndexOf(m, at);
            if (i > best) {
                best = i;
                mark = m;
            }
        }
        if (best < 0) {
            return "";
        }
        int s = best;
        while (s > 0 && Character.UnicodeScript.of(text.charAt(s - 1)) == Character.UnicodeScript.HAN) {
            s--;
        }
        // a name may hold brackets of its own (政府办公厅（室）及相关机构事务): take them in while the words go on
        while (s > 1 && (text.charAt(s - 1) == '）' || text.charAt(s - 1) == ')') && !W.levelMarks.contains(text.substring(Math.max(0, s - 3), s))) {
            int open = text.lastIndexOf('（', s - 1);
            if (open < 0) {
                break;
            }
            s = open;
            while (s > 0 && Character.UnicodeScript.of(text.charAt(s - 1)) == Character.UnicodeScript.HAN) {
                s--;
            }
        }
        return text.substring(s, best);
    }

    /** The words between the previous figure (or the start of its clause) and a figure. */
    private static String lead(String text, int from, int to) {
        int s = to;
        while (s > from && W.clauseMarks.indexOf(text.charAt(s - 1)) < 0 && W.sentenceEnds.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        String near = text.substring(s, to).strip();
        if (!near.isEmpty() || s <= from) {
            return near;
        }
        // nothing in this clause before the figure ("，1.30万元"): the clause before it
        int e = s - 1;
        int b = e;
        while (b > from && W.clauseMarks.indexOf(text.charAt(b - 1)) < 0 && W.sentenceEnds.indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        return text.substring(b, e).strip();
    }

    private static Claim.Role role(Written w, String lead) {
        if (w.percent()) {
            if (W.share.matcher(lead).find()) {
                return Claim.Role.SHARE;
            }
            if (W.completion.matcher(lead).find()) {
                return Claim.Role.COMPLETION;
            }
            if (W.rateUp.matcher(lead).find() || W.rateDown.matcher(lead).find()) {
                return Claim.Role.RATE;
            }
            return Claim.Role.OTHER;
        }
        if (w.money()) {
            if (W.changeUp.matcher(lead).find() || W.changeDown.matcher(lead).find()) {
                return Claim.Role.CHANGE;
            }
            if (W.budgetAmount.matcher(lead).find() && !W.actualAmount.matcher(lead).find()) {
                return Claim.Role.BUDGET;
            }
            return Claim.Role.AMOUNT;
        }
        return Claim.Role.COUNT;
    }

    private static Claim.Direction direction(Claim.Role role, String lead) {
        if (role == Claim.Role.CHANGE) {
            return W.changeUp.matcher(lead).find() ? Claim.Direction.UP : Claim.Direction.DOWN;
        }
        if (role == Claim.Role.RATE) {
            return W.rateUp.matcher(lead).find() ? Claim.Direction.UP : Claim.Direction.DOWN;
        }
        return Claim.Direction.NONE;
    }

    /** The basis named last before a figure in its sentence: last year's, or the budget. */
    private static Basis basis(String before) {
        int prior = last(W.basisPrior.matcher(before));
        int budget = last(W.basisBudget.matcher(before));
        if (prior < 0 && budget < 0) {
            return null;
        }
        return prior > budget ? Basis.PRIOR : Basis.BUDGET;
    }

    private static int last(Matcher m) {
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** The subject a lead names: the words before the first word of comparison or role, trimmed. */
    static String head(String raw) {
        String lead = SPACES.matcher(raw).replaceAll("");
        Matcher cut = W.subjectCut.matcher(lead);
        String h = cut.find() ? lead.substring(0, cut.start()) : lead;
        h = W.leadStrip.matcher(h.strip()).replaceAll(""); // a year, a numbering, 其中… in front
        h = W.trailStrip.matcher(h).replaceAll("");
        return h.strip();
    }

    private static boolean generic(String head) {
        return W.generic.contains(head) || W.generic.contains(norm(head)) || head.length() < 2;
    }

    /** A subject trimmed for comparing: without brackets, quotes and the level marks, synonyms made one. */
    public static String norm(String subject) {
        String s = SPACES.matcher(subject).replaceAll("");
        for (String t : W.strip) {
            s = s.replace(t, "");
        }
        for (String[] syn : W.synonyms) {
            s = s.replace(syn[0], syn[1]);
        }
        return W.trailStrip.matcher(s).replaceAll("");
    }

    /**
     * How well two subjects agree: 3 the same when trimmed, 2 one the other's tail (财政拨款收入 in a sentence about
     * 一般公共预算财政拨款收入), 1 one within the other, 0 not at all.
     */
    public static int agreement(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 3;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 2) {
            return 0;
        }
        return longer.endsWith(shorter) ? 2 : longer.contains(shorter) ? 1 : 0;
    }

    static int sentenceStart(String text, int at) {
        int s = at;
        while (s > 0 && W.sentenceEnds.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    static int sentenceEnd(String text, int at) {
        int e = at;
        while (e < text.length() && W.sentenceEnds.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return Math.min(text.length(), e + 1);
    }

    /** Whether a clause after a place starts a new comparison (…主要原因是…；较上年支出数减少0.24万元): the reason ended. */
    private static boolean comparisonAfter(String before, int from) {
        for (int k = from; k < before.length(); k++) {
            if (W.reasonEnds.indexOf(before.charAt(k)) >= 0 && W.comparisonStart.matcher(before).region(k + 1, before.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place of a text is in a 主要原因 or 主要用于 clause (the officer's own words, not the figures'). */
    public static boolean inReason(String text, int at) {
        return inReason(text, sentenceStart(text, at), at);
    }

    /** Whether a place comes after the start of a 主要原因 or 主要用于 clause in its sentence. */
    private static boolean inReason(String text, int sentenceStart, int at) {
        String before = text.substring(sentenceStart, at);
        for (String r : W.reasonStarts) {
            int i = before.indexOf(r);
            while (i >= 0) {
                // 主要用于以下方面：…（类）12.36万元 lists the figures the paragraph is written from
                if (!W.enumerationLead.matcher(before).region(i + r.length(), before.length()).lookingAt()
                        && !comparisonAfter(before, i + r.length())) {
                    return true;
                }
                i = before.indexOf(r, i + r.length());
            }
        }
        return false;
    }
}
