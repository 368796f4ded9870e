/**
 * Readers of the yearly template: classification catalogs (CSV), table layouts, form fields, comparisons and
 * 名词解释 (JSON), all under {@code src/main/resources/template/<year>/}.
 */
package juesuan.template;
