<#-- 重庆市部门决算公开说明, 2023年度格式. Each <@h> is a heading and each <@para> a paragraph; their keys are
     stable (rewritten paragraphs and reasons hang on them). Text outside them is the title. -->
${m.unit.name}${m.year}年度决算公开说明
<@h key="1" level=1>一、单位基本情况</@h>
<@h key="1.1" level=2>（一）职能职责</@h>
<@para key="1.1.1">${m.subject}的职能职责：<#if m.unit.duties?filter(d -> d?has_content)?has_content><#list m.unit.duties?filter(d -> d?has_content) as d>${d?counter}.${d}</#list><#else>${m.blank("duties")}</#if></@para>
<@h key="1.2" level=2>（二）单位构成</@h>
<@para key="1.2.1"><#if m.unit.subunits?has_content>${m.subject}下属单位${m.unit.subunits?size}个：${m.unit.subunits?join("、")}。<#else>${m.subject}无下属单位。</#if></@para>
<@para key="1.2.2"><#if m.unit.internalBodies?has_content>${m.subject}设${m.unit.internalBodies?size}个内设机构：${m.unit.internalBodies?join("、")}。</#if></@para>

<@h key="2" level=1>二、部门决算情况</@h>
<@h key="2.1" level=2>（一）部门收支总体情况</@h>
<@para key="2.1.1"><#assign c = m.prior("total.grand")>
  1.收入支出总体情况。${m.year}年度收入总计${m.wan("T1/in.grand/amount")}万元，支出总计${m.wan("T1/out.grand/amount")}万元。
  收支较上年决算数${c.phrase}${c.reason("，主要原因是")}。
</@para>
<@para key="2.1.2"><#assign c = m.prior("income.total")>
  <#assign items = ["财政拨款收入" + m.wanSum("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount") + "万元，占"
      + m.share("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount", "T1/in.total/amount") + "%"]>
  <#if !m.isZero("T1/in.superior/amount")><#assign items += ["上级补助收入" + m.wan("T1/in.superior/amount") + "万元，占" + m.share("T1/in.superior/amount", "T1/in.total/amount") + "%"]></#if>
  <#assign items += ["事业收入" + m.wan("T1/in.business/amount") + "万元，占" + m.share("T1/in.business/amount", "T1/in.total/amount") + "%"]>
  <#assign items += ["经营收入" + m.wan("T1/in.operating/amount") + "万元，占" + m.share("T1/in.operating/amount", "T1/in.total/amount") + "%"]>
  <#if !m.isZero("T1/in.affiliated/amount")><#assign items += ["附属单位上缴收入" + m.wan("T1/in.affiliated/amount") + "万元，占" + m.share("T1/in.affiliated/amount", "T1/in.total/amount") + "%"]></#if>
  <#assign items += ["其他收入" + m.wan("T1/in.other/amount") + "万元，占" + m.share("T1/in.other/amount", "T1/in.total/amount") + "%"]>
  2.收入情况。${m.year}年度收入合计${m.wan("T1/in.total/amount")}万元，较上年决算数${c.phrase}${c.reason("，主要原因是")}。
  其中：${items?join("；")}。
  此外，使用非财政拨款结余和专用结余${m.wan("T1/in.surplusUse/amount")}万元，年初结转和结余${m.wan("T1/in.carry/amount")}万元。
</@para>
<@para key="2.1.3"><#assign c = m.prior("spend.total")>
  <#assign items = ["基本支出" + m.wan("T3/total/basic") + "万元，占" + m.share("T3/total/basic", "T1/out.total/amount") + "%",
                    "项目支出" + m.wan("T3/total/project") + "万元，占" + m.share("T3/total/project", "T1/out.total/amount") + "%"]>
  <#if !m.isZero("T3/total/remit")><#assign items += ["上缴上级支出" + m.wan("T3/total/remit") + "万元，占" + m.share("T3/total/remit", "T1/out.total/amount") + "%"]></#if>
  <#assign items += ["经营支出" + m.wan("T3/total/operating") + "万元，占" + m.share("T3/total/operating", "T1/out.total/amount") + "%"]>
  <#if !m.isZero("T3/total/subsidy")><#assign items += ["对附属单位补助支出" + m.wan("T3/total/subsidy") + "万元，占" + m.share("T3/total/subsidy", "T1/out.total/amount") + "%"]></#if>
  3.支出情况。${m.year}年度支出合计${m.wan("T1/out.total/amount")}万元，较上年决算数${c.phrase}${c.reason("，主要原因是")}。
  其中：${items?join("；")}。此外，结余分配${m.wan("T1/out.distribution/amount")}万元。
