package juesuan.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import juesuan.i18n.Msg;
import juesuan.model.FinalEvent;
import juesuan.model.Report;

/**
 * The handover package (交接包): one file a unit hands to its supervising department, {@code <单位编码>_<年度>_<单位简称>.jsgk}.
 * A ZIP holding {@code manifest.json}, {@code report.json} (the report file, {@link ReportJson}), {@code codes.json}
 * (the codes beyond the shipped catalogs that the report uses) and {@code document.pdf} (the document as printed).
 * The ZIP's comment is a seal: the SHA-256 of every byte before it, so that any changed, missing or added byte is
 * found before anything inside is read. The format is described in docs/package-format.md.
 *
 * <p>Reading checks everything before it returns: the seal, the ZIP structure, entry names (no folders, no
 * {@code ..}), sizes (limits on the file, each entry and the whole, so a small file cannot expand to gigabytes),
 * the manifest, each entry's size and SHA-256, the format version, and the digest of the report's data. Each
 * refusal is a {@link PackageException} with a Chinese sentence.
 */
public final class HandoverPackage {
    public static final String FORMAT = "juesuan-package";
    /** The newest format this program writes; it reads every format from 1 up to this one. */
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = "jsgk";
    public static final String MANIFEST = "manifest.json";
    public static final String REPORT = "report.json";
    public static final String CODES = "codes.json";
    public static final String DOCUMENT = "document.pdf";
    private static final Set<String> ENTRIES = Set.of(MANIFEST, REPORT, CODES, DOCUMENT);

    /** Limits: a package is a few megabytes; these leave room for very large reports and stop a ZIP bomb. */
    static final long MAX_FILE = 200L << 20;
    static final long MAX_ENTRY = 100L << 20;
    static final long MAX_TOTAL = 220L << 20;

    static final String SEAL_PREFIX = "JSGK-SEAL-SHA256:";
    static final int SEAL_LENGTH = SEAL_PREFIX.length() + 64;
    private static final int EOCD_LENGTH = 22;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HandoverPackage() {
    }

    /** What a package holds, checked. */
    public record Contents(Manifest manifest, Report report, byte[] document) {
    }

    /**
     * The manifest's facts.
     *
     * @param status   {@code final} or {@code draft}
     * @param versions the 定稿 versions of the report's log (version, digest, time, person)
     * @param digest   SHA-256 of the report's canonical data ({@link CheckCode#digest})
     */
    public record Manifest(int formatVersion, String appVersion, String unitCode, String unitName, int fiscalYear, String profile,
                           String status, List<FinalEvent> versions, String created, String digest, Map<String, Entry> entries) {
        public boolean isFinal() {
            return "final".equals(status);
        }

        public String checkCode() {
            return CheckCode.of(digest);
        }
    }

    /** One entry as the manifest lists it. */
    public record Entry(long size, String sha256) {
    }

    /** The file name a package gets: {@code 105_2023_江津区政务服务管理办公室.jsgk}, without characters file systems refuse. */
    public static String fileName(Report report) {
        String name = report.unit().getName().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        if (name.length() > 24) {
            name = name.substring(0, 24);
        }
        String code = report.unit().getCode().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return code + "_" + report.fiscalYear() + "_" + name + "." + EXTENSION;
    }

    // ------------------------------------------------------------------ writing

    /** Makes the package of a report and its printed document (the caller renders it with the report's marking). */
    public static byte[] write(Report report, byte[] document, String appVersion, LocalDateTime created) {
        byte[] reportJson = ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
        ArrayNode codes = JSON.createArrayNode();
        ReportJson.putCodes(codes, report.usedLocalCodes());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(REPORT, reportJson);
        entries.put(CODES, json(codes));
        entries.put(DOCUMENT, document);

        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("appVersion", appVersion);
        m.putObject("unit").put("code", report.unit().getCode()).put("name", report.unit().getName());
        m.put("fiscalYear", report.fiscalYear()).put("profile", report.profile())
                .put("status", report.isFinal() ? "final" : "draft");
        ArrayNode versions = m.putArray("versions");
        report.finalLog().stream().filter(e -> e.kind() == FinalEvent.Kind.FINALIZE).forEach(e -> versions.addObject()
                .put("version", e.version()).put("digest", e.digest()).put("checkCode", CheckCode.of(e.digest()))
                .put("finalizedAt", e.at().toString()).put("by", e.person()));
        m.put("created", created.withNano(0).toString());
        String digest = CheckCode.digest(report);
        m.put("digest", digest);
        if (report.isFinal()) {
            m.put("checkCode", CheckCode.of(digest)); // a draft has no check code, on paper or here
        }
        ObjectNode list = m.putObject("entries");
        entries.forEach((name, bytes) -> list.putObject(name).put("size", bytes.length).put("sha256", CheckCode.sha256(bytes)));

        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(MANIFEST, json(m));
        all.putAll(entries);
        return assemble(all, created);
    }

