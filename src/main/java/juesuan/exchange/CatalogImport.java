package juesuan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.Catalog;
import juesuan.model.CatalogEntry;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a bureau's own classification list (.xlsx, .xls or .csv, as the 预算管理一体化 system or the 决算 client
 * exports it) and compares it with a year's catalog. The header row is found by its titles anywhere in the first
 * rows; codes may be text or numbers, in one column (科目编码) or split over 类/款/项; names may be indented. A
 * list with a problem is refused whole, with one Chinese sentence that names the row; nothing is changed.
 */
public final class CatalogImport {
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Headers HEADERS = Headers.read();

    private CatalogImport() {
    }

    /** One code whose name the list changes. */
    public record Rename(String code, String oldName, String newName) {
    }

    /**
     * What importing a list would do to a year's catalog.
     *
     * @param file      the list's file name
     * @param catalog   which classification the list is
     * @param read      how many codes the list has
     * @param added     codes the year's catalog lacks
     * @param renamed   codes it names differently
     * @param unchanged codes it already has with the same name
     */
    public record Plan(String file, CatalogKind catalog, int read, List<LocalCode> added, List<Rename> renamed, int unchanged) {
        /** The codes to store for the year: the added ones and the new names. */
        public List<LocalCode> codes() {
            List<LocalCode> out = new ArrayList<>(added);
            renamed.forEach(r -> out.add(new LocalCode(catalog, r.code(), r.newName(), LocalCode.Origin.IMPORTED)));
            return out;
        }

        public boolean changesSomething() {
            return !added.isEmpty() || !renamed.isEmpty();
        }

        /** The preview an officer reads before applying: counts, then every added and renamed code. */
        public String describe() {
            StringBuilder b = new StringBuilder(Msg.get("catalogImport.summary", file, catalog == CatalogKind.FUNCTION
                    ? Msg.get("catalog.functions") : Msg.get("catalog.economics"), read, added.size(), renamed.size(), unchanged));
            for (LocalCode c : added) {
                b.append('\n').append(Msg.get("catalogImport.addedLine", c.code(), c.name()));
            }
            for (Rename r : renamed) {
                b.append('\n').append(Msg.get("catalogImport.renamedLine", r.code(), r.oldName(), r.newName()));
            }
            return b.toString();
        }
    }

