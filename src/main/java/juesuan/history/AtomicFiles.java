package juesuan.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either wholly the old or wholly the new content, also across a crash or a power
 * cut: a temporary name in the same folder, written, forced to disk, renamed into place, and the folder forced.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            writeForced(tmp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            moveIntoPlace(tmp, target, dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the whole content and forces it to disk before the channel closes. */
    private static void writeForced(Path file, byte[] content, StandardOpenOption... options) throws IOException {
        try (FileChannel ch = FileChannel.open(file, options)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Renames a written temporary file to its name (atomically where the file system can) and forces the folder. */
    private static void moveIntoPlace(Path tmp, Path target, Path dir) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(dir);
    }

    /** Forces a folder's entries (the rename) to disk, where the system allows it (not on Windows). */
    static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its rename is durable through the file system's journal
        }
    }

    /**
     * Writes a file to a place that may fail under it (a USB stick): refused at once when the folder is missing or
     * has not the room; otherwise written under a temporary name in the target folder, forced to disk, read back
     * and compared byte for byte, and only then renamed to its name. On any failure the temporary file is removed
     * (where the drive still allows it) and nothing is left under the final name.
     */
    public static void writeVerified(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString());
        }
        long usable = Files.getFileStore(dir).getUsableSpace();
        if (usable < content.length + 64L * 1024) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "No space left on device");
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            writeForced(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (!java.util.Arrays.equals(Files.readAllBytes(tmp), content)) {
                throw new java.nio.file.FileSystemException(tmp.toString(), null, "read back differs");
            }
            moveIntoPlace(tmp, target, dir);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the drive went away: there is nothing more to clean
            }
        }
    }
}
