package juesuan.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the exported PDF through the system's printing: the print dialog (printer, copies, duplex where the
 * printer offers it), then the job. Runs on the caller's thread; the app calls it from a background task.
 */
public final class DocumentPrinter {
    private DocumentPrinter() {
    }

    /**
     * @param pdf     the document as exported
     * @param title   the job's name
     * @param service the printer, or null for the system's default
     * @param dialog  whether to ask the user first (false for a known service)
     * @return false when the user cancelled the dialog
     */
    public static boolean print(byte[] pdf, String title, PrintService service, boolean dialog) {
        if (service == null && javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            // Java's own words here would be "No print service found."
            throw new juesuan.failure.UserFailure(juesuan.i18n.Msg.get("print.noPrinter"));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(title);
            job.setPageable(new PDFPageable(doc));
            if (service != null) {
                job.setPrintService(service);
            }
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(title, null));
            if (job.getPrintService() != null && job.getPrintService().isAttributeValueSupported(Sides.DUPLEX, null, null)) {
                attributes.add(Sides.DUPLEX);
            }
            if (dialog) {
                // the platform's own print dialog (printer, copies, duplex); its choices stay with the job
                if (!job.printDialog()) {
                    return false;
                }
                job.print();
                return true;
            }
            job.print(attributes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PrinterException e) {
            juesuan.failure.ErrorLog.record("printing " + title, e);
            throw new juesuan.failure.UserFailure(juesuan.i18n.Msg.get("print.failed"), e);
        }
    }
}
