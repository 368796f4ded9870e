/** The 审核 rules that are not sums: each a small class, named by the rule ids it checks. */
package juesuan.audit.rules;
