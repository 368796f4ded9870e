package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTest {
    /** The template's lines are joined with each line stripped: the same as splitting and stripping every line. */
    @Test
    void joinsTheStrippedLines() {
        for (String raw : List.of("", "\n", "\n\n", "  一  ", "一\n  二  \n三", "  收入\t\n\t合计 \n", " a b \n c\u3000d \n",
                "\u2003首\u2003\n尾", "无换行")) {
            StringBuilder expected = new StringBuilder();
            for (String line : raw.split("\n", -1)) {
                expected.append(line.strip());
            }
            assertEquals(expected.toString(), NarrativeGenerator.clean(raw), raw);
        }
    }
}
