package juesuan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A project with its published 绩效目标自评表 (the Chongqing form). Amounts in 元. */
public final class PerformanceProject {
    private Long id;
    private String name = "";
    private String department = "";       // 项目主管部门
    private String implementingUnit = ""; // 实施单位 (in a 汇总, the member that carried the project out)
    private String financeOffice = "";    // 财政归口科室
    private String contactPerson = "";    // 项目联系人
    private String contactPhone = "";
    private BigDecimal totalInitial;      // 年度总金额 年初预算数
    private BigDecimal totalAdjusted;     // 全年（调整）预算数
    private BigDecimal totalExecuted;     // 全年执行数
    private BigDecimal fiscalInitial;     // 其中：财政拨款
    private BigDecimal fiscalAdjusted;
    private BigDecimal fiscalExecuted;
    private BigDecimal executionWeight = BigDecimal.TEN; // 执行率权重
    private String goalInitial = "";      // 年初绩效目标
    private String goalAdjusted = "";     // 全年（调整）绩效目标
    private String goalAchieved = "";     // 全年目标实际完成情况
    private List<Indicator> indicators = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getImplementingUnit() { return implementingUnit; }
    public void setImplementingUnit(String implementingUnit) { this.implementingUnit = implementingUnit == null ? "" : implementingUnit; }
    public String getFinanceOffice() { return financeOffice; }
    public void setFinanceOffice(String financeOffice) { this.financeOffice = financeOffice; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public BigDecimal getTotalInitial() { return totalInitial; }
    public void setTotalInitial(BigDecimal v) { this.totalInitial = v; }
    public BigDecimal getTotalAdjusted() { return totalAdjusted; }
    public void setTotalAdjusted(BigDecimal v) { this.totalAdjusted = v; }
    public BigDecimal getTotalExecuted() { return totalExecuted; }
    public void setTotalExecuted(BigDecimal v) { this.totalExecuted = v; }
    public BigDecimal getFiscalInitial() { return fiscalInitial; }
    public void setFiscalInitial(BigDecimal v) { this.fiscalInitial = v; }
    public BigDecimal getFiscalAdjusted() { return fiscalAdjusted; }
    public void setFiscalAdjusted(BigDecimal v) { this.fiscalAdjusted = v; }
    public BigDecimal getFiscalExecuted() { return fiscalExecuted; }
    public void setFiscalExecuted(BigDecimal v) { this.fiscalExecuted = v; }
    public BigDecimal getExecutionWeight() { return executionWeight; }
    public void setExecutionWeight(BigDecimal v) { this.executionWeight = v; }
    public String getGoalInitial() { return goalInitial; }
    public void setGoalInitial(String v) { this.goalInitial = v; }
    public String getGoalAdjusted() { return goalAdjusted; }
    public void setGoalAdjusted(String v) { this.goalAdjusted = v; }
    public String getGoalAchieved() { return goalAchieved; }
    public void setGoalAchieved(String v) { this.goalAchieved = v; }
    public List<Indicator> getIndicators() { return indicators; }
    public void setIndicators(List<Indicator> indicators) { this.indicators = new ArrayList<>(indicators); }

    /**
     * Everything the project says, as one string (not its database id): two projects with the same content key print
     * the same 自评表. A text of hundreds of projects is kept by it between edits that do not touch them.
     */
    public String contentKey() {
        StringBuilder b = new StringBuilder(256);
        for (Object v : new Object[] {name, department, implementingUnit, financeOffice, contactPerson, contactPhone, totalInitial,
                totalAdjusted, totalExecuted, fiscalInitial, fiscalAdjusted, fiscalExecuted, executionWeight, goalInitial,
                goalAdjusted, goalAchieved}) {
            b.append(v).append('\u0000');
        }
        for (Indicator i : indicators) {
            b.append(i).append('\u0001'); // a record: its text holds every component
        }
        return b.toString();
    }

    /** A copy with its own list of indicators (the indicators themselves are values). */
    public PerformanceProject copy() {
        PerformanceProject c = new PerformanceProject();
        c.name = name;
        c.department = department;
        c.implementingUnit = implementingUnit;
        c.financeOffice = financeOffice;
        c.contactPerson = contactPerson;
        c.contactPhone = contactPhone;
        c.totalInitial = totalInitial;
        c.totalAdjusted = totalAdjusted;
        c.totalExecuted = totalExecuted;
        c.fiscalInitial = fiscalInitial;
        c.fiscalAdjusted = fiscalAdjusted;
        c.fiscalExecuted = fiscalExecuted;
        c.executionWeight = executionWeight;
        c.goalInitial = goalInitial;
        c.goalAdjusted = goalAdjusted;
        c.goalAchieved = goalAchieved;
        c.indicators = new ArrayList<>(indicators);
        return c;
    }
}
