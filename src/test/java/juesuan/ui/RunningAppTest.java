package juesuan.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import juesuan.app.JuesuanApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A TestFX test of the real application (headless through Monocle) on a database of its own: the demo unit on first start. */
abstract class RunningAppTest extends FxRobot {
    @TempDir
    Path dir;

    private Application app;

    /** The test's database file. */
    Path db() {
        return dir.resolve("juesuan");
    }

    /** Starts the application on {@link #db()} and returns its main window once it shows. */
    MainWindow startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(JuesuanApp.class, "--db", db().toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".main-window").tryQuery().isPresent());
        // the window is found while the FX thread may still be putting it into the scene: let that finish first
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".main-window").query();
    }

    /** Closes the application as its window's close would (a test may start it again on the same database). */
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        stopApp();
        if (FxToolkit.isFXApplicationThreadRunning()) { // a test of such a class that never started the window
            FxToolkit.cleanupStages();
        }
    }
}
