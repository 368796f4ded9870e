/**
 * 审核: the consistency rules of a report — sums and equalities within and across the nine tables (data in the
 * year's {@code audit.json}), and the checks that are not sums (small classes here), including the text against
 * the tables. Findings are 错误 (must be fixed) or 提示 (may stand with a written 出错说明), in plain Chinese,
 * with the place to fix them. No UI, no database.
 */
package juesuan.audit;
