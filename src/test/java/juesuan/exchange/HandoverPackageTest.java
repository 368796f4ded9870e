package juesuan.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handover package: what it holds, and every damaged or crafted package refused with a sentence. */
class HandoverPackageTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 29, 9, 30);
    /** A stand-in for the rendered document: the package checks its bytes, not its pages (DocumentTest renders). */
    private static final byte[] PDF = "%PDF-1.7 document of the report\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static Report finalDemo;
    private static byte[] finalPackage;

    /** The demo unit with a 出错说明 for each 提示, finalised: what a unit hands over. */
    static Report finalisedDemo() {
        Report r = DemoReport.create();
        Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).unexplained(r)
                .forEach(f -> r.setExplanation(f.key(), "已核对，数据无误。"));
        r.finalLog().add(Finalization.finalize(r, "张会计", T));
        return r;
    }

    @BeforeAll
    static void makePackage() {
        finalDemo = finalisedDemo();
        finalPackage = HandoverPackage.write(finalDemo, PDF, "test", T);
    }

    @Test
    void aPackageReadsBackAsTheSameDataWithTheSameCheckCode() {
        HandoverPackage.Contents c = HandoverPackage.read(finalPackage);
        assertArrayEquals(ReportJson.canonical(finalDemo), ReportJson.canonical(c.report()));
        assertEquals(finalDemo.finalLog(), c.report().finalLog());
        assertTrue(c.report().isFinal());
        assertEquals(CheckCode.of(CheckCode.digest(finalDemo)), c.manifest().checkCode());
        assertEquals(1, c.manifest().versions().size());
        assertEquals("105", c.manifest().unitCode());
        assertTrue(c.manifest().isFinal());
        assertArrayEquals(PDF, c.document());
        assertEquals("105_2023_重庆市江津区政务服务管理办公室（本级）.jsgk", HandoverPackage.fileName(finalDemo));
    }

    @Test
    void theCheckCodeIsSixteenUnambiguousCharactersAndReadsBackAsTyped() {
        String code = CheckCode.of(CheckCode.digest(finalDemo));
        assertTrue(code.matches("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}"), code);
        String typed = code.toLowerCase().replace("-", " ");
        assertEquals(code, CheckCode.parse(typed).code().orElseThrow());
        assertTrue(CheckCode.parse(code.substring(0, 18)).problem().contains("应为 16 个字符"));
        assertTrue(CheckCode.parse("O" + code.substring(1)).problem().contains("第 1 个字符“O”"));
    }

    @Test
    void theDigestDependsOnTheDataOnlyNotOnTheLogOrTheFileVersion() {
        Report copy = ReportJson.copy(finalDemo);
        copy.finalLog().clear();
        assertEquals(CheckCode.digest(finalDemo), CheckCode.digest(copy));
        copy.setAmount("x.test", java.math.BigDecimal.ONE);
        assertFalse(CheckCode.digest(finalDemo).equals(CheckCode.digest(copy)));
    }

    @Test
    void anOlderReportFileInsideIsReadAsADraft() {
        Report draft = DemoReport.create();
        String v2 = ReportJson.write(draft);
        // a report file as written before 定稿 existed: version 1, no finalLog
        String v1 = v2.replace("\"version\" : 2", "\"version\" : 1").replaceAll(",\\s*\"finalLog\" : \\[ \\]", "");
        assertFalse(v1.contains("finalLog"));
        Map<String, byte[]> entries = entriesOf(HandoverPackage.write(draft, PDF, "test", T));
        entries.put(HandoverPackage.REPORT, v1.getBytes(StandardCharsets.UTF_8));
        rewriteManifest(entries, m -> m.replaceAll("(\"report.json\" : \\{\\s*\"size\" : )\\d+", "$1" + v1.getBytes(StandardCharsets.UTF_8).length)
                .replaceAll("(\"report.json\" : \\{\\s*\"size\" : \\d+,\\s*\"sha256\" : \")[0-9a-f]+", "$1" + CheckCode.sha256(v1.getBytes(StandardCharsets.UTF_8))));
        Report read = HandoverPackage.read(HandoverPackage.assemble(entries, T)).report();
        assertFalse(read.isFinal());
        assertEquals(CheckCode.digest(draft), CheckCode.digest(read));
    }

    // ------------------------------------------------------------------ refusals

    private static String refusal(byte[] bytes) {
        var e = assertThrows(HandoverPackage.PackageException.class, () -> HandoverPackage.read(bytes));
        assertTrue(e.getMessage().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "a Chinese sentence: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aFlippedByteAnywhereBreaksTheSeal() {
        for (int at : new int[] {0, 10, 100, finalPackage.length / 2, finalPackage.length - 100, finalPackage.length - 1}) {
            byte[] b = finalPackage.clone();
            b[at] ^= 0x01;
            String m = refusal(b);
            assertTrue(m.contains("封签") || m.contains("不是决算公开助手导出的交接包"), at + ": " + m);
        }
    }

    @Test
    void aTruncatedPackageIsRefused() {
        assertTrue(refusal(java.util.Arrays.copyOf(finalPackage, finalPackage.length - 30)).contains("文件不完整"));
        assertTrue(refusal(java.util.Arrays.copyOf(finalPackage, 100)).contains("文件不完整"));
        assertTrue(refusal(new byte[0]).contains("文件不完整"));
    }

    @Test
    void anEntryNamedWithAPathIsRefusedEvenWhenSealed() {
        Map<String, byte[]> entries = entriesOf(finalPackage);
        entries.put("../x", "owned".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HandoverPackage.assemble(entries, T)).contains("“../x”"));
        Map<String, byte[]> other = entriesOf(finalPackage);
        other.put("extra.txt", new byte[1]);
        assertTrue(refusal(HandoverPackage.assemble(other, T)).contains("不该有的文件“extra.txt”"));
    }

    @Test
    void aTwoGigabyteExpansionIsStoppedWhileInflating() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setComment("0".repeat(HandoverPackage.SEAL_LENGTH));
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry(HandoverPackage.MANIFEST));
            zip.write(entriesOf(finalPackage).get(HandoverPackage.MANIFEST));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(HandoverPackage.DOCUMENT));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 2048; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = HandoverPackage.seal(out.toByteArray());
        assertTrue(bomb.length < 16 << 20, "a small file: " + bomb.length);
        assertTrue(refusal(bomb).contains("解压后超过 100 MB"));
    }

    @Test
    void aNewerFormatVersionIsRefusedAndAskedToUpgrade() {
        Map<String, byte[]> entries = entriesOf(finalPackage);
        rewriteManifest(entries, m -> m.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
        assertTrue(refusal(HandoverPackage.assemble(entries, T)).contains("请先升级本程序"));
        rewriteManifest(entries, m -> m.replace("\"formatVersion\" : 9", "\"formatVersion\" : 0"));
        assertTrue(refusal(HandoverPackage.assemble(entries, T)).contains("清单"));
    }

    @Test
    void aManifestDigestThatDoesNotMatchTheDataIsRefused() {
        Map<String, byte[]> entries = entriesOf(finalPackage);
        String digest = CheckCode.digest(finalDemo);
        rewriteManifest(entries, m -> m.replace(digest, "0".repeat(64)));
        assertTrue(refusal(HandoverPackage.assemble(entries, T)).contains("数据摘要与报表数据不符"));
    }

    @Test
    void changedDataWithARecomputedManifestStillDoesNotMatchItsFinalDigest() {
        // someone edits a figure of a final report and rewrites the manifest to match: the 定稿 digest still tells
        Report edited = ReportJson.copy(finalDemo);
        edited.setAmount("x.test", java.math.BigDecimal.TEN);
        byte[] forged = HandoverPackage.write(edited, PDF, "test", T);
        assertTrue(refusal(forged).contains("定稿时的摘要不符"));
    }

    @Test
    void anEntryChangedBehindTheManifestIsRefused() {
        Map<String, byte[]> entries = entriesOf(finalPackage);
        entries.put(HandoverPackage.DOCUMENT, "another document".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HandoverPackage.assemble(entries, T)).contains("“document.pdf”与清单记录的大小或校验值不符"));
        Map<String, byte[]> missing = entriesOf(finalPackage);
        missing.remove(HandoverPackage.REPORT);
        assertTrue(refusal(HandoverPackage.assemble(missing, T)).contains("缺少“report.json”"));
    }

    @Test
    void aThousandRandomCorruptionsOfARealPackageAreEachRefusedCleanly() {
        Random random = new Random(20261129);
        java.util.Set<String> messages = new java.util.TreeSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] b = finalPackage.clone();
            switch (i % 5) {
                case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                case 1 -> {
                    for (int k = 0; k < 1 + random.nextInt(16); k++) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
                case 3 -> {
                    int at = random.nextInt(b.length);
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
                default -> {
                    int at = random.nextInt(b.length - 64);
                    java.util.Arrays.fill(b, at, at + 1 + random.nextInt(64), (byte) 0);
                }
            }
            if (java.util.Arrays.equals(b, finalPackage)) {
                continue; // a random byte equal to the one it replaced
            }
            byte[] damaged = b;
            try {
                HandoverPackage.read(damaged);
                throw new AssertionError("corruption " + i + " was accepted");
            } catch (HandoverPackage.PackageException e) {
                messages.add(e.getMessage());
            }
        }
        assertFalse(messages.isEmpty());
        messages.forEach(m -> assertFalse(m.contains("Exception") || m.contains("\tat "), m));
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, byte[]> entriesOf(byte[] pkg) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(pkg), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    private static void rewriteManifest(Map<String, byte[]> entries, java.util.function.UnaryOperator<String> change) {
        String m = new String(entries.get(HandoverPackage.MANIFEST), StandardCharsets.UTF_8);
        entries.put(HandoverPackage.MANIFEST, change.apply(m).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFinalEventRecordsWhoAndTheDigest() {
        FinalEvent e = finalDemo.finalLog().getFirst();
        assertEquals(FinalEvent.Kind.FINALIZE, e.kind());
        assertEquals("张会计", e.person());
        assertEquals(System.getProperty("user.name"), e.osUser());
        assertEquals(1, e.version());
        assertEquals(CheckCode.digest(finalDemo), e.digest());
    }

    @Test
    void craftedPackagesAreRefusedByTheCommandAndTheDatabaseStaysByteForByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path db = dir.resolve("department");
        try (juesuan.store.Database d = juesuan.store.Database.openFile(db)) {
            d.dsl();
        }
        java.nio.file.Path file = dir.resolve("department.mv.db");
        String before = CheckCode.sha256(java.nio.file.Files.readAllBytes(file));
        Map<String, byte[]> traversal = entriesOf(finalPackage);
        traversal.put("../x", new byte[1]);
        Map<String, byte[]> newer = entriesOf(finalPackage);
        rewriteManifest(newer, m -> m.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
        Map<String, byte[]> digest = entriesOf(finalPackage);
        rewriteManifest(digest, m -> m.replace(CheckCode.digest(finalDemo), "0".repeat(64)));
        byte[] flipped = finalPackage.clone();
        flipped[flipped.length / 3] ^= 0x10;
        Map<String, byte[]> crafted = new LinkedHashMap<>();
        crafted.put("“../x”", HandoverPackage.assemble(traversal, T));
        crafted.put("请先升级本程序", HandoverPackage.assemble(newer, T));
        crafted.put("数据摘要与报表数据不符", HandoverPackage.assemble(digest, T));
        crafted.put("封签不符", flipped);
        crafted.put("文件不完整", java.util.Arrays.copyOf(finalPackage, finalPackage.length - 7));
        int n = 0;
        for (Map.Entry<String, byte[]> e : crafted.entrySet()) {
            java.nio.file.Path pkg = dir.resolve("crafted" + (n++) + ".jsgk");
            java.nio.file.Files.write(pkg, e.getValue());
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int status = juesuan.app.cli.Cli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "import", pkg.toString(),
                    "--db", db.toString());
            assertEquals(2, status, err.toString());
            assertTrue(err.toString().contains(e.getKey()), e.getKey() + ": " + err);
            assertTrue(out.toString().isEmpty(), out.toString());
        }
        assertEquals(before, CheckCode.sha256(java.nio.file.Files.readAllBytes(file)), "the database byte for byte as it was");
    }
}
