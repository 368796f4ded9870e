package juesuan.store;

import java.math.BigDecimal;

/** One cell to write: {@code amount == null} clears it. */
public record CellWrite(String row, String column, BigDecimal amount) {
}
