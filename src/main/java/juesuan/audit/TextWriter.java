package juesuan.audit;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import juesuan.narrative.Narrative;

/**
 * The thread that writes a report's text while the 审核 runs its other rules. Its threads are daemons (an audit never
 * keeps the program alive) and are made only when one is wanted; one idle for a minute ends.
 */
final class TextWriter {
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon()
            .name("juesuan-audit-text-", 0).factory());

    Future<Narrative> submit(Callable<Narrative> write) {
        return threads.submit(write);
    }

    /** The text once written; a failure to write it is thrown here as it would have been on the 审核's own thread. */
    Narrative await(Future<Narrative> text) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return text.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the 审核 finishes what it began; the interruption is passed on
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
