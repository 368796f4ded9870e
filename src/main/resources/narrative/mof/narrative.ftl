<#-- 财政部模板格式的部门决算说明（上海2024年度样式）: 第一部分 概况, 第三部分 情况说明 一…十一, 第四部分 名词解释.
     第二部分 (the nine tables) is printed by the document, not written here. -->
${m.unit.name}${m.year}年度部门决算
<@h key="p1" level=1>第一部分 ${m.unit.name}概况</@h>
<@h key="p1.1" level=2>一、主要职能</@h>
<#list m.unit.duties?filter(d -> d?has_content) as d>
<@para key="p1.1." + d?counter>${d?counter}、${d}</@para>
<#else>
<@para key="p1.1.1">${m.blank("duties")}</@para>
</#list>
<#-- 单位构成 (a department: its 本级 and the units under it, as a 序号 | 单位名称 | 备注 table) or, for a unit on its own,
     机构设置. A 汇总, or a report with 下属单位 that is not a 本级's own, covers its units; a department whose list names
     its 本级 lists its members, otherwise the unit itself is its 本级. A 本级's report covers only itself. -->
<#assign members = m.unit.subunits>
<#if m.consolidated || members?has_content && !m.unit.name?ends_with("（本级）")>
<#if !members?filter(u -> u?ends_with("（本级）"))?has_content><#assign members = [m.unit.name + "（本级）"] + members></#if>
<@h key="p1.2" level=2>二、部门决算单位构成</@h>
<@para key="p1.2.1">从预算单位构成看，${m.unit.name}部门决算包括：${m.unit.name}本级决算、下属单位决算。</@para>
<@para key="p1.2.2">纳入${m.unit.name}${m.year}年度部门决算编制范围的单位包括：</@para>
<@row key="p1.2.t" header=true cells=["序号", "单位名称", "备注"]/>
<#list members as u>
<@row key="p1.2.t" + u?counter cells=[u?counter?c, u, ""]/>
</#list>
<#else>
<@h key="p1.2" level=2>二、机构设置</@h>
<@para key="p1.2.1">
  <#if m.unit.internalBodies?has_content>${m.unit.name}内设${m.unit.internalBodies?join("、")}共${m.unit.internalBodies?size}个机构。</#if>
  <#if members?has_content>本决算为${m.unit.name}的决算，不含下属单位${members?join("、")}。<#else>${m.unit.name}无下属单位。</#if>
</@para>
</#if>

<@h key="p2" level=1>第二部分 ${m.unit.name}${m.year}年度部门决算表</@h>

<@h key="p3" level=1>第三部分 ${m.unit.name}${m.year}年度部门决算情况说明</@h>
<@h key="p3.1" level=2>一、收入支出决算总体情况说明</@h>
<@para key="p3.1.1"><#assign c = m.prior("total.grand")>
  ${m.unit.name}${m.year}年度收入支出总计${m.wan("T1/in.grand/amount")}万元。与${m.priorYear}年度相比，收入支出总计${c.phrase}${c.reason("。主要原因：")}。
</@para>
<@h key="p3.2" level=2>二、收入决算情况说明</@h>
<#macro part name source whole><#if !m.isZero(source)><#assign parts += [name + m.wan(source) + "万元，占" + m.share(source, whole) + "%"]></#if></#macro>
<@para key="p3.2.1"><#assign parts = []>
  <#if !m.isZero("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount")><#assign parts += ["财政拨款收入" + m.wanSum("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount") + "万元，占" + m.share("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount", "T1/in.total/amount") + "%"]></#if>
  <@part name="上级补助收入" source="T1/in.superior/amount" whole="T1/in.total/amount"/>
  <@part name="事业收入" source="T1/in.business/amount" whole="T1/in.total/amount"/>
  <@part name="经营收入" source="T1/in.operating/amount" whole="T1/in.total/amount"/>
  <@part name="附属单位上缴收入" source="T1/in.affiliated/amount" whole="T1/in.total/amount"/>
  <@part name="其他收入" source="T1/in.other/amount" whole="T1/in.total/amount"/>
  本年收入合计${m.wan("T1/in.total/amount")}万元<#if parts?has_content>，其中：${parts?join("；")}</#if>。
