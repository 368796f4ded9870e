package juesuan.audit;

import juesuan.i18n.Msg;

/** How serious a finding is. */
public enum Severity {
    /** 错误: must be fixed before the report is final. */
    ERROR,
    /** 提示: may stand with a written 出错说明. */
    HINT;

    public String label() {
        return Msg.get(this == ERROR ? "audit.error" : "audit.hint");
    }
}
