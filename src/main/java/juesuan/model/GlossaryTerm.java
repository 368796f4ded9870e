package juesuan.model;

/** One 名词解释 entry. */
public record GlossaryTerm(String term, String definition) {
}
