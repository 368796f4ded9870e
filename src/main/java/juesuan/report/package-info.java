/**
 * The printed 决算公开 document: JasperReports templates from {@code jasper/} (compiled to {@code .jasper} during the
 * build, loaded from the application's resources only), filled from a report, exported to PDF, DOCX and XLSX.
 */
package juesuan.report;
