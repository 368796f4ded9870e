package juesuan.audit;

/**
 * One inconsistency.
 *
 * @param ruleId   the rule (T1-5, X-2, N-5, …)
 * @param severity 错误 or 提示
 * @param message  plain Chinese, naming the figures and the difference
 * @param place    where to fix it
 * @param key      stable key of this finding (its 出错说明 is stored under it)
 */
public record Finding(String ruleId, Severity severity, String message, Place place, String key) {
    public static Finding of(String ruleId, Severity severity, String message, Place place) {
        return new Finding(ruleId, severity, message, place, ruleId + "|" + place);
    }
}
