package juesuan.exchange;

import juesuan.failure.UserFailure;

/** A report file that is refused: not JSON, not ours, of a newer version, a field missing, a bad amount. */
public class ReportFileException extends UserFailure {
    private static final long serialVersionUID = 1L;

    public ReportFileException(String message) {
        super(message);
    }

    public ReportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
