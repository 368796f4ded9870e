package juesuan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import juesuan.i18n.Msg;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Puts a document's {@link Marking} into the Word export, as {@link PdfStamp} does into the PDF: a foot line in
 * every section (the check code of a 定稿 report, or 草稿（未定稿）) and, for a draft, Word's own watermark (a shape in
 * each section's header, so it shows across every page and Word lets nobody mistake it for text of the document).
 */
final class DocxStamp {
    private DocxStamp() {
    }

    static byte[] apply(byte[] docx, Marking marking) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            if (marking.draft()) {
                CTP watermark = watermarkParagraph();
                for (XWPFHeader header : doc.getHeaderList()) {
                    header.createParagraph().getCTP().set(watermark.copy());
                }
            }
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun run = p.createRun();
            run.setFontSize(8);
            run.setFontFamily("SimSun");
            run.setColor("404040");
            run.setText(marking.checkCode().map(c -> Msg.get("report.checkCodeFoot", c)).orElseGet(() -> Msg.get("report.draftFoot")));
            // every section (a landscape table is a section of its own) shows that foot line
            String id = doc.getRelationId(footer);
            for (CTSectPr sect : sections(doc)) {
                sect.getFooterReferenceList().removeIf(r -> r.getType() == STHdrFtr.DEFAULT);
                CTHdrFtrRef ref = sect.addNewFooterReference();
                ref.setType(STHdrFtr.DEFAULT);
                ref.setId(id);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 8 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The section properties of the document: those closing each section inside the body, and the last one. */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> all = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                all.add(p.getCTP().getPPr().getSectPr());
            }
        }
        if (doc.getDocument().getBody().isSetSectPr()) {
            all.add(doc.getDocument().getBody().getSectPr());
        }
        return all;
    }

    /** Word's watermark paragraph (the shape POI makes for a header), with the draft words. */
    private static CTP watermarkParagraph() throws IOException {
        try (XWPFDocument scratch = new XWPFDocument()) {
            XWPFHeaderFooterPolicy policy = scratch.createHeaderFooterPolicy();
            policy.createWatermark(Msg.get("report.draftWatermark"));
            return (CTP) policy.getDefaultHeader().getParagraphArray(0).getCTP().copy();
        }
    }
}
