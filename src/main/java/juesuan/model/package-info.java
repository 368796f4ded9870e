/**
 * Pure domain of a 决算公开: units, one report per unit and year, the nine 公开表's cells, the figures the text
 * compares against, 三公 实物量, 资产, 政府采购, 绩效自评表, 名词解释, and the yearly template that shapes them.
 * No JavaFX, no jOOQ, no I/O.
 */
package juesuan.model;