</@para>
<@h key="p3.3" level=2>三、支出决算情况说明</@h>
<@para key="p3.3.1"><#assign parts = []>
  <@part name="基本支出" source="T3/total/basic" whole="T1/out.total/amount"/>
  <@part name="项目支出" source="T3/total/project" whole="T1/out.total/amount"/>
  <@part name="上缴上级支出" source="T3/total/remit" whole="T1/out.total/amount"/>
  <@part name="经营支出" source="T3/total/operating" whole="T1/out.total/amount"/>
  <@part name="对附属单位补助支出" source="T3/total/subsidy" whole="T1/out.total/amount"/>
  本年支出合计${m.wan("T1/out.total/amount")}万元<#if parts?has_content>，其中：${parts?join("；")}</#if>。
</@para>
<@h key="p3.4" level=2>四、财政拨款收入支出决算总体情况说明</@h>
<@para key="p3.4.1"><#assign c = m.prior("fiscal.grand")>
  ${m.unit.name}${m.year}年度财政拨款收入支出总计${m.wan("T4/in.grand/total")}万元。与${m.priorYear}年度相比，财政拨款收入支出总计${c.phrase}${c.reason("。主要原因：")}。
</@para>
<@h key="p3.5" level=2>五、一般公共预算财政拨款支出决算情况说明</@h>
<@h key="p3.5.1" level=3>（一）一般公共预算财政拨款支出决算总体情况</@h>
<@para key="p3.5.1.1"><#assign c = m.prior("gpb.spend")>
  一般公共预算财政拨款支出${m.wan("T4/out.total/gpb")}万元，占本年支出合计的${m.share("T4/out.total/gpb", "T1/out.total/amount")}%。
  与${m.priorYear}年度相比，一般公共预算财政拨款支出${c.phrase}${c.reason("。主要原因：")}。
</@para>
<@h key="p3.5.2" level=3>（二）一般公共预算财政拨款支出决算结构情况</@h>
<@para key="p3.5.2.1"><#assign parts = []>
  <#list m.group("gpbClass") as it><#assign parts += [it.name + "（类）" + it.amount + "万元，占" + it.share + "%"]></#list>
  一般公共预算财政拨款支出${m.wan("T4/out.total/gpb")}万元<#if parts?has_content>，主要用于以下方面：${parts?join("；")}</#if>。
</@para>
<@h key="p3.5.3" level=3>（三）一般公共预算财政拨款支出决算具体情况</@h>
<@para key="p3.5.3.0"><#assign b = m.budget("gpb.spend")>
  一般公共预算财政拨款支出${b.baseLabel}为${b.base}万元，支出决算为${b.current}万元<#if b.completion?has_content && m.budgetCompletion>，完成${b.baseLabel}的${b.completion}%</#if>。
  <#if b.flat>决算数与预算数持平。<#else>决算数${b.up?then("大于", "小于")}预算数的主要原因：${b.reason("")}。</#if>其中：
</@para>
<#-- one 项 of 五（三）、八、九: its names, 主要用于 where entered, budget and 决算, the reason only where they differ -->
<#macro item it n><#assign b = it.budget>
  ${n}、${it.path[0]}（类）<#if it.path?size gt 1>${it.path[1]}（款）</#if><#if it.path?size gt 2>${it.path[2]}（项）</#if>。<#if it.usage?has_content>主要用于：${it.usage}。</#if>
  ${b.baseLabel}为${b.base}万元，支出决算为${b.current}万元<#if b.completion?has_content && m.budgetCompletion>，完成${b.baseLabel}的${b.completion}%</#if>。
  <#if b.flat>预决算持平。<#else>决算数${b.up?then("大于", "小于")}预算数的主要原因：${b.reason("")}。</#if>
</#macro>
<#list m.group("gpbItem") as it>
<@para key="p3.5.3." + it.code><@item it=it n=it?counter/></@para>
</#list>
<@h key="p3.6" level=2>六、一般公共预算财政拨款基本支出决算情况说明</@h>
<@para key="p3.6.1">
  一般公共预算财政拨款基本支出${m.wan("T5/total/basic")}万元。其中：人员经费${m.wan("T6/personnel/amount")}万元<#if m.economicNames("301,303")?has_content>，主要包括：${m.economicNames("301,303")}</#if>；
  公用经费${m.wan("T6/public/amount")}万元<#if m.economicNames("302,310")?has_content>，主要包括：${m.economicNames("302,310")}</#if>。
