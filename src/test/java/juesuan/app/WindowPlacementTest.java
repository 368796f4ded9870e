package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window fits the office screen: 1366×768 (taskbar excluded) and 1920×1080 at 100/125/150 % scaling. */
class WindowPlacementTest {
    @TempDir
    Path dir;

    private static WindowPlacement.Area screen(double w, double h, double scale) {
        return new WindowPlacement.Area(0, 0, w / scale, (h - 40) / scale); // 40 px of taskbar
    }

    @Test
    void theWindowNeverOpensLargerThanTheScreen() {
        for (double[] s : new double[][] {{1366, 768, 1}, {1366, 768, 1.25}, {1920, 1080, 1}, {1920, 1080, 1.25}, {1920, 1080, 1.5}}) {
            WindowPlacement.Area area = screen(s[0], s[1], s[2]);
            WindowPlacement p = WindowPlacement.initial(area, Optional.empty());
            assertTrue(p.width() <= area.width() && p.height() <= area.height(), s[0] + "x" + s[1] + "@" + s[2] + ": " + p);
            assertTrue(p.x() >= 0 && p.y() >= 0);
        }
        assertTrue(WindowPlacement.initial(screen(1366, 768, 1), Optional.empty()).maximized(), "maximised on a 1366 screen");
        assertFalse(WindowPlacement.initial(screen(1920, 1080, 1), Optional.empty()).maximized(), "1920 at 100 % has room");
        assertTrue(WindowPlacement.initial(screen(1920, 1080, 1.5), Optional.empty()).maximized(), "1920 at 150 % is 1280 wide");
    }

    @Test
    void whereTheOfficerLeftItIsKeptUnlessTheScreenNoLongerHoldsIt() throws Exception {
        Path file = WindowPlacement.file(dir.resolve("juesuan"));
        WindowPlacement left = new WindowPlacement(100, 50, 1200, 800, false, 0.6, true);
        left.write(file);
        assertEquals(Optional.of(left), WindowPlacement.read(file));
        assertEquals(left, WindowPlacement.initial(screen(1920, 1080, 1), WindowPlacement.read(file)));
        // moved to a laptop: the kept place no longer fits, so the window opens within the screen
        WindowPlacement small = WindowPlacement.initial(screen(1366, 768, 1), WindowPlacement.read(file));
        assertTrue(small.height() <= 728 && small.maximized(), small.toString());
        assertEquals(0.6, small.auditDivider(), "the 审核 panel's place is kept whatever the screen");
        assertTrue(small.auditCollapsed(), "and whether it is folded");
        Files.writeString(file, "x=abc");
        assertEquals(Optional.empty(), WindowPlacement.read(file), "a damaged file only costs the placement");
    }

    @Test
    void aWindowLeftAtOneScalingComesBackAsTheSameShareOfTheScreenAtAnother() throws Exception {
        Path file = WindowPlacement.file(dir.resolve("juesuan"));
        WindowPlacement.Area at125 = screen(1366, 768, 1.25);
        WindowPlacement.Area at100 = screen(1366, 768, 1);
        // maximised at 125 %: 1092.8 × 582.4 scaled pixels
        WindowPlacement maximised = WindowPlacement.initial(at125, Optional.empty());
        assertTrue(maximised.maximized());
        new WindowPlacement(0, 0, at125.width(), at125.height(), true, 0.7, false, at125.width(), at125.height()).write(file);
        WindowPlacement back = WindowPlacement.initial(at100, WindowPlacement.read(file));
        assertTrue(back.maximized(), "maximised again, not 1092×615 at 100 %: " + back);
        assertEquals(at100.width(), back.width(), 0.5);
        assertEquals(0.7, back.auditDivider());
        // a window of three quarters of the screen's width at 100 % is three quarters of it at 150 %, and within it
        WindowPlacement.Area wide = screen(1920, 1080, 1);
        WindowPlacement.Area wide150 = screen(1920, 1080, 1.5);
        new WindowPlacement(10, 10, 1440, 700, false, 0, false, wide.width(), wide.height()).write(file);
        WindowPlacement scaled = WindowPlacement.initial(wide150, WindowPlacement.read(file));
        assertFalse(scaled.maximized());
        assertEquals(wide150.width() * 0.75, scaled.width(), 0.5);
        assertTrue(scaled.x() >= 0 && scaled.x() + scaled.width() <= wide150.width() + 1 && scaled.height() <= wide150.height());
        // the same screen as before: kept as left
        WindowPlacement same = new WindowPlacement(100, 50, 1200, 800, false, 0.6, true, wide.width(), wide.height());
        same.write(file);
        assertEquals(same, WindowPlacement.initial(wide, WindowPlacement.read(file)));
    }
}