    /** The words column titles are recognised by (versioned data: {@code exchange/catalog-headers.json}). */
    private record Headers(List<String> code, List<String> name, List<String> lei, List<String> kuan, List<String> xiang,
                           List<String> economic) {
        static Headers read() {
            try (InputStream in = CatalogImport.class.getResourceAsStream("/exchange/catalog-headers.json")) {
                var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
                return new Headers(words(root, "code"), words(root, "name"), words(root, "lei"), words(root, "kuan"),
                        words(root, "xiang"), words(root, "economic"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static List<String> words(com.fasterxml.jackson.databind.JsonNode root, String key) {
            List<String> out = new ArrayList<>();
            root.path(key).forEach(n -> out.add(n.asText()));
            return out;
        }

        static boolean contains(List<String> words, String title) {
            return words.stream().anyMatch(title::contains);
        }

        static boolean is(List<String> words, String title) {
            return words.contains(title);
        }
    }

    /** A code read from the list, with the row it came from (1-based, as the officer sees it in Excel). */
    private record Read(String code, String name, int row) {
    }

    /**
     * Reads a list and compares it with the catalog of the matching classification.
     *
     * @param functions the year's 支出功能分类 as the report sees it (shipped and imported)
     * @param economics the year's 部门预算支出经济分类
     */
    public static Plan plan(Path file, Catalog functions, Catalog economics) {
        List<List<String>> rows = rows(file);
        List<Read> codes = codes(rows, file.getFileName().toString());
        boolean economicTitle = rows.stream().limit(HEADER_SEARCH_ROWS).flatMap(List::stream)
                .anyMatch(c -> Headers.contains(HEADERS.economic(), title(c)));
        CatalogKind kind = kindOf(codes, economicTitle);
        Catalog catalog = kind == CatalogKind.FUNCTION ? functions : economics;
        Map<String, Read> byCode = new LinkedHashMap<>();
        for (Read r : codes) {
            if (!kind.wellFormed(r.code())) {
                throw new UserFailure(Msg.get("catalogImport.badCode", r.row(), r.code(),
                        kind == CatalogKind.FUNCTION ? Msg.get("catalogImport.functionLengths") : Msg.get("catalogImport.economicLengths")));
            }
            Read earlier = byCode.putIfAbsent(r.code(), r);
            if (earlier != null && !earlier.name().equals(r.name())) {
                throw new UserFailure(Msg.get("catalogImport.duplicate", r.code(), earlier.row(), earlier.name(), r.row(), r.name()));
            }
        }
        List<LocalCode> added = new ArrayList<>();
        List<Rename> renamed = new ArrayList<>();
        int unchanged = 0;
        for (Read r : byCode.values()) {
            CatalogEntry existing = catalog.find(r.code()).orElse(null);
            if (existing == null) {
                String parent = r.code().length() > 3 ? r.code().substring(0, r.code().length() - 2) : null;
                if (parent != null && !byCode.containsKey(parent) && !catalog.contains(parent)) {
                    throw new UserFailure(Msg.get("catalogImport.orphan", r.row(), r.code(), r.name(), parent));
                }
                added.add(new LocalCode(kind, r.code(), r.name(), LocalCode.Origin.IMPORTED));
            } else if (!existing.name().equals(r.name())) {
                renamed.add(new Rename(r.code(), existing.name(), r.name()));
            } else {
                unchanged++;
            }
        }
        return new Plan(file.getFileName().toString(), kind, byCode.size(), added, renamed, unchanged);
    }

    /** 支出功能分类 unless the codes are 3/5 digits under 3xx (or the sheet says 经济分类). */
    private static CatalogKind kindOf(List<Read> codes, boolean economicTitle) {
        boolean allEconomicShape = codes.stream().allMatch(r -> r.code().startsWith("3")
                && (r.code().length() == 3 || r.code().length() == 5));
        return economicTitle || allEconomicShape ? CatalogKind.ECONOMIC : CatalogKind.FUNCTION;
    }

    /** The codes of the list, from its header row down. */
    private static List<Read> codes(List<List<String>> rows, String file) {
        int header = -1;
        int code = -1;
        int name = -1;
        int lei = -1;
        int kuan = -1;
        int xiang = -1;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS) && header < 0; i++) {
            List<String> r = rows.get(i);
            int c = -1;
            int n = -1;
            int l = -1;
            int k = -1;
            int x = -1;
            for (int j = 0; j < r.size(); j++) {
                String t = title(r.get(j));
                if (c < 0 && Headers.contains(HEADERS.code(), t)) {
                    c = j;
                } else if (n < 0 && Headers.contains(HEADERS.name(), t)) {
                    n = j;
                } else if (Headers.is(HEADERS.lei(), t)) {
                    l = j;
                } else if (Headers.is(HEADERS.kuan(), t)) {
                    k = j;
                } else if (Headers.is(HEADERS.xiang(), t)) {
                    x = j;
                }
            }
            boolean split = l >= 0 && k >= 0;
            if (n >= 0 && (c >= 0 || split)) {
                header = i;
                code = c;
                name = n;
                lei = split ? l : -1;
                kuan = split ? k : -1;
                xiang = split ? x : -1;
            } else if (c >= 0 || split) {
                throw new UserFailure(Msg.get("catalogImport.noNameColumn", file, i + 1));
            }
        }
        if (header < 0) {
            throw new UserFailure(Msg.get("catalogImport.noCodeColumn", file, HEADER_SEARCH_ROWS));
        }
        // the two-row header of a 决算 client export has 类/款/项 under "科目编码": look one row down too
        if (code >= 0 && lei < 0 && header + 1 < rows.size()) {
            List<String> below = rows.get(header + 1).stream().map(CatalogImport::title).toList();
            int l = indexOf(below, HEADERS.lei());
            int k = indexOf(below, HEADERS.kuan());
            if (l >= 0 && k >= 0) {
                lei = l;
                kuan = k;
                xiang = indexOf(below, HEADERS.xiang());
                code = -1;
                header++;
            }
        }
        List<Read> out = new ArrayList<>();
        String lastLei = "";
        String lastKuan = "";
        for (int i = header + 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String n = name(cell(r, name));
            String c;
            if (code >= 0) {
                c = digits(cell(r, code));
                if (c.isEmpty() && n.matches("^[0-9]{3,}.*")) {
                    // "2010301 行政运行" in the name column of a one-column list
                    c = n.replaceAll("^([0-9]+).*", "$1");
                    n = name(n.substring(c.length()));
                }
            } else {
                String l = digits(cell(r, lei));
                String k = digits(cell(r, kuan));
                String x = digits(cell(r, xiang));
                if (l.isEmpty() && (!k.isEmpty() || !x.isEmpty())) {
                    l = lastLei; // a 类 shown once for its rows
                }
                if (k.isEmpty() && !x.isEmpty()) {
                    k = lastKuan;
                }
                k = k.isEmpty() ? "" : pad(k);
                x = x.isEmpty() ? "" : pad(x);
                if (k.length() > 2 && l.isEmpty()) {
                    c = k + x; // a full code in the 款 column
                } else {
                    c = l + k + x;
                }
                if (!l.isEmpty()) {
                    lastLei = l;
                }
                if (!k.isEmpty()) {
                    lastKuan = k;
                }
            }
            if (c.isEmpty()) {
                continue; // blank lines, 合计 lines, a title or unit line between the header and the first code
            }
            if (n.isEmpty()) {
                throw new UserFailure(Msg.get("catalogImport.noName", i + 1, c));
            }
            out.add(new Read(c, n, i + 1));
        }
        if (out.isEmpty()) {
            throw new UserFailure(Msg.get("catalogImport.empty", file));
        }
        return out;
    }

    private static int indexOf(List<String> titles, List<String> words) {
        for (int i = 0; i < titles.size(); i++) {
            if (Headers.is(words, titles.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int col) {
        return col >= 0 && col < row.size() ? row.get(col) : "";
    }

    /** A title without spaces, line breaks or markers such as "*". */
    private static String title(String s) {
        return s.replaceAll("[\\s\\u3000*\\uFF0A:\\uFF1A]", "");
    }

    /** A name without its indentation (spaces, full-width spaces, tabs) or surrounding blanks. */
    private static String name(String s) {
        return s.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
    }

    /** The digits of a code cell: "2010301", "2010301.0", " 201 " or "[201]". Anything else is kept to be refused. */
    private static String digits(String s) {
        String t = name(s);
        if (t.matches("[0-9]+\\.0+")) {
            t = t.substring(0, t.indexOf('.'));
        }
        if (t.matches("[\\[\\u3010(\\uFF08]?[0-9]+[\\]\\u3011)\\uFF09]?")) {
            return t.replaceAll("[^0-9]", "");
        }
        return t;
    }

    private static String pad(String twoDigits) {
        return twoDigits.length() == 1 ? "0" + twoDigits : twoDigits;
    }

    // ------------------------------------------------------------------ reading the file as a grid of texts

    private static List<List<String>> rows(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new UserFailure(Msg.get("catalogImport.noFile", file));
        }
        try {
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return csv(file);
            }
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                return workbook(file);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFailure u) {
                throw u;
            }
            throw new UserFailure(Msg.get("catalogImport.unreadable", file.getFileName(), e.getClass().getSimpleName()), e);
        }
        throw new UserFailure(Msg.get("catalogImport.badType", file.getFileName()));
    }

    private static List<List<String>> workbook(Path file) throws IOException {
        DataFormatter format = new DataFormatter(Locale.CHINA);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            // the first sheet with anything on it
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int j = 0; j < Math.max(0, row.getLastCellNum()); j++) {
                            cells.add(text(row.getCell(j), format));
                        }
                    }
                    rows.add(cells);
                }
                if (rows.stream().anyMatch(r -> r.stream().anyMatch(c -> !c.isBlank()))) {
                    return rows;
                }
            }
        }
        return List.of();
    }

    /** A cell as text; a number is written without a decimal part or grouping (2010301, not 2,010,301.00). */
    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            java.math.BigDecimal v = java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return v.scale() <= 0 ? v.toPlainString() : format.formatCellValue(cell);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return format.formatCellValue(cell);
    }

    /** A CSV in UTF-8 (with or without BOM) or, as Excel on a Chinese Windows saves it, in GB18030. */
    private static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            text = decode(bytes, Charset.forName("GB18030"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            for (CSVRecord rec : CSVFormat.EXCEL.builder().setIgnoreSurroundingSpaces(false).get().parse(r)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String decode(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
