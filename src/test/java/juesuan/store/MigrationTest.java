package juesuan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void theLatestMigrationConstantMatchesTheFiles() throws Exception {
        int highest = 0;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                var m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertEquals(highest, Database.LATEST_MIGRATION);
    }

    @Test
    void migratesAnEmptyDatabaseToTheFullSchema() {
        int historyRows;
        Path file = dir.resolve("empty");
        assertFalse(Database.exists(file));
        try (Database db = Database.openFile(file)) {
            assertTrue(Database.exists(file));
            Set<String> tables = new TreeSet<>(db.dsl().fetchValues(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'").stream()
                    .map(Object::toString).toList());
            assertEquals(new TreeSet<>(List.of("AUDIT_EXPLANATION", "CATALOG_CODE", "COMPARISON", "CONSOLIDATION_ELIMINATION", "CONSOLIDATION_MEMBER", "GLOSSARY_TERM", "NARRATIVE_OVERRIDE", "PERF_INDICATOR", "PERF_PROJECT", "REASON",
                    "REPORT", "REPORT_AMOUNT", "REPORT_CODE", "REPORT_COUNT", "REPORT_FINAL_EVENT", "REPORT_SETTING", "REPORT_TEXT", "REPORT_UNIT_ITEM", "TABLE_CELL", "TABLE_PRINTED", "TABLE_ROW", "UNIT", "UNIT_NODE",
                    "flyway_schema_history")), tables);
            assertEquals(String.valueOf(Database.LATEST_MIGRATION), db.dsl().fetchValue(
                    "select max(\"version\") from \"flyway_schema_history\" where \"success\" = true").toString());
            assertTrue(new ReportStore(db).list().isEmpty());
            historyRows = db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("flyway_schema_history")));
        }
        // a second open finds nothing to migrate and keeps the file
        try (Database db = Database.openFile(file)) {
            assertEquals(historyRows, db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("flyway_schema_history"))));
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigratedAndKeepsItsReports() throws Exception {
        Path file = dir.resolve("old");
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + file, "sa", "");
        try {
            org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("3").load().migrate();
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("INSERT INTO unit (code, name, contact_person) VALUES ('7', '旧单位', '张三')");
                s.execute("INSERT INTO unit_item (unit_id, kind, seq, body) SELECT id, 'DUTY', 1, '旧职责' FROM unit WHERE code = '7'");
                for (int year : new int[] {2021, 2022}) {
                    s.execute("INSERT INTO report (unit_id, fiscal_year, template_year, profile) "
                            + "SELECT id, " + year + ", 2023, 'chongqing' FROM unit WHERE code = '7'");
                }
            }
        } finally {
            pool.dispose();
        }
        try (Database db = Database.openFile(file)) {
            ReportStore store = new ReportStore(db);
            List<ReportSummary> reports = store.list();
            assertEquals(2, reports.size());
            assertEquals(0, reports.get(0).revision(), "the new revision column starts at 0 for old reports");
            // the unit's shared details were copied into each of its reports (V5)
            for (ReportSummary r : reports) {
                var unit = store.load(r.reportId()).unit();
                assertEquals("旧单位", unit.getName());
                assertEquals("张三", unit.getContactPerson());
                assertEquals(List.of("旧职责"), unit.getDuties());
            }
        }
        Path backups = Database.backupFolder(file);
        try (var zips = java.nio.file.Files.list(backups)) {
            List<Path> all = zips.toList();
            assertEquals(1, all.size(), String.valueOf(all));
            assertTrue(all.get(0).getFileName().toString().startsWith("before-V" + Database.LATEST_MIGRATION + "-"));
            try (var zip = new java.util.zip.ZipFile(all.get(0).toFile())) {
                assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith(".mv.db")), "the zip holds the database file");
            }
        }
    }
}
