/**
 * Computed figures: parent rows (类 = Σ款, 款 = Σ项), 合计/小计 rows and columns of the nine tables, computed
 * fields, and the current value behind each comparison. Exact {@code BigDecimal} arithmetic on 元.
 */
package juesuan.calculation;
