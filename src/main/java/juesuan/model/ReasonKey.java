package juesuan.model;

/** Identifies one 主要原因: a comparison and what it is compared with. */
public record ReasonKey(String comparisonKey, Basis basis) {
}
