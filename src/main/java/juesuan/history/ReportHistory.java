package juesuan.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juesuan.exchange.ReportJson;
import juesuan.failure.ErrorLog;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.Report;

/**
 * The rolling history of a database's reports, in {@code <name>-history/} beside the database file: one folder per
 * report ({@code <unit>_<year>}) with a file per saved version ({@code r<revision>-<time>.json}, the report's
 * canonical JSON) and a {@code manifest.json} listing them. Every file is written atomically. It keeps the most
 * recent {@value #RECENT} versions, then one an hour for two days, then one a day for {@value #DAYS} days, and at
 * most {@value #MAX_BYTES} bytes per report.
 */
public final class ReportHistory {
    static final int RECENT = 30;
    static final int DAYS = 90;
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final String MANIFEST = "manifest.json";
    private static final String FORMAT = "juesuan-history";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneId.systemDefault());
    private static final Pattern FILE = Pattern.compile("r(\\d+)-(\\d{8}-\\d{6}-\\d{3})\\.json");

    private final Path folder;
    /** One lock per report's folder: saves of different reports run side by side, two saves of one report in turn. */
    private final java.util.concurrent.ConcurrentHashMap<Path, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportHistory(Path folder) {
        this.folder = folder;
    }

    /** The history of the database in {@code dbFile} ({@code X.mv.db} or its base name): {@code X-history/} beside it. */
    public static ReportHistory of(Path dbFile) {
        String name = dbFile.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        return new ReportHistory(dbFile.toAbsolutePath().resolveSibling(name + "-history"));
    }

    public Path folder() {
        return folder;
    }

    /** The digest of a report: SHA-256 of its canonical JSON. */
    public static String digest(Report report) {
        return digest(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Whether no report has a saved version. */
    public boolean isEmpty() {
        return newestOfEach().isEmpty();
    }

    /** The newest readable version of every report in the history. */
    public List<Version> newestOfEach() {
        List<Version> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                versionsIn(dir).stream().findFirst().ifPresent(out::add);
            }
        } catch (IOException e) {
            ErrorLog.record("listing history " + folder, e);
        }
        return out;
    }

    /**
     * Takes a report out of the history (its report was removed from the database): its folder is moved, whole, into
     * {@code <name>-history-removed/} beside the history, so nothing written is destroyed and a rebuild no longer
     * brings the report back.
     */
    public void retire(String unitCode, int fiscalYear) throws IOException {
        Path dir = reportFolder(unitCode, fiscalYear);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path removed = folder.resolveSibling(folder.getFileName() + "-removed");
        Files.createDirectories(removed);
        Path to = removed.resolve(dir.getFileName() + "-" + FILE_TIME.format(Instant.now()));
        Files.move(dir, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The saved versions of one report, newest first. */
    public List<Version> versions(String unitCode, int fiscalYear) {
        return versionsIn(reportFolder(unitCode, fiscalYear));
    }

    public Optional<Version> newest(String unitCode, int fiscalYear) {
        return versions(unitCode, fiscalYear).stream().findFirst();
    }

    /**
     * Reads a saved version, checking its digest. Fails with a Chinese message when the file is missing or damaged.
     */
    public Report read(Version v) {
        Path file = reportFolder(v.unitCode(), v.fiscalYear()).resolve(v.file());
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!digest(bytes).equals(v.digest())) {
                throw new UserFailure(Msg.get("history.damaged", file));
            }
            return ReportJson.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFailure u) {
                throw u;
            }
            ErrorLog.record("reading history " + file, e);
            throw new UserFailure(Msg.get("history.damaged", file), e);
        }
    }

    /** The newest version of a report that reads back intact (a damaged newer file is passed over). */
    public Optional<Map.Entry<Version, Report>> newestReadable(String unitCode, int fiscalYear) {
        for (Version v : versions(unitCode, fiscalYear)) {
            try {
                return Optional.of(Map.entry(v, read(v)));
            } catch (UserFailure e) {
                // try the one before
            }
        }
        return Optional.empty();
    }

    private List<Version> versionsIn(Path dir) {
        List<Version> listed = readManifest(dir);
        if (listed == null) {
            listed = scan(dir);
        }
        listed.sort(Comparator.comparingLong(Version::revision).thenComparing(Version::time).reversed());
        return listed;
    }

    private List<Version> readManifest(Path dir) {
        Path m = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(m.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return null;
            }
            List<Version> out = new ArrayList<>();
            for (JsonNode v : root.path("versions")) {
                Map<String, Integer> counts = new TreeMap<>();
                v.path("rowCounts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
                String file = v.path("file").asText();
                if (!Files.isRegularFile(dir.resolve(file))) {
                    continue;
                }
                out.add(new Version(root.path("unit").asText(), root.path("fiscalYear").asInt(), v.path("revision").asLong(),
                        Instant.parse(v.path("time").asText()), v.path("digest").asText(), file, v.path("size").asLong(),
                        counts, v.path("note").asText("")));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            ErrorLog.record("history manifest " + m + " unreadable; scanning the folder instead", e);
            return null;
        }
    }

    /** A folder whose manifest is lost: every version file is read to learn its report and digest. */
    private List<Version> scan(Path dir) {
        List<Version> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    Report r = ReportJson.read(new ByteArrayInputStream(bytes));
                    Instant time = java.time.LocalDateTime.parse(m.group(2), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))
                            .atZone(ZoneId.systemDefault()).toInstant();
                    out.add(new Version(r.unit().getCode(), r.fiscalYear(), Long.parseLong(m.group(1)), time, digest(bytes),
                            f.getFileName().toString(), bytes.length, Map.of(), ""));
                } catch (IOException | RuntimeException e) {
                    ErrorLog.record("history file " + f + " unreadable", e);
                }
            }
        } catch (IOException e) {
            ErrorLog.record("scanning history " + dir, e);
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Saves a version of a report (atomically: the JSON file, then the manifest) and prunes old versions. A report
     * whose content equals the newest version only moves that version's revision and time forward. Returns the
     * version saved. Saves of different reports may run at the same time.
     */
    public Version save(Report report, long revision, Map<String, Integer> rowCounts, String note) throws IOException {
        Path dir = reportFolder(report.unit().getCode(), report.fiscalYear());
        synchronized (locks.computeIfAbsent(dir, d -> new Object())) {
            return saveIn(dir, report, revision, rowCounts, note);
        }
    }

    private Version saveIn(Path dir, Report report, long revision, Map<String, Integer> rowCounts, String note) throws IOException {
        String unit = report.unit().getCode();
        int year = report.fiscalYear();
        byte[] bytes = ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
        String digest = digest(bytes);
        List<Version> versions = new ArrayList<>(versionsIn(dir));
        Instant now = Instant.now();
        Version saved;
        if (!versions.isEmpty() && versions.get(0).digest().equals(digest) && note.isEmpty()
                && versions.get(0).note().isEmpty()) {
            Version old = versions.remove(0);
            saved = new Version(unit, year, revision, now, digest, old.file(), old.size(), rowCounts, "");
        } else {
            String file = "r" + revision + "-" + FILE_TIME.format(now) + ".json";
            AtomicFiles.write(dir.resolve(file), bytes);
            saved = new Version(unit, year, revision, now, digest, file, bytes.length, rowCounts, note);
        }
        versions.add(0, saved);
        List<Version> kept = retain(versions, now);
        writeManifest(dir, unit, year, kept);
        Set<String> keep = new java.util.HashSet<>(kept.stream().map(Version::file).toList());
        for (Version v : versions) {
            if (!keep.contains(v.file())) {
                Files.deleteIfExists(dir.resolve(v.file()));
            }
        }
        return saved;
    }

    /** Which versions stay: the recent ones, then the newest of each hour (2 days) and of each day (90 days). */
    static List<Version> retain(List<Version> newestFirst, Instant now) {
        List<Version> kept = new ArrayList<>();
        Set<Instant> hours = new java.util.HashSet<>();
        Set<Instant> days = new java.util.HashSet<>();
        long bytes = 0;
        for (int i = 0; i < newestFirst.size(); i++) {
            Version v = newestFirst.get(i);
            Duration age = Duration.between(v.time(), now);
            Instant hour = v.time().truncatedTo(ChronoUnit.HOURS);
            Instant day = v.time().atZone(ZoneId.systemDefault()).truncatedTo(ChronoUnit.DAYS).toInstant();
            boolean keep = i < RECENT
                    || (age.compareTo(Duration.ofHours(48)) <= 0 && hours.add(hour))
                    || (age.compareTo(Duration.ofDays(DAYS)) <= 0 && days.add(day));
            hours.add(hour);
            days.add(day);
            if (keep && (kept.isEmpty() || bytes + v.size() <= MAX_BYTES)) {
                kept.add(v);
                bytes += v.size();
            }
        }
        return kept;
    }

    private void writeManifest(Path dir, String unit, int year, List<Version> versions) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", 1).put("unit", unit).put("fiscalYear", year);
        ArrayNode list = root.putArray("versions");
        for (Version v : versions) {
            ObjectNode o = list.addObject();
            o.put("revision", v.revision()).put("time", v.time().toString()).put("digest", v.digest()).put("file", v.file())
                    .put("size", v.size()).put("note", v.note());
            ObjectNode counts = o.putObject("rowCounts");
            new TreeMap<>(v.rowCounts()).forEach(counts::put);
        }
        AtomicFiles.write(dir.resolve(MANIFEST), JSON.writeValueAsBytes(root));
    }

    private Path reportFolder(String unitCode, int fiscalYear) {
        return folder.resolve(safe(unitCode) + "_" + fiscalYear);
    }

    /** A unit code as a folder name: letters, digits, '-' and '.' as they are; anything else as _hex. */
    static String safe(String code) {
        StringBuilder b = new StringBuilder();
        for (char c : code.toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                b.append(c);
            } else {
                b.append('_').append(Integer.toHexString(c));
            }
        }
        return b.toString();
    }

    /** For messages: the local time of a version. */
    public static String localTime(Version v) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()).format(v.time());
    }
}