</@para>
<@para key="2.1.4"><#assign c = m.prior("carry.end")>
  4.结转结余情况。${m.year}年度年末结转和结余${m.wan("T1/out.carry/amount")}万元，较上年决算数${c.phrase}${c.reason("，主要原因是")}。
</@para>

<@h key="2.2" level=2>（二）财政拨款收支总体情况</@h>
<@para key="2.2.1"><#assign c = m.prior("fiscal.grand")>
  ${m.year}年度财政拨款收、支总计${m.wan("T4/in.grand/total")}万元。
  <#if c.flat>与${m.priorYear}年相比，财政拨款收、支总计持平<#else>与${m.priorYear}年相比，财政拨款收、支总计各${c.phrase}</#if>${c.reason("。主要原因是")}。
</@para>

<@h key="2.3" level=2>（三）一般公共预算财政拨款收支总体情况</@h>
<@para key="2.3.1"><#assign p = m.prior("gpb.income")><#assign b = m.budget("gpb.income")>
  1.收入情况。${m.year}年度一般公共预算财政拨款收入${m.wan("T4/in.year/gpb")}万元，较上年决算数${p.phrase}${p.reason("。主要原因是")}。
  较${b.baseLabel}${b.phrase}${b.reason("。主要原因是")}。此外，年初财政拨款结转和结余${m.wan("T4/in.carry/gpb")}万元。
</@para>
<@para key="2.3.2"><#assign p = m.prior("gpb.spend")><#assign b = m.budget("gpb.spend")>
  2.支出情况。${m.year}年度一般公共预算财政拨款支出${m.wan("T4/out.total/gpb")}万元，较上年决算数${p.phrase}${p.reason("。主要原因是")}。
  较${b.baseLabel}${b.phrase}${b.reason("。主要原因是")}。
</@para>
<@para key="2.3.3"><#assign c = m.prior("gpb.carry")>
  3.结转结余情况。${m.year}年度年末一般公共预算财政拨款结转和结余${m.wan("T4/out.carry/gpb")}万元，较上年决算数${c.phrase}${c.reason("。主要原因是")}。
</@para>
<#assign classes = m.group("gpbClass")>
<#if classes?has_content>
<@para key="2.3.4">4.比较情况。本部门${m.year}年度一般公共预算财政拨款支出主要用于以下几个方面：</@para>
<#list classes as it>
<@para key="2.3.4." + it.code>
  （${it?counter}）${it.name}${it.amount}万元，占${it.share}%，较${it.budget.baseLabel}${it.budget.phrase}${it.budget.reason("，主要原因是")}。
</@para>
</#list>
</#if>

<@h key="2.4" level=2>（四）一般公共预算财政拨款基本支出情况</@h>
<@para key="2.4.1"><#assign p = m.prior("basic.personnel")><#assign q = m.prior("basic.public")>
  ${m.year}年度一般公共预算财政拨款基本支出${m.wan("T5/total/basic")}万元。
  其中：人员经费${m.wan("T6/personnel/amount")}万元，较上年决算数${p.phrase}${p.reason("，主要原因是")}。
  <#if m.economicNames("301,303")?has_content>人员经费用途主要包括${m.economicNames("301,303")}。</#if>
  公用经费${m.wan("T6/public/amount")}万元，较上年决算数${q.phrase}${q.reason("，主要原因是")}。
  <#if m.economicNames("302,310")?has_content>公用经费用途主要包括${m.economicNames("302,310")}。</#if>
</@para>

<@h key="2.5" level=2>（五）政府性基金预算收支决算情况</@h>
<@para key="2.5.1"><#if m.hasData("T8")>
  本部门${m.year}年度政府性基金预算财政拨款收入${m.wan("T8/total/income")}万元，支出${m.wan("T8/total/spend")}万元，年末结转和结余${m.wan("T8/total/carryOut")}万元。
<#else>本部门${m.year}年度无政府性基金预算财政拨款收支。</#if></@para>

<@h key="2.6" level=2>（六）国有资本经营预算财政拨款支出决算情况</@h>
<@para key="2.6.1"><#if m.hasData("T9")>
  本部门${m.year}年度国有资本经营预算财政拨款支出${m.wan("T9/total/spend")}万元。
<#else>本部门${m.year}年度无国有资本经营预算财政拨款支出。</#if></@para>

