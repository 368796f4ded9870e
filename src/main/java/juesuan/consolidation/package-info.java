/** 汇总: a department's report summed from its members' reports, internal flows taken out, and what has changed since. */
package juesuan.consolidation;
