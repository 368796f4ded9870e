package juesuan.audit;

import juesuan.i18n.Msg;

/** How serious a finding is. */
public enum Severity {
    /** 错误: must be fixed before the report is final. */
    ERROR,
    /** 提示: may stand with a written 出错说明. */
    HINT,
    /** 尾差: figures rounded to 2-decimal 万元 that differ within rounding; needs no 出错说明, never blocks 定稿. */
    ROUNDING;

    public String label() {
        return switch (this) {
            case ERROR -> Msg.get("audit.error");
            case HINT -> Msg.get("audit.hint");
            case ROUNDING -> Msg.get("audit.rounding");
        };
    }
}