</@para>
<@h key="p3.7" level=2>七、财政拨款“三公”经费支出决算情况说明</@h>
<#-- no 三公 spending: the template's one sentence, whatever the budget was -->
<#if m.isZero("T7/total/actual")>
<@para key="p3.7.0">${m.unit.name}${m.year}年度无“三公”经费财政拨款支出。</@para>
<#else>
<@h key="p3.7.1" level=3>（一）“三公”经费财政拨款支出决算总体情况说明</@h>
<#macro done row><#if !m.isZero("T7/" + row + "/budget")>，完成预算的${m.share("T7/" + row + "/actual", "T7/" + row + "/budget")}%</#if></#macro>
<@para key="p3.7.1.1"><#assign b = m.budget("tp.total")>
  “三公”经费财政拨款支出年初预算为${m.wan("T7/total/budget")}万元，支出决算为${m.wan("T7/total/actual")}万元<@done row="total"/>，
  其中：因公出国（境）费决算为${m.wan("T7/trip/actual")}万元<@done row="trip"/>；
  公务用车购置及运行维护费支出决算为${m.wan("T7/car/actual")}万元<@done row="car"/>；
  公务接待费支出决算为${m.wan("T7/reception/actual")}万元<@done row="reception"/>。
  <#-- the direction as the table above prints it: 决算数 against the table's 预算数 -->
  <#assign vs = m.compare("T7/total/actual", "T7/total/budget")>
  <#if vs == 0>${m.year}年度“三公”经费支出决算数与预算数持平。<#else>${m.year}年度“三公”经费支出决算数${(vs gt 0)?then("大于", "小于")}预算数的主要原因：${b.reason("")}。</#if>
</@para>
<@para key="p3.7.1.2"><#assign c = m.prior("tp.total")>
  ${m.year}年度“三公”经费财政拨款支出决算数与${m.priorYear}年度相比${c.phrase}，
  其中：因公出国（境）费支出决算${m.prior("tp.trip").phrase}；公务用车购置费支出决算${m.prior("tp.carBuy").phrase}；
  公务用车运行维护费支出决算${m.prior("tp.carRun").phrase}；公务接待费支出决算${m.prior("tp.reception").phrase}。
  <#assign r = m.prior("tp.trip").reason("")><#if r?has_content>因公出国（境）费支出变动的主要原因是${r}。</#if>
  <#assign r = m.prior("tp.carBuy").reason("")><#if r?has_content>公务用车购置费支出变动的主要原因是${r}。</#if>
  <#assign r = m.prior("tp.carRun").reason("")><#if r?has_content>公务用车运行维护费支出变动的主要原因是${r}。</#if>
  <#assign r = m.prior("tp.reception").reason("")><#if r?has_content>公务接待费支出变动的主要原因是${r}。</#if>
</@para>
<@h key="p3.7.2" level=3>（二）“三公”经费财政拨款支出决算具体情况说明</@h>
<@para key="p3.7.2.1">
  “三公”经费财政拨款支出决算中，因公出国（境）费支出决算${m.wan("T7/trip/actual")}万元，占${m.share("T7/trip/actual", "T7/total/actual")}%；
  公务用车购置及运行维护费支出决算${m.wan("T7/car/actual")}万元，占${m.share("T7/car/actual", "T7/total/actual")}%；
  公务接待费支出决算${m.wan("T7/reception/actual")}万元，占${m.share("T7/reception/actual", "T7/total/actual")}%。具体情况如下：
</@para>
<@para key="p3.7.2.2"><#if m.isZero("T7/trip/actual")>
  1、${m.unit.name}${m.year}年度无因公出国（境）费支出<#if m.hasCount("tp.trip.groups") || m.hasCount("tp.trip.people")>，因公出国（境）团组${m.count("tp.trip.groups")}个、${m.count("tp.trip.people")}人次</#if>。
<#else>
  1、因公出国（境）费支出${m.wan("T7/trip/actual")}万元。<#if m.hasCount("tp.trip.groups") || m.hasCount("tp.trip.people")>全年安排因公出国（境）团组${m.count("tp.trip.groups")}个、累计${m.count("tp.trip.people")}人次。</#if>
  <#if m.hasText("tp.trip.note")>${m.text("tp.trip.note")}。</#if>
</#if></@para>
<@para key="p3.7.2.3"><#if m.isZero("T7/car/actual")>
  2、${m.unit.name}${m.year}年度无公务用车购置及运行维护费支出<#if m.hasCount("tp.car.bought")>，购置公务用车${m.count("tp.car.bought")}辆</#if>。<#if m.hasCount("tp.car.held")>${m.year}年，${m.unit.name}开支财政拨款的公务用车保有量为${m.count("tp.car.held")}辆。</#if>
