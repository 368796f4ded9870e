package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import juesuan.ui.help.HelpContent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** F1 opens the 使用说明 at the chapter of the section on screen; 关于 shows the version, the data file and the licences. */
class HelpUiTest extends RunningAppTest {



    @Test
    void everySectionHasItsChapterAndEveryPictureIsThere() {
        HelpContent help = HelpContent.load();
        assertTrue(help.chapters().size() >= 8);
        for (String section : java.util.List.of("unit", "T1", "T5", "T9", "comparisons", "threePublic", "operations", "assets",
                "performance", "glossary", "narrative", "preview")) {
            assertTrue(help.chapterFor(section).sections().contains(section), section);
        }
        help.chapters().forEach(ch -> ch.blocks().forEach(b -> {
            if (b instanceof HelpContent.Image i) {
                assertNotNull(HelpContent.class.getResource(i.resource()), i.resource());
                assertFalse(i.caption().isBlank(), i.resource());
            }
        }));
    }

    @Test
    void f1OpensTheManualAtTheChapterOfTheSectionAndAboutShowsTheLicences() throws Exception {
        MainWindow window = startApp();
        interact(() -> window.select("T3"));
        clickOn(window.content("T3"));
        push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#help-chapters").tryQuery().isPresent());
        ListView<HelpContent.Chapter> chapters = lookup("#help-chapters").query();
        assertEquals(HelpContent.load().chapterFor("T3").title(), chapters.getSelectionModel().getSelectedItem().title());
        Stage help = (Stage) chapters.getScene().getWindow();
        assertTrue(help.isShowing());
        var images = lookup("#help-page").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof ImageView).map(n -> (ImageView) n).toList();
        assertFalse(images.isEmpty(), "a picture of the screen");
        images.forEach(i -> assertFalse(i.getImage().isError(), "the picture loads"));
        interact(help::close);

        interact(() -> window.select("preview"));
        interact(window::help);
        ListView<HelpContent.Chapter> again = lookup("#help-chapters").query();
        assertEquals(HelpContent.load().chapterFor("preview").title(), again.getSelectionModel().getSelectedItem().title());
        interact(() -> ((Stage) again.getScene().getWindow()).close());

        clickOn("#help-menu");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup("#help-about").match(n -> n.getScene() != null).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea licences = lookup("#about-licences").query();
        assertTrue(licences.getText().contains("SIL Open Font License"), "the fonts' licence");
        assertTrue(licences.getText().contains("JasperReports"));
        interact(() -> licences.getScene().getWindow().hide());
    }
}
