package juesuan.ui.preview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import juesuan.calculation.ReportFigures;
import juesuan.model.Report;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.report.DocumentPrinter;
import juesuan.report.PdfPages;
import juesuan.template.TemplateLoader;
import juesuan.ui.session.ReportSession;

/**
 * The 预览 tab: the document generated from a snapshot of the report (so the background work never sees an edit in
 * progress), its pages rendered from the very PDF the export writes, page navigation and zoom, exports and print.
 */
public final class PreviewViewModel {
    private final ReportSession session;
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    /** Opens on the whole first page (the cover is mostly white at the top: at 100 % the view showed nothing). */
    private final IntegerProperty zoom = new SimpleIntegerProperty(FIT_PAGE);
    private Document document;
    private byte[] pdf;
    private PdfPages pages;
    private int generatedAt = -1;

    public PreviewViewModel(ReportSession session) {
        this.session = session;
    }

    public ReportSession session() {
        return session;
    }

    /** An independent copy of the open report, taken on the UI thread. */
    public Report snapshot() {
        return session.report().copy();
    }

    /** The revision a generation starts from (to know when the preview is out of date). */
    public int revision() {
        return session.revisionProperty().get();
    }

    /** What an export wrote: a PDF of a report not yet 定稿 is a draft, and says so. */
    public String exportedMessage(juesuan.report.Document.Format format, java.nio.file.Path file) {
        // the PDF and the Word file both carry 草稿（未定稿） on every page; the Excel tables have no pages to mark
        boolean draft = format != juesuan.report.Document.Format.XLSX && !session.report().isFinal();
        return juesuan.i18n.Msg.get(draft ? "preview.exportedDraft" : "preview.exported", file.toAbsolutePath());
    }

    public boolean outOfDate() {
        return document == null || generatedAt != session.revisionProperty().get();
    }

    /** Background work: builds the document and its PDF from a snapshot. */
    public static Generated generate(Report snapshot) {
        Document d = DocumentBuilder.build(snapshot, new ReportFigures(snapshot, TemplateLoader.forReport(snapshot)));
        byte[] bytes = d.export(Document.Format.PDF);
        return new Generated(d, bytes, new PdfPages(bytes));
    }

    /** A generated document. */
    public record Generated(Document document, byte[] pdf, PdfPages pages) {
    }

    /** Shows a generated document (UI thread). */
    public void show(Generated g, int revision) {
        if (pages != null) {
            pages.close();
        }
        document = g.document();
        pdf = g.pdf();
        pages = g.pages();
        generatedAt = revision;
        pageCount.set(pages.count());
        page.set(Math.min(page.get(), pages.count() - 1));
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The shown page, 0-based. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** Zoom in percent. */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    public void next() {
        if (page.get() < pageCount.get() - 1) {
            page.set(page.get() + 1);
        }
    }

    public void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** Zoom choices besides percentages: as wide as the view, or the whole page in view. */
    public static final int FIT_WIDTH = -1;
    public static final int FIT_PAGE = -2;

    /**
     * The zoom in percent that a choice means for a view of the given size (a percentage is itself; fit width or
     * page is worked out from the shown page's size as printed, at 96 dpi for 100 %), between 25 % and 400 %.
     */
    public int effectiveZoom(int choice, double viewWidth, double viewHeight) {
        if (choice > 0 || pages == null) {
            return Math.max(25, choice);
        }
        float[] size = pages.pageSize(page.get());
        double widthAt100 = size[0] / 72.0 * 96.0;
        double heightAt100 = size[1] / 72.0 * 96.0;
        double byWidth = viewWidth / widthAt100 * 100;
        double z = choice == FIT_PAGE ? Math.min(byWidth, viewHeight / heightAt100 * 100) : byWidth;
        return (int) Math.max(25, Math.min(400, Math.floor(z)));
    }

    /** Where each part of the shown document begins. */
    public java.util.List<Document.Entry> outline() {
        return document == null ? java.util.List.of() : document.outline();
    }

    /** Goes to a page given 1-based (typed in the page field); false when there is no such page. */
    public boolean goTo(int pageNumber) {
        if (pageNumber < 1 || pageNumber > pageCount.get()) {
            return false;
        }
        page.set(pageNumber - 1);
        return true;
    }

    /** Background work: the shown page at the zoom (96 dpi at 100%). */
    public BufferedImage render(int index, int zoomPercent) {
        return pages.render(index, 96f * zoomPercent / 100f);
    }

    public boolean ready() {
        return document != null;
    }

    /** Background work: writes the document (temporary file, then moved into place). */
    public void export(Document.Format format, Path file) throws java.io.IOException {
        document.write(format, file);
    }

    /** Background work: the print dialog and the job. */
    public boolean print(javax.print.PrintService service, boolean dialog) {
        return DocumentPrinter.print(pdf, document.title(), service, dialog);
    }

    public String suggestedName(Document.Format format) {
        return document.title() + "." + format.extension();
    }
}