<#else>
  2、公务用车购置及运行维护费支出${m.wan("T7/car/actual")}万元。其中：公务用车购置支出${m.wan("T7/carBuy/actual")}万元<#if m.hasCount("tp.car.bought")>，购置公务用车${m.count("tp.car.bought")}辆</#if>；
  公务用车运行维护支出${m.wan("T7/carRun/actual")}万元。<#if m.hasCount("tp.car.held")>${m.year}年，${m.unit.name}开支财政拨款的公务用车保有量为${m.count("tp.car.held")}辆。</#if>
</#if></@para>
<@para key="p3.7.2.4"><#if m.isZero("T7/reception/actual")>
  3、${m.unit.name}${m.year}年度无公务接待费支出<#if m.hasCount("tp.rec.domestic.batches") || m.hasCount("tp.rec.domestic.people")>，国内公务接待${m.count("tp.rec.domestic.batches")}批次、${m.count("tp.rec.domestic.people")}人次</#if>。
<#else>
  3、公务接待费支出${m.wan("T7/reception/actual")}万元<#if m.hasText("tp.rec.usage")>，主要用于${m.text("tp.rec.usage")}</#if>。
  <#if m.hasCount("tp.rec.domestic.batches") || m.hasCount("tp.rec.domestic.people")>共接待国内公务接待${m.count("tp.rec.domestic.batches")}批次、${m.count("tp.rec.domestic.people")}人次<#if m.hasCount("tp.rec.foreign.batches") || m.hasCount("tp.rec.foreign.people")>，其中：外事接待${m.count("tp.rec.foreign.batches")}批次、${m.count("tp.rec.foreign.people")}人次</#if>。</#if>
  <#if m.hasCount("tp.rec.abroad.batches") || m.hasCount("tp.rec.abroad.people")>国（境）外公务接待${m.count("tp.rec.abroad.batches")}批次、${m.count("tp.rec.abroad.people")}人次。</#if>
</#if></@para>
</#if>
<@h key="p3.8" level=2>八、政府性基金预算财政拨款收入支出决算情况说明</@h>
<@para key="p3.8.1"><#if m.hasData("T8")>
  政府性基金预算财政拨款收入${m.wan("T8/total/income")}万元，支出${m.wan("T8/total/spend")}万元<#if m.group("gfItem")?has_content>，支出具体情况如下：<#else>。</#if>
<#else>${m.unit.name}${m.year}年度无政府性基金预算财政拨款收入和支出。</#if></@para>
<#if m.hasData("T8")><#list m.group("gfItem") as it>
<@para key="p3.8." + it.code><@item it=it n=it?counter/></@para>
</#list></#if>
<@h key="p3.9" level=2>九、国有资本经营预算财政拨款收入支出决算情况说明</@h>
<@para key="p3.9.1"><#if m.hasData("T9")>
  国有资本经营预算财政拨款收入${m.wan("T9/total/income")}万元，支出${m.wan("T9/total/spend")}万元<#if m.group("socItem")?has_content>，支出具体情况如下：<#else>。</#if>
