package juesuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Build step (run by Maven in process-classes): compiles every {@code jasper/*.jrxml} to a {@code .jasper} in the
 * application's resources, twice: as written (text fields taking styled markup, for a document with characters beyond
 * GBK, see {@link RareCharacters}) and as {@code NAME-plain.jasper} with plain text fields, which every other document
 * uses (parsing styled markup costs a cold process about a second). The app never compiles a template at run time.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    /** The suffix of a template's plain variant. */
    static final String PLAIN = "-plain";

    /** Every text field of the design without markup. */
    private static void plain(JasperDesign design) {
        List<JRBand> bands = new java.util.ArrayList<>();
        for (JRBand b : new JRBand[] {design.getBackground(), design.getTitle(), design.getPageHeader(), design.getColumnHeader(),
                design.getColumnFooter(), design.getPageFooter(), design.getLastPageFooter(), design.getSummary(), design.getNoData()}) {
            if (b != null) {
                bands.add(b);
            }
        }
        if (design.getDetailSection() != null && design.getDetailSection().getBands() != null) {
            bands.addAll(List.of(design.getDetailSection().getBands()));
        }
        for (JRBand b : bands) {
            for (JRElement e : b.getElements()) {
                if (e instanceof JRDesignTextField f) {
                    f.setMarkup(null);
                }
            }
        }
    }

    private static boolean newer(Path out, Path source) throws IOException {
        return Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(source)) > 0;
    }

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> s = Files.list(source)) {
            templates = s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
            Path out = target.resolve(name);
            Path plainOut = target.resolve(name.replace(".jasper", PLAIN + ".jasper"));
            if (newer(out, jrxml) && newer(plainOut, jrxml)) {
                continue;
            }
            long t = System.nanoTime();
            JasperDesign design = JRXmlLoader.load(jrxml.toFile());
            JasperCompileManager.compileReportToFile(design, out.toString());
            plain(design);
            JasperCompileManager.compileReportToFile(design, plainOut.toString());
            System.out.printf("compiled %s in %d ms%n", jrxml.getFileName(), (System.nanoTime() - t) / 1_000_000);
        }
    }
}
