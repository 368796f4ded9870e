/**
 * The safety net outside the database: after each saved change the report's canonical JSON is written atomically
 * into a rolling history beside the database ({@link juesuan.history.ReportHistory}), with a manifest of revision,
 * time, digest and row counts per version. Opening checks the database against it; the 备份与恢复 window restores
 * from it.
 */
package juesuan.history;
