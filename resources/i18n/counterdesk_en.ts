<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name />
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="23" />
      <source>未签退</source>
      <translation>Not signed out</translation>
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
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="58" />
      <source>签到签退</source>
      <translation>Sign-in and sign-out</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="59" />
      <source>B岗/顶岗</source>
      <translation>B post / substitute</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="60" />
      <source>交接</source>
      <translation>Hand-over</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="61" />
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/dashboard.py" line="316" />
      <source>空岗</source>
      <translation>Unstaffed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="83" />
      <source>工作日</source>
      <translation>Working day</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="83" />
      <source>休息日</source>
      <translation>Rest day</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="85" />
      <source>办公时间：</source>
      <translation>Office hours: </translation>
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
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="92" />
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <location filename="../../app/ui/admin/staff.py" line="62" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="93" />
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/posts.py" line="59" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>岗位</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="94" />
      <source>签到</source>
      <translation>Sign-in</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="95" />
      <source>签退</source>
      <translation>Sign-out</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="96" />
      <source>迟到(分)</source>
      <translation>Late (min)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="97" />
      <source>早退(分)</source>
      <translation>Left early (min)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="98" />
      <source>离开(分)</source>
      <translation>Away (min)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="99" />
      <source>离开次数</source>
      <translation>Times away</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>起</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="118" />
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <source>止</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="21" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="20" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>交出</source>
      <translation>Handed over by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>接手</source>
      <translation>Taken over by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="123" />
      <source>交接事项</source>
      <translation>Items handed over</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/attendance.py" line="128" />
      <source>分钟</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="59" />
      <source>电子监察</source>
      <translation>E-supervision</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="61" />
      <source>延时审批</source>
      <translation>Extension approvals</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="62" />
      <location filename="../../app/ui/admin/statistics.py" line="51" />
      <source>统计</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="64" />
      <source>考勤</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="65" />
      <location filename="../../app/ui/admin/registers/__init__.py" line="128" />
      <source>登记台账</source>
      <extracomment>The panels shown, by register name (the others are built but never shown).</extracomment>
      <translation>Registers</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/center.py" line="67" />
      <source>管理控制台</source>
      <translation>Administration console</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/common.py" line="92" />
      <source>请先登录</source>
      <extracomment>Gives the person logged in (or ``None``); the console asks it before every action. The translation context of the console's bare ``tr()`` calls (see :func:`tr`).</extracomment>
      <translation>Please log in first</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="44" />
      <source>管理控制台仅限中心管理员使用，当前登录人员无此权限。</source>
      <extracomment>False when the person logged in may not use the console (only the refusal is shown).</extracomment>
      <translation>The administration console is for center administrators only; the person logged in does not have this permission.</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="61" />
      <source>事项目录</source>
      <translation>Service matter catalog</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="62" />
      <source>部门与窗口</source>
      <translation>Departments and windows</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="63" />
      <location filename="../../app/ui/admin/posts.py" line="58" />
      <source>工作人员</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="64" />
      <source>AB岗与顶岗</source>
      <translation>A/B posts and substitutes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="65" />
      <source>日历与大厅设置</source>
      <translation>Calendar and hall settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="66" />
      <source>省平台</source>
      <translation>Provincial platform</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="67" />
      <source>短信</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="71" />
      <source>导入事项目录…</source>
      <translation>Import catalog…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="72" />
      <source>导出事项目录…</source>
      <translation>Export catalog…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="89" />
      <source>选择事项目录文件</source>
      <translation>Choose a catalog file</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="89" />
      <location filename="../../app/ui/admin/console.py" line="111" />
      <source>事项目录 (*.json)</source>
      <translation>Catalog (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="100" />
      <source>已导入%1个事项</source>
      <translation>Imported %1 service matters</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="102" />
      <source>；提示%1条</source>
      <translation>; %1 notes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="111" />
      <source>导出事项目录</source>
      <translation>Export catalog</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/console.py" line="121" />
      <location filename="../../app/ui/admin/dashboard.py" line="364" />
      <location filename="../../app/ui/admin/statistics.py" line="145" />
      <source>已导出到%1</source>
      <translation>Exported to %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="55" />
      <source>暂定</source>
      <extracomment>Rows every dashboard table shows at least (the page scrolls rather than squash them). How often the dashboard reloads itself. Background of a promised date that a calendar import moved earlier.</extracomment>
      <translation>provisional</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="108" />
      <source>提前</source>
      <translation>Earlier</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="108" />
      <source>推后</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="148" />
      <source>yyyy年M月</source>
      <extracomment>The last data shown (tests and the status bar read it).</extracomment>
      <translation>MMMM yyyy</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="150" />
      <location filename="../../app/ui/admin/extensions.py" line="39" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="151" />
      <source>导出月通报 PDF…</source>
      <translation>Export monthly bulletin PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="152" />
      <source>导出月通报 Excel…</source>
      <translation>Export monthly bulletin Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="178" />
      <source>评价统计月份</source>
      <extracomment>From 1 November until next year's holiday notice is imported. Every accepted case on its way: stage, who has it, working days per stage.</extracomment>
      <translation>Rating month</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="186" />
      <source>超期办件</source>
      <translation>Overdue cases</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="187" />
      <source>即将到期办件</source>
      <translation>Cases near their due date</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="188" />
      <source>在办件阶段及各阶段用时（工作日）</source>
      <translation>Open cases by stage and days per stage (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="189" />
      <source>补正告知5日风险（行政许可法第32条）</source>
      <translation>5-day notice risk (Administrative Licensing Law, art. 32)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="190" />
      <source>投诉、办不成事、差评回访（按期限）</source>
      <translation>Complaints, "could not get it done" reports, bad-rating follow-ups (by due date)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="191" />
      <source>窗口在岗情况</source>
      <translation>Window staffing</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="192" />
      <source>各窗口好差评</source>
      <translation>Service ratings by window</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="193" />
      <source>工作人员好差评</source>
      <translation>Service ratings by staff member</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="194" />
      <source>导入放假通知后期限变化（红色：提前）</source>
      <translation>Due dates changed by an imported holiday notice (red: earlier)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="256" />
      <location filename="../../app/ui/admin/dashboard.py" line="272" />
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="22" />
      <source>办件编号</source>
      <translation>Case number</translation>
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
      <translation>Service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="259" />
      <location filename="../../app/ui/admin/registers/assists.py" line="23" />
      <location filename="../../app/ui/admin/registers/assists.py" line="47" />
      <source>申请人</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="260" />
      <location filename="../../app/ui/admin/dashboard.py" line="279" />
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="28" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="24" />
      <source>期限</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="261" />
      <location filename="../../app/ui/admin/dashboard.py" line="280" />
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>剩余工作日</source>
      <translation>Working days left</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="263" />
      <location filename="../../app/ui/admin/dashboard.py" line="277" />
      <source>责任部门</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="264" />
      <source>告警</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="276" />
      <source>本阶段工作日</source>
      <translation>Working days in stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="278" />
      <source>各阶段用时</source>
      <translation>Time per stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>原期限</source>
      <translation>Old due date</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>新期限</source>
      <translation>New due date</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="286" />
      <source>变化</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>窗口/承办</source>
      <translation>Window / handled by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="301" />
      <source>内容</source>
      <translation>Content</translation>
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
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <location filename="../../app/ui/admin/dashboard.py" line="323" />
      <location filename="../../app/ui/admin/windows.py" line="125" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <source>在岗人员</source>
      <translation>Staff on duty</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="309" />
      <source>网络</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="317" />
      <source>断网</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="324" />
      <source>评价总数</source>
      <translation>Ratings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="325" />
      <source>好评</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="326" />
      <source>差评</source>
      <translation>Bad</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="327" />
      <source>未评价</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="328" />
      <source>好评率</source>
      <translation>Good rate</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="329" />
      <source>未评价占比</source>
      <translation>Not-rated share</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="336" />
      <source>超期%1件，即将到期%2件，5日风险%3件，待办登记%4件，空岗窗口%5个；%6好评率%7，差评%8次</source>
      <translation>%1 overdue, %2 near due, %3 at 5-day risk, %4 register entries open, %5 windows unstaffed; %6 good rate %7, %8 bad ratings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="350" />
      <source>月通报-%1.%2</source>
      <translation>monthly-bulletin-%1.%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="351" />
      <source>导出月通报</source>
      <translation>Export monthly bulletin</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="36" />
      <source>审批意见（不批准时必填）</source>
      <extracomment>The requests shown, in table order.</extracomment>
      <translation>Approval note (required when refusing)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="37" />
      <source>批准延时</source>
      <translation>Approve extension</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="38" />
      <source>不批准</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <source>申请延长（工作日）</source>
      <translation>Extension asked (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="24" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="60" />
      <source>申请日期</source>
      <translation>Requested on</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="68" />
      <source>没有待审批的延时申请</source>
      <translation>No extension requests waiting</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="72" />
      <source>已批准</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/extensions.py" line="72" />
      <source>已不批准</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="38" />
      <location filename="../../app/ui/admin/windows.py" line="125" />
      <source>编码</source>
      <extracomment>Material table columns: code, name, necessity, form, copies, situations (comma separated).</extracomment>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="39" />
      <source>材料名称</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="40" />
      <source>必要性</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="41" />
      <source>形式</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="42" />
      <source>份数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="43" />
      <source>适用情形</source>
      <translation>Situations</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="74" />
      <source>新建事项</source>
      <extracomment>SpinBox value that means “no legal limit set”. Fact: a matter was stored (its code).</extracomment>
      <translation>New service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="75" />
      <source>删除事项</source>
      <translation>Delete service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="83" />
      <source>未规定</source>
      <translation>Not set</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="87" />
      <source>窗口编号，逗号分隔</source>
      <translation>Window numbers, comma separated</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="88" />
      <source>允许容缺受理</source>
      <translation>Allow acceptance with deficiencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="90" />
      <source>每行一个情形：编码|名称|提问</source>
      <translation>One situation per line: code|name|question</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="96" />
      <source>添加材料</source>
      <translation>Add material</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="97" />
      <source>删除所选材料</source>
      <translation>Delete selected material</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="98" />
      <source>保存事项</source>
      <translation>Save service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="101" />
      <source>事项编码</source>
      <translation>Matter code</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="102" />
      <source>事项名称</source>
      <translation>Matter name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="103" />
      <source>事项类型</source>
      <translation>Matter type</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="104" />
      <source>实施部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="105" />
      <source>办件类型</source>
      <translation>Case type</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="106" />
      <source>法定时限（工作日）</source>
      <translation>Legal limit (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="107" />
      <source>承诺时限（工作日）</source>
      <translation>Promised limit (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="108" />
      <source>办理窗口</source>
      <translation>Windows</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="110" />
      <source>情形</source>
      <translation>Situations</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="111" />
      <source>设定依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="176" />
      <source>材料%1</source>
      <translation>%1 materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="363" />
      <source>事项“%1”已保存</source>
      <translation>Service matter "%1" saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="365" />
      <source>；提示：</source>
      <translation>; notes: </translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="377" />
      <source>请先在左侧选择要删除的事项</source>
      <translation>First choose the service matter to delete on the left</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/matters.py" line="382" />
      <source>事项已删除</source>
      <translation>Service matter deleted</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="43" />
      <source>设为该岗位</source>
      <translation>Set this post</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="44" />
      <source>取消该岗位</source>
      <translation>Remove this post</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="51" />
      <source>事由，如“A岗请假”</source>
      <translation>Reason, e.g. "A post on leave"</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="52" />
      <source>批准顶岗</source>
      <translation>Approve substitute</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="55" />
      <source>AB岗</source>
      <translation>A/B posts</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="68" />
      <source>顶岗（按日批准）</source>
      <translation>Substitutes (approved per day)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="70" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <source>顶岗人员</source>
      <translation>Substitute</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="72" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <source>事由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="144" />
      <location filename="../../app/ui/admin/posts.py" line="175" />
      <location filename="../../app/ui/admin/staff.py" line="61" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="156" />
      <source>已设置%1号窗口的%2</source>
      <translation>Window %1: %2 set</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="162" />
      <source>已取消</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/posts.py" line="189" />
      <source>已批准%1在%2顶岗</source>
      <translation>Approved %1 as substitute on %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="83" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="54" />
      <source>首问登记</source>
      <extracomment>The registers by name, in tab order (``RegistersPage(only=...)`` picks some of them). What a window's staff may use at the counter (intake side); a lead also sees 否定备案.</extracomment>
      <translation>First-inquiry register</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="84" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="46" />
      <source>咨询登记</source>
      <translation>Consultation register</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="85" />
      <source>投诉</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="86" />
      <source>办不成事</source>
      <translation>"Could not get it done"</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="87" />
      <source>帮办代办</source>
      <translation>Assisted and proxy service</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="88" />
      <source>否定备案</source>
      <translation>Refusal filings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/__init__.py" line="89" />
      <source>差评回访</source>
      <translation>Bad-rating follow-ups</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="22" />
      <location filename="../../app/ui/admin/registers/assists.py" line="46" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="23" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="24" />
      <location filename="../../app/ui/admin/registers/assists.py" line="48" />
      <source>特殊群体</source>
      <translation>Special group</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="26" />
      <source>帮代办人员</source>
      <translation>Assistant</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="27" />
      <source>进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="28" />
      <source>移交</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="29" />
      <source>收费</source>
      <translation>Fee</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="39" />
      <source>老年人、残疾人、孕妇……</source>
      <translation>Elderly, disabled, pregnant…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="42" />
      <source>办理进度 / 移交材料（逗号分隔）</source>
      <translation>Progress / materials handed over (comma separated)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="50" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="55" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="65" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="51" />
      <source>领取人</source>
      <translation>Receiver</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="52" />
      <source>领取人签名</source>
      <translation>Receiver signature</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="55" />
      <source>登记（免费）</source>
      <translation>Register (free of charge)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="56" />
      <source>记录进度</source>
      <translation>Record progress</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="57" />
      <source>签字移交</source>
      <translation>Hand over with signature</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="58" />
      <source>清除签名</source>
      <translation>Clear signature</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="72" />
      <source>已移交</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="73" />
      <source>免费</source>
      <translation>Free</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="90" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="103" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="69" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="94" />
      <source>已登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="94" />
      <source>已记录进度</source>
      <translation>Progress recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/assists.py" line="100" />
      <source>已签字移交</source>
      <translation>Handed over with signature</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="22" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="24" />
      <source>受理时间</source>
      <translation>Received at</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="23" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="49" />
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="25" />
      <source>受理</source>
      <translation>In remit</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="26" />
      <source>业务办理单</source>
      <translation>Dispatch sheet</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="27" />
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="56" />
      <source>承办</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="30" />
      <source>回访</source>
      <translation>Call-back</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="42" />
      <source>不属于受理范围</source>
      <translation>Outside our remit</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="44" />
      <source>不予受理理由 / 重新转办理由 / 办理结果</source>
      <translation>Reason for refusal / for re-dispatch / result</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="46" />
      <source>承办窗口编号或部门编码</source>
      <translation>Handling window number or department code</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="50" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="58" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="41" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="52" />
      <source>反映问题</source>
      <translation>Problem reported</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="53" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="60" />
      <source>复杂程度</source>
      <translation>Complexity</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="57" />
      <source>回访结果</source>
      <translation>Call-back result</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="60" />
      <source>登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="61" />
      <source>转办</source>
      <translation>Dispatch</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="62" />
      <source>承办反馈</source>
      <translation>Handler feedback</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="63" />
      <source>满意度回访</source>
      <translation>Satisfaction call-back</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="64" />
      <source>重新转办</source>
      <translation>Dispatch again</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="66" />
      <source>业务办理单PDF…</source>
      <translation>Dispatch sheet PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="66" />
      <source>业务办理单.pdf</source>
      <translation>dispatch-sheet.pdf</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="78" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="78" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="107" />
      <source>已派发业务办理单</source>
      <translation>Dispatch sheet issued</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="111" />
      <source>已记录办理结果</source>
      <translation>Result recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="117" />
      <source>已记录回访</source>
      <translation>Call-back recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/cannot_do.py" line="121" />
      <source>已重新转办</source>
      <translation>Dispatched again</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="82" />
      <location filename="../../app/ui/admin/registers/common.py" line="98" />
      <source>请先在表中选择一条记录</source>
      <translation>First choose an entry in the table</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="86" />
      <source>已保存到%1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/common.py" line="91" />
      <source>保存PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="25" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="57" />
      <source>投诉人</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="26" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="22" />
      <source>方式</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="27" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="61" />
      <source>被投诉窗口</source>
      <translation>Window complained about</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="28" />
      <location filename="../../app/ui/admin/registers/complaints.py" line="62" />
      <source>诉求</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="29" />
      <source>办结期限</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="31" />
      <source>结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="46" />
      <source>书面投诉（须书面答复）</source>
      <translation>Written complaint (needs a written reply)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="48" />
      <source>调查情况 / 延期理由 / 对投诉人的答复</source>
      <translation>Findings / reason for extension / reply to the complainant</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="50" />
      <source>对被投诉人的反馈</source>
      <translation>Feedback to the person complained about</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="59" />
      <source>投诉方式</source>
      <translation>Complaint channel</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="63" />
      <source>事实</source>
      <translation>Facts</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="66" />
      <source>反馈被投诉人</source>
      <translation>Feedback to them</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="67" />
      <source>延长至（工作日）</source>
      <translation>Extend to (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="68" />
      <source>结果 / 答复方式</source>
      <translation>Result / reply form</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="71" />
      <source>受理投诉</source>
      <translation>Accept complaint</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="72" />
      <source>附证据…</source>
      <translation>Attach evidence…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="73" />
      <source>记录调查</source>
      <translation>Record findings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="74" />
      <source>延长时限</source>
      <translation>Extend limit</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="75" />
      <source>办结答复</source>
      <translation>Close with reply</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="76" />
      <source>书面答复PDF…</source>
      <translation>Written reply PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="76" />
      <source>书面答复.pdf</source>
      <translation>written-reply.pdf</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="123" />
      <source>已受理，请告知投诉人：</source>
      <translation>Accepted; tell the complainant: </translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="127" />
      <source>选择证据文件</source>
      <translation>Choose an evidence file</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="138" />
      <source>证据已附上</source>
      <translation>Evidence attached</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="143" />
      <source>已记录调查情况</source>
      <translation>Findings recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="148" />
      <source>已延长，请告知投诉人延长时限和理由</source>
      <translation>Extended; tell the complainant the new limit and the reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/complaints.py" line="160" />
      <source>投诉已办结</source>
      <translation>Complaint closed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="23" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="40" />
      <source>咨询人</source>
      <translation>Enquirer</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="24" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="42" />
      <source>咨询内容</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="25" />
      <location filename="../../app/ui/admin/registers/consultations.py" line="43" />
      <source>一次性告知内容</source>
      <translation>One-time notice given</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/consultations.py" line="39" />
      <source>咨询方式</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="21" />
      <source>首问责任人</source>
      <translation>First-inquiry officer</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="22" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="46" />
      <source>办事人员</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="24" />
      <source>要求</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="25" />
      <source>承诺办结</source>
      <translation>Promised by</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="26" />
      <source>引导窗口</source>
      <translation>Guided to window</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="27" />
      <source>办结日期</source>
      <translation>Finished on</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="28" />
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="51" />
      <source>办结情况</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="41" />
      <source>当场答复</source>
      <translation>Answered on the spot</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="47" />
      <source>办理事项</source>
      <translation>Service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="48" />
      <source>办理要求</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="49" />
      <source>办结时限（工作日）</source>
      <translation>Limit (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="50" />
      <source>引导至窗口</source>
      <translation>Guide to window</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="55" />
      <source>注明办结</source>
      <translation>Mark finished</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/first_inquiries.py" line="98" />
      <source>已注明办结</source>
      <translation>Marked finished</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="22" />
      <source>评价</source>
      <translation>Rating</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="23" />
      <source>被评价人</source>
      <translation>Rated staff member</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/dashboard.py" line="262" />
      <location filename="../../app/ui/admin/dashboard.py" line="275" />
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="25" />
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="35" />
      <source>下一步</source>
      <translation>Next step</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="36" />
      <source>情况</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="37" />
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/follow_ups.py" line="52" />
      <source>已记录</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="25" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="37" />
      <source>首席代表确认</source>
      <translation>Chief representative confirmed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="26" />
      <source>审查结果</source>
      <translation>Review result</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="27" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="36" />
      <source>审查意见</source>
      <translation>Review note</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="35" />
      <source>审查意见（责令重办时必填）</source>
      <translation>Review note (required when ordering a redo)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="38" />
      <source>审查：确认</source>
      <translation>Review: confirm</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="39" />
      <source>审查：责令重办</source>
      <translation>Review: order a redo</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="51" />
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="62" />
      <source>已确认</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/registers/negative_filings.py" line="66" />
      <source>已审查</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>咨询电话</source>
      <translation>Enquiry phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>投诉电话</source>
      <translation>Complaint phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="34" />
      <source>监督电话</source>
      <translation>Supervision phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="50" />
      <location filename="../../app/ui/admin/settings.py" line="125" />
      <source>上班</source>
      <translation>Working day</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="52" />
      <source>原因，如“台风停止办公”</source>
      <translation>Reason, e.g. "closed for the typhoon"</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="53" />
      <source>保存调整</source>
      <translation>Save change</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="54" />
      <source>撤销该日调整</source>
      <translation>Undo this day's change</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="55" />
      <source>导入节假日安排…</source>
      <translation>Import holiday schedule…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="63" />
      <source>保存大厅设置</source>
      <translation>Save hall settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="65" />
      <source>工作日历调整</source>
      <translation>Working calendar changes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="69" />
      <location filename="../../app/ui/admin/settings.py" line="124" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="78" />
      <source>大厅设置</source>
      <translation>Hall settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="80" />
      <source>大厅名称</source>
      <translation>Hall name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="81" />
      <source>办公时间</source>
      <translation>Office hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="84" />
      <source>差评回访时限（工作日）</source>
      <translation>Bad-rating follow-up limit (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="124" />
      <source>上班/休息</source>
      <translation>Working / rest</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="125" />
      <source>休息</source>
      <translation>Rest day</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="143" />
      <source>；%1个在办案件的承诺办结日期已重新计算</source>
      <translation>; promised dates of %1 open cases recalculated</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="145" />
      <source>，其中%1个提前（见电子监察“导入放假通知后期限变化”）</source>
      <translation>, %1 of them earlier (see E-supervision, "Due dates changed by an imported holiday notice")</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="153" />
      <source>工作日历已调整</source>
      <translation>Working calendar changed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="160" />
      <source>已撤销</source>
      <translation>Undone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="164" />
      <source>选择节假日安排文件</source>
      <translation>Choose a holiday schedule file</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="164" />
      <source>文本文件 (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="173" />
      <source>已导入：新增%1天，修改%2天</source>
      <translation>Imported: %1 days added, %2 changed</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/settings.py" line="187" />
      <source>大厅设置已保存</source>
      <translation>Hall settings saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="45" />
      <location filename="../../app/ui/admin/windows.py" line="67" />
      <source>部门编码</source>
      <translation>Department code</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="48" />
      <source>中共党员</source>
      <translation>CPC member</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="49" />
      <source>在岗（取消则停用账号）</source>
      <translation>On staff (untick to disable the account)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="53" />
      <source>新增人员</source>
      <translation>Add staff member</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="54" />
      <source>保存资料</source>
      <translation>Save details</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="55" />
      <source>保存所选人员的角色</source>
      <translation>Save roles of the selected person</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="56" />
      <source>设置照片…</source>
      <translation>Set photo…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="57" />
      <source>重置密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="58" />
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="63" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <location filename="../../app/ui/admin/windows.py" line="65" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="64" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>职务</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="65" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="71" />
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>角色</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="123" />
      <source>照片</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="131" />
      <source>有</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <source>已锁定</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <source>在岗</source>
      <translation>On staff</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="132" />
      <location filename="../../app/ui/admin/windows.py" line="136" />
      <source>停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="165" />
      <source>已新增%1，临时密码：%2（首次登录须修改）</source>
      <translation>Added %1, temporary password: %2 (to be changed at first log-in)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="187" />
      <source>资料已保存</source>
      <translation>Details saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="192" />
      <source>角色已保存</source>
      <translation>Roles saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="195" />
      <source>选择照片</source>
      <translation>Choose a photo</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="195" />
      <source>图片 (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="204" />
      <source>照片已更新</source>
      <translation>Photo updated</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="211" />
      <source>%1的临时密码：%2</source>
      <translation>Temporary password of %1: %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/staff.py" line="216" />
      <source>已解锁</source>
      <translation>Unlocked</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="49" />
      <source>今日</source>
      <extracomment>The last statistics shown.</extracomment>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="50" />
      <source>本月</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="52" />
      <source>导出 PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="53" />
      <source>导出 Excel…</source>
      <translation>Export Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="60" />
      <source>从</source>
      <extracomment>The hall's cases per stage (受理 … 已归档) and the working days the stages took.</extracomment>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="62" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="64" />
      <source>按</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="77" />
      <source>各阶段办件及用时（工作日）</source>
      <translation>Cases and time per stage (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="126" />
      <source>统计期间：%1</source>
      <translation>Period: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="134" />
      <source>导出统计表</source>
      <translation>Export statistics</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/statistics.py" line="134" />
      <source>统计表</source>
      <translation>statistics</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="48" />
      <source>保存部门</source>
      <translation>Save department</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="54" />
      <source>取号类别，如 A,B</source>
      <translation>Ticket categories, e.g. A,B</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="56" />
      <source>部门编码，逗号分隔</source>
      <translation>Department codes, comma separated</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="60" />
      <location filename="../../app/ui/admin/windows.py" line="136" />
      <source>启用</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="62" />
      <source>保存窗口</source>
      <translation>Save window</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="68" />
      <source>部门名称</source>
      <translation>Department name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="75" />
      <source>窗口编号</source>
      <translation>Window number</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="76" />
      <source>窗口名称</source>
      <translation>Window name</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="77" />
      <source>窗口类型</source>
      <translation>Window type</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="78" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>取号类别</source>
      <translation>Ticket categories</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="79" />
      <source>所属部门</source>
      <translation>Departments</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="80" />
      <source>设备设置</source>
      <translation>Device settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="29" />
      <source>批准并发布到各窗口</source>
      <translation>Approve and publish to all windows</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="31" />
      <source>被省平台拒收的报送项（更正后用 admin province resend 重发）</source>
      <translation>Items the provincial platform rejected (correct them, then resend with admin province resend)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="55" />
      <source>尚未从省平台取回实施清单（服务器上执行 admin province catalog pull）</source>
      <translation>No implementation list fetched from the provincial platform yet (run admin province catalog pull on the server)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="58" />
      <source>（无版本号）</source>
      <translation>(no version)</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="59" />
      <source>实施清单 %1：%2</source>
      <translation>Implementation list %1: %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="66" />
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <location filename="../../app/ui/admin/windows.py" line="128" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="66" />
      <source>省平台的理由</source>
      <translation>The platform's reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/province.py" line="76" />
      <source>已发布：参考数据第 %1 版，各窗口下次同步时取得</source>
      <translation>Published: reference data version %1; windows get it at their next sync</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="156" />
      <source>部门已保存</source>
      <translation>Department saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="165" />
      <source>设备设置应为 JSON 对象，如 {"printer": "tcp://…"}</source>
      <translation>Device settings must be a JSON object, e.g. {"printer": "tcp://…"}</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/windows.py" line="176" />
      <source>窗口已保存</source>
      <translation>Window saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="31" />
      <source>重新发送所选短信</source>
      <translation>Resend the selected SMS</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="51" />
      <source>%1 条短信未能确认送达：“未确认”的可能已经送达，重发前请先电话核实</source>
      <translation>%1 SMS not confirmed as delivered: an “unconfirmed” one may have arrived; phone the applicant before resending</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="54" />
      <source>没有发送失败或未确认的短信</source>
      <translation>No failed or unconfirmed SMS</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>手机号</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="57" />
      <source>尝试次数</source>
      <translation>Tries</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="76" />
      <source>请先选择一条短信</source>
      <translation>Select an SMS first</translation>
    </message>
    <message>
      <location filename="../../app/ui/admin/sms.py" line="81" />
      <source>已重新排队：%1</source>
      <translation>Queued again: %1</translation>
    </message>
  </context>
  <context>
    <name>ApplicantForm</name>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="189" />
      <source>申请人类型</source>
      <extracomment>Fields printed on the notices: a character no font has is told as soon as it is typed. The fields in form order, which is also the Tab order: what a clerk types without a card (name, ID number, phone) comes first; the address, usually read from the card, after. A value of this length is complete (checked while typing); 0: checked when left. The clerk has left this field (or a save attempt asked about it): it may complain. For a printed field: the warning about characters no font has ('' when none). The label of each field (and of ``kind``/``id_type``), by key.</extracomment>
      <translation>Applicant type</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="190" />
      <source>证件类型</source>
      <translation>ID type</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="191" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="192" />
      <source>英文姓名</source>
      <translation>Name in Latin letters</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="193" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="194" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="195" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="196" />
      <source>单位名称</source>
      <translation>Organisation name</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="197" />
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="198" />
      <source>法定代表人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="199" />
      <source>代理人姓名</source>
      <translation>Agent name</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="200" />
      <source>代理人身份证</source>
      <translation>Agent ID card</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="201" />
      <source>代理人电话</source>
      <translation>Agent phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="205" />
      <source>申请人（放身份证或按 Ctrl+R 读卡）</source>
      <translation>Applicant (place the ID card or press Ctrl+R to read it)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="206" />
      <source>短信通知 Alt+M</source>
      <translation>SMS notices Alt+M</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="207" />
      <source>申请人同意后勾选：受理、补正、可领取时发短信到此手机号码</source>
      <translation>Tick with the applicant's consent: a text message to this mobile number on acceptance, corrections and when ready to collect</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/applicant_form.py" line="310" />
      <source>注意：%1 本机所有字库都没有，打印件上将印作编码，请打印后手写补上</source>
      <translation>Note: no font on this PC has %1; it will be printed as its code, please write it in by hand after printing</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="88" />
      <source>准予许可</source>
      <translation>Grant licence</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="90" />
      <source>审批意见</source>
      <translation>Approval note</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="91" />
      <source>准予后请登记证照或结果文书，再办结</source>
      <translation>After granting, register the licence or result document, then finish</translation>
    </message>
  </context>
  <context>
    <name>AwayDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="65" />
      <source>离开留言</source>
      <translation>Away message</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>外出办事</source>
      <translation>Out on business</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>参加会议</source>
      <translation>In a meeting</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>临时离开</source>
      <translation>Briefly away</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>就餐</source>
      <translation>At lunch</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="77" />
      <source>离开原因</source>
      <translation>Reason for leaving</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="78" />
      <source>去向</source>
      <translation>Where to</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="79" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="80" />
      <source>预计返回</source>
      <translation>Expected back</translation>
    </message>
  </context>
  <context>
    <name>BackOffice</name>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="35" />
      <source>超期%1天</source>
      <extracomment>Days left at which a line turns yellow (the service's 即将到期).</extracomment>
      <translation>%1 days overdue</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="43" />
      <source>%1 暂定</source>
      <translation>%1 provisional</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="50" />
      <source>待补正</source>
      <translation>awaiting supplement</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="52" />
      <source>待%1答复</source>
      <translation>awaiting %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="54" />
      <source>%1逾期</source>
      <translation>%1 late</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="57" />
      <source>%1，%2前</source>
      <translation>%1, by %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="64" />
      <source>本部门联办</source>
      <translation>co-signed here</translation>
    </message>
  </context>
  <context>
    <name>BackOfficeWindow</name>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="140" />
      <source>阶段</source>
      <extracomment>Stage filter: (key, label); "" the open cases of every stage, "*" closed ones too. The case opened, while one is. The form open for a step (tests fill it), else None. The case PDF last opened, and how files are opened (the desktop's viewer).</extracomment>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="213" />
      <source>后台审批 — 窗口受理台</source>
      <translation>Back-office approval — Counter Desk</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="214" />
      <source>后台审批　%1（%2）</source>
      <translation>Back-office approval  %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="217" />
      <source>在办（全部阶段）</source>
      <translation>Open (all stages)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="221" />
      <source>全部（含已办结）</source>
      <translation>All (incl. finished)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="223" />
      <source>刷新（F5）</source>
      <translation>Refresh (F5)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="224" />
      <source>案卷PDF（Alt+P）</source>
      <translation>Case file PDF (Alt+P)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="225" />
      <source>退出（Ctrl+Q）</source>
      <translation>Quit (Ctrl+Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="227" />
      <location filename="../../app/ui/backoffice/window.py" line="377" />
      <source>签收</source>
      <translation>Sign for receipt</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="228" />
      <location filename="../../app/ui/backoffice/window.py" line="387" />
      <source>审查意见</source>
      <translation>Review note</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="229" />
      <location filename="../../app/ui/backoffice/window.py" line="404" />
      <source>要求补正</source>
      <translation>Ask for corrections</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="230" />
      <location filename="../../app/ui/backoffice/window.py" line="418" />
      <source>准予</source>
      <translation>Grant</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="231" />
      <location filename="../../app/ui/backoffice/window.py" line="430" />
      <source>不予许可</source>
      <translation>Deny licence</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="232" />
      <location filename="../../app/ui/backoffice/window.py" line="443" />
      <source>登记结果</source>
      <translation>Register result</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="233" />
      <location filename="../../app/ui/backoffice/window.py" line="454" />
      <source>办结</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="234" />
      <location filename="../../app/ui/backoffice/window.py" line="463" />
      <source>发起联办</source>
      <translation>Start joint handling</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="235" />
      <location filename="../../app/ui/backoffice/window.py" line="475" />
      <source>联办意见</source>
      <translation>Joint handling opinion</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="236" />
      <location filename="../../app/ui/backoffice/window.py" line="490" />
      <source>上报</source>
      <translation>Refer upward</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="237" />
      <location filename="../../app/ui/backoffice/window.py" line="504" />
      <source>上级答复</source>
      <translation>Higher authority reply</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="264" />
      <source>正在读取本部门办件</source>
      <translation>Reading the department's cases</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="275" />
      <source>本部门办件 %1 件</source>
      <translation>%1 cases of this department</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="296" />
      <source>请先在列表中选择一件办件</source>
      <translation>First choose a case in the list</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="307" />
      <source>正在打开办件</source>
      <translation>Opening the case</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="340" />
      <source>已记录：%1（%2）</source>
      <translation>Recorded: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="354" />
      <source>请先打开一件办件（列表中选中后按回车）</source>
      <translation>First open a case (choose it in the list and press Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="516" />
      <source>本机未连接中心案卷库，不能打开案卷</source>
      <translation>This PC is not connected to the central case file store; the case file cannot be opened</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="529" />
      <source>已打开案卷：%1</source>
      <translation>Case file opened: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/window.py" line="535" />
      <source>正在读取案卷</source>
      <translation>Reading the case file</translation>
    </message>
  </context>
  <context>
    <name>CapturePanel</name>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="98" />
      <source>材料采集（高拍仪/扫描仪）</source>
      <extracomment>Fact: pages were added or changed; the case as it is now (the checklist follows).</extracomment>
      <translation>Capture (document camera / scanner)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="100" />
      <source>P 拍照并下一项　Shift+P 再拍一页　S 扫描　R 旋转上一页　Del 删除上一页　5 复用旧材料</source>
      <translation>P photo and next  Shift+P another page  S scan  R rotate last page  Del delete last page  5 reuse earlier material</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="103" />
      <source>本窗口未配置高拍仪</source>
      <translation>No document camera set up at this window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="105" />
      <source>本机未启用电子档案，材料只记录核验结果</source>
      <translation>Electronic case files are off on this PC; only the check result is recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="120" />
      <source>当前材料：%1</source>
      <translation>Current material: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="167" />
      <source>政务数据共享平台</source>
      <translation>Government data-sharing platform</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="169" />
      <source>已核验，免提交</source>
      <translation>Checked, no need to submit</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="181" />
      <source>本窗口未配置高拍仪，可按 S 用扫描仪</source>
      <translation>No document camera at this window; press S to use the scanner</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="187" />
      <source>正在拍摄“%1”…</source>
      <translation>Photographing "%1"…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="195" />
      <source>本窗口未配置扫描仪</source>
      <translation>No scanner set up at this window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="197" />
      <source>正在扫描“%1”…</source>
      <translation>Scanning "%1"…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="237" />
      <source>该申请人没有可复用的此项材料</source>
      <translation>This applicant has no earlier copy of this material to reuse</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="278" />
      <source>已保存到电子档案</source>
      <translation>Saved to the electronic case file</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="295" />
      <source>第%1页</source>
      <translation>Page %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/capture_panel.py" line="301" />
      <source>可复用：%1 采集的“%2”（办件 %3，有效至 %4，%5 页），按 5 复用</source>
      <translation>Reusable: "%2" captured %1 (case %3, valid until %4, %5 pages); press 5 to reuse</translation>
    </message>
  </context>
  <context>
    <name>CardFiller</name>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="72" />
      <source>本窗口未配置身份证阅读器，请手工填写</source>
      <extracomment>the photo from the card (or why there is none) what was read, or why nothing was the last card filled in (tests, the 受理 check)</extracomment>
      <translation>No ID card reader at this window; please type the details</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="74" />
      <source>正在读取身份证…</source>
      <translation>Reading the ID card…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake_card.py" line="118" />
      <source>无照片</source>
      <translation>No photo</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <source>材料清单</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>文书</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="91" />
      <source>办理过程</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>材料</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>要求</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="94" />
      <source>备注</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="96" />
      <source>出具</source>
      <translation>Issued</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>环节</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>办理人</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>办理方</source>
      <translation>Party</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="98" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="102" />
      <source>未打开办件：在左侧列表选中后按回车打开</source>
      <translation>No case open: choose one in the list on the left and press Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="113" />
      <location filename="../../app/ui/backoffice/detail.py" line="168" />
      <source>　</source>
      <translation>  </translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="117" />
      <source>超期%1个工作日</source>
      <translation>%1 working days overdue</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="119" />
      <source>剩余%1个工作日</source>
      <translation>%1 working days left</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="121" />
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="123" />
      <source>承诺办结</source>
      <translation>Promised by</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="126" />
      <source>申请人</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="128" />
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="130" />
      <source>法定代表人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="132" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="134" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="136" />
      <source>代理人</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="137" />
      <source>受理窗口</source>
      <translation>Accepting window</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="144" />
      <source>后台要求补正</source>
      <translation>Back office asks for</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="170" />
      <source>%1 %2个工作日</source>
      <translation>%1 %2 working days</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="173" />
      <source>各阶段用时</source>
      <translation>Time per stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="179" />
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="181" />
      <location filename="../../app/ui/backoffice/detail.py" line="192" />
      <source>未答复</source>
      <translation>No reply</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="187" />
      <source>%1 %2前 %3</source>
      <translation>%1 by %2 %3</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="189" />
      <source>联办</source>
      <translation>Joint handling</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="192" />
      <source>答复</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="195" />
      <source>上报</source>
      <translation>Forwarded</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="196" />
      <source>%1 %2个工作日（%3前）%4</source>
      <translation>%1 %2 working days (by %3) %4</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="204" />
      <source>审批决定</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/detail.py" line="206" />
      <source>办理结果</source>
      <translation>Result</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="40" />
      <source>%1 %2 个工作日</source>
      <translation>%1 %2 working days</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="51" />
      <source>超期%1天</source>
      <translation>%1 days overdue</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="59" />
      <source> 暂定</source>
      <translation> provisional</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="65" />
      <source>含未公布放假安排的日期，以国务院通知为准</source>
      <translation>Includes days whose holiday schedule is not yet published; the State Council notice decides</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="72" />
      <source>逾期视为受理</source>
      <translation>Deemed accepted (notice too late)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="75" />
      <source>上报%1，%2前</source>
      <translation>Referred to %1, due by %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="80" />
      <source>延时%1</source>
      <translation>Extension %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="82" />
      <source>【急】</source>
      <translation>[Urgent] </translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="129" />
      <source>（后台要求补正）</source>
      <translation> (back office asks for corrections)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="160" />
      <source>我的办件</source>
      <extracomment>Button name → the case action it takes (``TrackedCase.allowed_actions`` hold the labels). Rows measured when the columns are sized (a screenful and a little more). Action buttons per row under the table. Request: continue the intake of this draft (double-click on a 收件中 line). Request: hand this case over on the 出件 page (its case number). Fact: an action issued documents (补正材料通知书, 办结 …; a DecisionResult) — the peripherals print them on the window printer. The list's reads run on their own worker: a page fetched while scrolling or a row refreshed after a decision never queues in front of the next F1. The window's promised dates a calendar import moved (earlier ones make it red). 计时事项 ▾: 急事特办, 申请人原因, 补告遗漏, 上报, 延时, 退回件, 不予许可.</extracomment>
      <translation>My cases</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="163" />
      <source>按受理编号、申请人姓名或证件号码查找，回车搜索；清空显示全部</source>
      <translation>Find by case number, applicant name or ID number, Enter to search; empty shows all</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="164" />
      <source>黄色：即将到期　红色：已超期　灰色：暂停计时　双击“收件中”继续收件</source>
      <translation>Yellow: near due  Red: overdue  Grey: clock stopped  Double-click "Receiving" to continue intake</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="166" />
      <source>要求补正</source>
      <translation>Ask for corrections</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="167" />
      <source>补正材料已收</source>
      <translation>Corrections received</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="168" />
      <source>容缺材料已补齐</source>
      <translation>Deficient materials completed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="169" />
      <location filename="../../app/ui/pages/cases.py" line="359" />
      <source>中止计时</source>
      <translation>Stop the clock</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="170" />
      <source>恢复计时</source>
      <translation>Restart the clock</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="171" />
      <location filename="../../app/ui/pages/cases.py" line="369" />
      <source>办结（准予）</source>
      <translation>Finish (granted)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="172" />
      <source>不予许可…</source>
      <translation>Deny licence…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="173" />
      <source>送达…</source>
      <translation>Deliver…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="174" />
      <location filename="../../app/ui/pages/cases.py" line="402" />
      <source>撤回</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="178" />
      <source>转“办不成事”…</source>
      <translation>Report as "could not get it done"…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="180" />
      <source>本窗口办不成的，一键登记为“办不成事”交中心督办（申请人和事项自动带入）</source>
      <translation>What this window cannot get done: register it as "could not get it done" for the center to follow up (applicant and matter filled in)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="217" />
      <source>（提前）</source>
      <translation> (earlier)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="223" />
      <source>日历调整后承诺办结日期有变化：</source>
      <translation>Promised dates changed after a calendar change: </translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="244" />
      <location filename="../../app/ui/pages/cases.py" line="321" />
      <location filename="../../app/ui/pages/cases.py" line="385" />
      <source>请先选择一件办件</source>
      <translation>First choose a case</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="248" />
      <source>本机未配置登记台账，不能转“办不成事”</source>
      <translation>Registers are not set up on this PC; cannot report "could not get it done"</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="257" />
      <source>已转“办不成事”，中心将转办督办</source>
      <translation>Reported as "could not get it done"; the center will dispatch and follow up</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="329" />
      <source>已生成文书：%1</source>
      <translation>Documents issued: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="360" />
      <source>特别程序</source>
      <translation>Special procedure</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>听证</source>
      <translation>Hearing</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>检验</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>专家评审</source>
      <translation>Expert review</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="361" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="370" />
      <source>办理结果名称（如营业执照）</source>
      <translation>Result name (e.g. business licence)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/cases.py" line="402" />
      <source>撤回说明</source>
      <translation>Withdrawal note</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="85" />
      <source>修改密码</source>
      <extracomment>The session after the change (set when accepted).</extracomment>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="86" />
      <source>首次登录或密码已重置，请设置新密码后再开始办理。</source>
      <translation>First log-in or password reset: set a new password before you start.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="88" />
      <source>再次输入新密码</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="91" />
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="92" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="97" />
      <source>两次输入的新密码不一致</source>
      <translation>The two new passwords differ</translation>
    </message>
  </context>
  <context>
    <name>ClockActions</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="160" />
      <source>计时事项</source>
      <translation>Clock</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="162" />
      <source>急事特办…</source>
      <translation>Urgent handling…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="163" />
      <source>申请人原因暂停…</source>
      <translation>Pause for the applicant…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="164" />
      <source>申请人原因恢复计时</source>
      <translation>Restart after the applicant's pause</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="165" />
      <source>补告遗漏材料…</source>
      <translation>Notify omitted materials…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="166" />
      <source>上报上级机关…</source>
      <translation>Refer to a higher authority…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="167" />
      <source>上级办结返回</source>
      <translation>Back from the higher authority</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="168" />
      <source>申请延时…</source>
      <translation>Ask for an extension…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="169" />
      <source>出具延期办理通知书（已批准）</source>
      <translation>Issue extension notice (approved)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="170" />
      <source>退回（受理后3个工作日内）…</source>
      <translation>Return (within 3 working days of acceptance)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="171" />
      <source>不予许可…</source>
      <translation>Deny licence…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="226" />
      <source>请先选择一件办件</source>
      <translation>First choose a case</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="229" />
      <source>本机未配置计时事项服务</source>
      <translation>The clock service is not set up on this PC</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="236" />
      <source>已生成文书：%1</source>
      <translation>Documents issued: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="247" />
      <source>急事特办</source>
      <translation>Urgent handling</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="247" />
      <source>紧急事由</source>
      <translation>Reason for urgency</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="253" />
      <source>申请人原因暂停</source>
      <translation>Pause for the applicant</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="253" />
      <source>申请人原因（如申请人申请暂缓）</source>
      <translation>Applicant's reason (e.g. the applicant asked to wait)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="265" />
      <location filename="../../app/ui/pages/clock_actions.py" line="269" />
      <source>补告遗漏材料</source>
      <translation>Notify omitted materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="265" />
      <source>首次告知遗漏的材料</source>
      <translation>Materials omitted from the first notice</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="269" />
      <source>问题和要求</source>
      <translation>Problem and what is needed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="288" />
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="288" />
      <source>退回理由</source>
      <translation>Reason for return</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="69" />
      <location filename="../../app/ui/pages/case_columns.py" line="86" />
      <source>受理编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="79" />
      <location filename="../../app/ui/pages/case_columns.py" line="125" />
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="85" />
      <location filename="../../app/ui/pages/case_columns.py" line="88" />
      <source>事项</source>
      <translation>Service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="86" />
      <location filename="../../app/ui/pages/case_columns.py" line="93" />
      <source>申请人</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="87" />
      <source>受理窗口</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="89" />
      <source>本阶段工作日</source>
      <translation>Working days in stage</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="77" />
      <location filename="../../app/ui/pages/case_columns.py" line="108" />
      <source>承诺办结</source>
      <translation>Promised by</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="71" />
      <location filename="../../app/ui/pages/case_columns.py" line="115" />
      <source>剩余工作日</source>
      <translation>Working days left</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/columns.py" line="95" />
      <location filename="../../app/ui/pages/case_columns.py" line="122" />
      <source>计时</source>
      <translation>Clock</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="94" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="96" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_columns.py" line="102" />
      <source>受理日期</source>
      <translation>Accepted on</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="60" />
      <source>材料名称</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="65" />
      <source>必要性</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="70" />
      <source>形式</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="72" />
      <source>份数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="73" />
      <source>标注</source>
      <translation>Marks</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="75" />
      <source>核验</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="80" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>CounterPeripherals</name>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="63" />
      <source>文书</source>
      <extracomment>Window status → the state name the device hub understands. Status-bar lamp names owned by this module (device lamps use the device's own name). How often the sync lamp is refreshed from the uploader's state.</extracomment>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="71" />
      <source>%1 秒</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="73" />
      <source>%1 分钟</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="74" />
      <source>%1 小时</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="81" />
      <source>中心库：在线</source>
      <translation>Central store: online</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="83" />
      <source>中心库：离线</source>
      <translation>Central store: offline</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="85" />
      <source>，待上传 %1 条</source>
      <translation>, %1 to upload</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="89" />
      <source>（最早 %1前）</source>
      <translation> (oldest %1 ago)</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="139" />
      <source>正在连接…</source>
      <extracomment>Fact: a rating was stored (RatingInfo) — tests and the today page may follow it. Open rating requests by the hub's request id. Ticket id → the case decided for it (the rating is bound to its case number). Jobs sent or submitted this session, newest last (the print-jobs dialog offers 补打). The status last sent to the devices (state, message, away).</extracomment>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="146" />
      <source>打印机：就绪</source>
      <translation>Printer: ready</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="162" />
      <source>中心库：正在连接…</source>
      <extracomment>The 补打 strip for this clerk's decisions whose slip never printed (none without a printer).</extracomment>
      <translation>Central store: connecting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="205" />
      <source>暂停服务</source>
      <translation>Service paused</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="228" />
      <source>暂停服务（%1）</source>
      <translation>Service paused (%1)</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="268" />
      <source>等待评价…</source>
      <translation>Waiting for the rating…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="302" />
      <source>未评价：%1</source>
      <translation>Not rated: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="305" />
      <source>已评价：%1</source>
      <translation>Rated: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="309" />
      <source>评价未能保存</source>
      <translation>The rating could not be saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="310" />
      <source>评价未能保存：%1</source>
      <translation>The rating could not be saved: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="352" />
      <source>已送打印：%1</source>
      <translation>Sent to the printer: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="357" />
      <location filename="../../app/ui/devices_printer_sync.py" line="374" />
      <source>打印机：%1</source>
      <translation>Printer: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="358" />
      <source>文书未能送打印：%1</source>
      <translation>Document not sent to the printer: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="365" />
      <source>打印机：正常</source>
      <translation>Printer: OK</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="366" />
      <source>已打印：%1</source>
      <translation>Printed: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="376" />
      <source>%1 未打印：%2。文书已保留在打印队列，排除故障后自动续打（打印 → 打印队列 可重试）</source>
      <translation>%1 not printed: %2. The document stays in the print queue and prints once the fault is cleared (Print → Print queue to retry)</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="383" />
      <source>打印(&amp;P)</source>
      <translation>&amp;Print</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="384" />
      <source>打印队列…</source>
      <translation>Print queue…</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="409" />
      <source>已送补打：%1</source>
      <translation>Sent to reprint: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="423" />
      <source>在线</source>
      <translation>online</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="423" />
      <source>未连接</source>
      <translation>not connected</translation>
    </message>
    <message>
      <location filename="../../app/ui/devices_printer_sync.py" line="436" />
      <source>同步状态未知：%1</source>
      <translation>Sync state unknown: %1</translation>
    </message>
  </context>
  <context>
    <name>DecisionPage</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="275" />
      <source>决定</source>
      <extracomment>Fact: a decision was taken (the queue panel and "my cases" refresh). Open while the refusal form is being filled in. Open while the clerk decides on a notice later than the §32 five days.</extracomment>
      <translation>Decide</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="279" />
      <source>受理</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="280" />
      <source>一次性告知</source>
      <translation>One-time notice of missing materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="281" />
      <source>容缺受理</source>
      <translation>Accept with deficiencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="282" />
      <source>不予受理</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="283" />
      <source>即办办结</source>
      <translation>Finish on the spot</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="284" />
      <location filename="../../app/ui/pages/decision.py" line="371" />
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="288" />
      <source>自定容缺材料补齐期限（不勾选则为承诺办结日期）</source>
      <translation>Own deadline for the missing materials (unticked: the promised date)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="329" />
      <source>逾期告知补正</source>
      <translation>Late notice of corrections</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="344" />
      <location filename="../../app/ui/pages/decision.py" line="511" />
      <source>本事项不适用容缺受理</source>
      <translation>This service matter does not allow acceptance with deficiencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="395" />
      <location filename="../../app/ui/pages/decision.py" line="466" />
      <source>没有待决定的收件</source>
      <translation>No intake waiting for a decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="430" />
      <source>已作出决定：%1</source>
      <translation>Decision made: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="432" />
      <source>办件编号：%1</source>
      <translation>Case number: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="436" />
      <source>（暂定：含未公布放假安排的日期，以国务院通知为准）</source>
      <translation> (provisional: includes days whose holiday schedule is not yet published; the State Council notice decides)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="437" />
      <source>承诺办结日期：%1</source>
      <translation>Promised date: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="439" />
      <source>容缺材料补齐期限：%1</source>
      <translation>Missing materials due: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="440" />
      <source>文书：%1</source>
      <translation>Documents: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="458" />
      <source>打印提醒：%1 本机所有字库都没有，文书上将印作编码（如〔U+%2〕），打印后请手写补上</source>
      <translation>Print note: no font on this PC has %1; documents will show its code (e.g. [U+%2]), please write it in by hand after printing</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="473" />
      <source>（申请人未填写）</source>
      <translation>(applicant not filled in)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="475" />
      <source>%1 — %2　[%3]</source>
      <translation>%1 — %2  [%3]</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="485" />
      <source>缺少或有误：</source>
      <translation>Missing or wrong: </translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="493" />
      <source>尚未核验：</source>
      <translation>Not yet checked: </translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="495" />
      <source>必要材料已齐全，可以受理</source>
      <translation>All required materials received; the case can be accepted</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="497" />
      <source>收到材料已超过5个工作日未告知，依法视为受理</source>
      <translation>Materials received more than 5 working days ago without a notice: deemed accepted by law</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="500" />
      <source>注意：须在%1前一次性告知补正（还剩%2个工作日），逾期视为受理</source>
      <translation>Note: give the one-time notice of corrections before %1 (%2 working days left), or the case is deemed accepted</translation>
    </message>
  </context>
  <context>
    <name>DenialDialog</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="116" />
      <source>不予许可</source>
      <translation>Deny licence</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="122" />
      <source>理由（每行一条）</source>
      <translation>Reasons (one per line)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="123" />
      <source>法律依据（多条用；分隔）</source>
      <translation>Legal basis (separate several with ;)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="124" />
      <source>首席代表工号</source>
      <translation>Chief representative staff no.</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="125" />
      <source>首席代表密码</source>
      <translation>Chief representative password</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="126" />
      <source>将出具不予许可决定书（含复议、诉讼权利），并报中心否定备案</source>
      <translation>A licence denial decision (with review and litigation rights) will be issued and filed with the center</translation>
    </message>
  </context>
  <context>
    <name>DenyDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="99" />
      <source>不予许可</source>
      <translation>Deny licence</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="104" />
      <source>理由（每行一条）</source>
      <translation>Reasons (one per line)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="105" />
      <source>法律依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="106" />
      <source>不予许可将报中心否定备案审查</source>
      <translation>A licence denial is filed with the center for review</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="464" />
      <source>评价器和窗口屏</source>
      <translation>Rating pad and window display</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="465" />
      <source>没有的设备留空即可；串口设备请先确认端口号（见安装说明）。</source>
      <translation>Leave devices you do not have empty; for serial devices check the port first (see the installation guide).</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="466" />
      <source>评价器</source>
      <translation>Rating pad</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="467" />
      <source>LED 窗口屏</source>
      <translation>LED window display</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="176" />
      <source>%1　%2</source>
      <translation>%1  %2</translation>
    </message>
  </context>
  <context>
    <name>EscalateDialog</name>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="76" />
      <source>转“办不成事”</source>
      <translation>Report as "could not get it done"</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="80" />
      <source>群众反映的问题：办不成的原因、卡在哪个环节</source>
      <translation>What the applicant reports: why it could not be done, which step it is stuck at</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="91" />
      <source>办件</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="92" />
      <source>反映问题</source>
      <translation>Problem reported</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="93" />
      <source>复杂程度</source>
      <translation>Complexity</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="108" />
      <source>请填写反映的问题</source>
      <translation>Please fill in the problem reported</translation>
    </message>
  </context>
  <context>
    <name>ExtensionDialog</name>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="101" />
      <source>申请延时办理</source>
      <translation>Ask for an extension</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="106" />
      <source>延长（工作日）</source>
      <translation>Extension (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="107" />
      <source>延时理由</source>
      <translation>Reason for the extension</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/clock_actions.py" line="108" />
      <source>提交后须经中心批准，批准后再出具延期办理通知书</source>
      <translation>The center must approve it; issue the extension notice after approval</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="167" />
      <location filename="../../app/ui/pages/clock_actions.py" line="87" />
      <source>上报上级机关</source>
      <extracomment>Menu entry → the case action whose presence in ``allowed_actions`` enables it.</extracomment>
      <translation>Refer to a higher authority</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="172" />
      <location filename="../../app/ui/pages/clock_actions.py" line="92" />
      <source>上级机关</source>
      <translation>Higher authority</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="173" />
      <location filename="../../app/ui/pages/clock_actions.py" line="93" />
      <source>上级办理时限（工作日）</source>
      <translation>Their limit (working days)</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="174" />
      <source>上报期间不计入本厅办理时限</source>
      <translation>Time with the higher authority does not count against the hall's limit</translation>
    </message>
  </context>
  <context>
    <name>Glyphs</name>
    <message>
      <location filename="../../app/ui/glyphs.py" line="27" />
      <source>“%1”（U+%2）</source>
      <translation>"%1" (U+%2)</translation>
    </message>
    <message>
      <location filename="../../app/ui/glyphs.py" line="28" />
      <source>、</source>
      <translation>, </translation>
    </message>
  </context>
  <context>
    <name>GuidePage</name>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="49" />
      <source>本窗口</source>
      <extracomment>Pause after the last keystroke before searching (ms). The pause after a keystroke when the previous search took under FAST_QUERY_MS: one frame.</extracomment>
      <translation>This window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="51" />
      <source>常办</source>
      <translation>Frequent</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="53" />
      <location filename="../../app/ui/pages/guide.py" line="90" />
      <location filename="../../app/ui/pages/guide.py" line="302" />
      <source>示例</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="54" />
      <source>〔%1〕</source>
      <translation>[%1]</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="63" />
      <source>（未设定）</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="80" />
      <source>即时办结</source>
      <translation>Finished on the spot</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="81" />
      <source>%1个工作日</source>
      <translation>%1 working days</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="100" />
      <source>本指南为示例内容，正式使用前请以中心发布的办事指南为准。</source>
      <translation>This guide is example content; before real use, follow the service guide published by the center.</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="108" />
      <source>收费</source>
      <translation>Fee</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="112" />
      <source>不收费</source>
      <translation>Free of charge</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="116" />
      <source>%1号窗口 %2</source>
      <translation>Window %1 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="125" />
      <source>事项编码</source>
      <translation>Matter code</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="126" />
      <source>事项类型</source>
      <translation>Matter type</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="127" />
      <source>实施主体</source>
      <translation>Implementing body</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="128" />
      <source>办件类型</source>
      <translation>Case type</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="129" />
      <source>法定办结时限</source>
      <translation>Legal time limit</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="130" />
      <source>承诺办结时限</source>
      <translation>Promised time limit</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="131" />
      <source>设定依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="132" />
      <source>受理条件</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="133" />
      <source>服务对象</source>
      <translation>Who may apply</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="134" />
      <source>收费标准</source>
      <translation>Fee</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="135" />
      <source>收费依据</source>
      <translation>Fee basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="136" />
      <source>办理结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="137" />
      <source>办理地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="138" />
      <source>办理时间</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="139" />
      <source>咨询方式</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="140" />
      <source>监督投诉方式</source>
      <translation>Supervision and complaints</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="141" />
      <source>受理窗口</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="142" />
      <source>牵头部门</source>
      <translation>Lead department</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="143" />
      <source>协办部门</source>
      <translation>Co-departments</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="145" />
      <source>容缺受理</source>
      <translation>Accept with deficiencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="146" />
      <source>可容缺受理</source>
      <translation>Acceptance with deficiencies allowed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="148" />
      <source>不适用容缺受理</source>
      <translation>No acceptance with deficiencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="150" />
      <source>特别程序（不计时）</source>
      <translation>Special procedures (off the clock)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="151" />
      <source>关键词</source>
      <translation>Keywords</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="153" />
      <source>高频事项</source>
      <translation>Frequent service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="154" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="156" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="161" />
      <source>情形</source>
      <translation>Situations</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="169" />
      <source>申请材料</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="173" />
      <source>无需提交材料</source>
      <translation>No materials needed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="178" />
      <source>%1份</source>
      <translation>%1 copies</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="181" />
      <source>可容缺</source>
      <translation>may be deficient</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="183" />
      <source>免提交（数据共享）</source>
      <translation>not needed (data sharing)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="185" />
      <source>材料编码</source>
      <translation>Material code</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="187" />
      <source>适用情形</source>
      <translation>Situations</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="189" />
      <source>所有情形</source>
      <translation>All situations</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="191" />
      <source>规格</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="192" />
      <source>来源渠道</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="193" />
      <source>受理标准</source>
      <translation>Acceptance standard</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="194" />
      <source>提供依据</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="195" />
      <source>空白表格</source>
      <translation>Blank form</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="196" />
      <source>示例样表</source>
      <translation>Sample form</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="201" />
      <source>［%1］</source>
      <translation>[%1]</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="207" />
      <source>其他信息</source>
      <translation>Other information</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="295" />
      <source>事项指南</source>
      <extracomment>Request: start an intake for this matter code. Request: start an intake for this 一件事 (bundle code).</extracomment>
      <translation>Service guide</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="298" />
      <source>输入事项名称、拼音首字母、全拼、编码或关键词（Ctrl+F）</source>
      <translation>Type a matter name, pinyin initials, full pinyin, code or keyword (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="299" />
      <source>开始收件</source>
      <translation>Start intake</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="300" />
      <source>一件事收件</source>
      <translation>"One thing" intake</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="301" />
      <source>“一件事”：多个事项一次收件，材料只收一次</source>
      <translation>"One thing": several service matters in one intake, each material received once</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="308" />
      <location filename="../../app/ui/pages/guide.py" line="319" />
      <source>请在左侧选择事项</source>
      <translation>Choose a service matter on the left</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="423" />
      <source>本窗口及常办事项 %1 项</source>
      <translation>%1 service matters of this window and frequent ones</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/guide.py" line="425" />
      <source>找到 %1 项</source>
      <translation>%1 found</translation>
    </message>
  </context>
  <context>
    <name>HandoverPage</name>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="266" />
      <source>出件</source>
      <extracomment>Fact: a 领取回执 was issued (the peripherals print it). Fact: a hand-over, mail or returned mail was recorded (lists elsewhere may refresh). The case found, while one is shown. The last result recorded here (tests, the message line).</extracomment>
      <translation>Hand-over</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="269" />
      <source>输入办件编号或扫描文书上的二维码，回车查找</source>
      <translation>Type the case number or scan the QR code on a document, Enter to find</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="270" />
      <source>查找</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="271" />
      <source>窗口领取</source>
      <translation>Collect at the window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="272" />
      <source>邮寄送达</source>
      <translation>Deliver by mail</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>领取人身份</source>
      <translation>Receiver is</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>领取人姓名</source>
      <translation>Receiver name</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="275" />
      <source>授权委托书</source>
      <translation>Power of attorney</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="279" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="280" />
      <source>签收</source>
      <translation>Sign for receipt</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="281" />
      <source>委托代理人必填：委托书日期、编号，原件已核验</source>
      <translation>Required for an agent: date and number of the power of attorney, original checked</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="282" />
      <source>添加物品</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="283" />
      <source>重签</source>
      <translation>Sign again</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="284" />
      <source>登记领取并打印领取回执（Ctrl+Enter）</source>
      <translation>Record collection and print the receipt (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="286" />
      <source>收件人</source>
      <translation>Addressee</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="287" />
      <source>收件人电话</source>
      <translation>Addressee phone</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="288" />
      <source>邮寄地址</source>
      <translation>Postal address</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="289" />
      <source>快递公司</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="290" />
      <source>运单号</source>
      <translation>Tracking number</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="291" />
      <source>邮费/揽收</source>
      <translation>Postage / pick-up</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="295" />
      <source>登记邮寄（Ctrl+Enter）</source>
      <translation>Record mailing (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="296" />
      <source>邮件退回…</source>
      <translation>Mail returned…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="317" />
      <source>本机未启用出件</source>
      <translation>Hand-over is not enabled on this PC</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="326" />
      <location filename="../../app/ui/pages/handover.py" line="356" />
      <location filename="../../app/ui/pages/handover.py" line="379" />
      <source>请先查找要出件的办件</source>
      <translation>First find the case to hand over</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="410" />
      <source>查找办件后在此登记领取或邮寄</source>
      <translation>Find a case, then record its collection or mailing here</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="413" />
      <source>本窗口办件</source>
      <translation>Case of this window</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="413" />
      <source>%1号窗口受理（中心库）</source>
      <translation>Accepted at window %1 (central store)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="416" />
      <source>%1　%2</source>
      <translation>%1  %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="417" />
      <source>申请人：%1（%2）　%3</source>
      <translation>Applicant: %1 (%2)  %3</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="421" />
      <source>状态：%1　出件：%2</source>
      <translation>Status: %1  Hand-over: %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="428" />
      <source>已邮寄：%1 %2（%3）寄往 %4</source>
      <translation>Mailed: %1 %2 (%3) to %4</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="437" />
      <source>已由%1%2领取</source>
      <translation>Collected by %1 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="448" />
      <source>请领取人在签名板上签名</source>
      <translation>Ask the receiver to sign on the signature pad</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="450" />
      <source>本机未配置签名板：打印两联领取回执，领取人在第二联签字后交窗口存档</source>
      <translation>No signature pad on this PC: a two-part receipt is printed; the receiver signs the second part and the window keeps it</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="462" />
      <source>该办件当前不能出件（%1）</source>
      <translation>This case cannot be handed over now (%1)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="472" />
      <source>已登记领取，领取回执 %1 已送打印</source>
      <translation>Collection recorded; receipt %1 sent to the printer</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="475" />
      <source>已登记邮寄</source>
      <translation>Mailing recorded</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="482" />
      <source>已登记邮件退回：请重新出件（窗口领取或重新邮寄）</source>
      <translation>Returned mail recorded: hand it over again (at the window or by mail)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="514" />
      <source>邮件退回</source>
      <translation>Mail returned</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="514" />
      <source>退回原因（如查无此人、地址不详、拒收）</source>
      <translation>Reason (e.g. addressee unknown, incomplete address, refused)</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="50" />
      <source>可容缺</source>
      <extracomment>Keys of the checklist and the mark they set. Capture keys of the checklist and the action they request.</extracomment>
      <translation>may be deficient</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="52" />
      <source>免提交</source>
      <translation>Not needed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/checklist.py" line="54" />
      <source>非必要</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="184" />
      <source>收件</source>
      <extracomment>Fact: the draft on screen changed (the decision page follows it). Request: go to the decision page with this draft. The form's message line holds the summary of a failed save (cleared when typing).</extracomment>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="188" />
      <source>情形（勾选适用的情形，材料清单随之变化）</source>
      <translation>Situations (tick those that apply; the material list follows)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="189" />
      <source>本事项无需选择情形</source>
      <translation>No situations to choose for this service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="190" />
      <source>材料清单</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="192" />
      <source>键盘：1 已收　2 缺少　3 有误（填写说明后回车）　4 共享免提交　空格 已收并下一项</source>
      <translation>Keys: 1 received  2 missing  3 wrong (write a note, then Enter)  4 shared, not needed  Space received and next</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="194" />
      <source>有误说明</source>
      <translation>What is wrong</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="195" />
      <source>按3标记有误前先写明问题，如“复印件不清晰”</source>
      <translation>Before pressing 3, write the problem, e.g. "copy not legible"</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="196" />
      <source>其余全部已收</source>
      <translation>All others received</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="197" />
      <source>去决定（Ctrl+D）</source>
      <translation>To decision (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="307" />
      <source>请在“有误说明”中写明问题后按回车</source>
      <translation>Write the problem in "What is wrong" and press Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="417" />
      <source>（另有%1处需修改）</source>
      <translation> (%1 more to correct)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="572" />
      <source>尚未开始收件：在“事项指南”中选择事项后按回车</source>
      <translation>No intake yet: choose a service matter in "Service guide" and press Enter</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="577" />
      <source>示例</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="580" />
      <source>本事项第 %1 次来办（最多跑一次）</source>
      <translation>Visit %1 for this service matter (at most one trip!)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="583" />
      <source>本事项第 %1 次来办</source>
      <translation>Visit %1 for this service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/intake.py" line="591" />
      <source>该申请人此前就本事项已收到告知，本次请核对：</source>
      <translation>This applicant already received a notice for this service matter; check this time:</translation>
    </message>
  </context>
  <context>
    <name>ItemsTable</name>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/handover.py" line="70" />
      <source>份数</source>
      <translation>Copies</translation>
    </message>
  </context>
  <context>
    <name>JointOpinionDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="150" />
      <source>签署联办意见</source>
      <translation>Sign the joint handling opinion</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="155" />
      <source>意见</source>
      <translation>Opinion</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="156" />
      <source>理由（不同意时必填）</source>
      <translation>Reason (required when disagreeing)</translation>
    </message>
  </context>
  <context>
    <name>JointStartDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="131" />
      <source>发起联办</source>
      <translation>Start joint handling</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="133" />
      <source>部门编码，多个用逗号分隔；留空按目录配置的联办部门</source>
      <translation>Department codes, comma separated; empty: the co-departments of the catalog</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="134" />
      <source>联办部门</source>
      <translation>Co-departments</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="135" />
      <source>各联办部门按各自时限并联签署意见</source>
      <translation>Each co-department signs its opinion in parallel within its own limit</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <location filename="../../app/ui/kiosk.py" line="33" />
      <source>综合业务</source>
      <extracomment>Ticket categories of a typical hall (letter → what the applicant reads on the button).</extracomment>
      <translation>General services</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="34" />
      <source>企业开办</source>
      <translation>Starting a business</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="35" />
      <source>社保医保</source>
      <translation>Social and medical insurance</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="36" />
      <source>不动产登记</source>
      <translation>Real estate registration</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="37" />
      <source>户政业务</source>
      <translation>Household registration</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="38" />
      <source>税务业务</source>
      <translation>Taxes</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="39" />
      <source>市场监管</source>
      <translation>Market regulation</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="107" />
      <source>取号</source>
      <extracomment>How long the issued ticket stays on screen before the kiosk is ready again. The last ticket issued (tests and the slip printer read it).</extracomment>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="108" />
      <source>请选择您要办理的业务</source>
      <translation>Please choose your business</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="110" />
      <source>%1　%2</source>
      <translation>%1  %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="111" />
      <source>绿色通道：老年人、残疾人、孕妇请先点此</source>
      <translation>Green channel: elderly, disabled and pregnant visitors tap here first</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="112" />
      <source>已预约？输入预约号后选择业务</source>
      <translation>Appointment? Type its number, then choose the business</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="142" />
      <source>您的号码 %1%2，前面还有 %3 人，请留意叫号屏幕和语音提示</source>
      <translation>Your number %1%2; %3 waiting before you. Please watch the call screen and listen for the announcement</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk.py" line="162" />
      <source>取号后请在等候区就座</source>
      <translation>Please take a seat in the waiting area</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <location filename="../../app/ui/language_menu.py" line="61" />
      <source>语言(&amp;L)</source>
      <extracomment>The language chosen (after the translator is installed and the file written).</extracomment>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../app/ui/language_menu.py" line="78" />
      <source>语言已切换，但未能写入设置文件：%1</source>
      <translation>Language switched, but the settings file could not be written: %1</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../app/ui/lock.py" line="122" />
      <source>窗口已锁定</source>
      <extracomment>Fact: nobody touched keyboard or mouse for the configured time. Fact: the same person unlocked with their password. Request: someone else wants to take over the window.</extracomment>
      <translation>Window locked</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="123" />
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="124" />
      <source>切换用户</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="125" />
      <source>本人密码</source>
      <translation>Your password</translation>
    </message>
    <message>
      <location filename="../../app/ui/lock.py" line="135" />
      <source>%1（%2）离开时锁定，请本人输入密码解锁</source>
      <translation>Locked when %1 (%2) left; only they can unlock with their password</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="192" />
      <source>切换用户</source>
      <extracomment>Fact: someone logged in (or took over the window). Shown next to the window code (the window's name once someone has logged in there). The session after a successful login. A 后台审批人 logged in (against the central store): the workbench opens, not the counter. Open while a first-login password change is asked for.</extracomment>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="192" />
      <source>登录 — 窗口受理台</source>
      <translation>Log in — Counter Desk</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="194" />
      <source>本机窗口：%1号窗口</source>
      <translation>This PC: window %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="198" />
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="198" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="200" />
      <location filename="../../app/ui/login.py" line="215" />
      <source>请输入工号</source>
      <translation>Please enter your staff no.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="201" />
      <source>交接：把上一位人员未完成的收件交给新登录人员</source>
      <translation>Hand-over: give the previous person's unfinished intakes to the one logging in</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="202" />
      <source>交接说明（必填：交接了什么、需注意什么）</source>
      <translation>Hand-over note (required: what was handed over, what to watch)</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="203" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="204" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="219" />
      <source>请输入密码</source>
      <translation>Please enter the password</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="226" />
      <source>勾选交接时请填写交接说明</source>
      <translation>With hand-over ticked, write a hand-over note</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="261" />
      <source>必须修改密码后才能办理业务</source>
      <translation>Change the password before handling any business</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="270" />
      <source>叫号(&amp;Q)</source>
      <extracomment>Fact: the person on screen changed (login, switch) — device adapters follow it. Fact: the person serving left the window (switch of user, program closed). Fact: a ticket was called (LED screen and voice announcer follow it). Fact: the current ticket was called again (重呼). Fact: the window's status changed (serving / paused / away with its message). Fact: the applicant of this ticket was served to the end (the evaluator asks for a rating). Open while someone is logging in to take over the window. The widget that had the focus when the screen was locked (it gets it back). The center's services (None on a PC without them: no 登记 menu, no workspace). The center's workspace of the person logged in (built per person, dropped on switch). The 登记 dialog while open. 出件 (Ctrl+6): hand-over at the window or by mail, the 领取回执. 0: the counter (queue panel and pages); 1: the center's workspace. Strips shown above the pages (the 补打 strip); each has ``stop()`` for a log-out.</extracomment>
      <translation>&amp;Queue</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="271" />
      <source>窗口(&amp;W)</source>
      <translation>&amp;Window</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="272" />
      <source>视图(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="273" />
      <source>登记(&amp;R)</source>
      <translation>&amp;Registers</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="274" />
      <source>窗口受理台</source>
      <translation>Counter Desk</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="470" />
      <location filename="../../app/ui/window_actions.py" line="101" />
      <source>中心工作台</source>
      <translation>Center workspace</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="537" />
      <source>决定已作出：%1</source>
      <translation>Decision made: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="539" />
      <source>，办件编号 %1</source>
      <translation>, case number %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="73" />
      <source>手工录入票号</source>
      <translation>Enter ticket number by hand</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="74" />
      <source>叫号服务暂时无法连接。请呼叫群众并录入其手中号票的号码（如A012）：</source>
      <translation>The queue service cannot be reached. Call the applicant aloud and enter the number on their ticket (e.g. A012):</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="85" />
      <source>叫号服务离线</source>
      <translation>Queue service offline</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="95" />
      <source>%1号已过号</source>
      <translation>Ticket %1 skipped</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="108" />
      <source>%1号已转窗</source>
      <translation>Ticket %1 transferred</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="115" />
      <source>%1号已挂起</source>
      <translation>Ticket %1 on hold</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="120" />
      <source>没有挂起的号</source>
      <translation>No tickets on hold</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="126" />
      <source>恢复挂起</source>
      <translation>Resume from hold</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="127" />
      <source>恢复哪一个号</source>
      <translation>Which ticket to resume</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="139" />
      <location filename="../../app/ui/window_actions.py" line="89" />
      <source>指定呼叫</source>
      <translation>Call a given ticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="140" />
      <source>号码（如A012）</source>
      <translation>Number (e.g. A012)</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="163" />
      <source>暂停服务</source>
      <translation>Service paused</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="164" />
      <source>暂停原因（可不填）</source>
      <translation>Reason for pausing (optional)</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="186" />
      <source>叫号服务在线</source>
      <translation>Queue service online</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="189" />
      <source>当前没有等候的群众</source>
      <translation>Nobody is waiting</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="199" />
      <source>%1号办理结束</source>
      <translation>Ticket %1 finished</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="214" />
      <source>请 %1 号到 %2 号窗口办理</source>
      <translation>Ticket %1 to window %2, please</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="225" />
      <source>已重呼 %1 号（还可重呼 %2 次）</source>
      <translation>Ticket %1 called again (%2 recalls left)</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_actions.py" line="266" />
      <source>%1号已重新排队</source>
      <translation>Ticket %1 back in the queue</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="84" />
      <source>呼叫下一位</source>
      <extracomment>The queue and status actions, in button order (None: separator). The 登记 menu: action name → register shown first (the lead also gets 否定备案). Actions that act on the window's queue or status: only for someone working at the counter.</extracomment>
      <translation>Call next</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="85" />
      <source>重呼</source>
      <translation>Call again</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="86" />
      <source>过号</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="87" />
      <source>转窗</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="88" />
      <source>挂起/恢复</source>
      <translation>Hold / resume</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="90" />
      <source>无号办理</source>
      <translation>Serve without ticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="91" />
      <source>办结叫号</source>
      <translation>Finish ticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="92" />
      <source>暂停/恢复服务</source>
      <translation>Pause / resume service</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="93" />
      <source>离开留言/返回</source>
      <translation>Away message / back</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="94" />
      <source>锁屏</source>
      <translation>Lock screen</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="95" />
      <source>切换用户</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="96" />
      <source>查找事项</source>
      <translation>Find service matter</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="97" />
      <source>去决定</source>
      <translation>To decision</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="98" />
      <source>大字体</source>
      <translation>Large font</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="99" />
      <source>高对比度</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="100" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="102" />
      <source>窗口受理</source>
      <translation>Counter</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="103" />
      <source>管理控制台</source>
      <translation>Administration console</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="104" />
      <source>首问登记…</source>
      <translation>First inquiry…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="105" />
      <source>咨询登记…</source>
      <translation>Consultation…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="106" />
      <source>受理投诉…</source>
      <translation>Accept complaint…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="107" />
      <source>“办不成事”登记…</source>
      <translation>"Could not get it done" report…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="108" />
      <source>帮办代办…</source>
      <translation>Assisted or proxy service…</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_actions.py" line="109" />
      <source>否定备案（本窗口）…</source>
      <translation>Refusal filings (this window)…</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <location filename="../../app/ui/ops.py" line="44" />
      <source>操作未完成：程序内部错误，已记录日志，请联系信息管理员。</source>
      <extracomment>Work slower than this shows the busy indicator; faster work shows nothing. Shown when a non-CounterDeskError escapes: a bug, never the clerk's fault.</extracomment>
      <translation>Not done: an internal program error. It has been logged; please contact the IT administrator.</translation>
    </message>
  </context>
  <context>
    <name>PrintJobsDialog</name>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="35" />
      <source>文书</source>
      <extracomment>Column headers, in order.</extracomment>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="36" />
      <source>文书编号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="37" />
      <source>办件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="38" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="39" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="88" />
      <source>打印队列</source>
      <extracomment>States in which a job is still to be printed (can be cancelled, retried). a job reached the printer: PrintJobInfo a job could not be printed (kept queued): PrintJobInfo, Chinese reason Fact: a 补打 job was queued (PrintJobInfo). Fact: a job was cancelled (its id); it leaves the list.</extracomment>
      <translation>Print queue</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="92" />
      <source>未打印的文书会保留在队列中，打印机恢复后自动续打。补打的文书标注“补打”、时间和补打人。</source>
      <translation>Unprinted documents stay in the queue and print once the printer is back. Reprints are marked "reprint" with the time and who reprinted.</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="104" />
      <source>重试</source>
      <translation>Retry</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="105" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="106" />
      <source>补打</source>
      <translation>Reprint</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="107" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="108" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="140" />
      <source>（补打）</source>
      <translation> (reprint)</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="162" />
      <source>已重新发送等待中的文书</source>
      <translation>Waiting documents sent again</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="174" />
      <source>已取消：%1</source>
      <translation>Cancelled: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/print_jobs.py" line="188" />
      <source>已送补打：%1</source>
      <translation>Sent to reprint: %1</translation>
    </message>
  </context>
  <context>
    <name>PrinterPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="351" />
      <source>打印机地址</source>
      <translation>Printer address</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="352" />
      <source>纸宽</source>
      <translation>Paper width</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="353" />
      <source>中文打印方式</source>
      <translation>Chinese text printed as</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="361" />
      <source>打印机</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="362" />
      <source>小票打印机用于排队小票和各类告知书；可以以后再设置（留空）。</source>
      <translation>The receipt printer prints queue tickets and notices; you can set it up later (leave empty).</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="363" />
      <source>图像（使用程序自带字体，推荐）</source>
      <translation>Image (the program's own font, recommended)</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="364" />
      <source>打印机自带中文字库（GB18030）</source>
      <translation>The printer's built-in Chinese font (GB18030)</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="365" />
      <source>打印测试页</source>
      <translation>Print test page</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="369" />
      <source>地址示例：网络打印机 tcp://192.168.1.50:9100；串口 serial://COM3?baudrate=19200；USB 设备文件 file:///dev/usb/lp0；Windows 打印机 win32raw://打印机名称；CUPS 队列 cups://receipt；保存为 PDF pdf:///文件夹</source>
      <translation>Address examples: network printer tcp://192.168.1.50:9100; serial serial://COM3?baudrate=19200; USB device file file:///dev/usb/lp0; Windows printer win32raw://printer-name; CUPS queue cups://receipt; save as PDF pdf:///folder</translation>
    </message>
  </context>
  <context>
    <name>Punctuation</name>
    <message>
      <location filename="../../app/ui/punctuation.py" line="17" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="22" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="27" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="32" />
      <source>：</source>
      <translation>: </translation>
    </message>
    <message>
      <location filename="../../app/ui/punctuation.py" line="37" />
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
  </context>
  <context>
    <name>QueuePanel</name>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="69" />
      <source>挂起（F5或双击恢复）</source>
      <extracomment>Request: take this parked ticket back (double-click). Request: put this no-show ticket back in line (double-click).</extracomment>
      <translation>On hold (F5 or double-click to resume)</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="70" />
      <source>过号（双击重新排队）</source>
      <translation>Skipped (double-click to queue again)</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="76" />
      <source>等候 %1 人</source>
      <translation>%1 waiting</translation>
    </message>
    <message>
      <location filename="../../app/ui/queue_panel.py" line="88" />
      <source>等候 — 人</source>
      <translation>— waiting</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="157" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="158" />
      <source>依据</source>
      <translation>Basis</translation>
    </message>
  </context>
  <context>
    <name>RefusalDialog</name>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="86" />
      <source>不予受理 — 需首席代表确认</source>
      <extracomment>Button name → the case action it takes (the case's ``allowed_actions`` hold the labels).</extracomment>
      <translation>Refuse — needs the chief representative's confirmation</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="87" />
      <source>不予受理理由（可多选）</source>
      <translation>Reasons for refusal (several allowed)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="96" />
      <source>其他理由（自行填写）</source>
      <translation>Other reason (write it)</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="107" />
      <source>确认不予受理</source>
      <translation>Confirm refusal</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="108" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="110" />
      <source>其他理由</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="111" />
      <source>法律依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="112" />
      <source>首席代表工号</source>
      <translation>Chief representative staff no.</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="113" />
      <source>首席代表密码</source>
      <translation>Chief representative password</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="136" />
      <source>请选择或填写不予受理的理由</source>
      <translation>Choose or write a reason for the refusal</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="138" />
      <source>请填写法律依据</source>
      <translation>Please fill in the legal basis</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/decision.py" line="140" />
      <source>不予受理须由首席代表输入工号和密码确认</source>
      <translation>A refusal must be confirmed by the chief representative with staff no. and password</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="182" />
      <source>登记上级答复</source>
      <translation>Register the higher authority's reply</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="184" />
      <source>上级答复</source>
      <translation>Higher authority reply</translation>
    </message>
  </context>
  <context>
    <name>ResultDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="117" />
      <source>登记办理结果</source>
      <translation>Register the result</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="121" />
      <source>证照名称</source>
      <translation>Licence name</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="122" />
      <source>证照编号</source>
      <translation>Licence number</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="123" />
      <source>或结果文书</source>
      <translation>or result document</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="66" />
      <location filename="../../app/ui/backoffice/dialogs.py" line="74" />
      <source>审查意见</source>
      <translation>Review note</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="73" />
      <source>审查结论</source>
      <translation>Review conclusion</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="539" />
      <source>窗口受理台 首次设置</source>
      <extracomment>Fact: the settings file was written (its path). the settings written by the last *Finish* (None before)</extracomment>
      <translation>Counter Desk first setup</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/ui/main.py" line="39" />
      <source>窗口受理台</source>
      <translation>Counter Desk</translation>
    </message>
    <message>
      <location filename="../../app/ui/main.py" line="95" />
      <location filename="../../app/ui/main.py" line="153" />
      <source>无法启动</source>
      <translation>Cannot start</translation>
    </message>
    <message>
      <location filename="../../app/ui/main.py" line="98" />
      <source>正在连接数据</source>
      <translation>Connecting to the data</translation>
    </message>
  </context>
  <context>
    <name>StatusStrip</name>
    <message>
      <location filename="../../app/ui/status_strip.py" line="76" />
      <source>%1号窗口 %2</source>
      <translation>Window %1 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="80" />
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="112" />
      <source>当前无号</source>
      <translation>No ticket</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="117" />
      <source>当前 %1</source>
      <translation>Serving %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="120" />
      <source>等候 %1</source>
      <translation>Waited %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/status_strip.py" line="126" />
      <source>办理 %1</source>
      <translation>Serving for %1</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="42" />
      <source>确定</source>
      <extracomment>Request: record the step with what the form holds.</extracomment>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../app/ui/backoffice/dialogs.py" line="43" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>StorePage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="176" />
      <location filename="../../app/ui/setup/wizard.py" line="253" />
      <source>数据库文件</source>
      <extracomment>windows found by the last successful test</extracomment>
      <translation>Database file</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="177" />
      <source>服务器</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="178" />
      <source>端口</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="179" />
      <source>数据库名</source>
      <translation>Database name</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="180" />
      <source>用户名（本窗口专用）</source>
      <translation>User name (this window's own)</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="181" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="202" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="203" />
      <source>大厅有中心服务器时选择中心库；只有一台电脑的乡镇便民服务中心选择本机数据库。</source>
      <translation>Choose the central store when the hall has a central server; a township service center with one PC chooses the local database.</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="204" />
      <source>本机数据库（单机，SQLite 文件）</source>
      <translation>Local database (one PC, SQLite file)</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="205" />
      <source>大厅中心库（PostgreSQL）</source>
      <translation>Hall central store (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="206" />
      <source>浏览……</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="207" />
      <source>测试连接</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="255" />
      <source>SQLite 数据库 (*.db)</source>
      <translation>SQLite database (*.db)</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="490" />
      <source>完成</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="491" />
      <source>点击“完成”保存设置。以后可以运行 counterdesk --self-check 检查本机。</source>
      <translation>Click "Finish" to save the settings. Later, run counterdesk --self-check to check this PC.</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="498" />
      <source>设置文件：%1</source>
      <translation>Settings file: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="499" />
      <source>窗口：%1</source>
      <translation>Window: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="500" />
      <source>数据库：%1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="501" />
      <source>打印机：%1</source>
      <translation>Printer: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="501" />
      <location filename="../../app/ui/setup/wizard.py" line="502" />
      <location filename="../../app/ui/setup/wizard.py" line="503" />
      <source>未设置</source>
      <translation>not set</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="502" />
      <source>评价器：%1</source>
      <translation>Rating pad: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="503" />
      <source>窗口屏：%1</source>
      <translation>Window display: %1</translation>
    </message>
  </context>
  <context>
    <name>SupplementDialog</name>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="33" />
      <source>要求补正</source>
      <translation>Ask for corrections</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="36" />
      <source>材料</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="36" />
      <source>问题和补正要求</source>
      <translation>Problems and corrections needed</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="50" />
      <source>勾选需要补正的材料，并逐项写明问题和要求：</source>
      <translation>Tick the materials to correct and write the problem and what is needed for each:</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/case_dialogs.py" line="53" />
      <source>备注</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../app/ui/pages/today.py" line="63" />
      <source>今日</source>
      <extracomment>Figure key → the label showing its value (tests read them).</extracomment>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="66" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="67" />
      <location filename="../../app/ui/pages/today.py" line="71" />
      <source>叫号</source>
      <translation>Called</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="68" />
      <source>办件</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="69" />
      <source>评价</source>
      <translation>Rating</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="72" />
      <source>服务</source>
      <translation>Served</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="73" />
      <source>过号</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="74" />
      <source>平均等候</source>
      <translation>Average wait</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="75" />
      <source>平均办理</source>
      <translation>Average service</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="76" />
      <source>受理</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="77" />
      <source>按办件类型</source>
      <translation>By case type</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="78" />
      <source>一次性告知</source>
      <translation>One-time notice of missing materials</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="79" />
      <source>不予受理</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="80" />
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="81" />
      <source>即办办结</source>
      <translation>Finish on the spot</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="82" />
      <source>评价数</source>
      <translation>Ratings</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="83" />
      <source>评价分布</source>
      <translation>Rating spread</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="84" />
      <source>差评</source>
      <translation>Bad</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="107" />
      <source>今日数据</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../app/ui/pages/today.py" line="112" />
      <source>%1号窗口 %2 数据</source>
      <translation>Window %1, %2</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="30" />
      <source>转窗</source>
      <translation>Transfer</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="32" />
      <source>窗口号，如05</source>
      <translation>Window number, e.g. 05</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="34" />
      <source>或业务类别字母，如B</source>
      <translation>or business category letter, e.g. B</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="42" />
      <source>转往窗口</source>
      <translation>To window</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="43" />
      <source>转往类别</source>
      <translation>To category</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="44" />
      <source>转窗说明</source>
      <translation>Transfer note</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="53" />
      <source>请填写转往的窗口或业务类别</source>
      <translation>Please fill in the window or category to transfer to</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="55" />
      <source>请填写转窗说明</source>
      <translation>Please fill in a transfer note</translation>
    </message>
  </context>
  <context>
    <name>UnprintedStrip</name>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="89" />
      <source>补打 (Alt+B)</source>
      <extracomment>How often the strip asks again (milliseconds): "every few minutes". Item data role holding the document id. Fact: a 补打 job was queued (the job info). Alt+B anywhere in the window while the strip is shown.</extracomment>
      <translation>Reprint (Alt+B)</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="90" />
      <source>补打选中的文书，标注“补打”、时间和补打人</source>
      <translation>Reprint the selected documents, marked "reprint" with the time and who reprinted</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="91" />
      <source>稍后提醒</source>
      <translation>Remind me later</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="96" />
      <source>有 %1 份文书已签发但没有打印出来，请补打后交给申请人：</source>
      <translation>%1 documents were issued but not printed; reprint them and give them to the applicant:</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="123" />
      <source>办件 %1</source>
      <translation>case %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/unprinted_strip.py" line="160" />
      <source>补打失败：%1</source>
      <translation>Reprint failed: %1</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>受理</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>审查</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>审批</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>联办</source>
      <translation>Joint handling</translation>
    </message>
    <message>
      <source>上报</source>
      <translation>Referred upward</translation>
    </message>
    <message>
      <source>待出件</source>
      <translation>Waiting for hand-over</translation>
    </message>
    <message>
      <source>已送达</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <source>已归档</source>
      <translation>Archived</translation>
    </message>
    <message>
      <source>后台签收</source>
      <translation>Signed for by the back office</translation>
    </message>
    <message>
      <source>审查意见</source>
      <translation>Review note</translation>
    </message>
    <message>
      <source>后台要求补正</source>
      <translation>Back office asks for corrections</translation>
    </message>
    <message>
      <source>审批准予</source>
      <translation>Approval granted</translation>
    </message>
    <message>
      <source>审批不予许可</source>
      <translation>Licence denied</translation>
    </message>
    <message>
      <source>登记结果</source>
      <translation>Register result</translation>
    </message>
    <message>
      <source>后台办结</source>
      <translation>Finished by the back office</translation>
    </message>
    <message>
      <source>发起联办</source>
      <translation>Start joint handling</translation>
    </message>
    <message>
      <source>联办意见</source>
      <translation>Joint handling opinion</translation>
    </message>
    <message>
      <source>出件</source>
      <translation>Hand-over</translation>
    </message>
    <message>
      <source>邮件退回</source>
      <translation>Mail returned</translation>
    </message>
    <message>
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <source>收件中</source>
      <translation>Receiving</translation>
    </message>
    <message>
      <source>已受理</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>已一次性告知</source>
      <translation>One-time notice given</translation>
    </message>
    <message>
      <source>不予受理</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <source>即办办结</source>
      <translation>Finish on the spot</translation>
    </message>
    <message>
      <source>已退回</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>待补正</source>
      <translation>Waiting for corrections</translation>
    </message>
    <message>
      <source>中止计时</source>
      <translation>Stop the clock</translation>
    </message>
    <message>
      <source>容缺受理</source>
      <translation>Accept with deficiencies</translation>
    </message>
    <message>
      <source>申请人原因暂停</source>
      <translation>Pause for the applicant</translation>
    </message>
    <message>
      <source>已上报</source>
      <translation>Referred upward</translation>
    </message>
    <message>
      <source>办结（准予）</source>
      <translation>Finish (granted)</translation>
    </message>
    <message>
      <source>办结（不予）</source>
      <translation>Finished (denied)</translation>
    </message>
    <message>
      <source>已撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>一次性告知</source>
      <translation>One-time notice of missing materials</translation>
    </message>
    <message>
      <source>逾期告知补正</source>
      <translation>Late notice of corrections</translation>
    </message>
    <message>
      <source>急事特办</source>
      <translation>Urgent handling</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>容缺材料补齐</source>
      <translation>Deficient materials completed</translation>
    </message>
    <message>
      <source>要求补正</source>
      <translation>Ask for corrections</translation>
    </message>
    <message>
      <source>收到补正材料</source>
      <translation>Corrections received</translation>
    </message>
    <message>
      <source>恢复计时</source>
      <translation>Restart the clock</translation>
    </message>
    <message>
      <source>补告遗漏材料</source>
      <translation>Notify omitted materials</translation>
    </message>
    <message>
      <source>申请人原因恢复</source>
      <translation>Applicant's pause ended</translation>
    </message>
    <message>
      <source>上级办结返回</source>
      <translation>Back from the higher authority</translation>
    </message>
    <message>
      <source>申请延时</source>
      <translation>Extension asked</translation>
    </message>
    <message>
      <source>延时办理</source>
      <translation>Extended</translation>
    </message>
    <message>
      <source>准予</source>
      <translation>Grant</translation>
    </message>
    <message>
      <source>不予</source>
      <translation>Deny</translation>
    </message>
    <message>
      <source>送达</source>
      <translation>Deliver</translation>
    </message>
    <message>
      <source>撤回</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <source>补告遗漏的补正内容</source>
      <translation>Omitted corrections notified</translation>
    </message>
    <message>
      <source>申请人原因延误开始</source>
      <translation>Applicant delay started</translation>
    </message>
    <message>
      <source>申请人原因延误结束</source>
      <translation>Applicant delay ended</translation>
    </message>
    <message>
      <source>正常</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>即将到期</source>
      <translation>Near due</translation>
    </message>
    <message>
      <source>已超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>暂停计时</source>
      <translation>Clock stopped</translation>
    </message>
    <message>
      <source>待审批</source>
      <translation>waiting for approval</translation>
    </message>
    <message>
      <source>已批准</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>不批准</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>即将届满</source>
      <translation>Nearly expired</translation>
    </message>
    <message>
      <source>逾期视为受理</source>
      <translation>Deemed accepted (notice too late)</translation>
    </message>
    <message>
      <source>无差别综合窗口</source>
      <translation>All-purpose window</translation>
    </message>
    <message>
      <source>分领域综合窗口</source>
      <translation>Sector window</translation>
    </message>
    <message>
      <source>专业窗口</source>
      <translation>Specialist window</translation>
    </message>
    <message>
      <source>办不成事反映窗口</source>
      <translation>"Could not get it done" window</translation>
    </message>
    <message>
      <source>帮办代办窗口</source>
      <translation>Assisted service window</translation>
    </message>
    <message>
      <source>行政许可</source>
      <translation>Administrative licence</translation>
    </message>
    <message>
      <source>行政给付</source>
      <translation>Administrative benefit</translation>
    </message>
    <message>
      <source>行政确认</source>
      <translation>Administrative confirmation</translation>
    </message>
    <message>
      <source>行政征收</source>
      <translation>Administrative levy</translation>
    </message>
    <message>
      <source>行政奖励</source>
      <translation>Administrative award</translation>
    </message>
    <message>
      <source>行政裁决</source>
      <translation>Administrative ruling</translation>
    </message>
    <message>
      <source>其他行政权力</source>
      <translation>Other administrative power</translation>
    </message>
    <message>
      <source>公共服务</source>
      <translation>Public service</translation>
    </message>
    <message>
      <source>党建服务</source>
      <translation>Party-building service</translation>
    </message>
    <message>
      <source>企业服务</source>
      <translation>Business service</translation>
    </message>
    <message>
      <source>邮政服务</source>
      <translation>Postal service</translation>
    </message>
    <message>
      <source>便民服务</source>
      <translation>Convenience service</translation>
    </message>
    <message>
      <source>即办件</source>
      <translation>On-the-spot case</translation>
    </message>
    <message>
      <source>承诺件</source>
      <translation>Promised-date case</translation>
    </message>
    <message>
      <source>联办件</source>
      <translation>Joint case</translation>
    </message>
    <message>
      <source>上报件</source>
      <translation>Referred case</translation>
    </message>
    <message>
      <source>退回件</source>
      <translation>Returned case</translation>
    </message>
    <message>
      <source>补办件</source>
      <translation>Completion case</translation>
    </message>
    <message>
      <source>自然人</source>
      <translation>Natural person</translation>
    </message>
    <message>
      <source>法人</source>
      <translation>Legal person</translation>
    </message>
    <message>
      <source>其他组织</source>
      <translation>Other organisation</translation>
    </message>
    <message>
      <source>必要</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>非必要</source>
      <translation>Optional</translation>
    </message>
    <message>
      <source>容缺</source>
      <translation>May be deficient</translation>
    </message>
    <message>
      <source>原件</source>
      <translation>Original</translation>
    </message>
    <message>
      <source>复印件</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>原件和复印件</source>
      <translation>Original and copy</translation>
    </message>
    <message>
      <source>电子</source>
      <translation>Electronic</translation>
    </message>
    <message>
      <source>未核验</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <source>已收</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>缺少</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>有误</source>
      <translation>Wrong</translation>
    </message>
    <message>
      <source>共享免提交</source>
      <translation>Shared, not needed</translation>
    </message>
    <message>
      <source>容缺后补</source>
      <translation>To follow (deficiency)</translation>
    </message>
    <message>
      <source>窗口工作人员</source>
      <translation>Window clerk</translation>
    </message>
    <message>
      <source>首席代表</source>
      <translation>Chief representative</translation>
    </message>
    <message>
      <source>中心管理员</source>
      <translation>Center administrator</translation>
    </message>
    <message>
      <source>电子监察</source>
      <translation>E-supervision</translation>
    </message>
    <message>
      <source>后台审批人</source>
      <translation>Back-office approver</translation>
    </message>
    <message>
      <source>查看完整证件号码</source>
      <translation>May see full ID numbers</translation>
    </message>
    <message>
      <source>A岗</source>
      <translation>A post</translation>
    </message>
    <message>
      <source>B岗</source>
      <translation>B post</translation>
    </message>
    <message>
      <source>顶岗</source>
      <translation>Substitute</translation>
    </message>
    <message>
      <source>服务中</source>
      <translation>Serving</translation>
    </message>
    <message>
      <source>暂停服务</source>
      <translation>Paused</translation>
    </message>
    <message>
      <source>离开</source>
      <translation>Away</translation>
    </message>
    <message>
      <source>未登录</source>
      <translation>Not logged in</translation>
    </message>
    <message>
      <source>绿色通道</source>
      <translation>Green channel</translation>
    </message>
    <message>
      <source>预约</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <source>普通</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>等候</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>已叫号</source>
      <translation>Called</translation>
    </message>
    <message>
      <source>办理中</source>
      <translation>Being served</translation>
    </message>
    <message>
      <source>挂起</source>
      <translation>On hold</translation>
    </message>
    <message>
      <source>过号</source>
      <translation>Skip</translation>
    </message>
    <message>
      <source>已转窗</source>
      <translation>Transferred</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>非常满意</source>
      <translation>Very satisfied</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>Fairly satisfied</translation>
    </message>
    <message>
      <source>不满意</source>
      <translation>Dissatisfied</translation>
    </message>
    <message>
      <source>非常不满意</source>
      <translation>Very dissatisfied</translation>
    </message>
    <message>
      <source>未评价</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <source>受理通知书</source>
      <translation>Acceptance notice</translation>
    </message>
    <message>
      <source>一次性告知书</source>
      <translation>One-time notice of missing materials</translation>
    </message>
    <message>
      <source>补正材料通知书</source>
      <translation>Correction notice</translation>
    </message>
    <message>
      <source>容缺受理承诺书</source>
      <translation>Deficiency acceptance undertaking</translation>
    </message>
    <message>
      <source>不予受理通知书</source>
      <translation>Refusal notice</translation>
    </message>
    <message>
      <source>即办件办结回执</source>
      <translation>On-the-spot completion receipt</translation>
    </message>
    <message>
      <source>办结通知书</source>
      <translation>Completion notice</translation>
    </message>
    <message>
      <source>退回通知书</source>
      <translation>Return notice</translation>
    </message>
    <message>
      <source>延期办理通知书</source>
      <translation>Extension notice</translation>
    </message>
    <message>
      <source>不予许可决定书</source>
      <translation>Licence denial decision</translation>
    </message>
    <message>
      <source>领取回执</source>
      <translation>Collection receipt</translation>
    </message>
    <message>
      <source>取号单</source>
      <translation>Queue ticket</translation>
    </message>
    <message>
      <source>居民身份证</source>
      <translation>Resident ID card</translation>
    </message>
    <message>
      <source>港澳居民来往内地通行证</source>
      <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
      <source>台湾居民来往大陆通行证</source>
      <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
      <source>护照</source>
      <translation>Passport</translation>
    </message>
    <message>
      <source>外国人永久居留身份证</source>
      <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
      <source>港澳台居民居住证</source>
      <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
      <source>窗口领取</source>
      <translation>Collect at the window</translation>
    </message>
    <message>
      <source>邮寄</source>
      <translation>Mail</translation>
    </message>
    <message>
      <source>帮办</source>
      <translation>Assisted</translation>
    </message>
    <message>
      <source>代办</source>
      <translation>By proxy</translation>
    </message>
    <message>
      <source>预约办</source>
      <translation>By appointment</translation>
    </message>
    <message>
      <source>陪同办</source>
      <translation>Accompanied</translation>
    </message>
    <message>
      <source>上门办</source>
      <translation>At home</translation>
    </message>
    <message>
      <source>现场</source>
      <translation>In person</translation>
    </message>
    <message>
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>信函</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>网上</source>
      <translation>Online</translation>
    </message>
    <message>
      <source>评价器</source>
      <translation>Rating pad</translation>
    </message>
    <message>
      <source>简单</source>
      <translation>Simple</translation>
    </message>
    <message>
      <source>一般</source>
      <translation>Ordinary</translation>
    </message>
    <message>
      <source>复杂</source>
      <translation>Complex</translation>
    </message>
    <message>
      <source>申请人本人</source>
      <translation>The applicant</translation>
    </message>
    <message>
      <source>法定代表人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <source>委托代理人</source>
      <translation>An authorised agent</translation>
    </message>
    <message>
      <source>证照</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>文书</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>退还原件</source>
      <translation>Returned original</translation>
    </message>
    <message>
      <source>签名板签名</source>
      <translation>Signed on the pad</translation>
    </message>
    <message>
      <source>纸质回执签字</source>
      <translation>Signed on paper</translation>
    </message>
    <message>
      <source>已付邮费</source>
      <translation>Postage paid</translation>
    </message>
    <message>
      <source>到付</source>
      <translation>Cash on delivery</translation>
    </message>
    <message>
      <source>免费寄递</source>
      <translation>Free delivery</translation>
    </message>
    <message>
      <source>已预约揽收</source>
      <translation>Pick-up booked</translation>
    </message>
    <message>
      <source>待预约揽收</source>
      <translation>Pick-up to book</translation>
    </message>
    <message>
      <source>已领取</source>
      <translation>Collected</translation>
    </message>
    <message>
      <source>已邮寄</source>
      <translation>Mailed</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>办理反馈</source>
      <translation>Handler feedback</translation>
    </message>
    <message>
      <source>反馈进度</source>
      <translation>Progress feedback</translation>
    </message>
    <message>
      <source>回访整改</source>
      <translation>Call-back and rectification</translation>
    </message>
    <message>
      <source>今日到期</source>
      <translation>Due today</translation>
    </message>
    <message>
      <source>按时办结</source>
      <translation>Finished on time</translation>
    </message>
    <message>
      <source>超期办结</source>
      <translation>Finished late</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>手机</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <source>固定电话</source>
      <translation>Landline</translation>
    </message>
    <message>
      <source>书面</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>口头</source>
      <translation>Oral</translation>
    </message>
    <message>
      <source>有效</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>无效</source>
      <translation>Not valid</translation>
    </message>
    <message>
      <source>来访</source>
      <translation>Visit</translation>
    </message>
    <message>
      <source>待回访</source>
      <translation>Call-back due</translation>
    </message>
    <message>
      <source>已回访</source>
      <translation>Called back</translation>
    </message>
    <message>
      <source>已整改</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <source>已反馈</source>
      <translation>Feedback given</translation>
    </message>
    <message>
      <source>待审查</source>
      <translation>To review</translation>
    </message>
    <message>
      <source>确认</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <source>责令重办</source>
      <translation>Order a redo</translation>
    </message>
    <message>
      <source>窗口</source>
      <translation>Window</translation>
    </message>
    <message>
      <source>工作人员</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>事项</source>
      <translation>Service matter</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>办结取号</source>
      <translation>Tickets finished</translation>
    </message>
    <message>
      <source>平均等候(分钟)</source>
      <translation>Average wait (min)</translation>
    </message>
    <message>
      <source>平均办理(分钟)</source>
      <translation>Average service (min)</translation>
    </message>
    <message>
      <source>办件量</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>评价总数</source>
      <translation>Ratings</translation>
    </message>
    <message>
      <source>好评</source>
      <translation>Good</translation>
    </message>
    <message>
      <source>差评</source>
      <translation>Bad</translation>
    </message>
    <message>
      <source>好评率</source>
      <translation>Good rate</translation>
    </message>
    <message>
      <source>未评价占比</source>
      <translation>Not-rated share</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>出勤天数</source>
      <translation>Days present</translation>
    </message>
    <message>
      <source>迟到天数</source>
      <translation>Days late</translation>
    </message>
    <message>
      <source>迟到分钟</source>
      <translation>Minutes late</translation>
    </message>
    <message>
      <source>早退天数</source>
      <translation>Days left early</translation>
    </message>
    <message>
      <source>离开分钟</source>
      <translation>Minutes away</translation>
    </message>
    <message>
      <source>B岗/顶岗分钟</source>
      <translation>B post / substitute minutes</translation>
    </message>
    <message>
      <source>交接次数</source>
      <translation>Hand-overs</translation>
    </message>
    <message>
      <source>空岗分钟</source>
      <translation>Unstaffed minutes</translation>
    </message>
    <message>
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>期末在办</source>
      <translation>Open at end</translation>
    </message>
    <message>
      <source>本期进入</source>
      <translation>Entered</translation>
    </message>
    <message>
      <source>本期完成</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>平均用时(工作日)</source>
      <translation>Mean (working days)</translation>
    </message>
    <message>
      <source>最长用时(工作日)</source>
      <translation>Longest (working days)</translation>
    </message>
    <message>
      <source>在办最长(工作日)</source>
      <translation>Longest open (working days)</translation>
    </message>
    <message>
      <source>补正</source>
      <translation>Corrections</translation>
    </message>
    <message>
      <source>待领取</source>
      <translation>Ready to collect</translation>
    </message>
    <message>
      <source>叫号提醒</source>
      <translation>Call reminder</translation>
    </message>
    <message>
      <source>待发送</source>
      <translation>To send</translation>
    </message>
    <message>
      <source>发送中</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>已发送</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>未确认</source>
      <translation>Unconfirmed</translation>
    </message>
    <message>
      <source>失败</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>后台</source>
      <translation>Back office</translation>
    </message>
    <message>
      <source>联办部门</source>
      <translation>Co-departments</translation>
    </message>
    <message>
      <source>上级机关</source>
      <translation>Higher authority</translation>
    </message>
    <message>
      <source>办件超期</source>
      <translation>Case overdue</translation>
    </message>
    <message>
      <source>联办答复超期</source>
      <translation>Co-department answer overdue</translation>
    </message>
    <message>
      <source>联办答复即将到期</source>
      <translation>Co-department answer due soon</translation>
    </message>
    <message>
      <source>上级机关办理超期</source>
      <translation>Higher authority overdue</translation>
    </message>
    <message>
      <source>上级机关即将到期</source>
      <translation>Higher authority due soon</translation>
    </message>
    <message>
      <source>补正告知5日风险</source>
      <translation>5-day supplement notice risk</translation>
    </message>
    <message>
      <source>等待打印</source>
      <translation>Waiting to print</translation>
    </message>
    <message>
      <source>打印失败待重试</source>
      <translation>Print failed, to retry</translation>
    </message>
    <message>
      <source>已打印</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="26" />
      <source>管理员</source>
      <extracomment>Values the services give as plain strings (not enum members), for lupdate.</extracomment>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="27" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="78" />
      <source>yyyy年M月d日</source>
      <translation>MMMM d, yyyy</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="81" />
      <source>yyyy年M月</source>
      <translation>MMMM yyyy</translation>
    </message>
    <message>
      <location filename="../../app/ui/values.py" line="84" />
      <source>%1 至 %2</source>
      <translation>%1 to %2</translation>
    </message>
  </context>
  <context>
    <name>WindowPage</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="293" />
      <source>本机窗口</source>
      <translation>This PC's window</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="300" />
      <source>窗口</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="301" />
      <source>选择这台电脑所在的服务窗口；叫号、窗口屏和文书都使用这个窗口号。</source>
      <translation>Choose the service window of this PC; calls, the window display and documents all use this window number.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/setup/wizard.py" line="314" />
      <source>数据库中有 %n 个窗口。</source>
      <translation>
        <numerusform>The database has %n window.</numerusform>
        <numerusform>The database has %n windows.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="316" />
      <source>数据库中还没有窗口（事项目录尚未导入），请直接输入窗口号。</source>
      <translation>The database has no windows yet (no catalog imported); type the window number.</translation>
    </message>
  </context>
  <context>
    <name>_DeviceBox</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="422" />
      <source>连接地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="423" />
      <source>协议</source>
      <translation>Protocol</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="424" />
      <source>总线地址</source>
      <translation>Bus address</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="425" />
      <source>测试</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="426" />
      <source>COM3、/dev/ttyUSB0、socket://192.168.1.60:4001 或留空</source>
      <translation>COM3, /dev/ttyUSB0, socket://192.168.1.60:4001 or empty</translation>
    </message>
  </context>
  <context>
    <name>_TestRow</name>
    <message>
      <location filename="../../app/ui/setup/wizard.py" line="117" />
      <source>正在测试……</source>
      <extracomment>Default PostgreSQL port shown in the form. Fact: a test finished (``ok``) for the values it was started with.</extracomment>
      <translation>Testing…</translation>
    </message>
  </context>
</TS>