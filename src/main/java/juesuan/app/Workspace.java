package juesuan.app;

import java.nio.file.Path;
import juesuan.exchange.DemoReport;
import juesuan.store.Database;
import juesuan.store.ReportStore;

/** An opened database with its store; a new, empty database gets the demo unit. */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final ReportStore store;

    private Workspace(Database database) {
        this.database = database;
        this.store = new ReportStore(database);
    }

    /** Opens (creating and migrating when needed) the database and loads the demo unit into an empty one. */
    public static Workspace open(Path file) {
        Database db = Database.openFile(file);
        Workspace w = new Workspace(db);
        if (w.store.list().isEmpty()) {
            w.store.insert(DemoReport.create());
        }
        return w;
    }

    public ReportStore store() {
        return store;
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
