package juesuan.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import juesuan.failure.ErrorLog;
import juesuan.store.ReportSummary;

/**
 * The report the officer had open last, so that the next start opens it again: kept per database file in
 * {@code juesuan-last-report.properties} beside it ({@code <database file name>=<unit code>/<year>}).
 */
final class LastReport {
    static final String FILE_NAME = "juesuan-last-report.properties";

    private LastReport() {
    }

    static Path file(Path database) {
        return database.toAbsolutePath().resolveSibling(FILE_NAME);
    }

    /** The report to open: the one kept for this database when it still exists, else the first of the list. */
    static Optional<ReportSummary> choose(Path database, List<ReportSummary> reports) {
        Optional<String> kept = read(database);
        return kept.flatMap(k -> reports.stream().filter(r -> k.equals(key(r.unitCode(), r.fiscalYear()))).findFirst())
                .or(() -> reports.stream().findFirst());
    }

    static Optional<String> read(Path database) {
        Path file = file(database);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.ofNullable(p.getProperty(database.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged file only costs the choice: the first report opens
        }
    }

    /** Keeps the open report for this database (other databases' entries stay); a failure is only logged. */
    static void write(Path database, String unitCode, int year) {
        Path file = file(database);
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            p.clear();
        }
        p.setProperty(database.getFileName().toString(), key(unitCode, year));
        try {
            StringWriter out = new StringWriter();
            p.store(out, null);
            juesuan.history.AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            ErrorLog.record("keeping the last report", e);
        }
    }

    static String key(String unitCode, int year) {
        return unitCode + "/" + year;
    }
}
