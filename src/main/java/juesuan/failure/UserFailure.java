package juesuan.failure;

/**
 * A failure whose message is already the Chinese sentence the user reads (what happened, where, what to do).
 * Whatever operation threw it changed nothing.
 */
public class UserFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFailure(String message) {
        super(message);
    }

    public UserFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
