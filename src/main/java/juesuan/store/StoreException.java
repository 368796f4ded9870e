package juesuan.store;

import juesuan.failure.UserFailure;

/** A storage failure, with a plain Chinese message for the user. Nothing was changed. */
public class StoreException extends UserFailure {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
