package juesuan.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the per-user database lives: {@code %LOCALAPPDATA%\juesuan\} on Windows, {@code $XDG_DATA_HOME/juesuan/}
 * (default {@code ~/.local/share/juesuan/}) elsewhere. {@code --db FILE} or {@code -Djuesuan.db=FILE} names another.
 */
public final class DataDirectory {
    public static final String APP_DIR = "juesuan";
    public static final String DB_PROPERTY = "juesuan.db";

    private DataDirectory() {
    }

    /** The database file to use: the explicit one, else the system property, else the per-user default. */
    public static Path databaseFile(String explicit) {
        return databaseFile(explicit, System.getProperty(DB_PROPERTY), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    static Path databaseFile(String explicit, String property, Map<String, String> env, String os, String home) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return dataDirectory(env, os, home).resolve(juesuan.store.Database.FILE_NAME);
    }

    static Path dataDirectory(Map<String, String> env, String os, String home) {
        if (os != null && os.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve(APP_DIR);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve(APP_DIR);
    }
}
