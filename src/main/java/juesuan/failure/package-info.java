/**
 * Failures as the user reads them: {@link juesuan.failure.Failures} is the one place that turns a database, file or
 * import failure into a Chinese sentence saying what happened and what to do; {@link juesuan.failure.ErrorLog} keeps
 * the details (stack traces) in a log file in the data folder, never on screen.
 */
package juesuan.failure;
