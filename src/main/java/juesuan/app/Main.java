package juesuan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import juesuan.failure.ErrorLog;
import juesuan.i18n.Msg;

/**
 * Entry point: starts the desktop app ({@code --db FILE} opens another database file; a handover package or report
 * file named on the command line — as the desktop does when one is opened — is loaded once the window is up), or runs
 * a headless command when the first argument names one ({@code narrative}, {@code list}). A second start on the same
 * database hands its files to the window already running and ends.
 */
public final class Main {
    /** How long a later start waits for the first one to listen (it may itself be starting). */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Main() {
    }

    /** jOOQ prints a logo and tips on first use; the users' log has no use for them. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) {
        quietLibraries();
        // a first word that is not an option is a command (a mistyped one is told in Chinese, not taken for the window),
        // unless it is a file to open
        // a command anywhere among the options ("--db F audit …") is a command, not the window
        String[] command = juesuan.app.cli.Cli.commandFirst(args);
        if (command != null) {
            System.exit(juesuan.app.cli.Cli.run(command));
        }
        List<Path> files = filesToOpen(args);
        if (args.length > 0 && !args[0].startsWith("-") && files.isEmpty()) {
            System.exit(juesuan.app.cli.Cli.run(args));
        }
        Path database = DataDirectory.databaseFile(JuesuanApp.option(List.of(args), "--db"));
        switch (SingleInstance.claim(database)) {
            case SingleInstance.First first -> JuesuanApp.instance = first.instance();
            case SingleInstance.Running running -> {
                if (SingleInstance.handOver(database, files, PATIENCE)) {
                    System.exit(0);
                }
                System.err.println(Msg.get("app.alreadyRunning", database));
                System.exit(1);
            }
            case SingleInstance.Unavailable unavailable -> ErrorLog.record("taking the single-window lock", unavailable.cause());
        }
        // the launcher's picture was on screen before this method ran: that is the first frame
        Thread.ofPlatform().daemon().name("splash-check").start(() -> {
            if (Splash.showing()) {
                StartupTrace.mark(StartupTrace.FRAME);
            }
        });
        // the database opens while the window toolkit starts: on two cores that is most of a second saved
        JuesuanApp.early = JuesuanApp.openInBackground(database);
        try {
            Application.launch(JuesuanApp.class, args);
        } catch (RuntimeException e) {
            JuesuanApp.closeEarly();
            ErrorLog.record("starting the window", e);
            System.err.println(noDisplay(e) ? Msg.get("app.noDisplay") : Msg.get("app.cannotStart", ErrorLog.file()));
            System.exit(2);
        }
    }

    /** The files the desktop asked to open: arguments that are existing files, not options or their values. */
    static List<Path> filesToOpen(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("-") && looksOpenable(a)) {
                files.add(Path.of(a).toAbsolutePath());
            }
        }
        return files;
    }

    private static boolean looksOpenable(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        try {
            return (lower.endsWith(".jsgk") || lower.endsWith(".json")) && Files.isRegularFile(Path.of(arg));
        } catch (RuntimeException e) {
            return false; // not a path this system can name
        }
    }

    private static boolean noDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }
}
