package juesuan.app;

/**
 * The start-up picture the installed program's launcher shows before Java has loaded anything of ours
 * ({@code -splash:} in {@code installer/common/image.args}): it stays until the main window is ready, which then appears in
 * its place. Started any other way (Maven, tests) there is none, and the window shows its loading screen at once.
 */
final class Splash {
    private Splash() {
    }

    private static java.awt.SplashScreen screen() {
        try {
            return java.awt.SplashScreen.getSplashScreen();
        } catch (RuntimeException | LinkageError e) {
            return null; // headless, or a runtime without the picture's library: there is no splash
        }
    }

    /** Whether the launcher's picture is on screen. */
    static boolean showing() {
        java.awt.SplashScreen s = screen();
        return s != null && s.isVisible();
    }

    /** Takes the picture away (nothing when there is none). */
    static void close() {
        java.awt.SplashScreen s = screen();
        if (s != null && s.isVisible()) {
            s.close();
        }
    }
}
