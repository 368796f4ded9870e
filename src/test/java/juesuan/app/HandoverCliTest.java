package juesuan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.awt.image.BufferedImage;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.CheckCode;
import juesuan.exchange.HandoverPackage;
import juesuan.exchange.QrReader;
import juesuan.exchange.ReportJson;
import juesuan.failure.UserFailure;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.report.PdfPages;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import juesuan.store.StoreException;
import juesuan.template.TemplateLoader;
import juesuan.ui.handover.Handover;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 定稿 and the USB handover through the command line, as a unit and its supervising department would use it: a
 * real package of the demo unit, loaded into an empty database, verified from the paper's code and from the QR
 * code on the rendered signature page; damaged packages refused with the database left byte for byte as it was.
 */
class HandoverCliTest {
    @TempDir
    Path dir;

    /** A database with the demo unit whose 提示 all have their 出错说明 (so it can be finalised). */
    private String unitDatabase() {
        Path db = dir.resolve("unit");
        try (Workspace ws = Workspace.open(db)) {
            Report r = ws.store().find("105", 2023).orElseThrow();
            Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).unexplained(r)
                    .forEach(f -> ws.store().setExplanation(r.getId(), f.key(), "已核对，数据无误。"));
        }
        return db.toString();
    }

    private static String pdfText(byte[] pdf, int firstPage, int lastPage) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(firstPage);
            s.setEndPage(lastPage);
            return s.getText(d);
        }
    }

    private static String hash(Path file) throws Exception {
        return CheckCode.sha256(Files.readAllBytes(file));
    }

    @Test
    void finaliseExportLoadIntoAnEmptyDatabaseAndVerify() throws Exception {
        String unit = unitDatabase();
        Path stick = Files.createDirectories(dir.resolve("stick"));

        CliRun fin = CliRun.of("finalize", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit);
        assertEquals(0, fin.status(), fin.err());
        String code = fin.out().replaceAll("(?s).*校验码 ([0-9A-Z-]{19}).*", "$1").strip();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), fin.out());

        CliRun again = CliRun.of("finalize", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit);
        assertEquals(2, again.status());
        assertTrue(again.err().contains("已经定稿（第 1 版）"), again.err());

        CliRun export = CliRun.of("export", "--unit", "105", "--year", "2023", "--to", stick.toString(), "--db", unit);
        assertEquals(0, export.status(), export.err());
        Path pkg = stick.resolve("105_2023_重庆市江津区政务服务管理办公室（本级）.jsgk");
        assertTrue(Files.exists(pkg), export.out());
        try (var files = Files.list(stick)) {
            assertEquals(List.of(pkg), files.toList(), "no temporary file left beside it");
        }
        HandoverPackage.Contents contents = HandoverPackage.read(Files.readAllBytes(pkg));
        assertEquals(code, contents.manifest().checkCode());

        // every page of the final document carries the code, none the draft mark; the signature page has the QR
        String text = pdfText(contents.document(), 1, Integer.MAX_VALUE);
        int pages;
        try (PdfPages p = new PdfPages(contents.document())) {
            pages = p.count();
            BufferedImage signature = p.render(pages - 1, 150);
            assertEquals(code, QrReader.read(signature).orElseThrow(), "the QR on the rendered signature page");
            Path scan = dir.resolve("scan.png");
            ImageIO.write(signature, "png", scan.toFile());
            CliRun byImage = CliRun.of("verify", "--unit", "105", "--year", "2023", "--image", scan.toString(), "--db", unit);
            assertEquals(0, byImage.status(), byImage.err() + byImage.out());
        }
        for (int page = 1; page <= pages; page++) {
            assertTrue(pdfText(contents.document(), page, page).contains("校验码 " + code), "the code on page " + page);
        }
        assertFalse(text.contains("草稿"));
        Path docx = dir.resolve("final.docx");
        assertEquals(0, CliRun.of("render", "--unit", "105", "--year", "2023", "--format", "docx", "--out", docx.toString(), "--db", unit).status());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            doc.getHeaderList().forEach(h -> assertFalse(h._getHdrFtr().xmlText().contains("草稿"), "no watermark on a final document"));
            assertEquals(footerReferences(doc), sections(doc));
            assertTrue(doc.getFooterList().get(0).getText().contains("校验码 " + code));
        }

        // the receiving side: an empty database
        Path receiver = dir.resolve("department");
        try (Database d = Database.openFile(receiver)) {
            d.dsl();
        }
        CliRun load = CliRun.of("import", pkg.toString(), "--db", receiver.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.out().contains("已定稿（第 1 版），校验码 " + code), load.out());
        Report sent;
        try (Workspace ws = Workspace.open(Path.of(unit), Workspace.Mode.READ)) {
            sent = ws.store().find("105", 2023).orElseThrow();
        }
        try (Database d = Database.openFile(receiver)) {
            Report received = new ReportStore(d).find("105", 2023).orElseThrow();
            assertArrayEquals(ReportJson.canonical(sent), ReportJson.canonical(received), "identical data");
            assertEquals(sent.finalLog(), received.finalLog());
            assertTrue(received.isFinal());
            assertEquals(code, CheckCode.of(CheckCode.digest(received)));
        }
        CliRun verify = CliRun.of("verify", "--unit", "105", "--year", "2023", "--code", code.toLowerCase().replace("-", " "),
                "--db", receiver.toString());
        assertEquals(0, verify.status(), verify.err());
        assertTrue(verify.out().contains("与本报告第 1 版") && verify.out().contains("这是当前版本"), verify.out());
        CliRun wrong = CliRun.of("verify", "--unit", "105", "--year", "2023", "--code", "2222-2222-2222-2222", "--db", receiver.toString());
        assertEquals(1, wrong.status());
        assertTrue(wrong.out().contains("任何一版都不一致"), wrong.out());

        // the unit unlocks with a reason, changes a figure and finalises again: version 2, another code
        assertEquals(2, CliRun.of("unlock", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit).status());
        CliRun unlock = CliRun.of("unlock", "--unit", "105", "--year", "2023", "--name", "张会计", "--reason", "更正会议费", "--db", unit);
        assertEquals(0, unlock.status(), unlock.err());
        try (Workspace ws = Workspace.open(Path.of(unit))) {
            Report r = ws.store().find("105", 2023).orElseThrow();
            ws.store().setAmount(r.getId(), "op.meeting", new java.math.BigDecimal("12345.60"));
        }
        CliRun second = CliRun.of("finalize", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit);
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("第 2 版"), second.out());
        assertFalse(second.out().contains(code));
        CliRun old = CliRun.of("verify", "--unit", "105", "--year", "2023", "--code", code, "--db", unit);
        assertEquals(1, old.status());
        assertTrue(old.out().contains("第 1 版") && old.out().contains("现在的数据是第 2 版"), old.out());
        try (Workspace ws = Workspace.open(Path.of(unit), Workspace.Mode.READ)) {
            List<FinalEvent> log = ws.store().find("105", 2023).orElseThrow().finalLog();
            assertEquals(List.of(FinalEvent.Kind.FINALIZE, FinalEvent.Kind.UNLOCK, FinalEvent.Kind.FINALIZE),
                    log.stream().map(FinalEvent::kind).toList());
            assertEquals("更正会议费", log.get(1).reason());
        }

        // the newer package replaces the department's copy; what changes is listed first
        CliRun export2 = CliRun.of("export", "--unit", "105", "--year", "2023", "--to", stick.toString(), "--db", unit);
        assertEquals(0, export2.status(), export2.err());
        CliRun refused = CliRun.of("import", pkg.toString(), "--db", receiver.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("--replace"), refused.err());
        CliRun replaced = CliRun.of("import", pkg.toString(), "--replace", "--db", receiver.toString());
        assertEquals(0, replaced.status(), replaced.err());
        assertTrue(replaced.out().contains("→") && replaced.out().contains("第 2 版"), replaced.out());
    }

    @Test
    void aFinalReportRefusesEveryWriteAndKeepsItsRevision() {
        String unit = unitDatabase();
        assertEquals(0, CliRun.of("finalize", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit).status());
        try (Workspace ws = Workspace.open(Path.of(unit))) {
            ReportStore store = ws.store();
            Report r = store.find("105", 2023).orElseThrow();
            long revision = store.revision(r.getId());
            var e = assertThrows(StoreException.class, () -> store.setAmount(r.getId(), "op.meeting", java.math.BigDecimal.ONE));
            assertTrue(e.getMessage().contains("已定稿，不能修改"), e.getMessage());
            assertThrows(StoreException.class, () -> store.replaceContents(r.getId(), r));
            assertThrows(StoreException.class, () -> store.saveGlossary(r.getId(), List.of()));
            assertEquals(revision, store.revision(r.getId()));
            assertEquals(r.amounts(), store.load(r.getId()).amounts());
        }
    }

    @Test
    void aDraftExportSaysSoAndEveryPageCarriesTheWatermarkAndNoCode() throws Exception {
        String unit = unitDatabase();
        Path stick = Files.createDirectories(dir.resolve("stick"));
        CliRun export = CliRun.of("export", "--unit", "105", "--year", "2023", "--to", stick.toString(), "--db", unit);
        assertEquals(0, export.status(), export.err());
        assertTrue(export.err().contains("导出的是草稿"), export.err());
        HandoverPackage.Contents c;
        try (var files = Files.list(stick)) {
            c = HandoverPackage.read(Files.readAllBytes(files.findFirst().orElseThrow()));
        }
        assertFalse(c.manifest().isFinal());
        String text = pdfText(c.document(), 1, Integer.MAX_VALUE);
        int pages;
        try (PdfPages p = new PdfPages(c.document())) {
            pages = p.count();
            assertTrue(QrReader.read(p.render(pages - 1, 150)).isEmpty(), "no QR on a draft");
        }
        for (int page = 1; page <= pages; page++) {
            String one = pdfText(c.document(), page, page);
            assertTrue(one.contains("草稿（未定稿）不能作为签字稿"), "the draft foot on page " + page + ": " + one);
        }
        assertFalse(text.contains("校验码 "));

        // the Word export of a draft: Word's watermark in every section's header and the draft line at its foot
        Path docx = dir.resolve("draft.docx");
        assertEquals(0, CliRun.of("render", "--unit", "105", "--year", "2023", "--format", "docx", "--out", docx.toString(), "--db", unit).status());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertFalse(doc.getHeaderList().isEmpty());
            doc.getHeaderList().forEach(h -> assertTrue(h._getHdrFtr().xmlText().contains("草稿（未定稿）"), "watermark in a header"));
            assertEquals(footerReferences(doc), sections(doc), "every section has the foot line");
            assertTrue(doc.getFooterList().get(0).getText().contains("草稿（未定稿）不能作为签字稿"));
        }
    }

    private static long sections(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null).count()
                + (doc.getDocument().getBody().isSetSectPr() ? 1 : 0);
    }

    private static long footerReferences(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .filter(p -> p.getCTP().getPPr().getSectPr().sizeOfFooterReferenceArray() > 0).count()
                + (doc.getDocument().getBody().isSetSectPr() && doc.getDocument().getBody().getSectPr().sizeOfFooterReferenceArray() > 0 ? 1 : 0);
    }

    @Test
    void damagedPackagesAreRefusedAndTheDatabaseStaysByteForByte() throws Exception {
        String unit = unitDatabase();
        assertEquals(0, CliRun.of("finalize", "--unit", "105", "--year", "2023", "--name", "张会计", "--db", unit).status());
        Path stick = Files.createDirectories(dir.resolve("stick"));
        assertEquals(0, CliRun.of("export", "--unit", "105", "--year", "2023", "--to", stick.toString(), "--db", unit).status());
        byte[] real;
        try (var files = Files.list(stick)) {
            real = Files.readAllBytes(files.findFirst().orElseThrow());
        }
        Path receiver = dir.resolve("department");
        try (Database d = Database.openFile(receiver)) {
            d.dsl();
        }
        Path file = receiver.resolveSibling("department.mv.db");
        String before = hash(file);
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            byte[] b = real.clone();
            if (i % 4 == 3) {
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            } else {
                b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            }
            byte[] damaged = b;
            assertThrows(HandoverPackage.PackageException.class, () -> HandoverPackage.read(damaged), "corruption " + i);
            if (i % 100 == 0) {
                // every hundredth through the command, as the department would load it
                Path bad = dir.resolve("bad-" + i + ".jsgk");
                Files.write(bad, damaged);
                CliRun r = CliRun.of("import", bad.toString(), "--db", receiver.toString());
                assertEquals(2, r.status(), r.out());
                assertTrue(r.err().contains("不能装入 bad-" + i + ".jsgk"), r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        }
        assertEquals(before, hash(file), "the database file is byte for byte as it was");
        try (var backups = Files.list(receiver.getParent())) {
            assertTrue(backups.noneMatch(p -> p.getFileName().toString().startsWith("department-backups")), "not even a backup");
        }
    }

    @Test
    void aMissingFullOrWriteProtectedStickIsToldInChineseAndLeavesNoFile() throws Exception {
        String unit = unitDatabase();
        Report r;
        try (Workspace ws = Workspace.open(Path.of(unit), Workspace.Mode.READ)) {
            r = ws.store().find("105", 2023).orElseThrow();
        }
        // pulled out: the folder is gone
        var gone = assertThrows(UserFailure.class, () -> Handover.exportTo(r, dir.resolve("E")));
        assertTrue(gone.getMessage().contains("U 盘是否已经拔出"), gone.getMessage());

        // full: a 64 KB stick
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(4096).build())) {
            Path root = Files.createDirectories(small.getPath("/stick"));
            var full = assertThrows(UserFailure.class, () -> Handover.exportTo(r, root));
            assertTrue(full.getMessage().contains("空间不足"), full.getMessage());
            try (var files = Files.list(root)) {
                assertEquals(0, files.count(), "nothing left on the stick");
            }
        }

        // write-protected (the operating system refuses; root ignores folder permissions, so the check needs a user)
        Path locked = Files.createDirectories(dir.resolve("locked"));
        if (Files.getFileStore(locked).supportsFileAttributeView("posix") && !"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                var ro = assertThrows(UserFailure.class, () -> Handover.exportTo(r, locked));
                assertTrue(ro.getMessage().contains("写保护"), ro.getMessage());
            } finally {
                Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        assertEquals(juesuan.i18n.Msg.get("failure.folderReadOnly", locked),
                juesuan.failure.Failures.writingTo(new java.nio.file.FileSystemException(locked + "/x", null, "Read-only file system"), locked));
        assertEquals(juesuan.i18n.Msg.get("failure.folderReadOnly", locked),
                juesuan.failure.Failures.writingTo(new java.nio.file.AccessDeniedException(locked + "/x"), locked));
    }

    @Test
    void aBatchOfReportFilesLoadsWholeOrNotAtAll() throws Exception {
        Path receiver = dir.resolve("batch");
        try (Database d = Database.openFile(receiver)) {
            d.dsl();
        }
        List<Path> files = new java.util.ArrayList<>();
        for (String code : List.of("201", "202", "203")) {
            Report r = juesuan.exchange.DemoReport.create();
            Report other = ReportJson.fromTree(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    ReportJson.write(r).replace("\"code\" : \"105\"", "\"code\" : \"" + code + "\"")));
            Path f = dir.resolve(code + ".json");
            Files.writeString(f, ReportJson.write(other));
            files.add(f);
        }
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": \"juesuan-report\"");
        Path file = receiver.resolveSibling("batch.mv.db");
        String before = hash(file);
        List<String> withBroken = new java.util.ArrayList<>(files.stream().map(Path::toString).toList());
        withBroken.add(broken.toString());
        withBroken.addAll(List.of("--db", receiver.toString()));
        CliRun refused = CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("import"), withBroken.stream()).toArray(String[]::new));
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("broken.json") && refused.err().contains("一个也没有装入"), refused.err());
        assertEquals(before, hash(file), "nothing loaded");

        List<String> good = new java.util.ArrayList<>(files.stream().map(Path::toString).toList());
        good.addAll(List.of("--db", receiver.toString()));
        CliRun loaded = CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("import"), good.stream()).toArray(String[]::new));
        assertEquals(0, loaded.status(), loaded.err());
        CliRun list = CliRun.of("list", "--db", receiver.toString());
        assertTrue(list.out().contains("201") && list.out().contains("202") && list.out().contains("203"), list.out());
    }
}