<#else>${m.unit.name}${m.year}年度无国有资本经营预算财政拨款收入和支出。</#if></@para>
<#if m.hasData("T9")><#list m.group("socItem") as it>
<@para key="p3.9." + it.code><@item it=it n=it?counter/></@para>
</#list></#if>
<@h key="p3.10" level=2>十、预算绩效管理情况</@h>
<#macro problems>绩效自评中共发现问题${m.count("pf.problems.found")}个，已经完成整改的${m.count("pf.problems.fixed")}个，正在整改的${m.count("pf.problems.fixing")}个</#macro>
<@para key="p3.10.1">
  ${m.unit.name}${m.year}年度预算绩效管理工作开展情况如下：<#if m.hasText("pf.system")>本部门建立了如下预算绩效管理制度：${m.text("pf.system")}<#if m.hasText("pf.mechanism")>，</#if></#if><#if m.hasText("pf.mechanism")>建立了${m.text("pf.mechanism")}的预算绩效管理工作机制</#if><#if m.hasText("pf.system") || m.hasText("pf.mechanism")>；</#if>全过程绩效管理实施情况：
  <#if m.hasCount("pf.target.projects")>编报绩效目标的${m.year}年度项目${m.count("pf.target.projects")}个，涉及预算金额${m.wan("amount:pf.target.funds")}万元；</#if>
  <#if m.hasCount("pf.track.projects")>绩效跟踪评价的${m.year}年度项目${m.count("pf.track.projects")}个，涉及预算金额${m.wan("amount:pf.track.funds")}万元；</#if>
  <#if m.hasCount("pf.key.projects")>重点绩效评价的${m.year}年度项目${m.count("pf.key.projects")}个，涉及预算金额${m.wan("amount:pf.key.funds")}万元；</#if>
  绩效自评的${m.year}年度项目${m.count("pf.projects")}个，涉及预算金额${m.wan("amount:pf.funds")}万元<#assign avg = m.averageScore()><#if avg?has_content>，平均得分${avg}分</#if><#if m.ratingsKnown()>
  （其中，绩效评级为“优”的项目${m.gradeCount("A")}个；绩效评级为“良”的项目${m.gradeCount("B")}个；
  绩效评级为“合格”的项目${m.gradeCount("C")}个；绩效评级为“不合格”的项目${m.gradeCount("D")}个<#if m.hasCount("pf.problems.found")>。<@problems/></#if>）<#elseif m.hasCount("pf.problems.found")>。<@problems/></#if>。
</@para>
<@h key="p3.11" level=2>十一、其他重要事项的情况说明</@h>
<@h key="p3.11.1" level=3>（一）机关运行经费支出情况</@h>
<@para key="p3.11.1.1"><#if m.isZero("amount:op.opex")>${m.unit.name}${m.year}年度无机关运行经费支出。<#else><#assign c = m.prior("op.opex")>
  机关运行经费支出${m.wan("amount:op.opex")}万元，比${m.priorYear}年度${c.phrase}${c.reason("。主要原因是")}。
</#if></@para>
<@h key="p3.11.2" level=3>（二）政府采购支出情况</@h>
<@para key="p3.11.2.1"><#if m.isZero("amount:pr.total")>${m.unit.name}${m.year}年度无政府采购支出。<#else>
  ${m.unit.name}${m.year}年度政府采购金额（以合同签订为准）为${m.wan("amount:pr.total")}万元，其中：货物采购金额${m.wan("amount:pr.goods")}万元、
  工程采购金额${m.wan("amount:pr.works")}万元、服务采购金额${m.wan("amount:pr.services")}万元。
  <#if !m.isZero("amount:pr.sme")>授予中小企业合同金额${m.wan("amount:pr.sme")}万元，其中授予小微企业合同金额${m.wan("amount:pr.small")}万元。</#if>
  <#if !m.isZero("amount:pr.reserved.sme,amount:pr.reserved.small,amount:pr.awarded.sme,amount:pr.awarded.small,amount:pr.otherAwarded.sme")>
  ${m.year}年度本部门面向中小企业预留政府采购项目预算金额${m.wan("amount:pr.reserved.sme")}万元，面向小微企业预留政府采购项目预算金额${m.wan("amount:pr.reserved.small")}万元。
  在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${m.wan("amount:pr.awarded.sme")}万元；
  在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${m.wan("amount:pr.awarded.small")}万元；
  在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${m.wan("amount:pr.otherAwarded.sme")}万元。</#if>
</#if></@para>
<@h key="p3.11.3" level=3>（三）国有资产占有使用情况说明</@h>
<@para key="p3.11.3.1">
  截至${m.year}年12月31日，${m.unit.name}共有车辆${m.count("as.car.total")}辆，其中：部级领导干部用车${m.count("as.car.minister")}辆、
  主要领导干部用车${m.count("as.car.head")}辆、机要通信用车${m.count("as.car.confidential")}辆、应急保障用车${m.count("as.car.emergency")}辆、
  执法执勤用车${m.count("as.car.enforcement")}辆、特种专业技术用车${m.count("as.car.special")}辆、离退休干部用车${m.count("as.car.retired")}辆、其他用车${m.count("as.car.other")}辆。
  单价100万元（含）以上设备（不含车辆）${m.count("as.equipment")}台（套）。
</@para>

<@h key="p4" level=1>第四部分 名词解释</@h>
<#list m.glossary() as g>
<@para key="p4." + g?counter>${m.numeral(g?counter)}、${g.term()}：${g.definition()}</@para>
<#else>
<@para key="p4.1">${m.blank("glossary")}</@para>
</#list>

