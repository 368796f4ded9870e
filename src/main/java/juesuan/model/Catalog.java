package juesuan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A classification (支出功能分类 or 部门预算支出经济分类) of one year, in its printed order. */
public final class Catalog {
    private final String name;
    private final int year;
    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    /** Each code's place in the printed order (the catalog does not change once made). */
    private final Map<String, Integer> order = new java.util.HashMap<>();
    /** Each code's children in the printed order. */
    private final Map<String, List<CatalogEntry>> children = new java.util.HashMap<>();

    public Catalog(String name, int year, Collection<CatalogEntry> entries) {
        this.name = name;
        this.year = year;
        for (CatalogEntry e : entries) {
            if (this.entries.putIfAbsent(e.code(), e) != null) {
                throw new IllegalArgumentException(name + " " + year + ": duplicate code " + e.code());
            }
            if (e.parentCode() != null && !this.entries.containsKey(e.parentCode())) {
                throw new IllegalArgumentException(name + " " + year + ": " + e.code() + " has no parent " + e.parentCode());
            }
            order.put(e.code(), order.size());
            if (e.parentCode() != null) {
                children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    public Collection<CatalogEntry> all() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public List<CatalogEntry> level(int level) {
        return entries.values().stream().filter(e -> e.level() == level).toList();
    }

    public List<CatalogEntry> children(String code) {
        return new ArrayList<>(children.getOrDefault(code, List.of()));
    }

    /**
     * This catalog with entries added or renamed (an entry whose code exists replaces its name), in code order,
     * which is the printed order of 政府收支分类科目.
     *
     * @throws IllegalArgumentException when an added code has no parent in the result
     */
    public Catalog merged(Collection<CatalogEntry> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, CatalogEntry> all = new java.util.TreeMap<>(entries);
        for (CatalogEntry e : extra) {
            all.put(e.code(), e);
        }
        return new Catalog(name, year, all.values());
    }

    /** The entries in code order without the given codes. */
    public Catalog without(Collection<String> codes) {
        Map<String, CatalogEntry> all = new java.util.TreeMap<>(entries);
        codes.forEach(all::remove);
        return new Catalog(name, year, all.values());
    }

    /** The same entries under another year (a year that inherits them). */
    public Catalog forYear(int otherYear) {
        return new Catalog(name, otherYear, entries.values());
    }

    /** The position of a code in the catalog's printed order (for sorting rows). */
    public int order(String code) {
        return order.getOrDefault(code, Integer.MAX_VALUE);
    }
}