    /** Zips entries in order and seals the file (package-private: tests build damaged packages with it). */
    static byte[] assemble(Map<String, byte[]> entries, LocalDateTime created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setComment("0".repeat(SEAL_LENGTH));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(created.withNano(0));
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal(out.toByteArray());
    }

    /** Puts the seal into the comment: the SHA-256 of every byte before the comment. */
    static byte[] seal(byte[] zip) {
        int start = zip.length - SEAL_LENGTH;
        byte[] seal = (SEAL_PREFIX + CheckCode.sha256(Arrays.copyOf(zip, start))).getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = zip.clone();
        System.arraycopy(seal, 0, sealed, start, SEAL_LENGTH);
        return sealed;
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Whether bytes look like a package (a ZIP) rather than a bare report file. */
    public static boolean looksLikePackage(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Reads a package whole from a stream, refusing one larger than any real package before it is all read. */
    public static byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE + 1);
        if (bytes.length > MAX_FILE) {
            throw new PackageException(Msg.get("package.tooLarge", MAX_FILE >> 20));
        }
        return bytes;
    }

    /** Checks a package whole and returns what it holds; any problem is a {@link PackageException}. */
    public static Contents read(byte[] file) {
        if (file.length > MAX_FILE) {
            throw new PackageException(Msg.get("package.tooLarge", MAX_FILE >> 20));
        }
        checkSeal(file);
        Map<String, byte[]> entries = unzip(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new PackageException(Msg.get("package.missingEntry", MANIFEST));
        }
        JsonNode m;
        try {
            m = JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw new PackageException(Msg.get("package.badManifest"), e);
        }
        if (m == null || !FORMAT.equals(m.path("format").asText())) {
            throw new PackageException(Msg.get("package.badManifest"));
        }
        JsonNode version = m.get("formatVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new PackageException(Msg.get("package.badManifest"));
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new PackageException(Msg.get("package.newerFormat", version.asInt(), FORMAT_VERSION));
        }
        m = upgrade((ObjectNode) m, version.asInt());
        Map<String, Entry> listed = new LinkedHashMap<>();
        m.path("entries").fields().forEachRemaining(e -> listed.put(e.getKey(),
                new Entry(e.getValue().path("size").asLong(-1), e.getValue().path("sha256").asText(""))));
        for (String name : entries.keySet()) {
            if (!name.equals(MANIFEST) && !listed.containsKey(name)) {
                throw new PackageException(Msg.get("package.unlisted", name));
            }
        }
        for (Map.Entry<String, Entry> e : listed.entrySet()) {
            byte[] bytes = entries.get(e.getKey());
            if (bytes == null) {
                throw new PackageException(Msg.get("package.missingEntry", e.getKey()));
            }
            if (bytes.length != e.getValue().size() || !CheckCode.sha256(bytes).equals(e.getValue().sha256())) {
                throw new PackageException(Msg.get("package.entryChanged", e.getKey()));
            }
        }
        for (String required : List.of(REPORT, DOCUMENT)) {
            if (!entries.containsKey(required)) {
                throw new PackageException(Msg.get("package.missingEntry", required));
            }
        }
        Report report;
        try {
            report = ReportJson.read(new ByteArrayInputStream(entries.get(REPORT)));
        } catch (ReportFileException e) {
            throw new PackageException(Msg.get("package.badReport", e.getMessage()), e);
        }
        String digest = m.path("digest").asText("");
        String actual = CheckCode.digest(report);
        if (!actual.equals(digest)) {
            throw new PackageException(Msg.get("package.digestMismatch"));
        }
        String unitCode = m.path("unit").path("code").asText("");
        int year = m.path("fiscalYear").asInt(0);
        if (!unitCode.equals(report.unit().getCode()) || year != report.fiscalYear()) {
            throw new PackageException(Msg.get("package.manifestDisagrees"));
        }
        String status = m.path("status").asText("");
        if (!status.equals(report.isFinal() ? "final" : "draft")) {
            throw new PackageException(Msg.get("package.manifestDisagrees"));
        }
        List<FinalEvent> versions = report.finalLog().stream().filter(e -> e.kind() == FinalEvent.Kind.FINALIZE).toList();
        List<String> listedDigests = new ArrayList<>();
        m.path("versions").forEach(v -> listedDigests.add(v.path("version").asInt() + ":" + v.path("digest").asText()));
        if (!listedDigests.equals(versions.stream().map(v -> v.version() + ":" + v.digest()).toList())) {
            throw new PackageException(Msg.get("package.manifestDisagrees"));
        }
        if (report.isFinal() && !report.lastFinal().orElseThrow().digest().equals(actual)) {
            throw new PackageException(Msg.get("package.finalDigest"));
        }
        byte[] codes = entries.get(CODES);
        if (codes != null) {
            checkCodes(codes, report);
        }
        Manifest manifest = new Manifest(version.asInt(), m.path("appVersion").asText(""), unitCode,
                m.path("unit").path("name").asText(""), year, m.path("profile").asText(""), status, versions,
                m.path("created").asText(""), digest, listed);
        return new Contents(manifest, report, entries.get(DOCUMENT));
    }

