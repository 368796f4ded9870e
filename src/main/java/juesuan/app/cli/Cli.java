package juesuan.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;

/** The headless commands (run by {@code ./juesuan}): text out in UTF-8, a non-zero exit status on failure. */
public final class Cli {
    /** The first words that select the command line instead of the window. */
    public static final Set<String> COMMANDS = Set.of("narrative", "audit", "render", "list", "help", "--help", "-h", "--version", "-V");

    private Cli() {
    }

    public static boolean isCommand(String first) {
        return COMMANDS.contains(first);
    }

    /** Runs a command with standard output and error in UTF-8; returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new JuesuanCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(e instanceof CliError ? e.getMessage() : String.valueOf(e.getMessage()));
            line.getErr().flush();
            return e instanceof CliError ce ? ce.status() : 1;
        });
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
