package juesuan.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import picocli.CommandLine;

/** The headless commands (run by {@code ./juesuan}): text out in UTF-8, a non-zero exit status on failure. */
public final class Cli {
    /** Exit status of a command that could not run (1 is kept for "审核 found 错误"). */
    public static final int FAILED = 2;
    /** The first words that select the command line instead of the window. */
    public static final Set<String> COMMANDS = Set.of("narrative", "audit", "render", "list", "import", "rollover", "import-excel",
            "export-excel", "finalize", "unlock", "export", "verify", "tree", "consolidate", "help");
    /** Asking for help or the version, in place of a command. */
    static final Set<String> INFO = Set.of("--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** A wrong command line as one Chinese sentence. */
    static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return juesuan.i18n.Msg.get("cli.missingOption", String.join(juesuan.i18n.Msg.get("cli.listSeparator"),
                    m.getMissing().stream().map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel()).toList()));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return juesuan.i18n.Msg.get("cli.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : ex.getArgSpec().paramLabel();
            return juesuan.i18n.Msg.get("cli.badValue", name, ex.getValue(), ex.getArgSpec().paramLabel());
        }
        return juesuan.i18n.Msg.get("cli.badCommandLine");
    }

    public static boolean isCommand(String first) {
        return COMMANDS.contains(first) || INFO.contains(first);
    }

    /**
     * The command a command line names, wherever it stands among the options ({@code --db F audit --unit 105 …} as
     * well as {@code audit --db F …}), moved to the front where picocli looks for it; null when it names none (the
     * window is meant). Help and version asked for before any command count as the command.
     */
    public static String[] commandFirst(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (COMMANDS.contains(a)) {
                if (i == 0) {
                    return args;
                }
                String[] out = new String[args.length];
                out[0] = a;
                System.arraycopy(args, 0, out, 1, i);
                System.arraycopy(args, i + 1, out, i + 1, args.length - i - 1);
                return out;
            }
            if (INFO.contains(a) && i == 0) {
                return args;
            }
        }
        return null;
    }

    /**
     * Runs a command with standard output and error in UTF-8 (in the console's own code page when a Windows console
     * window shows them, e.g. GBK); returns the exit status.
     */
    public static int run(String... args) {
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        java.io.Console console = System.console();
        if (console != null && console.isTerminal()
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            charset = console.charset();
        }
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new JuesuanCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        // A failure is one Chinese sentence on stderr (the details go to the log file) and exit status 2.
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            if (!(e instanceof CliError)) {
                ErrorLog.record("command " + String.join(" ", args), e);
            }
            line.getErr().println(e instanceof CliError ? e.getMessage() : Failures.describe(e));
            line.getErr().flush();
            return e instanceof CliError ce ? ce.status() : FAILED;
        });
        // picocli's own words for a wrong command line are English: say it in Chinese, then show the command's usage
        cmd.setParameterExceptionHandler((ex, line) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(describe(ex));
            c.usage(c.getErr());
            return FAILED;
        });
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
