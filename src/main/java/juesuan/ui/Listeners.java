package juesuan.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;

/** Listeners on long-lived models that do not keep a discarded view alive. */
public final class Listeners {
    private Listeners() {
    }

    /** Runs {@code action} on every change of {@code source} for as long as {@code owner} exists. */
    public static void whileAlive(Node owner, Observable source, Runnable action) {
        InvalidationListener strong = o -> action.run();
        owner.getProperties().put(new Object(), strong);
        source.addListener(new WeakInvalidationListener(strong));
    }
}
