package juesuan.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text shown to the user, from the bundle {@code juesuan/messages} (Simplified Chinese first). Patterns
 * use {@link MessageFormat} placeholders ({0}, {1}, …).
 */
public final class Msg {
    public static final String BUNDLE = "juesuan.messages";
    private static final ResourceBundle RB = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

    private Msg() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = RB.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    public static ResourceBundle bundle() {
        return RB;
    }
}
