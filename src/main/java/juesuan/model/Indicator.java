package juesuan.model;

import java.math.BigDecimal;

/**
 * One 绩效指标 row of a 绩效目标自评表.
 *
 * @param name             指标名称
 * @param measureUnit      计量单位
 * @param nature           指标性质
 * @param targetValue      指标值
 * @param actualValue      全年完成值
 * @param scoreCoefficient 得分系数（%）
 * @param weight           指标权重（分）
 * @param note             说明
 */
public record Indicator(String name, String measureUnit, IndicatorNature nature, BigDecimal targetValue,
                        BigDecimal actualValue, BigDecimal scoreCoefficient, BigDecimal weight, String note) {
    public static Indicator blank() {
        return new Indicator("", "", IndicatorNature.AT_LEAST, null, null, null, null, "");
    }

    public Indicator withName(String v) { return new Indicator(v, measureUnit, nature, targetValue, actualValue, scoreCoefficient, weight, note); }
    public Indicator withMeasureUnit(String v) { return new Indicator(name, v, nature, targetValue, actualValue, scoreCoefficient, weight, note); }
    public Indicator withNature(IndicatorNature v) { return new Indicator(name, measureUnit, v, targetValue, actualValue, scoreCoefficient, weight, note); }
    public Indicator withTargetValue(BigDecimal v) { return new Indicator(name, measureUnit, nature, v, actualValue, scoreCoefficient, weight, note); }
    public Indicator withActualValue(BigDecimal v) { return new Indicator(name, measureUnit, nature, targetValue, v, scoreCoefficient, weight, note); }
    public Indicator withScoreCoefficient(BigDecimal v) { return new Indicator(name, measureUnit, nature, targetValue, actualValue, v, weight, note); }
    public Indicator withWeight(BigDecimal v) { return new Indicator(name, measureUnit, nature, targetValue, actualValue, scoreCoefficient, v, note); }
    public Indicator withNote(String v) { return new Indicator(name, measureUnit, nature, targetValue, actualValue, scoreCoefficient, weight, v); }
}
