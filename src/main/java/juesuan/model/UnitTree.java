package juesuan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import juesuan.i18n.Msg;

/**
 * The units of one fiscal year as the department sees them: departments (汇总 nodes) above their 本级 and
 * subordinate units, any depth. Immutable: every change returns a new tree, refused with a Chinese message when it
 * would break the tree (a unit under itself, two 本级 in one node, a code twice).
 */
public final class UnitTree {
    private final int fiscalYear;
    private final Map<String, UnitNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    public UnitTree(int fiscalYear, List<UnitNode> nodes) {
        this.fiscalYear = fiscalYear;
        for (UnitNode n : nodes) {
            if (n.code().isBlank()) {
                throw new IllegalArgumentException(Msg.get("tree.blankCode"));
            }
            if (this.nodes.putIfAbsent(n.code(), n) != null) {
                throw new IllegalArgumentException(Msg.get("tree.codeTwice", n.code()));
            }
        }
        for (UnitNode n : nodes) {
            if (!n.isTop() && !this.nodes.containsKey(n.parent())) {
                throw new IllegalArgumentException(Msg.get("tree.noParent", n.code(), n.parent()));
            }
            children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n.code());
        }
        for (UnitNode n : nodes) {
            Set<String> seen = new LinkedHashSet<>();
            for (UnitNode at = n; !at.isTop(); at = this.nodes.get(at.parent())) {
                if (!seen.add(at.code())) {
                    throw new IllegalArgumentException(Msg.get("tree.cycle", n.code()));
                }
            }
            if (children(n.code()).stream().filter(c -> this.nodes.get(c).self()).count() > 1) {
                throw new IllegalArgumentException(Msg.get("tree.twoSelf", n.code()));
            }
        }
    }

    public static UnitTree empty(int fiscalYear) {
        return new UnitTree(fiscalYear, List.of());
    }

    public int fiscalYear() { return fiscalYear; }

    /** Every node, parents before their members, members in their order. */
    public List<UnitNode> nodes() {
        List<UnitNode> out = new ArrayList<>();
        for (String top : children("")) {
            addWithMembers(top, out);
        }
        return out;
    }

    private void addWithMembers(String code, List<UnitNode> out) {
        out.add(nodes.get(code));
        for (String c : children(code)) {
            addWithMembers(c, out);
        }
    }

    public boolean isEmpty() { return nodes.isEmpty(); }

    public Optional<UnitNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    /** The codes of the members directly below a node ("" for the top), in order. */
    public List<String> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Whether a node has members: its report is then a 汇总. */
    public boolean isSummary(String code) {
        return !children(code).isEmpty();
    }

    /** The units that report themselves at or below a node, in the tree's order. */
    public List<String> reportingUnits(String code) {
        if (!nodes.containsKey(code)) {
            return List.of();
        }
        List<UnitNode> below = new ArrayList<>();
        addWithMembers(code, below);
        return below.stream().map(UnitNode::code).filter(c -> !isSummary(c)).toList();
    }

    /** How many levels a node is below the top (0 at the top). */
    public int depth(String code) {
        int d = 0;
        for (UnitNode at = nodes.get(code); at != null && !at.isTop(); at = nodes.get(at.parent())) {
            d++;
        }
        return d;
    }

    /**
     * The unit a reporting unit remits to and is subsidised by: for a member, the 本级 of its node; for a 本级, the
     * 本级 of the node above its own. Empty when there is none in the tree.
     */
    public Optional<String> superior(String code) {
        UnitNode n = nodes.get(code);
        if (n == null || n.isTop()) {
            return Optional.empty();
        }
        String node = n.self() ? nodes.get(n.parent()).parent() : n.parent();
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return children(node).stream().filter(c -> nodes.get(c).self() && !c.equals(code) && !isSummary(c)).findFirst();
    }

    // ------------------------------------------------------------------ changes (each returns a new tree)

    /** Adds a node at the end of its parent's members (or replaces the name of one already there). */
    public UnitTree with(UnitNode node) {
        List<UnitNode> list = new ArrayList<>(nodes.values());
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(node.code())) {
                list.set(i, node);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(node);
        }
        return new UnitTree(fiscalYear, list);
    }

    /** Moves a node (with its members) below another ("" = to the top), at the end of its members. */
    public UnitTree move(String code, String newParent) {
        UnitNode n = require(code);
        if (!newParent.isEmpty()) {
            require(newParent);
        }
        List<UnitNode> list = new ArrayList<>(nodes.values());
        list.remove(n);
        list.add(n.withParent(newParent).withSelf(n.self() && n.parent().equals(newParent)));
        return new UnitTree(fiscalYear, list);
    }

    /** Makes a unit the 本级 of its node (the node's former 本级 becomes an ordinary member), or an ordinary member. */
    public UnitTree markSelf(String code, boolean self) {
        UnitNode n = require(code);
        List<UnitNode> list = new ArrayList<>();
        for (UnitNode x : nodes.values()) {
            if (x.code().equals(code)) {
                list.add(x.withSelf(self));
            } else if (self && x.parent().equals(n.parent()) && x.self()) {
                list.add(x.withSelf(false));
            } else {
                list.add(x);
            }
        }
        return new UnitTree(fiscalYear, list);
    }

    /** Removes a node; its members move up to the node above it. */
    public UnitTree without(String code) {
        UnitNode n = require(code);
        List<UnitNode> list = new ArrayList<>();
        for (UnitNode x : nodes.values()) {
            if (x.code().equals(code)) {
                continue;
            }
            list.add(x.parent().equals(code) ? x.withParent(n.parent()).withSelf(false) : x);
        }
        return new UnitTree(fiscalYear, list);
    }

    private UnitNode require(String code) {
        UnitNode n = nodes.get(code);
        if (n == null) {
            throw new IllegalArgumentException(Msg.get("tree.noUnit", code));
        }
        return n;
    }
}
