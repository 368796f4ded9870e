/**
 * The 情况说明: every sentence written from the figures in a region's standard phrasing. A profile is data
 * (phrases, settings, which comparison groups it uses) plus a FreeMarker template under
 * {@code src/main/resources/narrative/<profile>/}; the generator, the phrasing rules and the figures are here.
 */
package juesuan.narrative;
