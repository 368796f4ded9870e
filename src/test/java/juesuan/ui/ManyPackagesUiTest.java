package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import juesuan.app.Workspace;
import juesuan.consolidation.Members;
import juesuan.exchange.HandoverPackage;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A 主管部门 drops its units' packages on the window together: they are listed, the refused one in red, and loaded at once. */
class ManyPackagesUiTest extends RunningAppTest {
    private Path pack(Report r, String name) throws Exception {
        Path f = Files.createDirectories(dir.resolve("usb")).resolve(name);
        Files.write(f, HandoverPackage.write(r, "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "test",
                LocalDateTime.of(2024, 3, 1, 9, 0)));
        return f;
    }

    @Test
    void packagesDroppedTogetherAreListedAndLoadedInOneGo() throws Exception {
        Path damaged = pack(Members.remitting(), "damaged.jsgk");
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 3] ^= 0x10;
        Files.write(damaged, bytes);
        List<Path> files = List.of(pack(Members.self("50000"), "a.jsgk"), pack(Members.subsidised(), "b.jsgk"),
                pack(Members.remitting(), "c.jsgk"), damaged);
        MainWindow window = startApp();
        interact(() -> window.openFiles(files));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#load-many-list").tryQuery().isPresent());
        ListView<String> list = lookup("#load-many-list").query();
        assertEquals(4, list.getItems().size());
        assertTrue(list.getItems().getFirst().startsWith("✗ 不能装入 damaged.jsgk"), list.getItems().getFirst());
        assertEquals("901001 测试局（本级） 2023 年度，草稿：新增", list.getItems().get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".load-refused").tryQuery().isPresent(), "the refused file is marked");

        clickOn("#load-many-ok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup(".dialog-pane").lookup((javafx.scene.control.Label l) -> l.getText() != null
                        && l.getText().startsWith("已装入 3 个单位的报表")).tryQuery().isPresent());
        stopApp();
        try (Workspace ws = Workspace.open(db(), Workspace.Mode.READ)) {
            assertEquals(4, ws.store().list().size());
            assertEquals(List.of("901001", "901002", "901003"), ws.store().unitTree(2023).children("HZ901"));
        }
    }
}
