package juesuan.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import juesuan.failure.ErrorLog;

/**
 * Where the main window opens: where the officer left it when that still fits the screen, else the preferred size
 * within the screen's usable area, maximised on office screens up to 1440 pixels wide. Kept per user in
 * {@code juesuan-window.properties} beside the database (the per-user data folder).
 *
 * @param x         left edge
 * @param y         top edge
 * @param width     width
 * @param height    height
 * @param maximized whether the window fills the screen
 * @param auditDivider where the 审核 panel begins, as a share of the height (0: as the app lays it out)
 * @param auditCollapsed whether the 审核 panel is folded to its summary line
 * @param screenWidth  the usable width of the screen it was left on, in the scaled pixels of that time (0: not known)
 * @param screenHeight its usable height
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized, double auditDivider,
                              boolean auditCollapsed, double screenWidth, double screenHeight) {
    /** A placement whose screen is not known (kept by an earlier version). */
    public WindowPlacement(double x, double y, double width, double height, boolean maximized, double auditDivider,
                           boolean auditCollapsed) {
        this(x, y, width, height, maximized, auditDivider, auditCollapsed, 0, 0);
    }

    /** The size the window is laid out for. */
    public static final double PREFERRED_WIDTH = 1360;
    public static final double PREFERRED_HEIGHT = 860;
    /** Screens up to this width open the window maximised. */
    public static final double MAXIMIZE_UP_TO = 1440;
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 560;

    /** The usable area of a screen (without the taskbar), in the scaled pixels JavaFX lays out in. */
    public record Area(double x, double y, double width, double height) {
    }

    /** Where to open on a screen, given what was kept (if anything). */
    public static WindowPlacement initial(Area screen, Optional<WindowPlacement> kept) {
        if (kept.isPresent() && otherScreen(kept.get(), screen)) {
            // the same monitor at another scaling (125 % then 100 %), or another monitor: the same share of the screen,
            // maximised again if it was, centred — not the old scaled pixels, which would come back as a small window
            WindowPlacement k = kept.get();
            double w = Math.max(Math.min(MIN_WIDTH, screen.width()), Math.min(screen.width(), k.width() / k.screenWidth() * screen.width()));
            double h = Math.max(Math.min(MIN_HEIGHT, screen.height()), Math.min(screen.height(), k.height() / k.screenHeight() * screen.height()));
            return new WindowPlacement(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h,
                    k.maximized() || screen.width() <= MAXIMIZE_UP_TO && k.width() >= k.screenWidth() - 2,
                    k.auditDivider(), k.auditCollapsed(), screen.width(), screen.height());
        }
        if (kept.isPresent() && fits(kept.get(), screen)) {
            return kept.get();
        }
        double w = Math.min(PREFERRED_WIDTH, screen.width());
        double h = Math.min(PREFERRED_HEIGHT, screen.height());
        return new WindowPlacement(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h,
                screen.width() <= MAXIMIZE_UP_TO, kept.map(WindowPlacement::auditDivider).orElse(0.0),
                kept.map(WindowPlacement::auditCollapsed).orElse(false), screen.width(), screen.height());
    }

    /** Whether a placement was kept on a screen of another size (in scaled pixels) than this one. */
    static boolean otherScreen(WindowPlacement p, Area screen) {
        return p.screenWidth() > 0 && p.screenHeight() > 0
                && (Math.abs(p.screenWidth() - screen.width()) > 2 || Math.abs(p.screenHeight() - screen.height()) > 2);
    }

    /** A kept placement fits when it is big enough and wholly on the screen (the monitor may have changed). */
    static boolean fits(WindowPlacement p, Area screen) {
        return p.width() >= MIN_WIDTH && p.height() >= MIN_HEIGHT
                && p.x() >= screen.x() - 1 && p.y() >= screen.y() - 1
                && p.x() + p.width() <= screen.x() + screen.width() + 1
                && p.y() + p.height() <= screen.y() + screen.height() + 1;
    }

    /** The file the placement is kept in, beside a database. */
    public static Path file(Path database) {
        return database.toAbsolutePath().resolveSibling("juesuan-window.properties");
    }

    /** The kept placement, if there is a readable one. */
    public static Optional<WindowPlacement> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new WindowPlacement(Double.parseDouble(p.getProperty("x")), Double.parseDouble(p.getProperty("y")),
                    Double.parseDouble(p.getProperty("width")), Double.parseDouble(p.getProperty("height")),
                    Boolean.parseBoolean(p.getProperty("maximized")), Double.parseDouble(p.getProperty("auditDivider", "0")),
                    Boolean.parseBoolean(p.getProperty("auditCollapsed", "false")),
                    Double.parseDouble(p.getProperty("screenWidth", "0")), Double.parseDouble(p.getProperty("screenHeight", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged file only costs the placement: the window opens as on a first start
        }
    }

    /** Keeps the placement (written to a temporary name, then moved into place); a failure is only logged. */
    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("auditDivider", Double.toString(auditDivider));
        p.setProperty("auditCollapsed", Boolean.toString(auditCollapsed));
        p.setProperty("screenWidth", Double.toString(screenWidth));
        p.setProperty("screenHeight", Double.toString(screenHeight));
        try {
            StringWriter out = new StringWriter();
            p.store(out, null);
            juesuan.history.AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            ErrorLog.record("keeping the window placement", e);
        }
    }
}
