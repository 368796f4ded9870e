package juesuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (run by Maven in process-classes): compiles every {@code jasper/*.jrxml} to a {@code .jasper} in the
 * application's resources. The app never compiles a template at run time.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
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
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
                continue;
            }
            long t = System.nanoTime();
            JasperCompileManager.compileReportToFile(jrxml.toString(), out.toString());
            System.out.printf("compiled %s in %d ms%n", jrxml.getFileName(), (System.nanoTime() - t) / 1_000_000);
        }
    }
}
