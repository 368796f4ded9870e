package juesuan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * The filled document: every part in print order, and the nine tables apart for the spreadsheet. Each export
 * writes the same pages.
 *
 * @param parts      cover, 目录, text, tables, forms, signature page
 * @param tables     the nine 公开表
 * @param sheetNames a sheet name per table
 * @param title      the PDF title
 * @param pageCount  pages of the whole document
 * @param marking    the check code of a 定稿 report or the draft watermark, put on every page of the PDF
 * @param outline    where each part begins (封面, 目录, the text's headings, each table, each form, 签字页)
 * @param word       what the Word document is written from (the parts' parameters and rows)
 * @param rareFonts  whether some text has characters beyond GBK, exported with the rare-character fonts
 */
public record Document(List<JasperPrint> parts, List<JasperPrint> tables, List<String> sheetNames, String title, int pageCount,
                       Marking marking, List<Entry> outline, WordSource word, boolean rareFonts) {
    /** A part of the document and its first page (1-based), as the 目录 lists it. */
    public record Entry(String title, int page, int level) {
    }

    /** The export formats. */
    public enum Format {
        PDF("pdf"), DOCX("docx"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String text) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(text)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(text);
        }
    }

    public byte[] export(Format format) {
        if (format == Format.DOCX) {
            // a flowing Word document, written from the same parts (not the page-by-page export of the PDF's pages)
            return WordWriter.write(word, marking, title);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportUnmarked(format, out);
        return format == Format.PDF ? PdfStamp.apply(out.toByteArray(), marking)
                : out.toByteArray(); // the nine tables as data, for work: no pages to mark
    }

    public void export(Format format, OutputStream out) {
        try {
            out.write(export(format));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private net.sf.jasperreports.engine.JasperReportsContext context() {
        return rareFonts ? RareCharacters.context() : net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance();
    }

    private void exportUnmarked(Format format, OutputStream out) {
        try {
            switch (format) {
                case DOCX -> throw new IllegalArgumentException("DOCX is written by WordWriter");
                case PDF -> {
                    JRPdfExporter e = new JRPdfExporter(context());
                    e.setExporterInput(SimpleExporterInput.getInstance(parts));
                    SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
                    c.setCreatingBatchModeBookmarks(true);
                    c.setMetadataTitle(title);
                    c.setMetadataCreator(juesuan.i18n.Msg.get("app.title"));
                    e.setConfiguration(c);
                    SimplePdfReportConfiguration rc = new SimplePdfReportConfiguration();
                    rc.setForceLineBreakPolicy(true);
                    e.setConfiguration(rc);
                    e.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    e.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter e = new JRXlsxExporter(context());
                    e.setExporterInput(SimpleExporterInput.getInstance(tables));
                    SimpleXlsxReportConfiguration rc = new SimpleXlsxReportConfiguration();
                    rc.setOnePagePerSheet(false);
                    rc.setSheetNames(sheetNames.toArray(String[]::new));
                    rc.setDetectCellType(true);
                    rc.setRemoveEmptySpaceBetweenRows(true);
                    rc.setRemoveEmptySpaceBetweenColumns(true);
                    rc.setWhitePageBackground(false);
                    rc.setCollapseRowSpan(false);
                    e.setConfiguration(rc);
                    e.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    e.exportReport();
                }
            }
        } catch (JRException e) {
            throw new IllegalStateException(format + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a temporary file beside the target and moves it into place, so no half-written file is left. */
    public void write(Format format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                export(format, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
