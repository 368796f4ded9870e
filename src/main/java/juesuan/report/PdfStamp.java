package juesuan.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import juesuan.i18n.Msg;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Puts a document's {@link Marking} on the exported PDF, on every page (the cover included): the check code at the
 * foot of each page of a final document and its QR code on the signature page (the last page); or, for a draft,
 * the words 草稿（未定稿） across each page and at its foot. The marks are real text in the document's own font, so
 * they print, show in the preview and can be read back from the file.
 */
final class PdfStamp {
    /** Distance of the foot line's baseline from the bottom edge, and of its end from the right edge (points). */
    private static final float FOOT_BASELINE = 18f;
    private static final float FOOT_RIGHT = 40f;
    private static final float FOOT_SIZE = 8f;
    /** The QR code's side on the signature page (points; 28 mm) and its place above the page number. */
    private static final float QR_SIDE = 80f;
    private static final float QR_BOTTOM = 104f;

    /** The serif face at the watermark's size, for its outlines. */
    private static final java.awt.Font WATERMARK_FONT = serif().deriveFont(60f);

    private PdfStamp() {
    }

    private static java.awt.Font serif() {
        try (InputStream in = PdfStamp.class.getResourceAsStream("/fonts/NotoSerifSC-Regular.ttf")) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] apply(byte[] pdf, Marking marking) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType0Font font;
            try (InputStream in = PdfStamp.class.getResourceAsStream("/fonts/NotoSerifSC-Regular.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            int n = doc.getNumberOfPages();
            // the watermark drawn once for each shape of page (portrait, landscape) and placed on every page
            Map<String, PDFormXObject> watermarks = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDRectangle box = upright(cs, page);
                    if (marking.draft()) {
                        cs.drawForm(watermarks.computeIfAbsent(box.getWidth() + "x" + box.getHeight(), k -> watermark(doc, box)));
                        foot(cs, box, font, Msg.get("report.draftFoot"));
                    } else {
                        String code = marking.checkCode().orElseThrow();
                        foot(cs, box, font, Msg.get("report.checkCodeFoot", code));
                        if (i == n - 1) {
                            qr(cs, box, font, code);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns the drawing space so that it is upright as the page is shown (a landscape table is an A4 page turned by
     * its /Rotate entry) and returns the page's box as shown.
     */
    private static PDRectangle upright(PDPageContentStream cs, PDPage page) throws IOException {
        PDRectangle media = page.getMediaBox();
        float w = media.getWidth();
        float h = media.getHeight();
        switch ((page.getRotation() % 360 + 360) % 360) {
            case 90 -> cs.transform(new Matrix(0, 1, -1, 0, w, 0));
            case 180 -> cs.transform(new Matrix(-1, 0, 0, -1, w, h));
            case 270 -> cs.transform(new Matrix(0, -1, 1, 0, 0, h));
            default -> {
                return new PDRectangle(w, h);
            }
        }
        return page.getRotation() % 180 == 0 ? new PDRectangle(w, h) : new PDRectangle(h, w);
    }

    private static void foot(PDPageContentStream cs, PDRectangle box, PDType0Font font, String text) throws IOException {
        float width = font.getStringWidth(text) / 1000f * FOOT_SIZE;
        cs.beginText();
        cs.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        cs.setFont(font, FOOT_SIZE);
        cs.newLineAtOffset(box.getWidth() - FOOT_RIGHT - width, FOOT_BASELINE);
        cs.showText(text);
        cs.endText();
    }

    /**
     * 草稿（未定稿） across the middle of the page, light and diagonal, as a form drawn once for each shape of page and
     * placed on every page of that shape (the file holds the outlines once, not once per page). Drawn as the letters'
     * outlines, not as text: copying or searching the page's text never picks up the watermark (the foot line says
     * the same in text).
     */
    private static PDFormXObject watermark(PDDocument doc, PDRectangle box) {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            watermark(cs, box);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return form;
    }

    private static void watermark(PDFormContentStream cs, PDRectangle box) throws IOException {
        java.awt.Shape outline = WATERMARK_FONT.createGlyphVector(new java.awt.font.FontRenderContext(null, true, true),
                Msg.get("report.draftWatermark")).getOutline();
        java.awt.geom.Rectangle2D bounds = outline.getBounds2D();
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate(box.getWidth() / 2f, box.getHeight() / 2f);
        t.rotate(Math.atan2(box.getHeight(), box.getWidth()));
        t.scale(1, -1); // the outline is in screen space (y down), the page in PDF space (y up)
        t.translate(-bounds.getCenterX(), -bounds.getCenterY());
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setNonStrokingAlphaConstant(0.16f);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(gs);
        cs.setNonStrokingColor(0.6f, 0.1f, 0.1f);
        double[] c = new double[6];
        float x = 0;
        float y = 0;
        for (java.awt.geom.PathIterator it = outline.getPathIterator(t); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> {
                    x = (float) c[0];
                    y = (float) c[1];
                    cs.moveTo(x, y);
                }
                case java.awt.geom.PathIterator.SEG_LINETO -> {
                    x = (float) c[0];
                    y = (float) c[1];
                    cs.lineTo(x, y);
                }
                case java.awt.geom.PathIterator.SEG_QUADTO -> {
                    // the quadratic segment as the cubic PDF draws: control points two thirds of the way to the quad's
                    float qx = (float) c[0];
                    float qy = (float) c[1];
                    float ex = (float) c[2];
                    float ey = (float) c[3];
                    cs.curveTo(x + 2f / 3f * (qx - x), y + 2f / 3f * (qy - y), ex + 2f / 3f * (qx - ex), ey + 2f / 3f * (qy - ey), ex, ey);
                    x = ex;
                    y = ey;
                }
                case java.awt.geom.PathIterator.SEG_CUBICTO -> {
                    cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    x = (float) c[4];
                    y = (float) c[5];
                }
                default -> cs.closePath();
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }

    /** The check code as a QR code on the signature page, with the code written under it. */
    private static void qr(PDPageContentStream cs, PDRectangle box, PDType0Font font, String code) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        float module = QR_SIDE / matrix.getWidth();
        float x0 = box.getWidth() - FOOT_RIGHT - QR_SIDE;
        float y0 = QR_BOTTOM;
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    cs.addRect(x0 + x * module, y0 + QR_SIDE - (y + 1) * module, module, module);
                }
            }
        }
        cs.fill();
        String caption = Msg.get("report.checkCodeCaption");
        float size = 8f;
        float w = font.getStringWidth(caption) / 1000f * size;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x0 + (QR_SIDE - w) / 2f, y0 - 4f);
        cs.showText(caption);
        cs.endText();
    }
}
