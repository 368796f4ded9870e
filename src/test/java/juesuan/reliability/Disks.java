package juesuan.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Places to fail on, for the tests of failure messages: a folder nobody may write, and a small disk that fills up. */
public final class Disks {
    private Disks() {
    }

    /** A folder that even this machine's root user cannot create (in /sys); the test is skipped where there is none. */
    public static Path unwritableFolder() {
        Path sys = Path.of("/sys/juesuan-test-folder");
        boolean writable;
        try {
            Files.createDirectories(sys);
            Files.delete(sys);
            writable = true;
        } catch (IOException e) {
            writable = false;
        }
        Assumptions.assumeTrue(!writable, "this machine has no folder that its root user cannot write");
        return sys;
    }

    /** A 3 MB file system mounted at a folder (root only; the test is skipped elsewhere), unmounted on close. */
    public static final class SmallDisk implements AutoCloseable {
        private final Path mount;

        public SmallDisk(Path mount) throws Exception {
            this.mount = mount;
            Files.createDirectories(mount);
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString())
                    .redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor() == 0, "mounting a small file system needs root");
        }

        public Path path() {
            return mount;
        }

        /** Fills what is left with a file {@code filler}. */
        public void fill() throws IOException {
            try (RandomAccessFile filler = new RandomAccessFile(mount.resolve("filler").toFile(), "rw")) {
                byte[] block = new byte[16 * 1024];
                while (true) {
                    try {
                        filler.write(block);
                    } catch (IOException full) {
                        return;
                    }
                }
            }
        }

        /** Frees the space {@link #fill} took. */
        public void free() throws IOException {
            Files.deleteIfExists(mount.resolve("filler"));
        }

        @Override
        public void close() throws IOException {
            try {
                new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
