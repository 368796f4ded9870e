package juesuan.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import juesuan.failure.ErrorLog;

/**
 * One window per database, so one per user on the per-user database: the first start holds a lock beside the
 * database ({@code <name>.instance.lock}) and listens on a loopback port it writes, with a random token, into
 * {@code <name>.instance} (readable by the user only). A later start finds the lock taken, hands its files to the
 * running window through that port and ends; the running window comes to the front and loads them.
 *
 * <p>The lock is the operating system's: when the first start ends, however it ends, the lock goes with it.
 */
public final class SingleInstance implements AutoCloseable {
    private static final String OK = "ok";
    private static final Duration RETRY = Duration.ofMillis(100);

    /** What {@link #claim} found. */
    public sealed interface Claim permits First, Running, Unavailable {
    }

    /** This start is the first: it keeps the lock and listens. */
    public record First(SingleInstance instance) implements Claim {
    }

    /** Another start holds the lock. */
    public record Running() implements Claim {
    }

    /** The lock could not be taken at all (e.g. a folder that cannot be written): run without the single-window rule. */
    public record Unavailable(IOException cause) implements Claim {
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path info;
    private final String token;
    private final List<List<Path>> waiting = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, Path info, String token) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.info = info;
        this.token = token;
    }

    static Path lockFile(Path database) {
        return database.toAbsolutePath().resolveSibling(baseName(database) + ".instance.lock");
    }

    static Path infoFile(Path database) {
        return database.toAbsolutePath().resolveSibling(baseName(database) + ".instance");
    }

    private static String baseName(Path database) {
        String name = database.getFileName().toString();
        return name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
    }

    /** Takes the database's lock if no other start holds it, and then listens for later starts. */
    public static Claim claim(Path database) {
        FileChannel channel = null;
        try {
            Files.createDirectories(database.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (tests start two claims in one JVM)
            }
            if (lock == null) {
                channel.close();
                return new Running();
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Path info = infoFile(database);
            juesuan.history.AtomicFiles.write(info, (server.getLocalPort() + " " + token).getBytes(StandardCharsets.UTF_8));
            SingleInstance instance = new SingleInstance(channel, lock, server, info, token);
            Thread t = new Thread(instance::listen, "single-instance");
            t.setDaemon(true);
            t.start();
            return new First(instance);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the claim has failed already
                }
            }
            return new Unavailable(e);
        }
    }

    /**
     * Hands files (possibly none: then the running window only comes to the front) to the start that holds the lock,
     * waiting up to {@code patience} for it to listen (it may be starting at this moment). True when it took them.
     */
    public static boolean handOver(Path database, List<Path> files, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                String[] portAndToken = Files.readString(infoFile(database), StandardCharsets.UTF_8).trim().split(" ");
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])),
                            1000);
                    socket.setSoTimeout(5000);
                    Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                    out.write(portAndToken[1] + "\n");
                    for (Path f : files) {
                        out.write(f.toAbsolutePath() + "\n");
                    }
                    out.flush();
                    socket.shutdownOutput();
                    String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                            .readLine();
                    if (OK.equals(answer)) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not listening yet (or an old file from a start that ended): try again until the patience runs out
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Where later starts' files go (on the listener's thread); requests that came before are delivered now. */
    public synchronized void receive(Consumer<List<Path>> receiver) {
        this.receiver = receiver;
        waiting.forEach(receiver);
        waiting.clear();
    }

    private synchronized void deliver(List<Path> files) {
        if (receiver == null) {
            waiting.add(files);
        } else {
            receiver.accept(files);
        }
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue; // not one of ours: say nothing
                }
                List<Path> files = new ArrayList<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        files.add(Path.of(line));
                    }
                }
                deliver(files);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(OK + "\n");
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    ErrorLog.record("a later start handing over", e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(info);
            lock.release();
            channel.close();
        } catch (IOException e) {
            ErrorLog.record("closing the single-window lock", e);
        }
    }
}
