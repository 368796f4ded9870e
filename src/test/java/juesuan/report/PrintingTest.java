package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** Printing through the system's print path, with a print service stub that writes PostScript instead of a printer. */
class PrintingTest {
    @Test
    void theDocumentPrintsEveryPage() {
        Report r = DemoReport.create();
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.load(2023)));
        byte[] pdf = d.export(Document.Format.PDF);
        ByteArrayOutputStream spool = new ByteArrayOutputStream();
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertTrue(factories.length > 0, "the JDK's PostScript stream print service");
        StreamPrintService stub = factories[0].getPrintService(spool);
        assertTrue(DocumentPrinter.print(pdf, d.title(), stub, false));
        String ps = spool.toString(StandardCharsets.ISO_8859_1);
        assertTrue(ps.startsWith("%!PS"), "PostScript was spooled");
        int pages = ps.split("%%Page: ", -1).length - 1;
        assertTrue(pages == d.pageCount(), "pages spooled: " + pages + " of " + d.pageCount());
    }
}
