package juesuan.model;

/**
 * One place in a year's unit tree. A node with members below it is a 汇总 node (a department, or a 二级单位 with
 * units of its own) whose report is the sum of its members; a node without members is a unit that reports itself.
 *
 * @param code   the unit's code (the code its report has)
 * @param name   the unit's name
 * @param parent the code of the node above, or "" at the top
 * @param self   whether this is the 本级 of the node above: the unit its siblings remit to and are subsidised by
 */
public record UnitNode(String code, String name, String parent, boolean self) {
    public UnitNode {
        parent = parent == null ? "" : parent;
    }

    public boolean isTop() {
        return parent.isEmpty();
    }

    public UnitNode withParent(String newParent) {
        return new UnitNode(code, name, newParent, self);
    }

    public UnitNode withSelf(boolean newSelf) {
        return new UnitNode(code, name, parent, newSelf);
    }

    public UnitNode withName(String newName) {
        return new UnitNode(code, newName, parent, self);
    }
}
