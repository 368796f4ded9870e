package juesuan.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import juesuan.model.Indicator;
import juesuan.model.IndicatorNature;
import juesuan.model.PerformanceProject;

/**
 * The computed part of a 绩效目标自评表: 执行率 and its score, per indicator 偏离度, 得分系数 and 指标得分, and
 * the 自评总分.
 *
 * @param executionRate  全年执行数 / 全年（调整）预算数 × 100 (the 财政拨款 row when filled, else the total row)
 * @param executionScore 执行率权重 × min(执行率, 100%)
 * @param indicators     one line per indicator
 * @param total          执行率得分 + Σ 指标得分
 */
public record ProjectScore(BigDecimal executionRate, BigDecimal executionScore, List<IndicatorScore> indicators,
                           BigDecimal total) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param deviation   偏离度 = |完成值 − 指标值| / 指标值 × 100, null when the target is 0 or a value is missing
     * @param coefficient 得分系数 in percent: the entered one, else 100 when the target is met, else proportional
     * @param score       指标权重 × 得分系数
     * @param met         whether the completed value meets the target on its favourable side
     */
    public record IndicatorScore(Indicator indicator, BigDecimal deviation, BigDecimal coefficient, BigDecimal score,
                                 boolean met) {
    }

    public static ProjectScore of(PerformanceProject p) {
        BigDecimal adjusted = p.getFiscalAdjusted() != null ? p.getFiscalAdjusted() : p.getTotalAdjusted();
        BigDecimal executed = p.getFiscalAdjusted() != null ? p.getFiscalExecuted() : p.getTotalExecuted();
        BigDecimal rate = executed == null ? null : Percent.of(executed, adjusted);
        BigDecimal weight = p.getExecutionWeight() == null ? BigDecimal.ZERO : p.getExecutionWeight();
        BigDecimal execScore = rate == null ? BigDecimal.ZERO
                : hundredth(weight.multiply(rate.min(HUNDRED)));
        List<IndicatorScore> lines = new ArrayList<>();
        BigDecimal total = execScore;
        for (Indicator i : p.getIndicators()) {
            IndicatorScore s = score(i);
            lines.add(s);
            total = total.add(s.score());
        }
        return new ProjectScore(rate, execScore, lines, total);
    }

    /**
     * x / 100, exactly, as {@code x.divide(100, DECIMAL128)} writes it (the scale closest to x's own), without a long
     * division: a 200-project report scores thousands of indicators on each 审核.
     */
    static BigDecimal hundredth(BigDecimal x) {
        BigDecimal exact = x.movePointLeft(2);
        BigDecimal shortest = exact.stripTrailingZeros();
        return shortest.scale() < x.scale() ? exact.setScale(x.scale()) : shortest;
    }

    static IndicatorScore score(Indicator i) {
        BigDecimal target = i.targetValue();
        BigDecimal actual = i.actualValue();
        BigDecimal deviation = target == null || actual == null ? null : Percent.of(actual.subtract(target).abs(), target);
        boolean met = target != null && actual != null && switch (i.nature()) {
            case AT_LEAST -> actual.compareTo(target) >= 0;
            case AT_MOST -> actual.compareTo(target) <= 0;
            case EQUAL -> actual.compareTo(target) == 0;
        };
        BigDecimal coefficient = i.scoreCoefficient();
        if (coefficient == null) {
            coefficient = met ? HUNDRED : proportional(i.nature(), target, actual);
        }
        BigDecimal weight = i.weight() == null ? BigDecimal.ZERO : i.weight();
        BigDecimal score = hundredth(weight.multiply(coefficient));
        return new IndicatorScore(i, deviation, coefficient, score, met);
    }

    /** 正向: 完成值/指标值; 反向: 指标值/完成值; 等于: 1 − 偏离度; never above 100% or below 0. */
    private static BigDecimal proportional(IndicatorNature nature, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal ratio = switch (nature) {
            case AT_LEAST -> Percent.of(actual, target);
            case AT_MOST -> Percent.of(target, actual);
            case EQUAL -> {
                BigDecimal dev = Percent.of(actual.subtract(target).abs(), target);
                yield dev == null ? null : HUNDRED.subtract(dev);
            }
        };
        if (ratio == null) {
            return BigDecimal.ZERO;
        }
        return ratio.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