    /**
     * Brings a manifest of an older format version to the current one. Format 1 is the first; each later format
     * adds its step here, so a package made by any earlier release keeps loading. (The report file inside is
     * upgraded by {@link ReportJson}: a version 1 report file, made before 定稿 existed, reads as a draft.)
     */
    static ObjectNode upgrade(ObjectNode manifest, int from) {
        // Format 1 is the current one, so there is no step yet. Format 2 will add here:
        //     if (from < 2) { ...turn a format 1 manifest into a format 2 one... }
        return manifest;
    }

    private static void checkCodes(byte[] codes, Report report) {
        JsonNode list;
        try {
            list = JSON.readTree(codes);
        } catch (IOException e) {
            throw new PackageException(Msg.get("package.badCodes"), e);
        }
        if (list == null || !list.isArray()) {
            throw new PackageException(Msg.get("package.badCodes"));
        }
        Set<String> known = new java.util.HashSet<>();
        report.localCodes().forEach(c -> known.add(c.catalog().name() + ":" + c.code() + ":" + c.name()));
        for (JsonNode c : list) {
            if (!known.contains(c.path("catalog").asText() + ":" + c.path("code").asText() + ":" + c.path("name").asText())) {
                throw new PackageException(Msg.get("package.badCodes"));
            }
        }
    }

    /** Finds the seal at the end of the file and checks it against every byte before it. */
    private static void checkSeal(byte[] file) {
        int start = file.length - SEAL_LENGTH;
        int eocd = start - EOCD_LENGTH;
        if (eocd < 0 || file[eocd] != 'P' || file[eocd + 1] != 'K' || file[eocd + 2] != 5 || file[eocd + 3] != 6
                || (file[eocd + 20] & 0xff | (file[eocd + 21] & 0xff) << 8) != SEAL_LENGTH) {
            throw new PackageException(Msg.get("package.noSeal"));
        }
        String seal = new String(file, start, SEAL_LENGTH, StandardCharsets.US_ASCII);
        if (!seal.startsWith(SEAL_PREFIX)) {
            throw new PackageException(Msg.get("package.noSeal"));
        }
        if (!seal.substring(SEAL_PREFIX.length()).equals(CheckCode.sha256(Arrays.copyOf(file, start)))) {
            throw new PackageException(Msg.get("package.sealBroken"));
        }
    }

    /** The entries of the ZIP, each name checked and each size bounded while it is inflated. */
    private static Map<String, byte[]> unzip(byte[] file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":") || e.isDirectory()) {
                    throw new PackageException(Msg.get("package.badName", name));
                }
                if (!ENTRIES.contains(name)) {
                    throw new PackageException(Msg.get("package.unknownEntry", name));
                }
                if (entries.containsKey(name)) {
                    throw new PackageException(Msg.get("package.duplicate", name));
                }
                if (e.getSize() > MAX_ENTRY) {
                    throw new PackageException(Msg.get("package.bomb", name, MAX_ENTRY >> 20));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY || total > MAX_TOTAL) {
                        throw new PackageException(Msg.get("package.bomb", name, MAX_ENTRY >> 20));
                    }
                    out.write(buffer, 0, n);
                }
                entries.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            throw new PackageException(Msg.get("package.broken", e.getMessage()), e);
        } catch (IOException e) {
            throw new PackageException(Msg.get("package.broken", e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            // a name that is not valid UTF-8
            throw new PackageException(Msg.get("package.broken", e.getMessage()), e);
        }
        if (entries.isEmpty()) {
            throw new PackageException(Msg.get("package.noSeal"));
        }
        return entries;
    }

    /** A package refused, with the sentence saying why. */
    public static final class PackageException extends RuntimeException {
        public PackageException(String message) {
            super(message);
        }

        public PackageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