<@h key="3" level=1>三、“三公”经费情况</@h>
<@h key="3.1" level=2>（一）“三公”经费支出总体情况</@h>
<@para key="3.1.1"><#assign b = m.budget("tp.total")><#assign p = m.prior("tp.total")>
  ${m.year}年度“三公”经费支出共计${m.wan("T7/total/actual")}万元，较${b.baseLabel}${b.phrase}${b.reason("，主要原因是")}。
  较上年支出数${p.phrase}${p.reason("，主要原因是")}。
</@para>
<@h key="3.2" level=2>（二）“三公”经费分项支出情况</@h>
<#macro item key name row usage note>
<@para key="3.2." + key><#assign b = m.budget("tp." + key)><#assign p = m.prior("tp." + key)>
  ${name}${m.wan("T7/" + row + "/actual")}万元<#if usage?has_content && m.hasText(usage)>，主要用于${m.text(usage)}</#if>。
  费用支出<#if b.flat>与${b.baseLabel}持平<#else>较${b.baseLabel}${b.phrase}</#if>${b.reason("，主要原因是")}；
  <#if p.flat>与上年支出数持平<#else>较上年支出数${p.phrase}</#if>${p.reason("，主要原因是")}<#if note?has_content && m.hasText(note)>，${m.text(note)}</#if>。
</@para>
</#macro>
<@item key="trip" name="因公出国（境）费用" row="trip" usage="" note="tp.trip.note"/>
<@item key="carBuy" name="公务用车购置费" row="carBuy" usage="" note="tp.car.buyNote"/>
<@item key="carRun" name="公务用车运行维护费" row="carRun" usage="" note="tp.car.runNote"/>
<@item key="reception" name="公务接待费" row="reception" usage="tp.rec.usage" note=""/>
<@h key="3.3" level=2>（三）“三公”经费实物量情况</@h>
<@para key="3.3.1">
  ${m.year}年度本部门因公出国（境）共计${m.count("tp.trip.groups")}个团组，${m.count("tp.trip.people")}人；
  公务用车购置${m.count("tp.car.bought")}辆，公务车保有量为${m.count("tp.car.held")}辆；
  国内公务接待${m.count("tp.rec.domestic.batches")}批次${m.count("tp.rec.domestic.people")}人，
  其中：国内外事接待${m.count("tp.rec.foreign.batches")}批次，${m.count("tp.rec.foreign.people")}人；
  国（境）外公务接待${m.count("tp.rec.abroad.batches")}批次，${m.count("tp.rec.abroad.people")}人。
  ${m.year}年本部门人均接待费${m.receptionPerPerson()}元，车均购置费${m.perCarPurchase()}万元，车均维护费${m.perCarMaintenance()}万元。
</@para>

<@h key="4" level=1>四、其他需要说明的事项</@h>
<@h key="4.1" level=2>（一）机关运行经费情况</@h>
<@para key="4.1.1"><#assign p = m.prior("op.opex")><#assign b = m.budget("op.opex")>
  ${m.year}年度本部门机关运行经费支出${m.wan("amount:op.opex")}万元，较上年支出数${p.phrase}${p.reason("，主要原因是")}。
  比${b.baseLabel}${b.phrase}${b.reason("，主要原因是")}。
  <#if m.hasText("op.opex.usage")>机关运行经费主要用于开支${m.text("op.opex.usage")}。</#if>
</@para>
<@para key="4.1.2"><#assign p = m.prior("op.meeting")>
  本年度会议费支出${m.wan("amount:op.meeting")}万元，较上年决算数${p.phrase}${p.reason("，主要原因是")}。
</@para>
<@para key="4.1.3"><#assign p = m.prior("op.training")>
  本年度培训费支出${m.wan("amount:op.training")}万元，较上年决算数${p.phrase}${p.reason("，主要原因是")}。
</@para>
<@h key="4.2" level=2>（二）国有资产占用情况说明</@h>
<@para key="4.2.1">
  截至${m.year}年12月31日，本部门共有车辆${m.count("as.car.total")}辆，其中，副部（省）级及以上领导用车${m.count("as.car.minister")}辆、
  主要负责人用车${m.count("as.car.head")}辆、机要通信用车${m.count("as.car.confidential")}辆、应急保障用车${m.count("as.car.emergency")}辆、
  执法执勤用车${m.count("as.car.enforcement")}辆，特种专业技术用车${m.count("as.car.special")}辆，离退休干部用车${m.count("as.car.retired")}辆。
  单价100万元（含）以上专用设备${m.count("as.equipment")}台（套）。
