package juesuan.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of an exported PDF as images: the preview shows exactly what the export writes. */
public final class PdfPages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPages(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renderer = new PDFRenderer(document);
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Renders a page (0-based) at the given resolution. Not thread-safe: render one page at a time. */
    public synchronized BufferedImage render(int page, float dpi) {
        try {
            return renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's size as shown (0-based; a page turned by /Rotate is as wide as it is turned), in points. */
    public float[] pageSize(int page) {
        var p = document.getPage(page);
        var box = p.getMediaBox();
        boolean turned = p.getRotation() % 180 != 0;
        return turned ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()};
    }

    public PDDocument document() {
        return document;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
