package juesuan.report;

import java.util.Optional;
import juesuan.exchange.CheckCode;
import juesuan.model.Report;

/**
 * What every page of a document carries besides its content: the check code of a 定稿 report, or the 草稿（未定稿）
 * watermark of anything else. A draft never carries a check code.
 *
 * @param checkCode the code of the report's data when the report is final; empty for a draft
 */
public record Marking(Optional<String> checkCode) {
    public static final Marking DRAFT = new Marking(Optional.empty());

    /**
     * The marking of a report as it is now: when it is 定稿, the check code recorded at its 定稿 (the digest of the data
     * as stored then; a final report cannot change since); the draft watermark otherwise.
     */
    public static Marking of(Report report) {
        if (!report.isFinal()) {
            return DRAFT;
        }
        return new Marking(Optional.of(CheckCode.of(report.lastFinal().orElseThrow().digest())));
    }

    public boolean draft() {
        return checkCode.isEmpty();
    }
}