</@para>
<@h key="4.3" level=2>（三）政府采购支出说明</@h>
<@para key="4.3.1"><#if m.isZero("amount:pr.total")>本部门${m.year}年度无政府采购支出。<#else>
  ${m.year}年度本部门政府采购支出总额${m.wan("amount:pr.total")}万元，其中：政府采购货物支出${m.wan("amount:pr.goods")}万元、
  政府采购工程支出${m.wan("amount:pr.works")}万元、政府采购服务支出${m.wan("amount:pr.services")}万元。
  授予中小企业合同金额${m.wan("amount:pr.sme")}万元，占政府采购支出总额的${m.share("amount:pr.sme", "amount:pr.total")}%，
  其中：授予小微企业合同金额${m.wan("amount:pr.small")}万元，占政府采购支出总额的${m.share("amount:pr.small", "amount:pr.total")}%。
  <#if m.hasText("pr.usage")>主要用于采购${m.text("pr.usage")}。</#if>
</#if></@para>

<@h key="5" level=1>五、预算绩效管理情况</@h>
<@h key="5.1" level=2>（一）预算绩效管理工作开展情况</@h>
<@para key="5.1.1">
  根据预算绩效管理要求，本单位对${m.count("pf.projects")}个项目开展了绩效自评，其中，以填报目标自评表形式开展自评${m.count("pf.formProjects")}项，
  涉及资金${m.wan("amount:pf.funds")}万元。
</@para>
<@h key="5.2" level=2>（二）绩效自评结果</@h>
<@h key="5.2.1" level=3>1.绩效目标自评表</@h>
<#list m.projects() as p>
<@project view=p key="5.2.1." + p?counter + ".">
<#assign prj = p.project>
<@para key="5.2.1." + p?counter + ".head">
  ${m.year}年度项目绩效自评表：${prj.name}。项目主管部门：${prj.department}；财政归口科室：${prj.financeOffice}；
  项目联系人：${prj.contactPerson}，联系电话：${prj.contactPhone}；自评总分${p.total}分。
</@para>
<@para key="5.2.1." + p?counter + ".funds">
  项目资金（万元）：年度总金额年初预算数${p.totalInitial}、全年（调整）预算数${p.totalAdjusted}、全年执行数${p.totalExecuted}；
  其中财政拨款年初预算数${p.fiscalInitial}、全年（调整）预算数${p.fiscalAdjusted}、全年执行数${p.fiscalExecuted}，
  执行率${p.executionRate}%，执行率权重${p.executionWeight}分，执行率得分${p.executionScore}分。
</@para>
<@para key="5.2.1." + p?counter + ".goals">
  年初绩效目标：${prj.goalInitial}；全年（调整）绩效目标：${prj.goalAdjusted}；全年目标实际完成情况：${prj.goalAchieved}。
</@para>
<#list p.indicators as i>
<@para key="5.2.1." + p?counter + ".indicator." + i?counter>
  绩效指标“${i.name}”：指标性质${i.nature}，指标值${i.target}${i.measureUnit}，全年完成值${i.actual}${i.measureUnit}，
  偏离度${i.deviation}%，得分系数${i.coefficient}%，指标权重${i.weight}分，指标得分${i.score}分<#if i.note?has_content>，${i.note}</#if>。
</@para>
</#list>
</@project>
</#list>
<@h key="5.2.2" level=3>2.绩效自评报告或案例</@h>
<@para key="5.2.2.1"><#if m.hasText("pf.report")>${m.text("pf.report")}<#else>本单位无此事项。</#if></@para>
<@h key="5.2.3" level=3>3.关于绩效自评结果的说明</@h>
<@para key="5.2.3.1"><#if m.hasText("pf.resultNote")>${m.text("pf.resultNote")}<#else>无。</#if></@para>
<@h key="5.3" level=2>（三）重点绩效评价结果</@h>
<@para key="5.3.1"><#if m.hasText("pf.keyEvaluation")>${m.text("pf.keyEvaluation")}<#else>本单位无此事项。</#if></@para>

<@h key="6" level=1>六、专业名词解释</@h>
<#list m.glossary() as g>
<@para key="6." + g?counter>（${m.numeral(g?counter)}）${g.term()}：${g.definition()}</@para>
<#else>
<@para key="6.1">${m.blank("glossary")}</@para>
</#list>

<@h key="7" level=1>七、决算公开联系方式及信息反馈渠道</@h>
<@para key="7.1">本单位决算公开信息反馈和联系方式：</@para>
<@para key="7.2">联系人：${m.orBlank("contactPerson")}    联系电话：${m.orBlank("contactPhone")}。</@para>
