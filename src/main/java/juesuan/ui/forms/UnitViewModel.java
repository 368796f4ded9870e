package juesuan.ui.forms;

import java.util.List;
import juesuan.i18n.Msg;
import juesuan.model.Unit;
import juesuan.model.UnitItemKind;
import juesuan.ui.session.ReportSession;

/** 单位基本情况 and 联系方式 of the open report's unit. Every accepted change is saved at once. */
public final class UnitViewModel {
    /** The unit's single-line fields. */
    public enum Field { NAME, SUPERVISOR, UNIT_TYPE, CONTACT_PERSON, CONTACT_PHONE }

    private final ReportSession session;

    public UnitViewModel(ReportSession session) {
        this.session = session;
    }

    private Unit unit() {
        return session.report().unit();
    }

    /** Whether 单位构成 is the members of a 汇总 (made by it, changed in the unit tree, not typed here). */
    public boolean membersFromConsolidation() {
        return session.report().consolidation() != null;
    }

    /** The key a 审核 finding uses for a field (Place.field("unit", key)). */
    public static String item(Field f) {
        return switch (f) {
            case NAME -> "unitName";
            case SUPERVISOR -> "supervisor";
            case UNIT_TYPE -> "unitType";
            case CONTACT_PERSON -> "contactPerson";
            case CONTACT_PHONE -> "contactPhone";
        };
    }

    /** The key of a field's label. */
    static String labelKey(Field f) {
        return switch (f) {
            case NAME -> "unit.name";
            case SUPERVISOR -> "unit.supervisor";
            case UNIT_TYPE -> "unit.type";
            case CONTACT_PERSON -> "unit.contactPerson";
            case CONTACT_PHONE -> "unit.contactPhone";
        };
    }

    /** The 单位类型 a unit may have (the template's list). */
    public List<String> unitTypes() {
        return session.template().unitTypes();
    }

    public String code() {
        return unit().getCode();
    }

    public String get(Field f) {
        Unit u = unit();
        return switch (f) {
            case NAME -> u.getName();
            case SUPERVISOR -> u.getSupervisor();
            case UNIT_TYPE -> u.getUnitType();
            case CONTACT_PERSON -> u.getContactPerson();
            case CONTACT_PHONE -> u.getContactPhone();
        };
    }

    /** Accepts a value; returns null, or the message saying why it is refused (nothing changed then). */
    public String commit(Field f, String text) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        String v = text == null ? "" : text.strip();
        if (f == Field.NAME && v.isEmpty()) {
            String message = Msg.get("unit.nameRequired");
            session.warn(message);
            return message;
        }
        if (f == Field.UNIT_TYPE && !v.isEmpty() && !unitTypes().isEmpty() && !unitTypes().contains(v)) {
            String message = Msg.get("unit.badType", v, String.join(Msg.get("table.enumeration"), unitTypes()));
            session.warn(message);
            return message;
        }
        if (f == Field.CONTACT_PHONE && !v.isEmpty() && !v.matches("[0-9０-９()（）+\\- 转]{5,30}")) {
            String message = Msg.get("unit.badPhone", v);
            session.warn(message);
            return message;
        }
        if (v.equals(get(f))) {
            return null;
        }
        Unit after = unit().copy();
        switch (f) {
            case NAME -> after.setName(v);
            case SUPERVISOR -> after.setSupervisor(v);
            case UNIT_TYPE -> after.setUnitType(v);
            case CONTACT_PERSON -> after.setContactPerson(v);
            case CONTACT_PHONE -> after.setContactPhone(v);
        }
        save(Msg.get("edit.unitField", Msg.get(labelKey(f))), after);
        return null;
    }

    public List<String> items(UnitItemKind kind) {
        return List.copyOf(unit().items(kind));
    }

    public void setItems(UnitItemKind kind, List<String> items) {
        if (session.refuseIfLocked()) {
            return;
        }
        Unit after = unit().copy();
        List<String> list = after.items(kind);
        list.clear();
        items.forEach(s -> list.add(s == null ? "" : s.strip()));
        if (list.equals(unit().items(kind))) {
            return;
        }
        save(Msg.get("edit.unitItems", Msg.get(switch (kind) {
            case DUTY -> "unit.duties";
            case SUBUNIT -> "unit.subunits";
            case BODY -> "unit.bodies";
        })), after);
    }

    /** The unit's details changed as one undoable edit: the whole details before and after. */
    private void save(String label, Unit after) {
        Unit before = unit().copy();
        long id = session.reportId();
        // copies go to the background writer: later edits on the UI thread cannot race with them
        session.change(label, juesuan.ui.session.EditPlace.section("unit"), before, after, u -> unit().assign(u),
                (store, u) -> store.saveUnit(id, u.copy()));
    }


    /** The 定稿 log, newest first (shown here, printed nowhere). */
    public List<String> finalLog() {
        return new juesuan.ui.handover.HandoverViewModel(session).logLines();
    }

    public ReportSession session() {
        return session;
    }
}
