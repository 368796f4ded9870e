package juesuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTreeTest {
    /** 局 D: 本级 D1, 事业单位 D2, and 二级 node N (本级 N1 with its own member N2). */
    private static UnitTree tree() {
        return new UnitTree(2023, List.of(
                new UnitNode("D", "局", "", false),
                new UnitNode("D1", "局本级", "D", true),
                new UnitNode("D2", "中心", "D", false),
                new UnitNode("N", "二级汇总", "D", false),
                new UnitNode("N1", "二级本级", "N", true),
                new UnitNode("N2", "所", "N", false)));
    }

    @Test
    void reportingUnitsAndSuperiorsFollowTheTree() {
        UnitTree t = tree();
        assertEquals(List.of("D1", "D2", "N1", "N2"), t.reportingUnits("D"));
        assertEquals(List.of("N1", "N2"), t.reportingUnits("N"));
        assertTrue(t.isSummary("N"));
        assertFalse(t.isSummary("N2"));
        assertEquals(Optional.of("D1"), t.superior("D2"));
        assertEquals(Optional.of("N1"), t.superior("N2"));
        assertEquals(Optional.of("D1"), t.superior("N1"), "a 二级 本级 remits to the department's 本级");
        assertEquals(Optional.empty(), t.superior("D1"), "the department's 本级 answers to no one in the tree");
        assertEquals(2, t.depth("N2"));
    }

    @Test
    void changesKeepTheTreeWhole() {
        UnitTree t = tree();
        UnitTree moved = t.move("N2", "D");
        assertEquals(List.of("D1", "D2", "N", "N2"), moved.children("D"));
        assertEquals(Optional.of("D1"), moved.superior("N2"));
        UnitTree self = t.markSelf("D2", true);
        assertTrue(self.node("D2").orElseThrow().self());
        assertFalse(self.node("D1").orElseThrow().self(), "one 本级 per node");
        UnitTree removed = t.without("N");
        assertEquals(List.of("D1", "D2", "N1", "N2"), removed.children("D"));
        assertFalse(removed.node("N1").orElseThrow().self(), "a unit moved up is not the new node's 本级");
        assertThrows(IllegalArgumentException.class, () -> t.move("D", "N2"), "a node under its own member");
        assertThrows(IllegalArgumentException.class, () -> t.with(new UnitNode("X", "x", "nowhere", false)));
        List<UnitNode> given = new UnitTree(2023, tree().nodes().reversed()).nodes();
        for (int i = 0; i < given.size(); i++) {
            String parent = given.get(i).parent();
            assertTrue(parent.isEmpty() || given.subList(0, i).stream().anyMatch(n -> n.code().equals(parent)),
                    "parents first, whatever the order given: " + given);
        }
    }
}
