package juesuan.ui.sheet;

import juesuan.model.ValueType;

/**
 * A grid column.
 *
 * @param key    stable key (the model's column key)
 * @param header the header text
 * @param width  width in pixels
 * @param type   what the column holds (numbers are right-aligned)
 * @param frozen whether it stays in place when scrolling sideways (code and name columns)
 */
public record SheetColumn(String key, String header, double width, ValueType type, boolean frozen) {
}
