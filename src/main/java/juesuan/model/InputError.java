package juesuan.model;

/**
 * An input that is refused: the message is plain Chinese, meant for the finance officer, and says what is
 * wrong. Nothing was changed when it is thrown.
 */
public class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message);
    }
}
