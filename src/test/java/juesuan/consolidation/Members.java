package juesuan.consolidation;

import java.math.BigDecimal;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;

/**
 * A department of three units made from the demo unit's figures, each balanced on its own: 本级 A pays its
 * member B a 补助 of 10万元 (B shows it as 上级补助收入 and spends it), member C remits 5万元 to A (A shows it as
 * 附属单位上缴收入 and its 其他收入 covers the rest of its 补助).
 */
public final class Members {
    public static final String X = "2010301";
    public static final String Y = "2010302";
    public static final String DEPARTMENT = "测试局";

    private Members() {
    }

    public static BigDecimal yuan(String v) {
        return new BigDecimal(v).setScale(2);
    }

    /** A unit: the demo's figures under another code and name. */
    public static Report unit(String code, String name, String type) {
        Report r = DemoReport.create();
        r.unit().setCode(code);
        r.unit().setName(name);
        r.unit().setSupervisor(DEPARTMENT);
        r.unit().setUnitType(type);
        return r;
    }

    /** 本级: pays 10万 补助 at X, receives 5万 附属单位上缴 at Y (the received part of {@code affiliated}), 5万 其他收入 at X. */
    public static Report self(String affiliated) {
        Report a = unit("901001", DEPARTMENT + "（本级）", "行政单位");
        a.table("T3").set(X, "subsidy", yuan("100000"));
        a.table("T2").set(Y, "affiliated", yuan(affiliated));
        a.table("T2").set(X, "other", yuan("100000").subtract(yuan(affiliated)));
        return a;
    }

    /** B: 10万 上级补助收入 at X, spent as 基本支出 at X. */
    public static Report subsidised() {
        Report b = unit("901002", "测试局下属事业单位甲", "事业单位");
        b.table("T2").set(X, "superior", yuan("100000"));
        b.table("T3").set(X, "basic", b.table("T3").get(X, "basic").add(yuan("100000")));
        return b;
    }

    /** C: 5万 其他收入 at Y, remitted to its superior at Y. */
    public static Report remitting() {
        Report c = unit("901003", "测试局下属事业单位乙", "事业单位");
        c.table("T2").set(Y, "other", yuan("50000"));
        c.table("T3").set(Y, "remit", yuan("50000"));
        return c;
    }
}
