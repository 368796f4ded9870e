package juesuan.ui.forms;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.function.Function;
import juesuan.model.PerformanceProject;
import juesuan.model.ValueType;

/** The header fields of a 绩效目标自评表, with how each is read and written on a project. */
public enum ProjectField {
    NAME("project.name", ValueType.LINE, PerformanceProject::getName, (p, v) -> p.setName((String) v)),
    DEPARTMENT("project.department", ValueType.LINE, PerformanceProject::getDepartment, (p, v) -> p.setDepartment((String) v)),
    IMPLEMENTING_UNIT("project.implementingUnit", ValueType.LINE, PerformanceProject::getImplementingUnit,
            (p, v) -> p.setImplementingUnit((String) v)),
    FINANCE_OFFICE("project.financeOffice", ValueType.LINE, PerformanceProject::getFinanceOffice,
            (p, v) -> p.setFinanceOffice((String) v)),
    CONTACT_PERSON("project.contactPerson", ValueType.LINE, PerformanceProject::getContactPerson,
            (p, v) -> p.setContactPerson((String) v)),
    CONTACT_PHONE("project.contactPhone", ValueType.LINE, PerformanceProject::getContactPhone,
            (p, v) -> p.setContactPhone((String) v)),
    TOTAL_INITIAL("project.totalInitial", ValueType.MONEY, PerformanceProject::getTotalInitial,
            (p, v) -> p.setTotalInitial((BigDecimal) v)),
    TOTAL_ADJUSTED("project.totalAdjusted", ValueType.MONEY, PerformanceProject::getTotalAdjusted,
            (p, v) -> p.setTotalAdjusted((BigDecimal) v)),
    TOTAL_EXECUTED("project.totalExecuted", ValueType.MONEY, PerformanceProject::getTotalExecuted,
            (p, v) -> p.setTotalExecuted((BigDecimal) v)),
    FISCAL_INITIAL("project.fiscalInitial", ValueType.MONEY, PerformanceProject::getFiscalInitial,
            (p, v) -> p.setFiscalInitial((BigDecimal) v)),
    FISCAL_ADJUSTED("project.fiscalAdjusted", ValueType.MONEY, PerformanceProject::getFiscalAdjusted,
            (p, v) -> p.setFiscalAdjusted((BigDecimal) v)),
    FISCAL_EXECUTED("project.fiscalExecuted", ValueType.MONEY, PerformanceProject::getFiscalExecuted,
            (p, v) -> p.setFiscalExecuted((BigDecimal) v)),
    EXECUTION_WEIGHT("project.executionWeight", ValueType.DECIMAL, PerformanceProject::getExecutionWeight,
            (p, v) -> p.setExecutionWeight((BigDecimal) v)),
    GOAL_INITIAL("project.goalInitial", ValueType.TEXT, PerformanceProject::getGoalInitial, (p, v) -> p.setGoalInitial((String) v)),
    GOAL_ADJUSTED("project.goalAdjusted", ValueType.TEXT, PerformanceProject::getGoalAdjusted,
            (p, v) -> p.setGoalAdjusted((String) v)),
    GOAL_ACHIEVED("project.goalAchieved", ValueType.TEXT, PerformanceProject::getGoalAchieved,
            (p, v) -> p.setGoalAchieved((String) v));

    private final String labelKey;
    private final ValueType type;
    private final Function<PerformanceProject, Object> getter;
    private final BiConsumer<PerformanceProject, Object> setter;

    ProjectField(String labelKey, ValueType type, Function<PerformanceProject, Object> getter,
                 BiConsumer<PerformanceProject, Object> setter) {
        this.labelKey = labelKey;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
    }

    public String labelKey() {
        return labelKey;
    }

    public ValueType type() {
        return type;
    }

    public Object get(PerformanceProject p) {
        return getter.apply(p);
    }

    public void set(PerformanceProject p, Object v) {
        setter.accept(p, v);
    }
}
