<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
  <context>
    <name />
    <message>
      <location filename="../../app/ui/admin/common.py" line="92" />
      <source>请先登录</source>
      <extracomment>Gives the person logged in (or ``None``); the console asks it before every action. The translation context of the console's bare ``tr()`` calls (see :func:`tr`).</extracomment>
      <translation>请先登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="44" />
      <source>管理控制台仅限中心管理员使用，当前登录人员无此权限。</source>
      <extracomment>False when the person logged in may not use the console (only the refusal is shown).</extracomment>
      <translation>管理控制台仅限中心管理员使用，当前登录人员无此权限。</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="61" />
      <source>事项目录</source>
      <translation>事项目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="62" />
      <source>部门与窗口</source>
      <translation>部门与窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="63" />
      <location filename="../../app/ui/admin/posts.py" line="58" />
      <source>工作人员</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="64" />
      <source>AB岗与顶岗</source>
      <translation>AB岗与顶岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="65" />
      <source>日历与大厅设置</source>
      <translation>日历与大厅设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="66" />
      <source>省平台</source>
      <translation>省平台</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="67" />
      <source>短信</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="71" />
      <source>导入事项目录…</source>
      <translation>导入事项目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="72" />
      <source>导出事项目录…</source>
      <translation>导出事项目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="89" />
      <source>选择事项目录文件</source>
      <translation>选择事项目录文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="89" />
      <location filename="../../app/ui/admin/console.py" line="111" />
      <source>事项目录 (*.json)</source>
      <translation>事项目录 (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="100" />
      <source>已导入%1个事项</source>
      <translation>已导入%1个事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="102" />
      <source>；提示%1条</source>
      <translation>；提示%1条</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="111" />
      <source>导出事项目录</source>
      <translation>导出事项目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="121" />
      <location filename="../../app/ui/admin/dashboard.py" line="364" />
      <location filename="../../app/ui/admin/statistics.py" line="145" />
      <source>已导出到%1</source>
      <translation>已导出到%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="55" />
      <source>暂定</source>
      <extracomment>Rows every dashboard table shows at least (the page scrolls rather than squash them). How often the dashboard reloads itself. Background of a promised date that a calendar import moved earlier.</extracomment>
      <translation>暂定</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="108" />
      <source>提前</source>
      <translation>提前</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="108" />
      <source>推后</source>
      <translation>推后</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="148" />
      <source>yyyy年M月</source>
      <extracomment>The last data shown (tests and the status bar read it).</extracomment>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="150" />
      <location filename="../../app/ui/admin/extensions.py" line="39" />
      <source>刷新</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="151" />
      <source>导出月通报 PDF…</source>
      <translation>导出月通报 PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="152" />
      <source>导出月通报 Excel…</source>
      <translation>导出月通报 Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="178" />
      <source>评价统计月份</source>
      <extracomment>From 1 November until next year's holiday notice is imported. Every accepted case on its way: stage, who has it, working days per stage.</extracomment>
      <translation>评价统计月份</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="186" />
      <source>超期办件</source>
      <translation>超期办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="187" />
      <source>即将到期办件</source>
      <translation>即将到期办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="188" />
      <source>在办件阶段及各阶段用时（工作日）</source>
      <translation>在办件阶段及各阶段用时（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="189" />
      <source>补正告知5日风险（行政许可法第32条）</source>
      <translation>补正告知5日风险（行政许可法第32条）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="190" />
      <source>投诉、办不成事、差评回访（按期限）</source>
      <translation>投诉、办不成事、差评回访（按期限）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="191" />
      <source>窗口在岗情况</source>
      <translation>窗口在岗情况</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="192" />
      <source>各窗口好差评</source>
      <translation>各窗口好差评</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="193" />
      <source>工作人员好差评</source>
      <translation>工作人员好差评</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="194" />
      <source>导入放假通知后期限变化（红色：提前）</source>
      <translation>导入放假通知后期限变化（红色：提前）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="256" />
      <location filename="../../app/ui/admin/dashboard.py" line="272" />
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="22" />
      <source>办件编号</source>
      <translation>办件编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="263" />
      <location filename="../../app/ui/admin/dashboard.py" line="277" />
      <source>责任部门</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="264" />
      <source>告警</source>
      <translation>告警</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="276" />
      <source>本阶段工作日</source>
      <translation>本阶段工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="278" />
      <source>各阶段用时</source>
      <translation>各阶段用时</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>原期限</source>
      <translation>原期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>新期限</source>
      <translation>新期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>变化</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <source>网络</source>
      <translation>网络</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="317" />
      <source>断网</source>
      <translation>断网</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="91" />
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <location filename="../../app/ui/admin/dashboard.py" line="257" />
      <location filename="../../app/ui/admin/dashboard.py" line="273" />
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/posts.py" line="57" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="21" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="21" />
      <location filename="../../app/ui/admin/windows.py" line="73" />
      <source>窗口</source>
      <translation>窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="258" />
      <location filename="../../app/ui/admin/dashboard.py" line="274" />
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/registers/assists.py" line="25" />
      <location filename="../../app/ui/admin/registers/assists.py" line="49" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="24" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="51" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="23" />
      <source>事项</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="259" />
      <location filename="../../app/ui/admin/registers/assists.py" line="23" />
      <location filename="../../app/ui/admin/registers/assists.py" line="47" />
      <source>申请人</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="260" />
      <location filename="../../app/ui/admin/dashboard.py" line="279" />
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="28" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="24" />
      <source>期限</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="261" />
      <location filename="../../app/ui/admin/dashboard.py" line="280" />
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>剩余工作日</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>类别</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>窗口/承办</source>
      <translation>窗口/承办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>内容</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="29" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="30" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="29" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="26" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/dashboard.py" line="323" />
      <location filename="../../app/ui/admin/windows.py" line="125" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>名称</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <source>在岗人员</source>
      <translation>在岗人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="61" />
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/dashboard.py" line="316" />
      <source>空岗</source>
      <translation>空岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="324" />
      <source>评价总数</source>
      <translation>评价总数</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="325" />
      <source>好评</source>
      <translation>好评</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="326" />
      <source>差评</source>
      <translation>差评</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="327" />
      <source>未评价</source>
      <translation>未评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="328" />
      <source>好评率</source>
      <translation>好评率</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="329" />
      <source>未评价占比</source>
      <translation>未评价占比</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="336" />
      <source>超期%1件，即将到期%2件，5日风险%3件，待办登记%4件，空岗窗口%5个；%6好评率%7，差评%8次</source>
      <translation>超期%1件，即将到期%2件，5日风险%3件，待办登记%4件，空岗窗口%5个；%6好评率%7，差评%8次</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="350" />
      <source>月通报-%1.%2</source>
      <translation>月通报-%1.%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="351" />
      <source>导出月通报</source>
      <translation>导出月通报</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="39" />
      <source>材料名称</source>
      <translation>材料名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="40" />
      <source>必要性</source>
      <translation>必要性</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="41" />
      <source>形式</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="42" />
      <source>份数</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="43" />
      <source>适用情形</source>
      <translation>适用情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="74" />
      <source>新建事项</source>
      <extracomment>SpinBox value that means “no legal limit set”. Fact: a matter was stored (its code).</extracomment>
      <translation>新建事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="75" />
      <source>删除事项</source>
      <translation>删除事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="83" />
      <source>未规定</source>
      <translation>未规定</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="87" />
      <source>窗口编号，逗号分隔</source>
      <translation>窗口编号，逗号分隔</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="88" />
      <source>允许容缺受理</source>
      <translation>允许容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="90" />
      <source>每行一个情形：编码|名称|提问</source>
      <translation>每行一个情形：编码|名称|提问</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="96" />
      <source>添加材料</source>
      <translation>添加材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="97" />
      <source>删除所选材料</source>
      <translation>删除所选材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="98" />
      <source>保存事项</source>
      <translation>保存事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="101" />
      <source>事项编码</source>
      <translation>事项编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="102" />
      <source>事项名称</source>
      <translation>事项名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="103" />
      <source>事项类型</source>
      <translation>事项类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="104" />
      <source>实施部门</source>
      <translation>实施部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="105" />
      <source>办件类型</source>
      <translation>办件类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="106" />
      <source>法定时限（工作日）</source>
      <translation>法定时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="107" />
      <source>承诺时限（工作日）</source>
      <translation>承诺时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="108" />
      <source>办理窗口</source>
      <translation>办理窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="110" />
      <source>情形</source>
      <translation>情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="111" />
      <source>设定依据</source>
      <translation>设定依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="176" />
      <source>材料%1</source>
      <translation>材料%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="363" />
      <source>事项“%1”已保存</source>
      <translation>事项“%1”已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="365" />
      <source>；提示：</source>
      <translation>；提示：</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="377" />
      <source>请先在左侧选择要删除的事项</source>
      <translation>请先在左侧选择要删除的事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="382" />
      <source>事项已删除</source>
      <translation>事项已删除</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="43" />
      <source>设为该岗位</source>
      <translation>设为该岗位</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="44" />
      <source>取消该岗位</source>
      <translation>取消该岗位</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="51" />
      <source>事由，如“A岗请假”</source>
      <translation>事由，如“A岗请假”</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="52" />
      <source>批准顶岗</source>
      <translation>批准顶岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="55" />
      <source>AB岗</source>
      <translation>AB岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="93" />
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/posts.py" line="59" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>岗位</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="68" />
      <source>顶岗（按日批准）</source>
      <translation>顶岗（按日批准）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="70" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <source>顶岗人员</source>
      <translation>顶岗人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="52" />
      <location filename="../../app/ui/admin/posts.py" line="71" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/settings.py" line="67" />
      <location filename="../../app/ui/admin/settings.py" line="124" />
      <source>日期</source>
      <extracomment>The last day shown.</extracomment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="72" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <source>事由</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="92" />
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <location filename="../../app/ui/admin/staff.py" line="62" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <location filename="../../app/ui/admin/staff.py" line="61" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>工号</source>
      <translation>工号</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="23" />
      <source>未签退</source>
      <translation>未签退</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="58" />
      <source>签到签退</source>
      <translation>签到签退</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="59" />
      <source>B岗/顶岗</source>
      <translation>B岗/顶岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="60" />
      <source>交接</source>
      <translation>交接</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="83" />
      <source>工作日</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="83" />
      <source>休息日</source>
      <translation>休息日</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="85" />
      <source>办公时间：</source>
      <translation>办公时间：</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="94" />
      <source>签到</source>
      <translation>签到</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="95" />
      <source>签退</source>
      <translation>签退</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="96" />
      <source>迟到(分)</source>
      <translation>迟到(分)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="97" />
      <source>早退(分)</source>
      <translation>早退(分)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="98" />
      <source>离开(分)</source>
      <translation>离开(分)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="99" />
      <source>离开次数</source>
      <translation>离开次数</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>起</source>
      <translation>起</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>止</source>
      <translation>止</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="21" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="20" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>时间</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>交出</source>
      <translation>交出</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>接手</source>
      <translation>接手</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>交接事项</source>
      <translation>交接事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <source>分钟</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="156" />
      <source>已设置%1号窗口的%2</source>
      <translation>已设置%1号窗口的%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="162" />
      <source>已取消</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="189" />
      <source>已批准%1在%2顶岗</source>
      <translation>已批准%1在%2顶岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="82" />
      <location filename="../../app/ui/admin/registers/common.py" line="98" />
      <source>请先在表中选择一条记录</source>
      <translation>请先在表中选择一条记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="46" />
      <source>书面投诉（须书面答复）</source>
      <translation>书面投诉（须书面答复）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="48" />
      <source>调查情况 / 延期理由 / 对投诉人的答复</source>
      <translation>调查情况 / 延期理由 / 对投诉人的答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="50" />
      <source>对被投诉人的反馈</source>
      <translation>对被投诉人的反馈</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="25" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="57" />
      <source>投诉人</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="50" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="58" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="41" />
      <source>联系电话</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="59" />
      <source>投诉方式</source>
      <translation>投诉方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="53" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="60" />
      <source>复杂程度</source>
      <translation>复杂程度</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="27" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="61" />
      <source>被投诉窗口</source>
      <translation>被投诉窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="28" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="62" />
      <source>诉求</source>
      <translation>诉求</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="63" />
      <source>事实</source>
      <translation>事实</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="50" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="55" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="65" />
      <source>说明</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="26" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="22" />
      <source>方式</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="29" />
      <source>办结期限</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="31" />
      <source>结果</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="66" />
      <source>反馈被投诉人</source>
      <translation>反馈被投诉人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="67" />
      <source>延长至（工作日）</source>
      <translation>延长至（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="68" />
      <source>结果 / 答复方式</source>
      <translation>结果 / 答复方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="71" />
      <source>受理投诉</source>
      <translation>受理投诉</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="73" />
      <source>记录调查</source>
      <translation>记录调查</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="74" />
      <source>延长时限</source>
      <translation>延长时限</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="75" />
      <source>办结答复</source>
      <translation>办结答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="76" />
      <source>书面答复.pdf</source>
      <translation>书面答复.pdf</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="123" />
      <source>已受理，请告知投诉人：</source>
      <translation>已受理，请告知投诉人：</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="143" />
      <source>已记录调查情况</source>
      <translation>已记录调查情况</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="148" />
      <source>已延长，请告知投诉人延长时限和理由</source>
      <translation>已延长，请告知投诉人延长时限和理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="160" />
      <source>投诉已办结</source>
      <translation>投诉已办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="42" />
      <source>不属于受理范围</source>
      <translation>不属于受理范围</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="44" />
      <source>不予受理理由 / 重新转办理由 / 办理结果</source>
      <translation>不予受理理由 / 重新转办理由 / 办理结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="46" />
      <source>承办窗口编号或部门编码</source>
      <translation>承办窗口编号或部门编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="23" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="49" />
      <source>反映人</source>
      <translation>反映人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="52" />
      <source>反映问题</source>
      <translation>反映问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="27" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="56" />
      <source>承办</source>
      <translation>承办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="22" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="24" />
      <source>受理时间</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="25" />
      <source>受理</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="26" />
      <source>业务办理单</source>
      <translation>业务办理单</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="30" />
      <source>回访</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="57" />
      <source>回访结果</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="60" />
      <source>登记</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="61" />
      <source>转办</source>
      <translation>转办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="62" />
      <source>承办反馈</source>
      <translation>承办反馈</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="63" />
      <source>满意度回访</source>
      <translation>满意度回访</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="64" />
      <source>重新转办</source>
      <translation>重新转办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="66" />
      <source>业务办理单.pdf</source>
      <translation>业务办理单.pdf</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="78" />
      <source>是</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="78" />
      <source>否</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="90" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="103" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="69" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="94" />
      <source>已登记</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="86" />
      <source>已保存到%1</source>
      <translation>已保存到%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="91" />
      <source>保存PDF</source>
      <translation>保存PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="72" />
      <source>附证据…</source>
      <translation>附证据…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="76" />
      <source>书面答复PDF…</source>
      <translation>书面答复PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="127" />
      <source>选择证据文件</source>
      <translation>选择证据文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="138" />
      <source>证据已附上</source>
      <translation>证据已附上</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="39" />
      <source>咨询方式</source>
      <translation>咨询方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="23" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="40" />
      <source>咨询人</source>
      <translation>咨询人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="24" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="42" />
      <source>咨询内容</source>
      <translation>咨询内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="25" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="43" />
      <source>一次性告知内容</source>
      <translation>一次性告知内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="84" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="46" />
      <source>咨询登记</source>
      <translation>咨询登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="66" />
      <source>业务办理单PDF…</source>
      <translation>业务办理单PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="107" />
      <source>已派发业务办理单</source>
      <translation>已派发业务办理单</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="111" />
      <source>已记录办理结果</source>
      <translation>已记录办理结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="117" />
      <source>已记录回访</source>
      <translation>已记录回访</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="121" />
      <source>已重新转办</source>
      <translation>已重新转办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="41" />
      <source>当场答复</source>
      <translation>当场答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="22" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="46" />
      <source>办事人员</source>
      <translation>办事人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="21" />
      <source>首问责任人</source>
      <translation>首问责任人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="24" />
      <source>要求</source>
      <translation>要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="25" />
      <source>承诺办结</source>
      <translation>承诺办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="26" />
      <source>引导窗口</source>
      <translation>引导窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="27" />
      <source>办结日期</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="47" />
      <source>办理事项</source>
      <translation>办理事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="48" />
      <source>办理要求</source>
      <translation>办理要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="49" />
      <source>办结时限（工作日）</source>
      <translation>办结时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="50" />
      <source>引导至窗口</source>
      <translation>引导至窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="28" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="51" />
      <source>办结情况</source>
      <translation>办结情况</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="83" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="54" />
      <source>首问登记</source>
      <extracomment>The registers by name, in tab order (``RegistersPage(only=...)`` picks some of them). What a window's staff may use at the counter (intake side); a lead also sees 否定备案.</extracomment>
      <translation>首问登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="55" />
      <source>注明办结</source>
      <translation>注明办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="98" />
      <source>已注明办结</source>
      <translation>已注明办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="39" />
      <source>老年人、残疾人、孕妇……</source>
      <translation>老年人、残疾人、孕妇……</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="42" />
      <source>办理进度 / 移交材料（逗号分隔）</source>
      <translation>办理进度 / 移交材料（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="22" />
      <location filename="../../app/ui/admin/registers/assists.py" line="46" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="23" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>类型</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="24" />
      <location filename="../../app/ui/admin/registers/assists.py" line="48" />
      <source>特殊群体</source>
      <translation>特殊群体</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="26" />
      <source>帮代办人员</source>
      <translation>帮代办人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="27" />
      <source>进度</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="28" />
      <source>移交</source>
      <translation>移交</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="29" />
      <source>收费</source>
      <translation>收费</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="51" />
      <source>领取人</source>
      <translation>领取人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="52" />
      <source>领取人签名</source>
      <translation>领取人签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="55" />
      <source>登记（免费）</source>
      <translation>登记（免费）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="56" />
      <source>记录进度</source>
      <translation>记录进度</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="57" />
      <source>签字移交</source>
      <translation>签字移交</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="58" />
      <source>清除签名</source>
      <translation>清除签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="72" />
      <source>已移交</source>
      <translation>已移交</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="73" />
      <source>免费</source>
      <translation>免费</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="94" />
      <source>已记录进度</source>
      <translation>已记录进度</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="100" />
      <source>已签字移交</source>
      <translation>已签字移交</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="35" />
      <source>审查意见（责令重办时必填）</source>
      <translation>审查意见（责令重办时必填）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="27" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="36" />
      <source>审查意见</source>
      <translation>审查意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="25" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="37" />
      <source>首席代表确认</source>
      <translation>首席代表确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="26" />
      <source>审查结果</source>
      <translation>审查结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="38" />
      <source>审查：确认</source>
      <translation>审查：确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="39" />
      <source>审查：责令重办</source>
      <translation>审查：责令重办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="51" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="62" />
      <source>已确认</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="66" />
      <source>已审查</source>
      <translation>已审查</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="22" />
      <source>评价</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="23" />
      <source>被评价人</source>
      <translation>被评价人</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="262" />
      <location filename="../../app/ui/admin/dashboard.py" line="275" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="25" />
      <source>阶段</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="35" />
      <source>下一步</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="36" />
      <source>情况</source>
      <translation>情况</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="37" />
      <source>记录</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="52" />
      <source>已记录</source>
      <translation>已记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="85" />
      <source>投诉</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="86" />
      <source>办不成事</source>
      <translation>办不成事</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="87" />
      <source>帮办代办</source>
      <translation>帮办代办</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="88" />
      <source>否定备案</source>
      <translation>否定备案</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="89" />
      <source>差评回访</source>
      <translation>差评回访</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>咨询电话</source>
      <translation>咨询电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>投诉电话</source>
      <translation>投诉电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>监督电话</source>
      <translation>监督电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="50" />
      <location filename="../../app/ui/admin/settings.py" line="125" />
      <source>上班</source>
      <translation>上班</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="52" />
      <source>原因，如“台风停止办公”</source>
      <translation>原因，如“台风停止办公”</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="53" />
      <source>保存调整</source>
      <translation>保存调整</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="54" />
      <source>撤销该日调整</source>
      <translation>撤销该日调整</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="55" />
      <source>导入节假日安排…</source>
      <translation>导入节假日安排…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="63" />
      <source>保存大厅设置</source>
      <translation>保存大厅设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="65" />
      <source>工作日历调整</source>
      <translation>工作日历调整</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="69" />
      <location filename="../../app/ui/admin/settings.py" line="124" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>原因</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="78" />
      <source>大厅设置</source>
      <translation>大厅设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="80" />
      <source>大厅名称</source>
      <translation>大厅名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="81" />
      <source>办公时间</source>
      <translation>办公时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="84" />
      <source>差评回访时限（工作日）</source>
      <translation>差评回访时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="124" />
      <source>上班/休息</source>
      <translation>上班/休息</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="125" />
      <source>休息</source>
      <translation>休息</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="143" />
      <source>；%1个在办案件的承诺办结日期已重新计算</source>
      <translation>；%1个在办案件的承诺办结日期已重新计算</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="145" />
      <source>，其中%1个提前（见电子监察“导入放假通知后期限变化”）</source>
      <translation>，其中%1个提前（见电子监察“导入放假通知后期限变化”）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="153" />
      <source>工作日历已调整</source>
      <translation>工作日历已调整</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="160" />
      <source>已撤销</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="164" />
      <source>选择节假日安排文件</source>
      <translation>选择节假日安排文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="164" />
      <source>文本文件 (*.txt)</source>
      <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="173" />
      <source>已导入：新增%1天，修改%2天</source>
      <translation>已导入：新增%1天，修改%2天</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="187" />
      <source>大厅设置已保存</source>
      <translation>大厅设置已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="45" />
      <location filename="../../app/ui/admin/windows.py" line="67" />
      <source>部门编码</source>
      <translation>部门编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="48" />
      <source>中共党员</source>
      <translation>中共党员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="49" />
      <source>在岗（取消则停用账号）</source>
      <translation>在岗（取消则停用账号）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="53" />
      <source>新增人员</source>
      <translation>新增人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="54" />
      <source>保存资料</source>
      <translation>保存资料</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="55" />
      <source>保存所选人员的角色</source>
      <translation>保存所选人员的角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="56" />
      <source>设置照片…</source>
      <translation>设置照片…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="57" />
      <source>重置密码</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="58" />
      <source>解锁</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="63" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <location filename="../../app/ui/admin/windows.py" line="65" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>部门</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="64" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>职务</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="65" />
      <source>电话</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="71" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>角色</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>照片</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="131" />
      <source>有</source>
      <translation>有</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <source>已锁定</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <source>在岗</source>
      <translation>在岗</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <location filename="../../app/ui/admin/windows.py" line="136" />
      <source>停用</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="165" />
      <source>已新增%1，临时密码：%2（首次登录须修改）</source>
      <translation>已新增%1，临时密码：%2（首次登录须修改）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="187" />
      <source>资料已保存</source>
      <translation>资料已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="192" />
      <source>角色已保存</source>
      <translation>角色已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="195" />
      <source>选择照片</source>
      <translation>选择照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="195" />
      <source>图片 (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="204" />
      <source>照片已更新</source>
      <translation>照片已更新</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="211" />
      <source>%1的临时密码：%2</source>
      <translation>%1的临时密码：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="216" />
      <source>已解锁</source>
      <translation>已解锁</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="48" />
      <source>保存部门</source>
      <translation>保存部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="54" />
      <source>取号类别，如 A,B</source>
      <translation>取号类别，如 A,B</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="56" />
      <source>部门编码，逗号分隔</source>
      <translation>部门编码，逗号分隔</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="60" />
      <location filename="../../app/ui/admin/windows.py" line="136" />
      <source>启用</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="62" />
      <source>保存窗口</source>
      <translation>保存窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="68" />
      <source>部门名称</source>
      <translation>部门名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="75" />
      <source>窗口编号</source>
      <translation>窗口编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="76" />
      <source>窗口名称</source>
      <translation>窗口名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="77" />
      <source>窗口类型</source>
      <translation>窗口类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="78" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>取号类别</source>
      <translation>取号类别</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="79" />
      <source>所属部门</source>
      <translation>所属部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="80" />
      <source>设备设置</source>
      <translation>设备设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="38" />
      <location filename="../../app/ui/admin/windows.py" line="125" />
      <source>编码</source>
      <extracomment>Material table columns: code, name, necessity, form, copies, situations (comma separated).</extracomment>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="29" />
      <source>批准并发布到各窗口</source>
      <translation>批准并发布到各窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="31" />
      <source>被省平台拒收的报送项（更正后用 admin province resend 重发）</source>
      <translation>被省平台拒收的报送项（更正后用 admin province resend 重发）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="55" />
      <source>尚未从省平台取回实施清单（服务器上执行 admin province catalog pull）</source>
      <translation>尚未从省平台取回实施清单（服务器上执行 admin province catalog pull）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="58" />
      <source>（无版本号）</source>
      <translation>（无版本号）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="59" />
      <source>实施清单 %1：%2</source>
      <translation>实施清单 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="76" />
      <source>已发布：参考数据第 %1 版，各窗口下次同步时取得</source>
      <translation>已发布：参考数据第 %1 版，各窗口下次同步时取得</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>编号</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="66" />
      <source>省平台的理由</source>
      <translation>省平台的理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="156" />
      <source>部门已保存</source>
      <translation>部门已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="165" />
      <source>设备设置应为 JSON 对象，如 {"printer": "tcp://…"}</source>
      <translation>设备设置应为 JSON 对象，如 {"printer": "tcp://…"}</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="176" />
      <source>窗口已保存</source>
      <translation>窗口已保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="59" />
      <source>电子监察</source>
      <translation>电子监察</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="61" />
      <source>延时审批</source>
      <translation>延时审批</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="62" />
      <location filename="../../app/ui/admin/statistics.py" line="51" />
      <source>统计</source>
      <translation>统计</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="64" />
      <source>考勤</source>
      <translation>考勤</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="65" />
      <location filename="../../app/ui/admin/registers/__init__.py" line="128" />
      <source>登记台账</source>
      <extracomment>The panels shown, by register name (the others are built but never shown).</extracomment>
      <translation>登记台账</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="67" />
      <source>管理控制台</source>
      <translation>管理控制台</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="49" />
      <source>今日</source>
      <extracomment>The last statistics shown.</extracomment>
      <translation>今日</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="50" />
      <source>本月</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="52" />
      <source>导出 PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="53" />
      <source>导出 Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="60" />
      <source>从</source>
      <extracomment>The hall's cases per stage (受理 … 已归档) and the working days the stages took.</extracomment>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="62" />
      <source>至</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="64" />
      <source>按</source>
      <translation>按</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="77" />
      <source>各阶段办件及用时（工作日）</source>
      <translation>各阶段办件及用时（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="126" />
      <source>统计期间：%1</source>
      <translation>统计期间：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="134" />
      <source>导出统计表</source>
      <translation>导出统计表</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="134" />
      <source>统计表</source>
      <translation>统计表</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="36" />
      <source>审批意见（不批准时必填）</source>
      <extracomment>The requests shown, in table order.</extracomment>
      <translation>审批意见（不批准时必填）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="37" />
      <source>批准延时</source>
      <translation>批准延时</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="38" />
      <source>不批准</source>
      <translation>不批准</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <source>申请延长（工作日）</source>
      <translation>申请延长（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="24" />
      <source>理由</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <source>申请日期</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="68" />
      <source>没有待审批的延时申请</source>
      <translation>没有待审批的延时申请</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="72" />
      <source>已批准</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="72" />
      <source>已不批准</source>
      <translation>已不批准</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="31" />
      <source>重新发送所选短信</source>
      <translation>重新发送所选短信</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="51" />
      <source>%1 条短信未能确认送达：“未确认”的可能已经送达，重发前请先电话核实</source>
      <translation>%1 条短信未能确认送达：“未确认”的可能已经送达，重发前请先电话核实</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="54" />
      <source>没有发送失败或未确认的短信</source>
      <translation>没有发送失败或未确认的短信</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>手机号</source>
      <translation>手机号</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>尝试次数</source>
      <translation>尝试次数</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="76" />
      <source>请先选择一条短信</source>
      <translation>请先选择一条短信</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="81" />
      <source>已重新排队：%1</source>
      <translation>已重新排队：%1</translation>
    </message>
  </context>
  <context>
    <name>ApplicantForm</name>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="189" />
      <source>申请人类型</source>
      <extracomment>Fields printed on the notices: a character no font has is told as soon as it is typed. The fields in form order, which is also the Tab order: what a clerk types without a card (name, ID number, phone) comes first; the address, usually read from the card, after. A value of this length is complete (checked while typing); 0: checked when left. The clerk has left this field (or a save attempt asked about it): it may complain. For a printed field: the warning about characters no font has ('' when none). The label of each field (and of ``kind``/``id_type``), by key.</extracomment>
      <translation>申请人类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="190" />
      <source>证件类型</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="191" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="192" />
      <source>英文姓名</source>
      <translation>英文姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="193" />
      <source>证件号码</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="194" />
      <source>住址</source>
      <translation>住址</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="195" />
      <source>联系电话</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="196" />
      <source>单位名称</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="197" />
      <source>统一社会信用代码</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="198" />
      <source>法定代表人</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="199" />
      <source>代理人姓名</source>
      <translation>代理人姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="200" />
      <source>代理人身份证</source>
      <translation>代理人身份证</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="201" />
      <source>代理人电话</source>
      <translation>代理人电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="205" />
      <source>申请人（放身份证或按 Ctrl+R 读卡）</source>
      <translation>申请人（放身份证或按 Ctrl+R 读卡）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="206" />
      <source>短信通知 Alt+M</source>
      <translation>短信通知 Alt+M</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="207" />
      <source>申请人同意后勾选：受理、补正、可领取时发短信到此手机号码</source>
      <translation>申请人同意后勾选：受理、补正、可领取时发短信到此手机号码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="310" />
      <source>注意：%1 本机所有字库都没有，打印件上将印作编码，请打印后手写补上</source>
      <translation>注意：%1 本机所有字库都没有，打印件上将印作编码，请打印后手写补上</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="88" />
      <source>准予许可</source>
      <translation>准予许可</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="90" />
      <source>审批意见</source>
      <translation>审批意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="91" />
      <source>准予后请登记证照或结果文书，再办结</source>
      <translation>准予后请登记证照或结果文书，再办结</translation>
    </message>
  </context>
  <context>
    <name>AwayDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="65" />
      <source>离开留言</source>
      <translation>离开留言</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>外出办事</source>
      <translation>外出办事</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>参加会议</source>
      <translation>参加会议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>临时离开</source>
      <translation>临时离开</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>就餐</source>
      <translation>就餐</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="77" />
      <source>离开原因</source>
      <translation>离开原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="78" />
      <source>去向</source>
      <translation>去向</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="79" />
      <source>联系方式</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="80" />
      <source>预计返回</source>
      <translation>预计返回</translation>
    </message>
  </context>
  <context>
    <name>BackOffice</name>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="35" />
      <source>超期%1天</source>
      <extracomment>Days left at which a line turns yellow (the service's 即将到期).</extracomment>
      <translation>超期%1天</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="43" />
      <source>%1 暂定</source>
      <translation>%1 暂定</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="50" />
      <source>待补正</source>
      <translation>待补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="52" />
      <source>待%1答复</source>
      <translation>待%1答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="54" />
      <source>%1逾期</source>
      <translation>%1逾期</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="57" />
      <source>%1，%2前</source>
      <translation>%1，%2前</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="64" />
      <source>本部门联办</source>
      <translation>本部门联办</translation>
    </message>
  </context>
  <context>
    <name>BackOfficeWindow</name>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="140" />
      <source>阶段</source>
      <extracomment>Stage filter: (key, label); "" the open cases of every stage, "*" closed ones too. The case opened, while one is. The form open for a step (tests fill it), else None. The case PDF last opened, and how files are opened (the desktop's viewer).</extracomment>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="213" />
      <source>后台审批 — 窗口受理台</source>
      <translation>后台审批 — 窗口受理台</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="214" />
      <source>后台审批　%1（%2）</source>
      <translation>后台审批　%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="217" />
      <source>在办（全部阶段）</source>
      <translation>在办（全部阶段）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="221" />
      <source>全部（含已办结）</source>
      <translation>全部（含已办结）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="223" />
      <source>刷新（F5）</source>
      <translation>刷新（F5）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="224" />
      <source>案卷PDF（Alt+P）</source>
      <translation>案卷PDF（Alt+P）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="225" />
      <source>退出（Ctrl+Q）</source>
      <translation>退出（Ctrl+Q）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="227" />
      <location filename="../../app/ui/backoffice/window.py" line="377" />
      <source>签收</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="228" />
      <location filename="../../app/ui/backoffice/window.py" line="387" />
      <source>审查意见</source>
      <translation>审查意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="229" />
      <location filename="../../app/ui/backoffice/window.py" line="404" />
      <source>要求补正</source>
      <translation>要求补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="230" />
      <location filename="../../app/ui/backoffice/window.py" line="418" />
      <source>准予</source>
      <translation>准予</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="231" />
      <location filename="../../app/ui/backoffice/window.py" line="430" />
      <source>不予许可</source>
      <translation>不予许可</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="232" />
      <location filename="../../app/ui/backoffice/window.py" line="443" />
      <source>登记结果</source>
      <translation>登记结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="233" />
      <location filename="../../app/ui/backoffice/window.py" line="454" />
      <source>办结</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="234" />
      <location filename="../../app/ui/backoffice/window.py" line="463" />
      <source>发起联办</source>
      <translation>发起联办</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="235" />
      <location filename="../../app/ui/backoffice/window.py" line="475" />
      <source>联办意见</source>
      <translation>联办意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="236" />
      <location filename="../../app/ui/backoffice/window.py" line="490" />
      <source>上报</source>
      <translation>上报</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="237" />
      <location filename="../../app/ui/backoffice/window.py" line="504" />
      <source>上级答复</source>
      <translation>上级答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="264" />
      <source>正在读取本部门办件</source>
      <translation>正在读取本部门办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="275" />
      <source>本部门办件 %1 件</source>
      <translation>本部门办件 %1 件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="296" />
      <source>请先在列表中选择一件办件</source>
      <translation>请先在列表中选择一件办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="307" />
      <source>正在打开办件</source>
      <translation>正在打开办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="340" />
      <source>已记录：%1（%2）</source>
      <translation>已记录：%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="354" />
      <source>请先打开一件办件（列表中选中后按回车）</source>
      <translation>请先打开一件办件（列表中选中后按回车）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="516" />
      <source>本机未连接中心案卷库，不能打开案卷</source>
      <translation>本机未连接中心案卷库，不能打开案卷</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="529" />
      <source>已打开案卷：%1</source>
      <translation>已打开案卷：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="535" />
      <source>正在读取案卷</source>
      <translation>正在读取案卷</translation>
    </message>
  </context>
  <context>
    <name>CapturePanel</name>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="98" />
      <source>材料采集（高拍仪/扫描仪）</source>
      <extracomment>Fact: pages were added or changed; the case as it is now (the checklist follows).</extracomment>
      <translation>材料采集（高拍仪/扫描仪）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="100" />
      <source>P 拍照并下一项　Shift+P 再拍一页　S 扫描　R 旋转上一页　Del 删除上一页　5 复用旧材料</source>
      <translation>P 拍照并下一项　Shift+P 再拍一页　S 扫描　R 旋转上一页　Del 删除上一页　5 复用旧材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="103" />
      <source>本窗口未配置高拍仪</source>
      <translation>本窗口未配置高拍仪</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="105" />
      <source>本机未启用电子档案，材料只记录核验结果</source>
      <translation>本机未启用电子档案，材料只记录核验结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="120" />
      <source>当前材料：%1</source>
      <translation>当前材料：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="167" />
      <source>政务数据共享平台</source>
      <translation>政务数据共享平台</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="169" />
      <source>已核验，免提交</source>
      <translation>已核验，免提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="181" />
      <source>本窗口未配置高拍仪，可按 S 用扫描仪</source>
      <translation>本窗口未配置高拍仪，可按 S 用扫描仪</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="187" />
      <source>正在拍摄“%1”…</source>
      <translation>正在拍摄“%1”…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="195" />
      <source>本窗口未配置扫描仪</source>
      <translation>本窗口未配置扫描仪</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="197" />
      <source>正在扫描“%1”…</source>
      <translation>正在扫描“%1”…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="237" />
      <source>该申请人没有可复用的此项材料</source>
      <translation>该申请人没有可复用的此项材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="278" />
      <source>已保存到电子档案</source>
      <translation>已保存到电子档案</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="295" />
      <source>第%1页</source>
      <translation>第%1页</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="301" />
      <source>可复用：%1 采集的“%2”（办件 %3，有效至 %4，%5 页），按 5 复用</source>
      <translation>可复用：%1 采集的“%2”（办件 %3，有效至 %4，%5 页），按 5 复用</translation>
    </message>
  </context>
  <context>
    <name>CardFiller</name>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="72" />
      <source>本窗口未配置身份证阅读器，请手工填写</source>
      <extracomment>the photo from the card (or why there is none) what was read, or why nothing was the last card filled in (tests, the 受理 check)</extracomment>
      <translation>本窗口未配置身份证阅读器，请手工填写</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="74" />
      <source>正在读取身份证…</source>
      <translation>正在读取身份证…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="118" />
      <source>无照片</source>
      <translation>无照片</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <source>材料清单</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>文书</source>
      <translation>文书</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <source>办理过程</source>
      <translation>办理过程</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>材料</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>要求</source>
      <translation>要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>备注</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>编号</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>出具</source>
      <translation>出具</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>时间</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>环节</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>办理人</source>
      <translation>办理人</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>办理方</source>
      <translation>办理方</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>说明</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="102" />
      <source>未打开办件：在左侧列表选中后按回车打开</source>
      <translation>未打开办件：在左侧列表选中后按回车打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="113" />
      <location filename="../../app/ui/backoffice/detail.py" line="168" />
      <source>　</source>
      <translation>　</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="117" />
      <source>超期%1个工作日</source>
      <translation>超期%1个工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="119" />
      <source>剩余%1个工作日</source>
      <translation>剩余%1个工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="121" />
      <source>阶段</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="123" />
      <source>承诺办结</source>
      <translation>承诺办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="126" />
      <source>申请人</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="128" />
      <source>统一社会信用代码</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="130" />
      <source>法定代表人</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="132" />
      <source>证件号码</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="134" />
      <source>电话</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="136" />
      <source>代理人</source>
      <translation>代理人</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="137" />
      <source>受理窗口</source>
      <translation>受理窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="144" />
      <source>后台要求补正</source>
      <translation>后台要求补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="170" />
      <source>%1 %2个工作日</source>
      <translation>%1 %2个工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="173" />
      <source>各阶段用时</source>
      <translation>各阶段用时</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="179" />
      <source>%1（%2）</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="181" />
      <location filename="../../app/ui/backoffice/detail.py" line="192" />
      <source>未答复</source>
      <translation>未答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="187" />
      <source>%1 %2前 %3</source>
      <translation>%1 %2前 %3</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="189" />
      <source>联办</source>
      <translation>联办</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="192" />
      <source>答复</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="195" />
      <source>上报</source>
      <translation>上报</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="196" />
      <source>%1 %2个工作日（%3前）%4</source>
      <translation>%1 %2个工作日（%3前）%4</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="204" />
      <source>审批决定</source>
      <translation>审批决定</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="206" />
      <source>办理结果</source>
      <translation>办理结果</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="40" />
      <source>%1 %2 个工作日</source>
      <translation>%1 %2 个工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="51" />
      <source>超期%1天</source>
      <translation>超期%1天</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="59" />
      <source> 暂定</source>
      <translation> 暂定</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="65" />
      <source>含未公布放假安排的日期，以国务院通知为准</source>
      <translation>含未公布放假安排的日期，以国务院通知为准</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="72" />
      <source>逾期视为受理</source>
      <translation>逾期视为受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="75" />
      <source>上报%1，%2前</source>
      <translation>上报%1，%2前</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="80" />
      <source>延时%1</source>
      <translation>延时%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="82" />
      <source>【急】</source>
      <translation>【急】</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="129" />
      <source>（后台要求补正）</source>
      <translation>（后台要求补正）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="160" />
      <source>我的办件</source>
      <extracomment>Button name → the case action it takes (``TrackedCase.allowed_actions`` hold the labels). Rows measured when the columns are sized (a screenful and a little more). Action buttons per row under the table. Request: continue the intake of this draft (double-click on a 收件中 line). Request: hand this case over on the 出件 page (its case number). Fact: an action issued documents (补正材料通知书, 办结 …; a DecisionResult) — the peripherals print them on the window printer. The list's reads run on their own worker: a page fetched while scrolling or a row refreshed after a decision never queues in front of the next F1. The window's promised dates a calendar import moved (earlier ones make it red). 计时事项 ▾: 急事特办, 申请人原因, 补告遗漏, 上报, 延时, 退回件, 不予许可.</extracomment>
      <translation>我的办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="163" />
      <source>按受理编号、申请人姓名或证件号码查找，回车搜索；清空显示全部</source>
      <translation>按受理编号、申请人姓名或证件号码查找，回车搜索；清空显示全部</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="164" />
      <source>黄色：即将到期　红色：已超期　灰色：暂停计时　双击“收件中”继续收件</source>
      <translation>黄色：即将到期　红色：已超期　灰色：暂停计时　双击“收件中”继续收件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="166" />
      <source>要求补正</source>
      <translation>要求补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="167" />
      <source>补正材料已收</source>
      <translation>补正材料已收</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="168" />
      <source>容缺材料已补齐</source>
      <translation>容缺材料已补齐</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="169" />
      <location filename="../../app/ui/pages/cases.py" line="359" />
      <source>中止计时</source>
      <translation>中止计时</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="170" />
      <source>恢复计时</source>
      <translation>恢复计时</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="171" />
      <location filename="../../app/ui/pages/cases.py" line="369" />
      <source>办结（准予）</source>
      <translation>办结（准予）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="172" />
      <source>不予许可…</source>
      <translation>不予许可…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="173" />
      <source>送达…</source>
      <translation>送达…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="174" />
      <location filename="../../app/ui/pages/cases.py" line="402" />
      <source>撤回</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="178" />
      <source>转“办不成事”…</source>
      <translation>转“办不成事”…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="180" />
      <source>本窗口办不成的，一键登记为“办不成事”交中心督办（申请人和事项自动带入）</source>
      <translation>本窗口办不成的，一键登记为“办不成事”交中心督办（申请人和事项自动带入）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="217" />
      <source>（提前）</source>
      <translation>（提前）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="223" />
      <source>日历调整后承诺办结日期有变化：</source>
      <translation>日历调整后承诺办结日期有变化：</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="244" />
      <location filename="../../app/ui/pages/cases.py" line="321" />
      <location filename="../../app/ui/pages/cases.py" line="385" />
      <source>请先选择一件办件</source>
      <translation>请先选择一件办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="248" />
      <source>本机未配置登记台账，不能转“办不成事”</source>
      <translation>本机未配置登记台账，不能转“办不成事”</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="257" />
      <source>已转“办不成事”，中心将转办督办</source>
      <translation>已转“办不成事”，中心将转办督办</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="329" />
      <source>已生成文书：%1</source>
      <translation>已生成文书：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="360" />
      <source>特别程序</source>
      <translation>特别程序</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>听证</source>
      <translation>听证</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>检验</source>
      <translation>检验</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>专家评审</source>
      <translation>专家评审</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>其他</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="370" />
      <source>办理结果名称（如营业执照）</source>
      <translation>办理结果名称（如营业执照）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="402" />
      <source>撤回说明</source>
      <translation>撤回说明</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="85" />
      <source>修改密码</source>
      <extracomment>The session after the change (set when accepted).</extracomment>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="86" />
      <source>首次登录或密码已重置，请设置新密码后再开始办理。</source>
      <translation>首次登录或密码已重置，请设置新密码后再开始办理。</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>原密码</source>
      <translation>原密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>新密码</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>再次输入新密码</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="91" />
      <source>确定</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="92" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="97" />
      <source>两次输入的新密码不一致</source>
      <translation>两次输入的新密码不一致</translation>
    </message>
  </context>
  <context>
    <name>ClockActions</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="160" />
      <source>计时事项</source>
      <translation>计时事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="162" />
      <source>急事特办…</source>
      <translation>急事特办…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="163" />
      <source>申请人原因暂停…</source>
      <translation>申请人原因暂停…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="164" />
      <source>申请人原因恢复计时</source>
      <translation>申请人原因恢复计时</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="165" />
      <source>补告遗漏材料…</source>
      <translation>补告遗漏材料…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="166" />
      <source>上报上级机关…</source>
      <translation>上报上级机关…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="167" />
      <source>上级办结返回</source>
      <translation>上级办结返回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="168" />
      <source>申请延时…</source>
      <translation>申请延时…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="169" />
      <source>出具延期办理通知书（已批准）</source>
      <translation>出具延期办理通知书（已批准）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="170" />
      <source>退回（受理后3个工作日内）…</source>
      <translation>退回（受理后3个工作日内）…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="171" />
      <source>不予许可…</source>
      <translation>不予许可…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="226" />
      <source>请先选择一件办件</source>
      <translation>请先选择一件办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="229" />
      <source>本机未配置计时事项服务</source>
      <translation>本机未配置计时事项服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="236" />
      <source>已生成文书：%1</source>
      <translation>已生成文书：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="247" />
      <source>急事特办</source>
      <translation>急事特办</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="247" />
      <source>紧急事由</source>
      <translation>紧急事由</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="253" />
      <source>申请人原因暂停</source>
      <translation>申请人原因暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="253" />
      <source>申请人原因（如申请人申请暂缓）</source>
      <translation>申请人原因（如申请人申请暂缓）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="265" />
      <location filename="../../app/ui/pages/clock_actions.py" line="269" />
      <source>补告遗漏材料</source>
      <translation>补告遗漏材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="265" />
      <source>首次告知遗漏的材料</source>
      <translation>首次告知遗漏的材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="269" />
      <source>问题和要求</source>
      <translation>问题和要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="288" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="288" />
      <source>退回理由</source>
      <translation>退回理由</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="69" />
      <location filename="../../app/ui/pages/case_columns.py" line="86" />
      <source>受理编号</source>
      <translation>受理编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="85" />
      <location filename="../../app/ui/pages/case_columns.py" line="88" />
      <source>事项</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="86" />
      <location filename="../../app/ui/pages/case_columns.py" line="93" />
      <source>申请人</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="87" />
      <source>受理窗口</source>
      <translation>受理窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="89" />
      <source>本阶段工作日</source>
      <translation>本阶段工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="94" />
      <source>证件号码</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="96" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="79" />
      <location filename="../../app/ui/pages/case_columns.py" line="125" />
      <source>阶段</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="102" />
      <source>受理日期</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="77" />
      <location filename="../../app/ui/pages/case_columns.py" line="108" />
      <source>承诺办结</source>
      <translation>承诺办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="71" />
      <location filename="../../app/ui/pages/case_columns.py" line="115" />
      <source>剩余工作日</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="95" />
      <location filename="../../app/ui/pages/case_columns.py" line="122" />
      <source>计时</source>
      <translation>计时</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="60" />
      <source>材料名称</source>
      <translation>材料名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="65" />
      <source>必要性</source>
      <translation>必要性</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="70" />
      <source>形式</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="72" />
      <source>份数</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="73" />
      <source>标注</source>
      <translation>标注</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="75" />
      <source>核验</source>
      <translation>核验</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="80" />
      <source>说明</source>
      <translation>说明</translation>
    </message>
  </context>
  <context>
    <name>CounterPeripherals</name>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="146" />
      <source>打印机：就绪</source>
      <translation>打印机：就绪</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="162" />
      <source>中心库：正在连接…</source>
      <extracomment>The 补打 strip for this clerk's decisions whose slip never printed (none without a printer).</extracomment>
      <translation>中心库：正在连接…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="228" />
      <source>暂停服务（%1）</source>
      <translation>暂停服务（%1）</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="139" />
      <source>正在连接…</source>
      <extracomment>Fact: a rating was stored (RatingInfo) — tests and the today page may follow it. Open rating requests by the hub's request id. Ticket id → the case decided for it (the rating is bound to its case number). Jobs sent or submitted this session, newest last (the print-jobs dialog offers 补打). The status last sent to the devices (state, message, away).</extracomment>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="63" />
      <source>文书</source>
      <extracomment>Window status → the state name the device hub understands. Status-bar lamp names owned by this module (device lamps use the device's own name). How often the sync lamp is refreshed from the uploader's state.</extracomment>
      <translation>文书</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="71" />
      <source>%1 秒</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="73" />
      <source>%1 分钟</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="74" />
      <source>%1 小时</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="81" />
      <source>中心库：在线</source>
      <translation>中心库：在线</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="83" />
      <source>中心库：离线</source>
      <translation>中心库：离线</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="85" />
      <source>，待上传 %1 条</source>
      <translation>，待上传 %1 条</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="89" />
      <source>（最早 %1前）</source>
      <translation>（最早 %1前）</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="205" />
      <source>暂停服务</source>
      <translation>暂停服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="268" />
      <source>等待评价…</source>
      <translation>等待评价…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="302" />
      <source>未评价：%1</source>
      <translation>未评价：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="305" />
      <source>已评价：%1</source>
      <translation>已评价：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="309" />
      <source>评价未能保存</source>
      <translation>评价未能保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="310" />
      <source>评价未能保存：%1</source>
      <translation>评价未能保存：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="352" />
      <source>已送打印：%1</source>
      <translation>已送打印：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="357" />
      <location filename="../../app/ui/devices_printer_sync.py" line="374" />
      <source>打印机：%1</source>
      <translation>打印机：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="358" />
      <source>文书未能送打印：%1</source>
      <translation>文书未能送打印：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="365" />
      <source>打印机：正常</source>
      <translation>打印机：正常</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="366" />
      <source>已打印：%1</source>
      <translation>已打印：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="376" />
      <source>%1 未打印：%2。文书已保留在打印队列，排除故障后自动续打（打印 → 打印队列 可重试）</source>
      <translation>%1 未打印：%2。文书已保留在打印队列，排除故障后自动续打（打印 → 打印队列 可重试）</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="383" />
      <source>打印(&amp;P)</source>
      <translation>打印(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="384" />
      <source>打印队列…</source>
      <translation>打印队列…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="409" />
      <source>已送补打：%1</source>
      <translation>已送补打：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="423" />
      <source>在线</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="423" />
      <source>未连接</source>
      <translation>未连接</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="436" />
      <source>同步状态未知：%1</source>
      <translation>同步状态未知：%1</translation>
    </message>
  </context>
  <context>
    <name>DecisionPage</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="275" />
      <source>决定</source>
      <extracomment>Fact: a decision was taken (the queue panel and "my cases" refresh). Open while the refusal form is being filled in. Open while the clerk decides on a notice later than the §32 five days.</extracomment>
      <translation>决定</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="279" />
      <source>受理</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="280" />
      <source>一次性告知</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="281" />
      <source>容缺受理</source>
      <translation>容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="282" />
      <source>不予受理</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="283" />
      <source>即办办结</source>
      <translation>即办办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="284" />
      <location filename="../../app/ui/pages/decision.py" line="371" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="288" />
      <source>自定容缺材料补齐期限（不勾选则为承诺办结日期）</source>
      <translation>自定容缺材料补齐期限（不勾选则为承诺办结日期）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="329" />
      <source>逾期告知补正</source>
      <translation>逾期告知补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="344" />
      <location filename="../../app/ui/pages/decision.py" line="511" />
      <source>本事项不适用容缺受理</source>
      <translation>本事项不适用容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="395" />
      <location filename="../../app/ui/pages/decision.py" line="466" />
      <source>没有待决定的收件</source>
      <translation>没有待决定的收件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="430" />
      <source>已作出决定：%1</source>
      <translation>已作出决定：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="432" />
      <source>办件编号：%1</source>
      <translation>办件编号：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="436" />
      <source>（暂定：含未公布放假安排的日期，以国务院通知为准）</source>
      <translation>（暂定：含未公布放假安排的日期，以国务院通知为准）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="437" />
      <source>承诺办结日期：%1</source>
      <translation>承诺办结日期：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="439" />
      <source>容缺材料补齐期限：%1</source>
      <translation>容缺材料补齐期限：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="440" />
      <source>文书：%1</source>
      <translation>文书：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="458" />
      <source>打印提醒：%1 本机所有字库都没有，文书上将印作编码（如〔U+%2〕），打印后请手写补上</source>
      <translation>打印提醒：%1 本机所有字库都没有，文书上将印作编码（如〔U+%2〕），打印后请手写补上</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="473" />
      <source>（申请人未填写）</source>
      <translation>（申请人未填写）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="475" />
      <source>%1 — %2　[%3]</source>
      <translation>%1 — %2　[%3]</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="485" />
      <source>缺少或有误：</source>
      <translation>缺少或有误：</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="493" />
      <source>尚未核验：</source>
      <translation>尚未核验：</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="495" />
      <source>必要材料已齐全，可以受理</source>
      <translation>必要材料已齐全，可以受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="497" />
      <source>收到材料已超过5个工作日未告知，依法视为受理</source>
      <translation>收到材料已超过5个工作日未告知，依法视为受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="500" />
      <source>注意：须在%1前一次性告知补正（还剩%2个工作日），逾期视为受理</source>
      <translation>注意：须在%1前一次性告知补正（还剩%2个工作日），逾期视为受理</translation>
    </message>
  </context>
  <context>
    <name>DenialDialog</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="116" />
      <source>不予许可</source>
      <translation>不予许可</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="122" />
      <source>理由（每行一条）</source>
      <translation>理由（每行一条）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="123" />
      <source>法律依据（多条用；分隔）</source>
      <translation>法律依据（多条用；分隔）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="124" />
      <source>首席代表工号</source>
      <translation>首席代表工号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="125" />
      <source>首席代表密码</source>
      <translation>首席代表密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="126" />
      <source>将出具不予许可决定书（含复议、诉讼权利），并报中心否定备案</source>
      <translation>将出具不予许可决定书（含复议、诉讼权利），并报中心否定备案</translation>
    </message>
  </context>
  <context>
    <name>DenyDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="99" />
      <source>不予许可</source>
      <translation>不予许可</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="104" />
      <source>理由（每行一条）</source>
      <translation>理由（每行一条）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="105" />
      <source>法律依据</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="106" />
      <source>不予许可将报中心否定备案审查</source>
      <translation>不予许可将报中心否定备案审查</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="464" />
      <source>评价器和窗口屏</source>
      <translation>评价器和窗口屏</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="465" />
      <source>没有的设备留空即可；串口设备请先确认端口号（见安装说明）。</source>
      <translation>没有的设备留空即可；串口设备请先确认端口号（见安装说明）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="466" />
      <source>评价器</source>
      <translation>评价器</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="467" />
      <source>LED 窗口屏</source>
      <translation>LED 窗口屏</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="176" />
      <source>%1　%2</source>
      <translation>%1　%2</translation>
    </message>
  </context>
  <context>
    <name>EscalateDialog</name>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="76" />
      <source>转“办不成事”</source>
      <translation>转“办不成事”</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="80" />
      <source>群众反映的问题：办不成的原因、卡在哪个环节</source>
      <translation>群众反映的问题：办不成的原因、卡在哪个环节</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="91" />
      <source>办件</source>
      <translation>办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="92" />
      <source>反映问题</source>
      <translation>反映问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="93" />
      <source>复杂程度</source>
      <translation>复杂程度</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="108" />
      <source>请填写反映的问题</source>
      <translation>请填写反映的问题</translation>
    </message>
  </context>
  <context>
    <name>ExtensionDialog</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="101" />
      <source>申请延时办理</source>
      <translation>申请延时办理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="106" />
      <source>延长（工作日）</source>
      <translation>延长（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="107" />
      <source>延时理由</source>
      <translation>延时理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="108" />
      <source>提交后须经中心批准，批准后再出具延期办理通知书</source>
      <translation>提交后须经中心批准，批准后再出具延期办理通知书</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="167" />
      <location filename="../../app/ui/pages/clock_actions.py" line="87" />
      <source>上报上级机关</source>
      <extracomment>Menu entry → the case action whose presence in ``allowed_actions`` enables it.</extracomment>
      <translation>上报上级机关</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="172" />
      <location filename="../../app/ui/pages/clock_actions.py" line="92" />
      <source>上级机关</source>
      <translation>上级机关</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="173" />
      <location filename="../../app/ui/pages/clock_actions.py" line="93" />
      <source>上级办理时限（工作日）</source>
      <translation>上级办理时限（工作日）</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="174" />
      <source>上报期间不计入本厅办理时限</source>
      <translation>上报期间不计入本厅办理时限</translation>
    </message>
  </context>
  <context>
    <name>Glyphs</name>
    <message>
      <location filename="../../app/ui/glyphs.py" line="27" />
      <source>“%1”（U+%2）</source>
      <translation>“%1”（U+%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/glyphs.py" line="28" />
      <source>、</source>
      <translation>、</translation>
    </message>
  </context>
  <context>
    <name>GuidePage</name>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="49" />
      <source>本窗口</source>
      <extracomment>Pause after the last keystroke before searching (ms). The pause after a keystroke when the previous search took under FAST_QUERY_MS: one frame.</extracomment>
      <translation>本窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="51" />
      <source>常办</source>
      <translation>常办</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="53" />
      <location filename="../../app/ui/pages/guide.py" line="90" />
      <location filename="../../app/ui/pages/guide.py" line="302" />
      <source>示例</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="54" />
      <source>〔%1〕</source>
      <translation>〔%1〕</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="63" />
      <source>（未设定）</source>
      <translation>（未设定）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="80" />
      <source>即时办结</source>
      <translation>即时办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="81" />
      <source>%1个工作日</source>
      <translation>%1个工作日</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="100" />
      <source>本指南为示例内容，正式使用前请以中心发布的办事指南为准。</source>
      <translation>本指南为示例内容，正式使用前请以中心发布的办事指南为准。</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="108" />
      <source>收费</source>
      <translation>收费</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="112" />
      <source>不收费</source>
      <translation>不收费</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="116" />
      <source>%1号窗口 %2</source>
      <translation>%1号窗口 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="125" />
      <source>事项编码</source>
      <translation>事项编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="126" />
      <source>事项类型</source>
      <translation>事项类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="127" />
      <source>实施主体</source>
      <translation>实施主体</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="128" />
      <source>办件类型</source>
      <translation>办件类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="129" />
      <source>法定办结时限</source>
      <translation>法定办结时限</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="130" />
      <source>承诺办结时限</source>
      <translation>承诺办结时限</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="131" />
      <source>设定依据</source>
      <translation>设定依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="132" />
      <source>受理条件</source>
      <translation>受理条件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="133" />
      <source>服务对象</source>
      <translation>服务对象</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="134" />
      <source>收费标准</source>
      <translation>收费标准</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="135" />
      <source>收费依据</source>
      <translation>收费依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="136" />
      <source>办理结果</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="137" />
      <source>办理地点</source>
      <translation>办理地点</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="138" />
      <source>办理时间</source>
      <translation>办理时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="139" />
      <source>咨询方式</source>
      <translation>咨询方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="140" />
      <source>监督投诉方式</source>
      <translation>监督投诉方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="141" />
      <source>受理窗口</source>
      <translation>受理窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="142" />
      <source>牵头部门</source>
      <translation>牵头部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="143" />
      <source>协办部门</source>
      <translation>协办部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="145" />
      <source>容缺受理</source>
      <translation>容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="146" />
      <source>可容缺受理</source>
      <translation>可容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="148" />
      <source>不适用容缺受理</source>
      <translation>不适用容缺受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="150" />
      <source>特别程序（不计时）</source>
      <translation>特别程序（不计时）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="151" />
      <source>关键词</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="153" />
      <source>高频事项</source>
      <translation>高频事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="154" />
      <source>是</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="156" />
      <source>否</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="161" />
      <source>情形</source>
      <translation>情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="169" />
      <source>申请材料</source>
      <translation>申请材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="173" />
      <source>无需提交材料</source>
      <translation>无需提交材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="178" />
      <source>%1份</source>
      <translation>%1份</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="181" />
      <source>可容缺</source>
      <translation>可容缺</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="183" />
      <source>免提交（数据共享）</source>
      <translation>免提交（数据共享）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="185" />
      <source>材料编码</source>
      <translation>材料编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="187" />
      <source>适用情形</source>
      <translation>适用情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="189" />
      <source>所有情形</source>
      <translation>所有情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="191" />
      <source>规格</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="192" />
      <source>来源渠道</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="193" />
      <source>受理标准</source>
      <translation>受理标准</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="194" />
      <source>提供依据</source>
      <translation>提供依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="195" />
      <source>空白表格</source>
      <translation>空白表格</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="196" />
      <source>示例样表</source>
      <translation>示例样表</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="201" />
      <source>［%1］</source>
      <translation>［%1］</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="207" />
      <source>其他信息</source>
      <translation>其他信息</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="295" />
      <source>事项指南</source>
      <extracomment>Request: start an intake for this matter code. Request: start an intake for this 一件事 (bundle code).</extracomment>
      <translation>事项指南</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="298" />
      <source>输入事项名称、拼音首字母、全拼、编码或关键词（Ctrl+F）</source>
      <translation>输入事项名称、拼音首字母、全拼、编码或关键词（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="299" />
      <source>开始收件</source>
      <translation>开始收件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="300" />
      <source>一件事收件</source>
      <translation>一件事收件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="301" />
      <source>“一件事”：多个事项一次收件，材料只收一次</source>
      <translation>“一件事”：多个事项一次收件，材料只收一次</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="308" />
      <location filename="../../app/ui/pages/guide.py" line="319" />
      <source>请在左侧选择事项</source>
      <translation>请在左侧选择事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="423" />
      <source>本窗口及常办事项 %1 项</source>
      <translation>本窗口及常办事项 %1 项</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="425" />
      <source>找到 %1 项</source>
      <translation>找到 %1 项</translation>
    </message>
  </context>
  <context>
    <name>HandoverPage</name>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="266" />
      <source>出件</source>
      <extracomment>Fact: a 领取回执 was issued (the peripherals print it). Fact: a hand-over, mail or returned mail was recorded (lists elsewhere may refresh). The case found, while one is shown. The last result recorded here (tests, the message line).</extracomment>
      <translation>出件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="269" />
      <source>输入办件编号或扫描文书上的二维码，回车查找</source>
      <translation>输入办件编号或扫描文书上的二维码，回车查找</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="270" />
      <source>查找</source>
      <translation>查找</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="271" />
      <source>窗口领取</source>
      <translation>窗口领取</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="272" />
      <source>邮寄送达</source>
      <translation>邮寄送达</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>领取人身份</source>
      <translation>领取人身份</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>领取人姓名</source>
      <translation>领取人姓名</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>证件号码</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>授权委托书</source>
      <translation>授权委托书</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="279" />
      <source>联系电话</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="280" />
      <source>签收</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="281" />
      <source>委托代理人必填：委托书日期、编号，原件已核验</source>
      <translation>委托代理人必填：委托书日期、编号，原件已核验</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="282" />
      <source>添加物品</source>
      <translation>添加物品</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="283" />
      <source>重签</source>
      <translation>重签</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="284" />
      <source>登记领取并打印领取回执（Ctrl+Enter）</source>
      <translation>登记领取并打印领取回执（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="286" />
      <source>收件人</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="287" />
      <source>收件人电话</source>
      <translation>收件人电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="288" />
      <source>邮寄地址</source>
      <translation>邮寄地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="289" />
      <source>快递公司</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="290" />
      <source>运单号</source>
      <translation>运单号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="291" />
      <source>邮费/揽收</source>
      <translation>邮费/揽收</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="295" />
      <source>登记邮寄（Ctrl+Enter）</source>
      <translation>登记邮寄（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="296" />
      <source>邮件退回…</source>
      <translation>邮件退回…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="317" />
      <source>本机未启用出件</source>
      <translation>本机未启用出件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="326" />
      <location filename="../../app/ui/pages/handover.py" line="356" />
      <location filename="../../app/ui/pages/handover.py" line="379" />
      <source>请先查找要出件的办件</source>
      <translation>请先查找要出件的办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="410" />
      <source>查找办件后在此登记领取或邮寄</source>
      <translation>查找办件后在此登记领取或邮寄</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="413" />
      <source>本窗口办件</source>
      <translation>本窗口办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="413" />
      <source>%1号窗口受理（中心库）</source>
      <translation>%1号窗口受理（中心库）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="416" />
      <source>%1　%2</source>
      <translation>%1　%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="417" />
      <source>申请人：%1（%2）　%3</source>
      <translation>申请人：%1（%2）　%3</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="421" />
      <source>状态：%1　出件：%2</source>
      <translation>状态：%1　出件：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="428" />
      <source>已邮寄：%1 %2（%3）寄往 %4</source>
      <translation>已邮寄：%1 %2（%3）寄往 %4</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="437" />
      <source>已由%1%2领取</source>
      <translation>已由%1%2领取</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="448" />
      <source>请领取人在签名板上签名</source>
      <translation>请领取人在签名板上签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="450" />
      <source>本机未配置签名板：打印两联领取回执，领取人在第二联签字后交窗口存档</source>
      <translation>本机未配置签名板：打印两联领取回执，领取人在第二联签字后交窗口存档</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="462" />
      <source>该办件当前不能出件（%1）</source>
      <translation>该办件当前不能出件（%1）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="472" />
      <source>已登记领取，领取回执 %1 已送打印</source>
      <translation>已登记领取，领取回执 %1 已送打印</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="475" />
      <source>已登记邮寄</source>
      <translation>已登记邮寄</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="482" />
      <source>已登记邮件退回：请重新出件（窗口领取或重新邮寄）</source>
      <translation>已登记邮件退回：请重新出件（窗口领取或重新邮寄）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="514" />
      <source>邮件退回</source>
      <translation>邮件退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="514" />
      <source>退回原因（如查无此人、地址不详、拒收）</source>
      <translation>退回原因（如查无此人、地址不详、拒收）</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="50" />
      <source>可容缺</source>
      <extracomment>Keys of the checklist and the mark they set. Capture keys of the checklist and the action they request.</extracomment>
      <translation>可容缺</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="52" />
      <source>免提交</source>
      <translation>免提交</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="54" />
      <source>非必要</source>
      <translation>非必要</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="184" />
      <source>收件</source>
      <extracomment>Fact: the draft on screen changed (the decision page follows it). Request: go to the decision page with this draft. The form's message line holds the summary of a failed save (cleared when typing).</extracomment>
      <translation>收件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="188" />
      <source>情形（勾选适用的情形，材料清单随之变化）</source>
      <translation>情形（勾选适用的情形，材料清单随之变化）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="189" />
      <source>本事项无需选择情形</source>
      <translation>本事项无需选择情形</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="190" />
      <source>材料清单</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="192" />
      <source>键盘：1 已收　2 缺少　3 有误（填写说明后回车）　4 共享免提交　空格 已收并下一项</source>
      <translation>键盘：1 已收　2 缺少　3 有误（填写说明后回车）　4 共享免提交　空格 已收并下一项</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="194" />
      <source>有误说明</source>
      <translation>有误说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="195" />
      <source>按3标记有误前先写明问题，如“复印件不清晰”</source>
      <translation>按3标记有误前先写明问题，如“复印件不清晰”</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="196" />
      <source>其余全部已收</source>
      <translation>其余全部已收</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="197" />
      <source>去决定（Ctrl+D）</source>
      <translation>去决定（Ctrl+D）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="307" />
      <source>请在“有误说明”中写明问题后按回车</source>
      <translation>请在“有误说明”中写明问题后按回车</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="417" />
      <source>（另有%1处需修改）</source>
      <translation>（另有%1处需修改）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="572" />
      <source>尚未开始收件：在“事项指南”中选择事项后按回车</source>
      <translation>尚未开始收件：在“事项指南”中选择事项后按回车</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="577" />
      <source>示例</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="580" />
      <source>本事项第 %1 次来办（最多跑一次）</source>
      <translation>本事项第 %1 次来办（最多跑一次）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="583" />
      <source>本事项第 %1 次来办</source>
      <translation>本事项第 %1 次来办</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="591" />
      <source>该申请人此前就本事项已收到告知，本次请核对：</source>
      <translation>该申请人此前就本事项已收到告知，本次请核对：</translation>
    </message>
  </context>
  <context>
    <name>ItemsTable</name>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>类别</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>名称</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>编号</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>份数</source>
      <translation>份数</translation>
    </message>
  </context>
  <context>
    <name>JointOpinionDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="150" />
      <source>签署联办意见</source>
      <translation>签署联办意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="155" />
      <source>意见</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="156" />
      <source>理由（不同意时必填）</source>
      <translation>理由（不同意时必填）</translation>
    </message>
  </context>
  <context>
    <name>JointStartDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="131" />
      <source>发起联办</source>
      <translation>发起联办</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="133" />
      <source>部门编码，多个用逗号分隔；留空按目录配置的联办部门</source>
      <translation>部门编码，多个用逗号分隔；留空按目录配置的联办部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="134" />
      <source>联办部门</source>
      <translation>联办部门</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="135" />
      <source>各联办部门按各自时限并联签署意见</source>
      <translation>各联办部门按各自时限并联签署意见</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <location filename="../../app/ui/kiosk.py" line="33" />
      <source>综合业务</source>
      <extracomment>Ticket categories of a typical hall (letter → what the applicant reads on the button).</extracomment>
      <translation>综合业务</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="34" />
      <source>企业开办</source>
      <translation>企业开办</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="35" />
      <source>社保医保</source>
      <translation>社保医保</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="36" />
      <source>不动产登记</source>
      <translation>不动产登记</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="37" />
      <source>户政业务</source>
      <translation>户政业务</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="38" />
      <source>税务业务</source>
      <translation>税务业务</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="39" />
      <source>市场监管</source>
      <translation>市场监管</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="107" />
      <source>取号</source>
      <extracomment>How long the issued ticket stays on screen before the kiosk is ready again. The last ticket issued (tests and the slip printer read it).</extracomment>
      <translation>取号</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="108" />
      <source>请选择您要办理的业务</source>
      <translation>请选择您要办理的业务</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="110" />
      <source>%1　%2</source>
      <translation>%1　%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="111" />
      <source>绿色通道：老年人、残疾人、孕妇请先点此</source>
      <translation>绿色通道：老年人、残疾人、孕妇请先点此</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="112" />
      <source>已预约？输入预约号后选择业务</source>
      <translation>已预约？输入预约号后选择业务</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="142" />
      <source>您的号码 %1%2，前面还有 %3 人，请留意叫号屏幕和语音提示</source>
      <translation>您的号码 %1%2，前面还有 %3 人，请留意叫号屏幕和语音提示</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="162" />
      <source>取号后请在等候区就座</source>
      <translation>取号后请在等候区就座</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <location filename="../../app/ui/language_menu.py" line="61" />
      <source>语言(&amp;L)</source>
      <extracomment>The language chosen (after the translator is installed and the file written).</extracomment>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/language_menu.py" line="78" />
      <source>语言已切换，但未能写入设置文件：%1</source>
      <translation>语言已切换，但未能写入设置文件：%1</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../app/ui/lock.py" line="122" />
      <source>窗口已锁定</source>
      <extracomment>Fact: nobody touched keyboard or mouse for the configured time. Fact: the same person unlocked with their password. Request: someone else wants to take over the window.</extracomment>
      <translation>窗口已锁定</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="123" />
      <source>解锁</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="124" />
      <source>切换用户</source>
      <translation>切换用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="125" />
      <source>本人密码</source>
      <translation>本人密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="135" />
      <source>%1（%2）离开时锁定，请本人输入密码解锁</source>
      <translation>%1（%2）离开时锁定，请本人输入密码解锁</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="192" />
      <source>切换用户</source>
      <extracomment>Fact: someone logged in (or took over the window). Shown next to the window code (the window's name once someone has logged in there). The session after a successful login. A 后台审批人 logged in (against the central store): the workbench opens, not the counter. Open while a first-login password change is asked for.</extracomment>
      <translation>切换用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="192" />
      <source>登录 — 窗口受理台</source>
      <translation>登录 — 窗口受理台</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="194" />
      <source>本机窗口：%1号窗口</source>
      <translation>本机窗口：%1号窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="198" />
      <source>工号</source>
      <translation>工号</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="198" />
      <source>密码</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="200" />
      <location filename="../../app/ui/login.py" line="215" />
      <source>请输入工号</source>
      <translation>请输入工号</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="201" />
      <source>交接：把上一位人员未完成的收件交给新登录人员</source>
      <translation>交接：把上一位人员未完成的收件交给新登录人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="202" />
      <source>交接说明（必填：交接了什么、需注意什么）</source>
      <translation>交接说明（必填：交接了什么、需注意什么）</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="203" />
      <source>登录</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="204" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="219" />
      <source>请输入密码</source>
      <translation>请输入密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="226" />
      <source>勾选交接时请填写交接说明</source>
      <translation>勾选交接时请填写交接说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="261" />
      <source>必须修改密码后才能办理业务</source>
      <translation>必须修改密码后才能办理业务</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="139" />
      <location filename="../../app/ui/window_actions.py" line="89" />
      <source>指定呼叫</source>
      <translation>指定呼叫</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="470" />
      <location filename="../../app/ui/window_actions.py" line="101" />
      <source>中心工作台</source>
      <translation>中心工作台</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="270" />
      <source>叫号(&amp;Q)</source>
      <extracomment>Fact: the person on screen changed (login, switch) — device adapters follow it. Fact: the person serving left the window (switch of user, program closed). Fact: a ticket was called (LED screen and voice announcer follow it). Fact: the current ticket was called again (重呼). Fact: the window's status changed (serving / paused / away with its message). Fact: the applicant of this ticket was served to the end (the evaluator asks for a rating). Open while someone is logging in to take over the window. The widget that had the focus when the screen was locked (it gets it back). The center's services (None on a PC without them: no 登记 menu, no workspace). The center's workspace of the person logged in (built per person, dropped on switch). The 登记 dialog while open. 出件 (Ctrl+6): hand-over at the window or by mail, the 领取回执. 0: the counter (queue panel and pages); 1: the center's workspace. Strips shown above the pages (the 补打 strip); each has ``stop()`` for a log-out.</extracomment>
      <translation>叫号(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="271" />
      <source>窗口(&amp;W)</source>
      <translation>窗口(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="272" />
      <source>视图(&amp;V)</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="273" />
      <source>登记(&amp;R)</source>
      <translation>登记(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="274" />
      <source>窗口受理台</source>
      <translation>窗口受理台</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="73" />
      <source>手工录入票号</source>
      <translation>手工录入票号</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="74" />
      <source>叫号服务暂时无法连接。请呼叫群众并录入其手中号票的号码（如A012）：</source>
      <translation>叫号服务暂时无法连接。请呼叫群众并录入其手中号票的号码（如A012）：</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="85" />
      <source>叫号服务离线</source>
      <translation>叫号服务离线</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="95" />
      <source>%1号已过号</source>
      <translation>%1号已过号</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="108" />
      <source>%1号已转窗</source>
      <translation>%1号已转窗</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="115" />
      <source>%1号已挂起</source>
      <translation>%1号已挂起</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="120" />
      <source>没有挂起的号</source>
      <translation>没有挂起的号</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="126" />
      <source>恢复挂起</source>
      <translation>恢复挂起</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="127" />
      <source>恢复哪一个号</source>
      <translation>恢复哪一个号</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="140" />
      <source>号码（如A012）</source>
      <translation>号码（如A012）</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="186" />
      <source>叫号服务在线</source>
      <translation>叫号服务在线</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="199" />
      <source>%1号办理结束</source>
      <translation>%1号办理结束</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="163" />
      <source>暂停服务</source>
      <translation>暂停服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="164" />
      <source>暂停原因（可不填）</source>
      <translation>暂停原因（可不填）</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="189" />
      <source>当前没有等候的群众</source>
      <translation>当前没有等候的群众</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="214" />
      <source>请 %1 号到 %2 号窗口办理</source>
      <translation>请 %1 号到 %2 号窗口办理</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="225" />
      <source>已重呼 %1 号（还可重呼 %2 次）</source>
      <translation>已重呼 %1 号（还可重呼 %2 次）</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="266" />
      <source>%1号已重新排队</source>
      <translation>%1号已重新排队</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="537" />
      <source>决定已作出：%1</source>
      <translation>决定已作出：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="539" />
      <source>，办件编号 %1</source>
      <translation>，办件编号 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="84" />
      <source>呼叫下一位</source>
      <extracomment>The queue and status actions, in button order (None: separator). The 登记 menu: action name → register shown first (the lead also gets 否定备案). Actions that act on the window's queue or status: only for someone working at the counter.</extracomment>
      <translation>呼叫下一位</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="85" />
      <source>重呼</source>
      <translation>重呼</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="86" />
      <source>过号</source>
      <translation>过号</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="87" />
      <source>转窗</source>
      <translation>转窗</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="88" />
      <source>挂起/恢复</source>
      <translation>挂起/恢复</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="90" />
      <source>无号办理</source>
      <translation>无号办理</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="91" />
      <source>办结叫号</source>
      <translation>办结叫号</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="92" />
      <source>暂停/恢复服务</source>
      <translation>暂停/恢复服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="93" />
      <source>离开留言/返回</source>
      <translation>离开留言/返回</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="94" />
      <source>锁屏</source>
      <translation>锁屏</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="95" />
      <source>切换用户</source>
      <translation>切换用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="96" />
      <source>查找事项</source>
      <translation>查找事项</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="97" />
      <source>去决定</source>
      <translation>去决定</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="98" />
      <source>大字体</source>
      <translation>大字体</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="99" />
      <source>高对比度</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="100" />
      <source>退出</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="102" />
      <source>窗口受理</source>
      <translation>窗口受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="103" />
      <source>管理控制台</source>
      <translation>管理控制台</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="104" />
      <source>首问登记…</source>
      <translation>首问登记…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="105" />
      <source>咨询登记…</source>
      <translation>咨询登记…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="106" />
      <source>受理投诉…</source>
      <translation>受理投诉…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="107" />
      <source>“办不成事”登记…</source>
      <translation>“办不成事”登记…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="108" />
      <source>帮办代办…</source>
      <translation>帮办代办…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="109" />
      <source>否定备案（本窗口）…</source>
      <translation>否定备案（本窗口）…</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <location filename="../../app/ui/ops.py" line="44" />
      <source>操作未完成：程序内部错误，已记录日志，请联系信息管理员。</source>
      <extracomment>Work slower than this shows the busy indicator; faster work shows nothing. Shown when a non-CounterDeskError escapes: a bug, never the clerk's fault.</extracomment>
      <translation>操作未完成：程序内部错误，已记录日志，请联系信息管理员。</translation>
    </message>
  </context>
  <context>
    <name>PrintJobsDialog</name>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="35" />
      <source>文书</source>
      <extracomment>Column headers, in order.</extracomment>
      <translation>文书</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="36" />
      <source>文书编号</source>
      <translation>文书编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="37" />
      <source>办件编号</source>
      <translation>办件编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="38" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="39" />
      <source>原因</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="88" />
      <source>打印队列</source>
      <extracomment>States in which a job is still to be printed (can be cancelled, retried). a job reached the printer: PrintJobInfo a job could not be printed (kept queued): PrintJobInfo, Chinese reason Fact: a 补打 job was queued (PrintJobInfo). Fact: a job was cancelled (its id); it leaves the list.</extracomment>
      <translation>打印队列</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="92" />
      <source>未打印的文书会保留在队列中，打印机恢复后自动续打。补打的文书标注“补打”、时间和补打人。</source>
      <translation>未打印的文书会保留在队列中，打印机恢复后自动续打。补打的文书标注“补打”、时间和补打人。</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="104" />
      <source>重试</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="105" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="106" />
      <source>补打</source>
      <translation>补打</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="107" />
      <source>刷新</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="108" />
      <source>关闭</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="140" />
      <source>（补打）</source>
      <translation>（补打）</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="162" />
      <source>已重新发送等待中的文书</source>
      <translation>已重新发送等待中的文书</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="174" />
      <source>已取消：%1</source>
      <translation>已取消：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="188" />
      <source>已送补打：%1</source>
      <translation>已送补打：%1</translation>
    </message>
  </context>
  <context>
    <name>PrinterPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="351" />
      <source>打印机地址</source>
      <translation>打印机地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="352" />
      <source>纸宽</source>
      <translation>纸宽</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="353" />
      <source>中文打印方式</source>
      <translation>中文打印方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="361" />
      <source>打印机</source>
      <translation>打印机</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="362" />
      <source>小票打印机用于排队小票和各类告知书；可以以后再设置（留空）。</source>
      <translation>小票打印机用于排队小票和各类告知书；可以以后再设置（留空）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="363" />
      <source>图像（使用程序自带字体，推荐）</source>
      <translation>图像（使用程序自带字体，推荐）</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="364" />
      <source>打印机自带中文字库（GB18030）</source>
      <translation>打印机自带中文字库（GB18030）</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="365" />
      <source>打印测试页</source>
      <translation>打印测试页</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="369" />
      <source>地址示例：网络打印机 tcp://192.168.1.50:9100；串口 serial://COM3?baudrate=19200；USB 设备文件 file:///dev/usb/lp0；Windows 打印机 win32raw://打印机名称；CUPS 队列 cups://receipt；保存为 PDF pdf:///文件夹</source>
      <translation>地址示例：网络打印机 tcp://192.168.1.50:9100；串口 serial://COM3?baudrate=19200；USB 设备文件 file:///dev/usb/lp0；Windows 打印机 win32raw://打印机名称；CUPS 队列 cups://receipt；保存为 PDF pdf:///文件夹</translation>
    </message>
  </context>
  <context>
    <name>Punctuation</name>
    <message>
      <location filename="../../app/ui/punctuation.py" line="17" />
      <source>、</source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="22" />
      <source>，</source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="27" />
      <source>；</source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="32" />
      <source>：</source>
      <translation>：</translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="37" />
      <source>（%1）</source>
      <translation>（%1）</translation>
    </message>
  </context>
  <context>
    <name>QueuePanel</name>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="69" />
      <source>挂起（F5或双击恢复）</source>
      <extracomment>Request: take this parked ticket back (double-click). Request: put this no-show ticket back in line (double-click).</extracomment>
      <translation>挂起（F5或双击恢复）</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="70" />
      <source>过号（双击重新排队）</source>
      <translation>过号（双击重新排队）</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="76" />
      <source>等候 %1 人</source>
      <translation>等候 %1 人</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="88" />
      <source>等候 — 人</source>
      <translation>等候 — 人</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="157" />
      <source>理由</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="158" />
      <source>依据</source>
      <translation>依据</translation>
    </message>
  </context>
  <context>
    <name>RefusalDialog</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="86" />
      <source>不予受理 — 需首席代表确认</source>
      <extracomment>Button name → the case action it takes (the case's ``allowed_actions`` hold the labels).</extracomment>
      <translation>不予受理 — 需首席代表确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="87" />
      <source>不予受理理由（可多选）</source>
      <translation>不予受理理由（可多选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="96" />
      <source>其他理由（自行填写）</source>
      <translation>其他理由（自行填写）</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="107" />
      <source>确认不予受理</source>
      <translation>确认不予受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="108" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="110" />
      <source>其他理由</source>
      <translation>其他理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="111" />
      <source>法律依据</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="112" />
      <source>首席代表工号</source>
      <translation>首席代表工号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="113" />
      <source>首席代表密码</source>
      <translation>首席代表密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="136" />
      <source>请选择或填写不予受理的理由</source>
      <translation>请选择或填写不予受理的理由</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="138" />
      <source>请填写法律依据</source>
      <translation>请填写法律依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="140" />
      <source>不予受理须由首席代表输入工号和密码确认</source>
      <translation>不予受理须由首席代表输入工号和密码确认</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="182" />
      <source>登记上级答复</source>
      <translation>登记上级答复</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="184" />
      <source>上级答复</source>
      <translation>上级答复</translation>
    </message>
  </context>
  <context>
    <name>ResultDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="117" />
      <source>登记办理结果</source>
      <translation>登记办理结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="121" />
      <source>证照名称</source>
      <translation>证照名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="122" />
      <source>证照编号</source>
      <translation>证照编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="123" />
      <source>或结果文书</source>
      <translation>或结果文书</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="66" />
      <location filename="../../app/ui/backoffice/dialogs.py" line="74" />
      <source>审查意见</source>
      <translation>审查意见</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="73" />
      <source>审查结论</source>
      <translation>审查结论</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="539" />
      <source>窗口受理台 首次设置</source>
      <extracomment>Fact: the settings file was written (its path). the settings written by the last *Finish* (None before)</extracomment>
      <translation>窗口受理台 首次设置</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/ui/main.py" line="39" />
      <source>窗口受理台</source>
      <translation>窗口受理台</translation>
    </message>
    <message>
      <location filename="../../app/ui/main.py" line="95" />
      <location filename="../../app/ui/main.py" line="153" />
      <source>无法启动</source>
      <translation>无法启动</translation>
    </message>
    <message>
      <location filename="../../app/ui/main.py" line="98" />
      <source>正在连接数据</source>
      <translation>正在连接数据</translation>
    </message>
  </context>
  <context>
    <name>StatusStrip</name>
    <message>
      <location filename="../../app/ui/status_strip.py" line="76" />
      <source>%1号窗口 %2</source>
      <translation>%1号窗口 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="80" />
      <source>%1（%2）</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="112" />
      <source>当前无号</source>
      <translation>当前无号</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="117" />
      <source>当前 %1</source>
      <translation>当前 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="120" />
      <source>等候 %1</source>
      <translation>等候 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="126" />
      <source>办理 %1</source>
      <translation>办理 %1</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="42" />
      <source>确定</source>
      <extracomment>Request: record the step with what the form holds.</extracomment>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="43" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>StorePage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="176" />
      <location filename="../../app/ui/setup/wizard.py" line="253" />
      <source>数据库文件</source>
      <extracomment>windows found by the last successful test</extracomment>
      <translation>数据库文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="177" />
      <source>服务器</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="178" />
      <source>端口</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="179" />
      <source>数据库名</source>
      <translation>数据库名</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="180" />
      <source>用户名（本窗口专用）</source>
      <translation>用户名（本窗口专用）</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="181" />
      <source>密码</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="202" />
      <source>数据库</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="203" />
      <source>大厅有中心服务器时选择中心库；只有一台电脑的乡镇便民服务中心选择本机数据库。</source>
      <translation>大厅有中心服务器时选择中心库；只有一台电脑的乡镇便民服务中心选择本机数据库。</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="204" />
      <source>本机数据库（单机，SQLite 文件）</source>
      <translation>本机数据库（单机，SQLite 文件）</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="205" />
      <source>大厅中心库（PostgreSQL）</source>
      <translation>大厅中心库（PostgreSQL）</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="206" />
      <source>浏览……</source>
      <translation>浏览……</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="207" />
      <source>测试连接</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="255" />
      <source>SQLite 数据库 (*.db)</source>
      <translation>SQLite 数据库 (*.db)</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="490" />
      <source>完成</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="491" />
      <source>点击“完成”保存设置。以后可以运行 counterdesk --self-check 检查本机。</source>
      <translation>点击“完成”保存设置。以后可以运行 counterdesk --self-check 检查本机。</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="498" />
      <source>设置文件：%1</source>
      <translation>设置文件：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="499" />
      <source>窗口：%1</source>
      <translation>窗口：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="500" />
      <source>数据库：%1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="501" />
      <source>打印机：%1</source>
      <translation>打印机：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="501" />
      <location filename="../../app/ui/setup/wizard.py" line="502" />
      <location filename="../../app/ui/setup/wizard.py" line="503" />
      <source>未设置</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="502" />
      <source>评价器：%1</source>
      <translation>评价器：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="503" />
      <source>窗口屏：%1</source>
      <translation>窗口屏：%1</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="33" />
      <source>要求补正</source>
      <translation>要求补正</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="36" />
      <source>材料</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="36" />
      <source>问题和补正要求</source>
      <translation>问题和补正要求</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="50" />
      <source>勾选需要补正的材料，并逐项写明问题和要求：</source>
      <translation>勾选需要补正的材料，并逐项写明问题和要求：</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="53" />
      <source>备注</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../app/ui/pages/today.py" line="63" />
      <source>今日</source>
      <extracomment>Figure key → the label showing its value (tests read them).</extracomment>
      <translation>今日</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="66" />
      <source>刷新</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="67" />
      <location filename="../../app/ui/pages/today.py" line="71" />
      <source>叫号</source>
      <translation>叫号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="68" />
      <source>办件</source>
      <translation>办件</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="69" />
      <source>评价</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="72" />
      <source>服务</source>
      <translation>服务</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="73" />
      <source>过号</source>
      <translation>过号</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="74" />
      <source>平均等候</source>
      <translation>平均等候</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="75" />
      <source>平均办理</source>
      <translation>平均办理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="76" />
      <source>受理</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="77" />
      <source>按办件类型</source>
      <translation>按办件类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="78" />
      <source>一次性告知</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="79" />
      <source>不予受理</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="80" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="81" />
      <source>即办办结</source>
      <translation>即办办结</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="82" />
      <source>评价数</source>
      <translation>评价数</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="83" />
      <source>评价分布</source>
      <translation>评价分布</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="84" />
      <source>差评</source>
      <translation>差评</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="107" />
      <source>今日数据</source>
      <translation>今日数据</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="112" />
      <source>%1号窗口 %2 数据</source>
      <translation>%1号窗口 %2 数据</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="30" />
      <source>转窗</source>
      <translation>转窗</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="32" />
      <source>窗口号，如05</source>
      <translation>窗口号，如05</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="34" />
      <source>或业务类别字母，如B</source>
      <translation>或业务类别字母，如B</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="42" />
      <source>转往窗口</source>
      <translation>转往窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="43" />
      <source>转往类别</source>
      <translation>转往类别</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="44" />
      <source>转窗说明</source>
      <translation>转窗说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="53" />
      <source>请填写转往的窗口或业务类别</source>
      <translation>请填写转往的窗口或业务类别</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="55" />
      <source>请填写转窗说明</source>
      <translation>请填写转窗说明</translation>
    </message>
  </context>
  <context>
    <name>UnprintedStrip</name>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="89" />
      <source>补打 (Alt+B)</source>
      <extracomment>How often the strip asks again (milliseconds): "every few minutes". Item data role holding the document id. Fact: a 补打 job was queued (the job info). Alt+B anywhere in the window while the strip is shown.</extracomment>
      <translation>补打 (Alt+B)</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="90" />
      <source>补打选中的文书，标注“补打”、时间和补打人</source>
      <translation>补打选中的文书，标注“补打”、时间和补打人</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="91" />
      <source>稍后提醒</source>
      <translation>稍后提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="96" />
      <source>有 %1 份文书已签发但没有打印出来，请补打后交给申请人：</source>
      <translation>有 %1 份文书已签发但没有打印出来，请补打后交给申请人：</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="123" />
      <source>办件 %1</source>
      <translation>办件 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="160" />
      <source>补打失败：%1</source>
      <translation>补打失败：%1</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>受理</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>审查</source>
      <translation>审查</translation>
    </message>
    <message>
      <source>审批</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>联办</source>
      <translation>联办</translation>
    </message>
    <message>
      <source>上报</source>
      <translation>上报</translation>
    </message>
    <message>
      <source>待出件</source>
      <translation>待出件</translation>
    </message>
    <message>
      <source>已送达</source>
      <translation>已送达</translation>
    </message>
    <message>
      <source>已归档</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>后台签收</source>
      <translation>后台签收</translation>
    </message>
    <message>
      <source>审查意见</source>
      <translation>审查意见</translation>
    </message>
    <message>
      <source>后台要求补正</source>
      <translation>后台要求补正</translation>
    </message>
    <message>
      <source>审批准予</source>
      <translation>审批准予</translation>
    </message>
    <message>
      <source>审批不予许可</source>
      <translation>审批不予许可</translation>
    </message>
    <message>
      <source>登记结果</source>
      <translation>登记结果</translation>
    </message>
    <message>
      <source>后台办结</source>
      <translation>后台办结</translation>
    </message>
    <message>
      <source>发起联办</source>
      <translation>发起联办</translation>
    </message>
    <message>
      <source>联办意见</source>
      <translation>联办意见</translation>
    </message>
    <message>
      <source>出件</source>
      <translation>出件</translation>
    </message>
    <message>
      <source>邮件退回</source>
      <translation>邮件退回</translation>
    </message>
    <message>
      <source>归档</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>收件中</source>
      <translation>收件中</translation>
    </message>
    <message>
      <source>已受理</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>已一次性告知</source>
      <translation>已一次性告知</translation>
    </message>
    <message>
      <source>不予受理</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>即办办结</source>
      <translation>即办办结</translation>
    </message>
    <message>
      <source>已退回</source>
      <translation>已退回</translation>
    </message>
    <message>
      <source>待补正</source>
      <translation>待补正</translation>
    </message>
    <message>
      <source>中止计时</source>
      <translation>中止计时</translation>
    </message>
    <message>
      <source>容缺受理</source>
      <translation>容缺受理</translation>
    </message>
    <message>
      <source>申请人原因暂停</source>
      <translation>申请人原因暂停</translation>
    </message>
    <message>
      <source>已上报</source>
      <translation>已上报</translation>
    </message>
    <message>
      <source>办结（准予）</source>
      <translation>办结（准予）</translation>
    </message>
    <message>
      <source>办结（不予）</source>
      <translation>办结（不予）</translation>
    </message>
    <message>
      <source>已撤回</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>一次性告知</source>
      <translation>一次性告知</translation>
    </message>
    <message>
      <source>逾期告知补正</source>
      <translation>逾期告知补正</translation>
    </message>
    <message>
      <source>急事特办</source>
      <translation>急事特办</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>容缺材料补齐</source>
      <translation>容缺材料补齐</translation>
    </message>
    <message>
      <source>要求补正</source>
      <translation>要求补正</translation>
    </message>
    <message>
      <source>收到补正材料</source>
      <translation>收到补正材料</translation>
    </message>
    <message>
      <source>恢复计时</source>
      <translation>恢复计时</translation>
    </message>
    <message>
      <source>补告遗漏材料</source>
      <translation>补告遗漏材料</translation>
    </message>
    <message>
      <source>申请人原因恢复</source>
      <translation>申请人原因恢复</translation>
    </message>
    <message>
      <source>上级办结返回</source>
      <translation>上级办结返回</translation>
    </message>
    <message>
      <source>申请延时</source>
      <translation>申请延时</translation>
    </message>
    <message>
      <source>延时办理</source>
      <translation>延时办理</translation>
    </message>
    <message>
      <source>准予</source>
      <translation>准予</translation>
    </message>
    <message>
      <source>不予</source>
      <translation>不予</translation>
    </message>
    <message>
      <source>送达</source>
      <translation>送达</translation>
    </message>
    <message>
      <source>撤回</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>补告遗漏的补正内容</source>
      <translation>补告遗漏的补正内容</translation>
    </message>
    <message>
      <source>申请人原因延误开始</source>
      <translation>申请人原因延误开始</translation>
    </message>
    <message>
      <source>申请人原因延误结束</source>
      <translation>申请人原因延误结束</translation>
    </message>
    <message>
      <source>正常</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>即将到期</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>已超期</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>暂停计时</source>
      <translation>暂停计时</translation>
    </message>
    <message>
      <source>待审批</source>
      <translation>待审批</translation>
    </message>
    <message>
      <source>已批准</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>不批准</source>
      <translation>不批准</translation>
    </message>
    <message>
      <source>即将届满</source>
      <translation>即将届满</translation>
    </message>
    <message>
      <source>逾期视为受理</source>
      <translation>逾期视为受理</translation>
    </message>
    <message>
      <source>无差别综合窗口</source>
      <translation>无差别综合窗口</translation>
    </message>
    <message>
      <source>分领域综合窗口</source>
      <translation>分领域综合窗口</translation>
    </message>
    <message>
      <source>专业窗口</source>
      <translation>专业窗口</translation>
    </message>
    <message>
      <source>办不成事反映窗口</source>
      <translation>办不成事反映窗口</translation>
    </message>
    <message>
      <source>帮办代办窗口</source>
      <translation>帮办代办窗口</translation>
    </message>
    <message>
      <source>行政许可</source>
      <translation>行政许可</translation>
    </message>
    <message>
      <source>行政给付</source>
      <translation>行政给付</translation>
    </message>
    <message>
      <source>行政确认</source>
      <translation>行政确认</translation>
    </message>
    <message>
      <source>行政征收</source>
      <translation>行政征收</translation>
    </message>
    <message>
      <source>行政奖励</source>
      <translation>行政奖励</translation>
    </message>
    <message>
      <source>行政裁决</source>
      <translation>行政裁决</translation>
    </message>
    <message>
      <source>其他行政权力</source>
      <translation>其他行政权力</translation>
    </message>
    <message>
      <source>公共服务</source>
      <translation>公共服务</translation>
    </message>
    <message>
      <source>党建服务</source>
      <translation>党建服务</translation>
    </message>
    <message>
      <source>企业服务</source>
      <translation>企业服务</translation>
    </message>
    <message>
      <source>邮政服务</source>
      <translation>邮政服务</translation>
    </message>
    <message>
      <source>便民服务</source>
      <translation>便民服务</translation>
    </message>
    <message>
      <source>即办件</source>
      <translation>即办件</translation>
    </message>
    <message>
      <source>承诺件</source>
      <translation>承诺件</translation>
    </message>
    <message>
      <source>联办件</source>
      <translation>联办件</translation>
    </message>
    <message>
      <source>上报件</source>
      <translation>上报件</translation>
    </message>
    <message>
      <source>退回件</source>
      <translation>退回件</translation>
    </message>
    <message>
      <source>补办件</source>
      <translation>补办件</translation>
    </message>
    <message>
      <source>自然人</source>
      <translation>自然人</translation>
    </message>
    <message>
      <source>法人</source>
      <translation>法人</translation>
    </message>
    <message>
      <source>其他组织</source>
      <translation>其他组织</translation>
    </message>
    <message>
      <source>必要</source>
      <translation>必要</translation>
    </message>
    <message>
      <source>非必要</source>
      <translation>非必要</translation>
    </message>
    <message>
      <source>容缺</source>
      <translation>容缺</translation>
    </message>
    <message>
      <source>原件</source>
      <translation>原件</translation>
    </message>
    <message>
      <source>复印件</source>
      <translation>复印件</translation>
    </message>
    <message>
      <source>原件和复印件</source>
      <translation>原件和复印件</translation>
    </message>
    <message>
      <source>电子</source>
      <translation>电子</translation>
    </message>
    <message>
      <source>未核验</source>
      <translation>未核验</translation>
    </message>
    <message>
      <source>已收</source>
      <translation>已收</translation>
    </message>
    <message>
      <source>缺少</source>
      <translation>缺少</translation>
    </message>
    <message>
      <source>有误</source>
      <translation>有误</translation>
    </message>
    <message>
      <source>共享免提交</source>
      <translation>共享免提交</translation>
    </message>
    <message>
      <source>容缺后补</source>
      <translation>容缺后补</translation>
    </message>
    <message>
      <source>窗口工作人员</source>
      <translation>窗口工作人员</translation>
    </message>
    <message>
      <source>首席代表</source>
      <translation>首席代表</translation>
    </message>
    <message>
      <source>中心管理员</source>
      <translation>中心管理员</translation>
    </message>
    <message>
      <source>电子监察</source>
      <translation>电子监察</translation>
    </message>
    <message>
      <source>后台审批人</source>
      <translation>后台审批人</translation>
    </message>
    <message>
      <source>查看完整证件号码</source>
      <translation>查看完整证件号码</translation>
    </message>
    <message>
      <source>A岗</source>
      <translation>A岗</translation>
    </message>
    <message>
      <source>B岗</source>
      <translation>B岗</translation>
    </message>
    <message>
      <source>顶岗</source>
      <translation>顶岗</translation>
    </message>
    <message>
      <source>服务中</source>
      <translation>服务中</translation>
    </message>
    <message>
      <source>暂停服务</source>
      <translation>暂停服务</translation>
    </message>
    <message>
      <source>离开</source>
      <translation>离开</translation>
    </message>
    <message>
      <source>未登录</source>
      <translation>未登录</translation>
    </message>
    <message>
      <source>绿色通道</source>
      <translation>绿色通道</translation>
    </message>
    <message>
      <source>预约</source>
      <translation>预约</translation>
    </message>
    <message>
      <source>普通</source>
      <translation>普通</translation>
    </message>
    <message>
      <source>等候</source>
      <translation>等候</translation>
    </message>
    <message>
      <source>已叫号</source>
      <translation>已叫号</translation>
    </message>
    <message>
      <source>办理中</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>挂起</source>
      <translation>挂起</translation>
    </message>
    <message>
      <source>过号</source>
      <translation>过号</translation>
    </message>
    <message>
      <source>已转窗</source>
      <translation>已转窗</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>非常满意</source>
      <translation>非常满意</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <source>不满意</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>非常不满意</source>
      <translation>非常不满意</translation>
    </message>
    <message>
      <source>未评价</source>
      <translation>未评价</translation>
    </message>
    <message>
      <source>受理通知书</source>
      <translation>受理通知书</translation>
    </message>
    <message>
      <source>一次性告知书</source>
      <translation>一次性告知书</translation>
    </message>
    <message>
      <source>补正材料通知书</source>
      <translation>补正材料通知书</translation>
    </message>
    <message>
      <source>容缺受理承诺书</source>
      <translation>容缺受理承诺书</translation>
    </message>
    <message>
      <source>不予受理通知书</source>
      <translation>不予受理通知书</translation>
    </message>
    <message>
      <source>即办件办结回执</source>
      <translation>即办件办结回执</translation>
    </message>
    <message>
      <source>办结通知书</source>
      <translation>办结通知书</translation>
    </message>
    <message>
      <source>退回通知书</source>
      <translation>退回通知书</translation>
    </message>
    <message>
      <source>延期办理通知书</source>
      <translation>延期办理通知书</translation>
    </message>
    <message>
      <source>不予许可决定书</source>
      <translation>不予许可决定书</translation>
    </message>
    <message>
      <source>领取回执</source>
      <translation>领取回执</translation>
    </message>
    <message>
      <source>取号单</source>
      <translation>取号单</translation>
    </message>
    <message>
      <source>居民身份证</source>
      <translation>居民身份证</translation>
    </message>
    <message>
      <source>港澳居民来往内地通行证</source>
      <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
      <source>台湾居民来往大陆通行证</source>
      <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
      <source>护照</source>
      <translation>护照</translation>
    </message>
    <message>
      <source>外国人永久居留身份证</source>
      <translation>外国人永久居留身份证</translation>
    </message>
    <message>
      <source>港澳台居民居住证</source>
      <translation>港澳台居民居住证</translation>
    </message>
    <message>
      <source>窗口领取</source>
      <translation>窗口领取</translation>
    </message>
    <message>
      <source>邮寄</source>
      <translation>邮寄</translation>
    </message>
    <message>
      <source>帮办</source>
      <translation>帮办</translation>
    </message>
    <message>
      <source>代办</source>
      <translation>代办</translation>
    </message>
    <message>
      <source>预约办</source>
      <translation>预约办</translation>
    </message>
    <message>
      <source>陪同办</source>
      <translation>陪同办</translation>
    </message>
    <message>
      <source>上门办</source>
      <translation>上门办</translation>
    </message>
    <message>
      <source>现场</source>
      <translation>现场</translation>
    </message>
    <message>
      <source>电话</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>信函</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>网上</source>
      <translation>网上</translation>
    </message>
    <message>
      <source>评价器</source>
      <translation>评价器</translation>
    </message>
    <message>
      <source>简单</source>
      <translation>简单</translation>
    </message>
    <message>
      <source>一般</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>复杂</source>
      <translation>复杂</translation>
    </message>
    <message>
      <source>申请人本人</source>
      <translation>申请人本人</translation>
    </message>
    <message>
      <source>法定代表人</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <source>委托代理人</source>
      <translation>委托代理人</translation>
    </message>
    <message>
      <source>证照</source>
      <translation>证照</translation>
    </message>
    <message>
      <source>文书</source>
      <translation>文书</translation>
    </message>
    <message>
      <source>退还原件</source>
      <translation>退还原件</translation>
    </message>
    <message>
      <source>签名板签名</source>
      <translation>签名板签名</translation>
    </message>
    <message>
      <source>纸质回执签字</source>
      <translation>纸质回执签字</translation>
    </message>
    <message>
      <source>已付邮费</source>
      <translation>已付邮费</translation>
    </message>
    <message>
      <source>到付</source>
      <translation>到付</translation>
    </message>
    <message>
      <source>免费寄递</source>
      <translation>免费寄递</translation>
    </message>
    <message>
      <source>已预约揽收</source>
      <translation>已预约揽收</translation>
    </message>
    <message>
      <source>待预约揽收</source>
      <translation>待预约揽收</translation>
    </message>
    <message>
      <source>已领取</source>
      <translation>已领取</translation>
    </message>
    <message>
      <source>已邮寄</source>
      <translation>已邮寄</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>办理反馈</source>
      <translation>办理反馈</translation>
    </message>
    <message>
      <source>反馈进度</source>
      <translation>反馈进度</translation>
    </message>
    <message>
      <source>回访整改</source>
      <translation>回访整改</translation>
    </message>
    <message>
      <source>今日到期</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <source>按时办结</source>
      <translation>按时办结</translation>
    </message>
    <message>
      <source>超期办结</source>
      <translation>超期办结</translation>
    </message>
    <message>
      <source>男</source>
      <translation>男</translation>
    </message>
    <message>
      <source>女</source>
      <translation>女</translation>
    </message>
    <message>
      <source>手机</source>
      <translation>手机</translation>
    </message>
    <message>
      <source>固定电话</source>
      <translation>固定电话</translation>
    </message>
    <message>
      <source>书面</source>
      <translation>书面</translation>
    </message>
    <message>
      <source>口头</source>
      <translation>口头</translation>
    </message>
    <message>
      <source>有效</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>无效</source>
      <translation>无效</translation>
    </message>
    <message>
      <source>来访</source>
      <translation>来访</translation>
    </message>
    <message>
      <source>待回访</source>
      <translation>待回访</translation>
    </message>
    <message>
      <source>已回访</source>
      <translation>已回访</translation>
    </message>
    <message>
      <source>已整改</source>
      <translation>已整改</translation>
    </message>
    <message>
      <source>已反馈</source>
      <translation>已反馈</translation>
    </message>
    <message>
      <source>待审查</source>
      <translation>待审查</translation>
    </message>
    <message>
      <source>确认</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>责令重办</source>
      <translation>责令重办</translation>
    </message>
    <message>
      <source>窗口</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>工作人员</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>部门</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>事项</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>办结取号</source>
      <translation>办结取号</translation>
    </message>
    <message>
      <source>平均等候(分钟)</source>
      <translation>平均等候(分钟)</translation>
    </message>
    <message>
      <source>平均办理(分钟)</source>
      <translation>平均办理(分钟)</translation>
    </message>
    <message>
      <source>办件量</source>
      <translation>办件量</translation>
    </message>
    <message>
      <source>超期</source>
      <translation>超期</translation>
    </message>
    <message>
      <source>评价总数</source>
      <translation>评价总数</translation>
    </message>
    <message>
      <source>好评</source>
      <translation>好评</translation>
    </message>
    <message>
      <source>差评</source>
      <translation>差评</translation>
    </message>
    <message>
      <source>好评率</source>
      <translation>好评率</translation>
    </message>
    <message>
      <source>未评价占比</source>
      <translation>未评价占比</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>出勤天数</source>
      <translation>出勤天数</translation>
    </message>
    <message>
      <source>迟到天数</source>
      <translation>迟到天数</translation>
    </message>
    <message>
      <source>迟到分钟</source>
      <translation>迟到分钟</translation>
    </message>
    <message>
      <source>早退天数</source>
      <translation>早退天数</translation>
    </message>
    <message>
      <source>离开分钟</source>
      <translation>离开分钟</translation>
    </message>
    <message>
      <source>B岗/顶岗分钟</source>
      <translation>B岗/顶岗分钟</translation>
    </message>
    <message>
      <source>交接次数</source>
      <translation>交接次数</translation>
    </message>
    <message>
      <source>空岗分钟</source>
      <translation>空岗分钟</translation>
    </message>
    <message>
      <source>阶段</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>期末在办</source>
      <translation>期末在办</translation>
    </message>
    <message>
      <source>本期进入</source>
      <translation>本期进入</translation>
    </message>
    <message>
      <source>本期完成</source>
      <translation>本期完成</translation>
    </message>
    <message>
      <source>平均用时(工作日)</source>
      <translation>平均用时(工作日)</translation>
    </message>
    <message>
      <source>最长用时(工作日)</source>
      <translation>最长用时(工作日)</translation>
    </message>
    <message>
      <source>在办最长(工作日)</source>
      <translation>在办最长(工作日)</translation>
    </message>
    <message>
      <source>补正</source>
      <translation>补正</translation>
    </message>
    <message>
      <source>待领取</source>
      <translation>待领取</translation>
    </message>
    <message>
      <source>叫号提醒</source>
      <translation>叫号提醒</translation>
    </message>
    <message>
      <source>待发送</source>
      <translation>待发送</translation>
    </message>
    <message>
      <source>发送中</source>
      <translation>发送中</translation>
    </message>
    <message>
      <source>已发送</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>未确认</source>
      <translation>未确认</translation>
    </message>
    <message>
      <source>失败</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>后台</source>
      <translation>后台</translation>
    </message>
    <message>
      <source>联办部门</source>
      <translation>联办部门</translation>
    </message>
    <message>
      <source>上级机关</source>
      <translation>上级机关</translation>
    </message>
    <message>
      <source>办件超期</source>
      <translation>办件超期</translation>
    </message>
    <message>
      <source>联办答复超期</source>
      <translation>联办答复超期</translation>
    </message>
    <message>
      <source>联办答复即将到期</source>
      <translation>联办答复即将到期</translation>
    </message>
    <message>
      <source>上级机关办理超期</source>
      <translation>上级机关办理超期</translation>
    </message>
    <message>
      <source>上级机关即将到期</source>
      <translation>上级机关即将到期</translation>
    </message>
    <message>
      <source>补正告知5日风险</source>
      <translation>补正告知5日风险</translation>
    </message>
    <message>
      <source>等待打印</source>
      <translation>等待打印</translation>
    </message>
    <message>
      <source>打印失败待重试</source>
      <translation>打印失败待重试</translation>
    </message>
    <message>
      <source>已打印</source>
      <translation>已打印</translation>
    </message>
    <message>
      <source>已取消</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="26" />
      <source>管理员</source>
      <extracomment>Values the services give as plain strings (not enum members), for lupdate.</extracomment>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="27" />
      <source>合计</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="78" />
      <source>yyyy年M月d日</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="81" />
      <source>yyyy年M月</source>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="84" />
      <source>%1 至 %2</source>
      <translation>%1 至 %2</translation>
    </message>
  </context>
  <context>
    <name>WindowPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="293" />
      <source>本机窗口</source>
      <translation>本机窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="300" />
      <source>窗口</source>
      <translation>窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="301" />
      <source>选择这台电脑所在的服务窗口；叫号、窗口屏和文书都使用这个窗口号。</source>
      <translation>选择这台电脑所在的服务窗口；叫号、窗口屏和文书都使用这个窗口号。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/setup/wizard.py" line="314" />
      <source>数据库中有 %n 个窗口。</source>
      <translation>
        <numerusform>数据库中有 %n 个窗口。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="316" />
      <source>数据库中还没有窗口（事项目录尚未导入），请直接输入窗口号。</source>
      <translation>数据库中还没有窗口（事项目录尚未导入），请直接输入窗口号。</translation>
    </message>
  </context>
  <context>
    <name>_DeviceBox</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="422" />
      <source>连接地址</source>
      <translation>连接地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="423" />
      <source>协议</source>
      <translation>协议</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="424" />
      <source>总线地址</source>
      <translation>总线地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="425" />
      <source>测试</source>
      <translation>测试</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="426" />
      <source>COM3、/dev/ttyUSB0、socket://192.168.1.60:4001 或留空</source>
      <translation>COM3、/dev/ttyUSB0、socket://192.168.1.60:4001 或留空</translation>
    </message>
  </context>
  <context>
    <name>_TestRow</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="117" />
      <source>正在测试……</source>
      <extracomment>Default PostgreSQL port shown in the form. Fact: a test finished (``ok``) for the values it was started with.</extracomment>
      <translation>正在测试……</translation>
    </message>
  </context>
</TS>