package juesuan.reliability;

import java.nio.file.Path;
import java.util.Map;

/** For the benchmarks: a database of many reports (see {@link ManyReports}). */
public final class ManyReportsAccess {
    private ManyReportsAccess() {
    }

    public static Map<String, String> create(Path db, int n) {
        return ManyReports.create(db, n);
    }
}
