package juesuan.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import juesuan.app.cli.Cli;

/** A command run in this JVM, as the launcher runs it: its exit status and what it printed on stdout and stderr. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
