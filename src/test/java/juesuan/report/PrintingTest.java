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

    @org.junit.jupiter.api.Test
    void withoutAnyPrinterTheOfficerIsToldInChinese() {
        org.junit.jupiter.api.Assumptions.assumeTrue(javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0,
                "this machine has a printer");
        juesuan.model.Report r = juesuan.exchange.DemoReport.create();
        byte[] pdf = DocumentBuilder.build(r, new juesuan.calculation.ReportFigures(r, juesuan.template.TemplateLoader.forReport(r)))
                .export(Document.Format.PDF);
        juesuan.failure.UserFailure e = org.junit.jupiter.api.Assertions.assertThrows(juesuan.failure.UserFailure.class,
                () -> DocumentPrinter.print(pdf, "t", null, false));
        assertTrue(e.getMessage().startsWith("这台电脑上没有可用的打印机"), e.getMessage());
    }
}
