package juesuan.app.cli;

/** A failure the command reports in one plain line, with its exit status. */
public class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public CliError(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
