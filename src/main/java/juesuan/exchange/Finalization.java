package juesuan.exchange;

import java.time.LocalDateTime;
import java.util.Optional;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;

/**
 * The rules of 定稿 and 解除定稿, the same for the window and the command line: what may be finalised, and the log
 * entry each step adds (the caller stores it with {@code ReportStore.appendFinalEvent} and adds it to the report).
 */
public final class Finalization {
    private Finalization() {
    }

    /** The operating-system account the program runs under (recorded with every step). */
    public static String osUser() {
        return System.getProperty("user.name", "");
    }

    /**
     * Why the report cannot be finalised now, or empty when it can: it is already final, 审核 finds 错误, or a 提示
     * has no 出错说明 (尾差 need none).
     */
    public static Optional<String> refusal(Report report) {
        if (report.isFinal()) {
            return Optional.of(Msg.get("final.already", report.lastFinal().orElseThrow().version()));
        }
        AuditResult result = Auditor.audit(report, new ReportFigures(report, TemplateLoader.forReport(report)));
        if (!result.canFinalize(report)) {
            return Optional.of(Msg.get("final.auditBlocks", result.errors().size(), result.unexplained(report).size()));
        }
        return Optional.empty();
    }

    /** The 定稿 entry for the report as it is now (checked by {@link #refusal} first, or refused here). */
    public static FinalEvent finalize(Report report, String person, LocalDateTime now) {
        refusal(report).ifPresent(message -> {
            throw new FinalizationException(message);
        });
        String name = person == null ? "" : person.strip();
        if (name.isEmpty()) {
            throw new FinalizationException(Msg.get("final.noName"));
        }
        return new FinalEvent(FinalEvent.Kind.FINALIZE, now, osUser(), name, report.nextVersion(), CheckCode.digest(report), "");
    }

    /** The 解除定稿 entry: needs a final report, a name and a reason. */
    public static FinalEvent unlock(Report report, String person, String reason, LocalDateTime now) {
        if (!report.isFinal()) {
            throw new FinalizationException(Msg.get("final.notFinal"));
        }
        String name = person == null ? "" : person.strip();
        String why = reason == null ? "" : reason.strip();
        if (name.isEmpty()) {
            throw new FinalizationException(Msg.get("final.noName"));
        }
        if (why.isEmpty()) {
            throw new FinalizationException(Msg.get("final.noReason"));
        }
        FinalEvent last = report.lastFinal().orElseThrow();
        return new FinalEvent(FinalEvent.Kind.UNLOCK, now, osUser(), name, last.version(), last.digest(), why);
    }

    /**
     * What a check code typed from paper matches: the report's current data when it is final, a version it was
     * finalised at before, or nothing.
     */
    public static Verdict verify(Report report, String typed) {
        CheckCode.Result parsed = CheckCode.parse(typed);
        if (parsed.code().isEmpty()) {
            return new Verdict(false, parsed.problem());
        }
        String code = parsed.code().get();
        String current = CheckCode.of(CheckCode.digest(report));
        if (report.isFinal() && code.equals(current)) {
            FinalEvent last = report.lastFinal().orElseThrow();
            return new Verdict(true, Msg.get("verify.current", code, last.version(), time(last.at()), last.person()));
        }
        for (FinalEvent e : report.finalLog().reversed()) {
            if (e.kind() == FinalEvent.Kind.FINALIZE && CheckCode.of(e.digest()).equals(code)) {
                return new Verdict(false, Msg.get("verify.older", code, e.version(), time(e.at()), e.person(),
                        report.isFinal() ? Msg.get("verify.nowVersion", report.lastFinal().orElseThrow().version())
                                : Msg.get("verify.nowDraft")));
            }
        }
        return new Verdict(false, report.isFinal()
                ? Msg.get("verify.noMatch", code, current, report.lastFinal().orElseThrow().version())
                : Msg.get("verify.noMatchDraft", code));
    }

    /** A log time as people write it: 2026年11月29日 09:30. */
    public static String time(LocalDateTime at) {
        return at.format(java.time.format.DateTimeFormatter.ofPattern(Msg.get("final.timePattern")));
    }

    /** The outcome of a 核验: whether the paper matches the data as it is now, and the sentence to show. */
    public record Verdict(boolean matches, String message) {
    }

    /** A 定稿 step refused, with the sentence saying why. */
    public static final class FinalizationException extends RuntimeException {
        public FinalizationException(String message) {
            super(message);
        }
    }
}
