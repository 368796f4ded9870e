package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStartHandsItsFilesToTheFirstAndTheFirstGetsThemEvenBeforeItListens() throws Exception {
        Path db = dir.resolve("data").resolve("juesuan");
        SingleInstance first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(db)).instance();
        try {
            assertTrue(Files.isRegularFile(SingleInstance.infoFile(db)), "port and token written beside the database");
            assertInstanceOf(SingleInstance.Running.class, SingleInstance.claim(db), "the lock is held");

            Path pkg = dir.resolve("105_2023_单位.jsgk");
            // handed over before the window is ready to take it: kept until it is
            assertTrue(SingleInstance.handOver(db, List.of(pkg), Duration.ofSeconds(5)));
            assertTrue(SingleInstance.handOver(db, List.of(), Duration.ofSeconds(5)), "a start without files only brings the window up");
            LinkedBlockingQueue<List<Path>> got = new LinkedBlockingQueue<>();
            first.receive(got::add);
            assertEquals(List.of(pkg.toAbsolutePath()), got.poll(5, TimeUnit.SECONDS));
            assertEquals(List.of(), got.poll(5, TimeUnit.SECONDS));

            assertTrue(SingleInstance.handOver(db, List.of(pkg, dir.resolve("b.json")), Duration.ofSeconds(5)));
            assertEquals(List.of(pkg.toAbsolutePath(), dir.resolve("b.json").toAbsolutePath()), got.poll(5, TimeUnit.SECONDS));
        } finally {
            first.close();
        }
        assertFalse(Files.exists(SingleInstance.infoFile(db)), "the closed instance takes its port file away");
        SingleInstance again = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(db), "the lock is free again").instance();
        again.close();
    }

    @Test
    void aWrongTokenIsIgnoredAndAStartThatFindsNoListenerGivesUp() throws Exception {
        Path db = dir.resolve("juesuan");
        SingleInstance first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(db)).instance();
        try {
            LinkedBlockingQueue<List<Path>> got = new LinkedBlockingQueue<>();
            first.receive(got::add);
            String port = Files.readString(SingleInstance.infoFile(db), StandardCharsets.UTF_8).split(" ")[0];
            Files.writeString(SingleInstance.infoFile(db), port + " 00000000000000000000000000000000", StandardCharsets.UTF_8);
            assertFalse(SingleInstance.handOver(db, List.of(dir.resolve("x.jsgk")), Duration.ofMillis(500)),
                    "a caller without the token is not answered");
            assertEquals(null, got.poll(200, TimeUnit.MILLISECONDS), "and nothing is delivered");
        } finally {
            first.close();
        }
        assertFalse(SingleInstance.handOver(dir.resolve("nobody"), List.of(), Duration.ofMillis(300)));
    }

    @Test
    void aFolderThatCannotHoldTheLockLetsTheAppRunWithoutIt() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        assertInstanceOf(SingleInstance.Unavailable.class, SingleInstance.claim(file.resolve("juesuan")));
    }
}
