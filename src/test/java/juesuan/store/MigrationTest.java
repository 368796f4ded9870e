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
            assertEquals(new TreeSet<>(List.of("AUDIT_EXPLANATION", "COMPARISON", "GLOSSARY_TERM", "NARRATIVE_OVERRIDE", "PERF_INDICATOR", "PERF_PROJECT", "REASON",
                    "REPORT", "REPORT_AMOUNT", "REPORT_COUNT", "REPORT_SETTING", "REPORT_TEXT", "TABLE_CELL", "TABLE_ROW", "UNIT", "UNIT_ITEM",
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
}
