package juesuan.history;

import java.time.Instant;
import java.util.Map;

/**
 * One saved version of a report in the history: the database revision it was taken at, when, the SHA-256 of its
 * canonical JSON, the file, and the row counts of the database at that revision. {@code note} says why a version
 * was made when it was not an ordinary save (恢复、从保存记录重建 …).
 */
public record Version(String unitCode, int fiscalYear, long revision, Instant time, String digest, String file, long size,
                      Map<String, Integer> rowCounts, String note) {
}
