package juesuan.model;

/**
 * A named figure or text outside the tables (三公 实物量, 机关运行经费, 资产, 采购, 绩效 overview, …).
 *
 * @param key     stable key in the store
 * @param label   the form label
 * @param type    MONEY, COUNT or TEXT
 * @param suffix  unit shown after the field (万元, 辆, 人次, …)
 * @param hint    a short help text, may be empty
 * @param sumOf   keys of the fields this one adds up (a computed, read-only field); empty for input
 */
public record FieldDef(String key, String label, ValueType type, String suffix, String hint, java.util.List<String> sumOf) {
    public FieldDef {
        sumOf = java.util.List.copyOf(sumOf);
    }

    public boolean computed() {
        return !sumOf.isEmpty();
    }
}
