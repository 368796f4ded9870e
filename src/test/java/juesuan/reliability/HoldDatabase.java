package juesuan.reliability;

import java.nio.file.Path;
import juesuan.app.Workspace;

/** Holds a database open for editing in its own process (as a running app does) until it is killed. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Starts a holder and waits until it has the database open. */
    public static Process start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
                db.toString()).redirectErrorStream(true).start();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.contains("READY")) {
                return p;
            }
        }
        throw new IllegalStateException("the holder ended: " + p.waitFor());
    }
}
