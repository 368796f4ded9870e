package juesuan.model;

import java.util.ArrayList;
import java.util.List;

/** A budget unit (预算单位): who publishes the disclosure. */
public final class Unit {
    private Long id;
    private String code;
    private String name;
    private String supervisor = "";      // 主管部门
    private String unitType = "";        // 单位类型
    private String contactPerson = "";   // 决算公开联系人
    private String contactPhone = "";
    private List<String> duties = new ArrayList<>();          // 职能职责
    private List<String> subunits = new ArrayList<>();        // 下属单位
    private List<String> internalBodies = new ArrayList<>();  // 内设机构

    public Unit(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSupervisor() { return supervisor; }
    public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
    public String getUnitType() { return unitType; }
    public void setUnitType(String unitType) { this.unitType = unitType; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public List<String> getDuties() { return duties; }
    public void setDuties(List<String> duties) { this.duties = new ArrayList<>(duties); }
    public List<String> getSubunits() { return subunits; }
    public void setSubunits(List<String> subunits) { this.subunits = new ArrayList<>(subunits); }
    public List<String> getInternalBodies() { return internalBodies; }
    public void setInternalBodies(List<String> internalBodies) { this.internalBodies = new ArrayList<>(internalBodies); }

    /** A copy (with the same id) that later changes to this one do not reach. */
    public Unit copy() {
        Unit c = new Unit(code, name);
        c.setId(id);
        c.setSupervisor(supervisor);
        c.setUnitType(unitType);
        c.setContactPerson(contactPerson);
        c.setContactPhone(contactPhone);
        c.setDuties(duties);
        c.setSubunits(subunits);
        c.setInternalBodies(internalBodies);
        return c;
    }

    /** Takes every detail of another unit (its code and id stay): undoing or redoing a change of the details. */
    public void assign(Unit from) {
        name = from.name;
        setSupervisor(from.supervisor);
        setUnitType(from.unitType);
        setContactPerson(from.contactPerson);
        setContactPhone(from.contactPhone);
        setDuties(from.duties);
        setSubunits(from.subunits);
        setInternalBodies(from.internalBodies);
    }

    /**
     * Who the 情况说明 speaks of: the unit's own full name, or — for the 本级 of a department ("某某局（本级）") — the
     * department's name, as published texts write it. Never the 主管部门, which is the body above the unit.
     */
    public String subjectName() {
        String n = name == null ? "" : name.strip();
        for (String mark : juesuan.i18n.Msg.get("unit.ownLevelMarks").split(",")) {
            if (n.endsWith(mark) && n.length() > mark.length()) {
                return n.substring(0, n.length() - mark.length()).strip();
            }
        }
        return n;
    }

    /** The ordered items of one kind. */
    public List<String> items(UnitItemKind kind) {
        return switch (kind) {
            case DUTY -> duties;
            case SUBUNIT -> subunits;
            case BODY -> internalBodies;
        };
    }
}
