package juesuan.app;

import javafx.application.Application;

/**
 * Entry point: starts the desktop app ({@code --db FILE} opens another database file), or runs a headless command
 * when the first argument names one ({@code narrative}, {@code list}).
 */
public final class Main {
    private Main() {
    }

    /** jOOQ prints a logo and tips on first use; the users' log has no use for them. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) {
        quietLibraries();
        // a first word that is not an option is a command: a mistyped one is told in Chinese, not taken for the window
        if (args.length > 0 && (juesuan.app.cli.Cli.isCommand(args[0]) || !args[0].startsWith("-"))) {
            System.exit(juesuan.app.cli.Cli.run(args));
        }
        Application.launch(JuesuanApp.class, args);
    }
}
