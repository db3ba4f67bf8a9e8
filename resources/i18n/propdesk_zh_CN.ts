<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Acceptance — %1</source>
        <translation>竣工验收 — %1</translation>
    </message>
    <message>
        <source>Re-inspection — %1</source>
        <translation>复验 — %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>What must be rectified</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>验收项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>记录验收结果</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <source>Pay</source>
        <translation>收</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应缴日期</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Take payment (F9)</source>
        <translation>收款 (F9)</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Print account statement</source>
        <translation>打印对账单</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Bill ahead</source>
        <translation>预交</translation>
    </message>
    <message>
        <source>Adds the bills of the months after the last one billed, to pay them now</source>
        <translation>生成最后一期账单之后若干个月的账单，可一并收款</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>收款时间</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print again (补打)</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>Supervisors only; the number stays used and the bills are owed again</source>
        <translation>仅主管可作废；收据号保留不再使用，所收账单恢复为欠费</translation>
    </message>
    <message>
        <source>Add a charge…</source>
        <translation>临时收费…</translation>
    </message>
    <message>
        <source>A one-off fee, a deposit or a paid service, then taken with F9</source>
        <translation>一次性收费、押金或有偿服务，加上后按 F9 收款</translation>
    </message>
    <message>
        <source>Waive late fee…</source>
        <translation>减免滞纳金…</translation>
    </message>
    <message>
        <source>Supervisors only: waives the late fee of the ticked bills, with a reason</source>
        <translation>仅客服主管：减免已勾选账单的滞纳金，需填写原因</translation>
    </message>
    <message>
        <source>Take a prepayment…</source>
        <translation>预存收款…</translation>
    </message>
    <message>
        <source>Refund prepayment…</source>
        <translation>退预存…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Document / bill</source>
        <translation>单据/账单</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation>退押金…</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>实退金额</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Print refund slip</source>
        <translation>打印退款单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Owed then</source>
        <translation>当时欠费</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Record a dunning contact</source>
        <translation>登记催缴</translation>
    </message>
    <message>
        <source>Owed, oldest first</source>
        <translation>欠费（按时间先后）</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款单</translation>
    </message>
    <message>
        <source>Dunning record</source>
        <translation>催缴记录</translation>
    </message>
    <message>
        <source>Owed ¥%1 in %2 bills</source>
        <translation>欠费 ¥%1，共 %2 笔</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>无欠费</translation>
    </message>
    <message>
        <source>late fee ¥%1</source>
        <translation>滞纳金 ¥%1</translation>
    </message>
    <message>
        <source>prepaid ¥%1</source>
        <translation>预存余额 ¥%1</translation>
    </message>
    <message>
        <source>deposits held ¥%1</source>
        <translation>在押押金 ¥%1</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已减免</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Ticked: %1 bills, ¥%2</source>
        <translation>已选 %1 笔，合计 ¥%2</translation>
    </message>
    <message>
        <source> + late fee ¥%1</source>
        <translation> + 滞纳金 ¥%1</translation>
    </message>
    <message>
        <source>Add a charge</source>
        <translation>临时收费</translation>
    </message>
    <message>
        <source>There is no one-off, deposit or service fee item yet: add one under Fees → Fee items and prices.</source>
        <translation>还没有一次性、押金或有偿服务类的收费项目：请先在“收费 → 收费项目与单价”中添加。</translation>
    </message>
    <message>
        <source>Waive late fee</source>
        <translation>减免滞纳金</translation>
    </message>
    <message>
        <source>Tick the bills whose late fee is waived.</source>
        <translation>请勾选要减免滞纳金的账单。</translation>
    </message>
    <message>
        <source>Waive the late fee of %1 bills (¥%2 today). Reason (kept in the change log):</source>
        <translation>减免 %1 笔账单的滞纳金（截至今天 ¥%2）。原因（记入操作日志）：</translation>
    </message>
    <message>
        <source>Refund deposit</source>
        <translation>退押金</translation>
    </message>
    <message>
        <source>First select a deposit still held.</source>
        <translation>请先选中一笔在押的押金。</translation>
    </message>
    <message>
        <source>First select the receipt to void.</source>
        <translation>请先在收据表中选中要作废的收据。</translation>
    </message>
    <message>
        <source>Receipt %1 is already void.</source>
        <translation>收据 %1 已作废。</translation>
    </message>
    <message>
        <source>Receipt %1, ¥%2. Why is it voided (printed on every copy and kept in the change log):</source>
        <translation>收据 %1，金额 ¥%2。作废原因（印在每一联上并记入操作日志）：</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>New unit…</source>
        <translation>新增房屋…</translation>
    </message>
    <message>
        <source>Generate a building…</source>
        <translation>批量生成楼栋…</translation>
    </message>
    <message>
        <source>Import units and owners from Excel…</source>
        <translation>从 Excel 导入房屋和业主…</translation>
    </message>
    <message>
        <source>Export units and owners to Excel…</source>
        <translation>导出房屋和业主到 Excel…</translation>
    </message>
    <message>
        <source>Download the import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Service desk and technicians…</source>
        <translation>客服设置和维修人员…</translation>
    </message>
    <message>
        <source>Backup folder…</source>
        <translation>备份文件夹…</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Tidy up the data file…</source>
        <translation>整理数据文件…</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Search units and owners</source>
        <translation>搜索房屋/业主</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Fee items and prices…</source>
        <translation>收费项目与单价…</translation>
    </message>
    <message>
        <source>Generate monthly bills…</source>
        <translation>生成月度账单…</translation>
    </message>
    <message>
        <source>Meter readings…</source>
        <translation>抄表录入…</translation>
    </message>
    <message>
        <source>Deposit ledger…</source>
        <translation>押金台账…</translation>
    </message>
    <message>
        <source>Daily close and daily report…</source>
        <translation>日结与收款日报表…</translation>
    </message>
    <message>
        <source>New repair…</source>
        <translation>新报修…</translation>
    </message>
    <message>
        <source>Print the unit list…</source>
        <translation>打印房屋清单…</translation>
    </message>
    <message>
        <source>Community…</source>
        <translation>小区信息…</translation>
    </message>
    <message>
        <source>Cash desk…</source>
        <translation>收费设置…</translation>
    </message>
    <message>
        <source>Inspection template…</source>
        <translation>验房模板…</translation>
    </message>
    <message>
        <source>Renovation…</source>
        <translation>装修设置…</translation>
    </message>
    <message>
        <source>Data location…</source>
        <translation>数据位置…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>About propdesk</source>
        <translation>关于 propdesk</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>报名人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新活动…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Sign up a household…</source>
        <translation>报名登记…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Attendance and summary…</source>
        <translation>签到与小结…</translation>
    </message>
    <message>
        <source>Cancel the activity…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Print the notice (A4)</source>
        <translation>打印通知（A4）</translation>
    </message>
    <message>
        <source>Print the notice (A3)</source>
        <translation>打印通知（A3 张贴）</translation>
    </message>
    <message>
        <source>Print the sign-up sheet</source>
        <translation>打印报名签到表</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>%1 households, %2 people</source>
        <translation>%1 户 %2 人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No activity yet: plan one with “New activity…”.</source>
        <translation>还没有活动：点“新活动…”策划一个。</translation>
    </message>
    <message>
        <source>%1 — %2, %3. Signed up %4 households, %5 people</source>
        <translation>%1 —— %2，%3。已报名 %4 户 %5 人</translation>
    </message>
    <message>
        <source> of %1 places</source>
        <translation>（名额 %1 人）</translation>
    </message>
    <message>
        <source>; sign-up until %1</source>
        <translation>；报名截止 %1</translation>
    </message>
    <message>
        <source>; %1 photos</source>
        <translation>；照片 %1 张</translation>
    </message>
    <message>
        <source> (spent ¥%1 of ¥%2)</source>
        <translation>（花费 ¥%1，预算 ¥%2）</translation>
    </message>
    <message>
        <source>First select the household&apos;s sign-up.</source>
        <translation>请先选中要取消的报名。</translation>
    </message>
    <message>
        <source>Take %1 (%2) off the list?</source>
        <translation>取消 %1（%2）的报名？</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Why is it cancelled:</source>
        <translation>取消的原因：</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change the activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>e.g. 重阳节敬老茶话会</source>
        <translation>如：重阳节敬老茶话会</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Places (people)</source>
        <translation>名额（人）</translation>
    </message>
    <message>
        <source>Sign-up closes on</source>
        <translation>设报名截止日期</translation>
    </message>
    <message>
        <source>Sign-up until</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>What it is, for the notice</source>
        <translation>活动内容（印在通知上）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
</context>
<context>
    <name>AddDefectDialog</name>
    <message>
        <source>Register a defect — %1</source>
        <translation>登记遗留问题 — %1</translation>
    </message>
    <message>
        <source>e.g. 主卧·墙面</source>
        <translation>如 主卧·墙面</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Supervisor&apos;s desk</source>
        <translation>主管工作台</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>ArrearsView</name>
    <message>
        <source>Arrears</source>
        <translation>欠费明细</translation>
    </message>
    <message>
        <source>Building, e.g. 3 (empty: all)</source>
        <translation>如 3，空为全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Print dunning notices</source>
        <translation>打印催缴通知书</translation>
    </message>
    <message>
        <source>One 催缴通知书 per unit in the list, with a tear-off receipt slip</source>
        <translation>列表中每户一份催缴通知书，附送达回执</translation>
    </message>
    <message>
        <source>Daily close (Ctrl+Shift+D)</source>
        <translation>日结 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早应缴</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>欠费合计</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>%1 units owe ¥%2 overdue</source>
        <translation>%1 户逾期欠费，合计 ¥%2</translation>
    </message>
    <message>
        <source>Export arrears</source>
        <translation>导出欠费明细</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 units to %2</source>
        <translation>已导出 %1 户到 %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>From, e.g. 2026-11-01</source>
        <translation>起始日期，如 2026-11-01</translation>
    </message>
    <message>
        <source>To, e.g. 2026-11-30</source>
        <translation>截止日期，如 2026-11-30</translation>
    </message>
    <message>
        <source>Filter: unit, name, content</source>
        <translation>筛选：房号、姓名、内容</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>All clerks</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Last backup: none yet</source>
        <translation>上次备份：尚未备份</translation>
    </message>
    <message>
        <source>Last backup: %1 minutes ago</source>
        <translation>上次备份：%1 分钟前</translation>
    </message>
    <message>
        <source>Last backup: %1 hours ago</source>
        <translation>上次备份：%1 小时前</translation>
    </message>
    <message>
        <source>Last backup: %1 days ago</source>
        <translation>上次备份：%1 天前</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backed up and checked:
%1</source>
        <translation>已备份并校验：
%1</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份的文件夹</translation>
    </message>
    <message>
        <source>Replace all data with the backup %1?

The current data is first saved as a safety copy.</source>
        <translation>用备份 %1 替换全部数据吗？

恢复前会先把当前数据另存一份安全副本。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Restored from %1.
The data before the restore is in %2.</source>
        <translation>已从 %1 恢复。
恢复前的数据保存在 %2。</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>The data file is damaged and no good backup was found.
Stop working in it and call support.</source>
        <translation>数据文件已损坏，而且没有找到完好的备份。
请停止使用并联系技术支持。</translation>
    </message>
    <message>
        <source>The data file is damaged (%1). The newest good backup is %2.</source>
        <translation>数据文件已损坏（%1）。最新的完好备份是 %2。</translation>
    </message>
</context>
<context>
    <name>BillRunDialog</name>
    <message>
        <source>Generate monthly bills</source>
        <translation>生成月度账单</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>开始月份</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Empty: every building</source>
        <translation>空为全部楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Bills generated</source>
        <translation>账单已生成</translation>
    </message>
    <message>
        <source>%1 new bills for %2 units; %3 already existed and were left alone.</source>
        <translation>新生成账单 %1 条（%2 户）；已有 %3 条，未重复生成。</translation>
    </message>
    <message>
        <source> %1 were settled at once from prepayments.</source>
        <translation>其中 %1 条已从预存款中自动抵扣。</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Generate a building</source>
        <translation>批量生成楼栋</translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation>如：3 或 A</translation>
    </message>
    <message>
        <source>Floor area of each unit on a floor, in the order 01, 02, 03 …, separated by commas; one value means all the same</source>
        <translation>每层每户的建筑面积，按 01、02、03… 的顺序，用逗号隔开；只填一个表示都一样</translation>
    </message>
    <message>
        <source>Building number*</source>
        <translation>楼栋号*</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>First floor</source>
        <translation>起始楼层</translation>
    </message>
    <message>
        <source>Units per floor per entrance</source>
        <translation>每单元每层户数</translation>
    </message>
    <message>
        <source>Area template (m²)</source>
        <translation>面积模板（㎡）</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Unit state</source>
        <translation>房屋状态</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Fill in the area template</source>
        <translation>请填写面积模板</translation>
    </message>
    <message>
        <source>%1 units: %2 … %3</source>
        <translation>共 %1 户：%2 … %3</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Call</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What they said (required if dissatisfied: it reopens)</source>
        <translation>对方的意见（不满意时必填，将重新处理）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>CashDeskDialog</name>
    <message>
        <source>Cash desk settings</source>
        <translation>收费设置</translation>
    </message>
    <message>
        <source>Optional, e.g. YG: receipts then read YG2026000123</source>
        <translation>可不填；如填 YG，收据号为 YG2026000123</translation>
    </message>
    <message>
        <source>Receipt number prefix</source>
        <translation>收据号前缀</translation>
    </message>
    <message>
        <source>A4, three copies (stub, accounts, customer)</source>
        <translation>A4 一页三联（存根、记账、客户）</translation>
    </message>
    <message>
        <source>A5 or 241 mm continuous paper, one copy</source>
        <translation>A5 或 241 mm 连续纸，一联</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>收据纸张</translation>
    </message>
    <message>
        <source>Fees start</source>
        <translation>起收规则</translation>
    </message>
    <message>
        <source>Charge a late fee on overdue bills</source>
        <translation>对逾期账单计收滞纳金</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>e.g. 0.5 (per mille of the bill per day)</source>
        <translation>如 0.5（每日按欠费金额的千分之几）</translation>
    </message>
    <message>
        <source>Per day (‰)</source>
        <translation>每日比例（‰）</translation>
    </message>
    <message>
        <source> days after the due date</source>
        <translation> 天（应缴日期之后）</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>宽限期</translation>
    </message>
</context>
<context>
    <name>CashFields</name>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Transaction number of WeChat, Alipay, card or transfer</source>
        <translation>微信、支付宝、银行卡或转账的交易号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易号</translation>
    </message>
    <message>
        <source>Cash handed over, e.g. 500 (leave empty if exact)</source>
        <translation>客户递来的现金，如 500（正好则不填）</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>Short by ¥%1</source>
        <translation>还差 ¥%1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一样</translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message>
        <source>Review the design change — %1</source>
        <translation>审核设计变更 — %1</translation>
    </message>
    <message>
        <source>; until %1</source>
        <translation>；延期至 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Required when rejecting</source>
        <translation>驳回时必填</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add a charge — %1</source>
        <translation>临时收费 — %1</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Printed after the item, e.g. the repair done or the pass numbers</source>
        <translation>打印在项目名称后，如维修内容或出入证张数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Set up a one-off, deposit or service fee item first.</source>
        <translation>请先设置一次性、押金或有偿服务类的收费项目。</translation>
    </message>
</context>
<context>
    <name>CloseActivityDialog</name>
    <message>
        <source>After %1</source>
        <translation>%1：签到与小结</translation>
    </message>
    <message>
        <source>Who came (tick)</source>
        <translation>到场（打勾）</translation>
    </message>
    <message>
        <source>How it went: people, feedback, what to do better</source>
        <translation>活动情况：人数、居民反馈、改进之处</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动小结</translation>
    </message>
    <message>
        <source>元 (budget %1)</source>
        <translation>元（预算 %1）</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>实际花费</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>建筑面积(㎡)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号 / 位置</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Welcome to propdesk — set up the community</source>
        <translation>欢迎使用 propdesk — 设置小区信息</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区信息</translation>
    </message>
    <message>
        <source>This is a new data file. Fill in the community and the office first: they are printed on every form.</source>
        <translation>这是一个新的数据文件。请先填写小区和服务中心的信息，它们会印在每一张表单上。</translation>
    </message>
    <message>
        <source>e.g. 阳光花园</source>
        <translation>如：阳光花园</translation>
    </message>
    <message>
        <source>e.g. 0571-88886666</source>
        <translation>如：0571-88886666</translation>
    </message>
    <message>
        <source>If empty: &quot;&lt;community&gt; property service office&quot;</source>
        <translation>不填则为“小区名称物业服务中心”</translation>
    </message>
    <message>
        <source>Community name*</source>
        <translation>小区名称*</translation>
    </message>
    <message>
        <source>Management company</source>
        <translation>物业公司名称</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>服务中心地址</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>服务中心电话</translation>
    </message>
    <message>
        <source>Receipt title</source>
        <translation>收据抬头</translation>
    </message>
</context>
<context>
    <name>ComplaintCallbackDialog</name>
    <message>
        <source>Complaint callback — %1</source>
        <translation>投诉回访 — %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Complainant&apos;s phone, unit or name — empty if not about a unit</source>
        <translation>投诉人电话、房号或姓名 — 与具体房屋无关可不填</translation>
    </message>
    <message>
        <source>Find the unit</source>
        <translation>查找房屋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Who it is about, e.g. the 1502 contractor, a guard on duty</source>
        <translation>被投诉的人，如：1502 装修施工队、值班保安</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Several households: risk of a group complaint (the supervisor is alerted)</source>
        <translation>涉及多户，有群诉风险（提醒客服主管）</translation>
    </message>
    <message>
        <source>(not about one unit)</source>
        <translation>（与具体房屋无关）</translation>
    </message>
</context>
<context>
    <name>ComplaintPanel</name>
    <message>
        <source>How was the complainant answered (e.g. phoned, calmed, visit booked):</source>
        <translation>如何回应投诉人（如：已致电安抚，约好上门）：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟进情况：</translation>
    </message>
    <message>
        <source>The result:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Your review of how it was handled:</source>
        <translation>对处理情况的审核意见：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Responded…</source>
        <translation>响应…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>主管审核…</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>打印投诉处理记录表</translation>
    </message>
    <message>
        <source>Select a complaint to see its steps.</source>
        <translation>选中一件投诉，查看处理经过。</translation>
    </message>
    <message>
        <source>GROUP COMPLAINT RISK</source>
        <translation>群诉风险</translation>
    </message>
    <message>
        <source>not responded in time</source>
        <translation>未按时响应</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>已超过办结期限</translation>
    </message>
    <message>
        <source>respond by %1, resolve by %2</source>
        <translation>响应期限 %1，办结期限 %2</translation>
    </message>
    <message>
        <source>handler: %1</source>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <source>Wants: %1</source>
        <translation>诉求：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>处理结果：%1</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Work finished — %1</source>
        <translation>完工申请 — %1</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>e.g. the owner phoned; inspection booked for Friday</source>
        <translation>如：业主来电报完工，约周五验收</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Daily close — %1</source>
        <translation>日结 — %1</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Confirm the close</source>
        <translation>确认日结</translation>
    </message>
    <message>
        <source>Print the daily report</source>
        <translation>打印收款日报表</translation>
    </message>
    <message>
        <source>Export to Excel for finance…</source>
        <translation>导出 Excel（交财务）…</translation>
    </message>
    <message>
        <source>Reopen (supervisor)</source>
        <translation>反日结（主管）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>已于 %1 日结</translation>
    </message>
    <message>
        <source>Not closed yet</source>
        <translation>尚未日结</translation>
    </message>
    <message>
        <source>%1 receipts (%2 void), total ¥%3, cash to hand over ¥%4</source>
        <translation>收据 %1 张（作废 %2 张），收款合计 ¥%3，应交现金 ¥%4</translation>
    </message>
    <message>
        <source>Receipt numbers %1 to %2</source>
        <translation>收据号 %1 至 %2</translation>
    </message>
    <message>
        <source>Refunds paid out: %1, ¥%2 (cash refunds are taken off the cash to hand over)</source>
        <translation>退款 %1 张，¥%2（现金退款已从应交现金中扣除）</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation>（作废）</translation>
    </message>
    <message>
        <source> (refund)</source>
        <translation>（退款）</translation>
    </message>
    <message>
        <source>Close %1 with %2 receipts and cash ¥%3 to hand over? The day&apos;s payments are then locked.</source>
        <translation>确认 %1 日结：收据 %2 张，应交现金 ¥%3？日结后当天的收款不能再修改。</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Export the daily report</source>
        <translation>导出收款日报表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 receipts to %2</source>
        <translation>已导出 %1 张收据到 %2</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>反日结</translation>
    </message>
    <message>
        <source>Why is %1 reopened (kept in the change log):</source>
        <translation>%1 反日结的原因（记入操作日志）：</translation>
    </message>
</context>
<context>
    <name>DefectsPage</name>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复验</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销项日期</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Register a defect…</source>
        <translation>登记遗留问题…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>复验…</translation>
    </message>
    <message>
        <source>Close as wrong…</source>
        <translation>误报关闭…</translation>
    </message>
    <message>
        <source>Add re-check photos…</source>
        <translation>添加复验照片…</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>First select an open defect.</source>
        <translation>请先选中一条未销项的遗留问题。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>First select the defect the photos show.</source>
        <translation>请先选中照片对应的遗留问题。</translation>
    </message>
    <message>
        <source>Photos of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <source>Close as wrong</source>
        <translation>误报关闭</translation>
    </message>
    <message>
        <source>Why is “%1” closed without a repair (kept with the defect):</source>
        <translation>“%1”不经整改即关闭的原因（随记录保存）：</translation>
    </message>
</context>
<context>
    <name>DepositLedgerDialog</name>
    <message>
        <source>Deposit ledger</source>
        <translation>押金台账</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>交款时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退金额</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Only deposits still held</source>
        <translation>只看在押的押金</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>%1 deposits listed; held: %2, ¥%3</source>
        <translation>共 %1 笔押金；在押 %2 笔，¥%3</translation>
    </message>
    <message>
        <source>Export deposit ledger</source>
        <translation>导出押金台账</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DesignChangeDialog</name>
    <message>
        <source>Design change — %1</source>
        <translation>设计变更 — %1</translation>
    </message>
    <message>
        <source>e.g. a sliding door on the balcony</source>
        <translation>如：阳台加装推拉门</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Works added</source>
        <translation>增加项目</translation>
    </message>
    <message>
        <source>The work needs longer: until</source>
        <translation>需要延长工期，至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>工期</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch — %1</source>
        <translation>派工 — %1</translation>
    </message>
    <message>
        <source>Reassign — %1</source>
        <translation>改派 — %1</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>e.g. bring a DN15 valve</source>
        <translation>如：带一个 DN15 阀门</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DunningDialog</name>
    <message>
        <source>Record a dunning contact — %1</source>
        <translation>登记催缴 — %1</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. the owner promised to pay by the end of the month</source>
        <translation>如：业主答应月底前交清</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>e.g. call again on the 1st</source>
        <translation>如：下月 1 日再电话确认</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Open a shift…</source>
        <translation>开始新班次…</translation>
    </message>
    <message>
        <source>Event…</source>
        <translation>记事件…</translation>
    </message>
    <message>
        <source>Call or visit…</source>
        <translation>来电来访…</translation>
    </message>
    <message>
        <source>Pass on…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Handover count…</source>
        <translation>交接清点…</translation>
    </message>
    <message>
        <source>Take over (incoming)…</source>
        <translation>接班确认…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印值班记录</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未交接）</translation>
    </message>
    <message>
        <source>No shift yet: open one to start the log.</source>
        <translation>还没有值班记录：开始新班次后记录。</translation>
    </message>
    <message>
        <source>Taken over by %1 at %2</source>
        <translation>已由 %1 于 %2 接班确认</translation>
    </message>
    <message>
        <source>Open: %1 requests not passed on</source>
        <translation>未交接：%1 条来电来访未转交</translation>
    </message>
    <message>
        <source>Items: %1&#x3000;Keys: %2&#x3000;%3</source>
        <translation>物品：%1&#x3000;钥匙：%2&#x3000;%3</translation>
    </message>
    <message>
        <source>What happened, or what was asked:</source>
        <translation>发生了什么，或对方反映了什么：</translation>
    </message>
    <message>
        <source>Passed on to (a work order or complaint number, or a person; empty: later):</source>
        <translation>转交给（工单号、投诉编号或人员；可稍后再填）：</translation>
    </message>
    <message>
        <source>Pass on</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>First select a call or visit in the log.</source>
        <translation>请先选中一条来电来访。</translation>
    </message>
    <message>
        <source>Passed on to (a work order or complaint number, or a person):</source>
        <translation>转交给（工单号、投诉编号或人员）：</translation>
    </message>
    <message>
        <source>Handover count</source>
        <translation>交接清点</translation>
    </message>
    <message>
        <source>Items counted (radios, log book …):</source>
        <translation>清点的物品（对讲机、记录本……）：</translation>
    </message>
    <message>
        <source>Keys counted:</source>
        <translation>清点的钥匙：</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <source>Incoming person&apos;s name:</source>
        <translation>接班人姓名：</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>产权</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Community settings</source>
        <translation>小区信息</translation>
    </message>
    <message>
        <source>Ledger import</source>
        <translation>台账导入</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>催缴</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>抄表读数</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>验房</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>遗留问题</translation>
    </message>
    <message>
        <source>Defect transfer</source>
        <translation>遗留问题转交</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Key custody</source>
        <translation>钥匙托管</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Worker pass</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>装修违章</translation>
    </message>
    <message>
        <source>Design change</source>
        <translation>设计变更</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>Deposit settlement</source>
        <translation>押金结算</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Department plan</source>
        <translation>部门计划</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Staff conduct check</source>
        <translation>行为规范检查</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>Add fee item</source>
        <translation>新增收费项目</translation>
    </message>
    <message>
        <source>e.g. 物业服务费</source>
        <translation>如：物业服务费</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1.85</source>
        <translation>元，如 1.85</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Price unit</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Vacant units pay</source>
        <translation>空置收费比例</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Unit types</source>
        <translation>适用房屋类型</translation>
    </message>
    <message>
        <source>Vacant units pay</source>
        <translation>空置收费比例</translation>
    </message>
    <message>
        <source>Add fee item…</source>
        <translation>新增收费项目…</translation>
    </message>
    <message>
        <source>Change price…</source>
        <translation>调价…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to propdesk — create the administrator</source>
        <translation>欢迎使用 propdesk — 创建管理员</translation>
    </message>
    <message>
        <source>This data file has no users yet. Create the administrator account; the administrator then adds the desk&apos;s staff and their roles.</source>
        <translation>这个数据文件还没有用户。请先创建管理员账号，再由管理员添加前台人员和他们的角色。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一样</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <source>First steps</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>The data file has no units yet. How would you like to put them in?</source>
        <translation>数据文件里还没有房屋。您想怎样录入？</translation>
    </message>
    <message>
        <source>Generate the buildings</source>
        <translation>批量生成楼栋</translation>
    </message>
    <message>
        <source>Building number, entrances, floors, units per floor and their areas: every unit at once.</source>
        <translation>填写楼号、单元数、层数、每层户数和各户面积，一次生成整栋的房号。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>The office&apos;s existing ledger of units and owners (a template is offered).</source>
        <translation>导入服务中心现有的房屋和业主台账（可下载模板）。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Assign a follow-up</source>
        <translation>交办跟进事项</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>e.g. 夜查, 班组会议 (optional)</source>
        <translation>如：夜查、班组会议（可不填）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Open only</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Assign a follow-up…</source>
        <translation>交办跟进事项…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>First select an open follow-up.</source>
        <translation>请先选中一条未完成的跟进事项。</translation>
    </message>
    <message>
        <source>What was done about “%1”:</source>
        <translation>“%1”的处理结果：</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Targets of the supervisor&apos;s desk</source>
        <translation>主管工作台目标</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>propdesk user guide</source>
        <translation>propdesk 使用指南</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import units and owners from Excel</source>
        <translation>从 Excel 导入房屋和业主</translation>
    </message>
    <message>
        <source>Put the old ledger into the import template. Rows with problems are not imported, the others are; importing again updates, it never duplicates.</source>
        <translation>请使用导入模板整理原有台账。有问题的行不会导入，其余行照常导入；重复导入只会更新，不会重复。</translation>
    </message>
    <message>
        <source>Choose an .xlsx file</source>
        <translation>选择 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Download the import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>Start import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>After the import, every row&apos;s problems are listed here (row, column, problem)</source>
        <translation>导入后，这里列出每一行的问题（第几行、哪一列、什么问题）</translation>
    </message>
    <message>
        <source>Choose the ledger file</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Choose the file to import first</source>
        <translation>请先选择要导入的文件</translation>
    </message>
    <message>
        <source>Reading the Excel file…</source>
        <translation>正在读取 Excel…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source> (not imported)</source>
        <translation>（未导入）</translation>
    </message>
    <message>
        <source> (imported; please check)</source>
        <translation>（已导入，请核对）</translation>
    </message>
    <message>
        <source>Everything was imported; no problems.</source>
        <translation>全部导入成功，没有问题。</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Who walks the unit with the owner</source>
        <translation>陪同业主验房的人</translation>
    </message>
    <message>
        <source>Start the inspection</source>
        <translation>开始验房</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>验房人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Mark the rest as passed</source>
        <translation>其余全部合格</translation>
    </message>
    <message>
        <source>Add photos to the selected item…</source>
        <translation>给选中项目添加照片…</translation>
    </message>
    <message>
        <source>Save the inspection</source>
        <translation>保存验房结果</translation>
    </message>
    <message>
        <source>Print 房屋验收确认书</source>
        <translation>打印房屋验收确认书</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未验</translation>
    </message>
    <message>
        <source>Not inspected yet: fill in the date and inspector, then start.</source>
        <translation>尚未验房：填好日期和验房人后开始。</translation>
    </message>
    <message>
        <source>%1 items: %2 passed, %3 failed, %4 not checked yet.</source>
        <translation>共 %1 项：合格 %2 项，不合格 %3 项，未验 %4 项。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>First select the item the photos show.</source>
        <translation>请先选中照片对应的验房项目。</translation>
    </message>
    <message>
        <source>Photos of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
</context>
<context>
    <name>InspectionTemplateDialog</name>
    <message>
        <source>Inspection template</source>
        <translation>验房模板</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Standard list</source>
        <translation>恢复标准模板</translation>
    </message>
</context>
<context>
    <name>KeyCheckOutDialog</name>
    <message>
        <source>Key set %1 out — %2</source>
        <translation>钥匙 %1 借出 — %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>The supervisor who allowed it</source>
        <translation>同意借出的主管</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The member of staff who opens the door (the key is not lent)</source>
        <translation>陪同开门的员工（钥匙不外借）</translation>
    </message>
    <message>
        <source>Who takes the keys</source>
        <translation>领取钥匙的人</translation>
    </message>
</context>
<context>
    <name>KeyDepositDialog</name>
    <message>
        <source>Keep the keys — %1</source>
        <translation>钥匙托管 — %1</translation>
    </message>
    <message>
        <source>e.g. 入户门钥匙×2，门禁卡×1</source>
        <translation>如 入户门钥匙×2，门禁卡×1</translation>
    </message>
    <message>
        <source>Keys and cards</source>
        <translation>钥匙及门卡</translation>
    </message>
    <message>
        <source>e.g. 钥匙柜 A-03</source>
        <translation>如 钥匙柜 A-03</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Owner (depositor)</source>
        <translation>委托人（业主）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The owner has signed the key custody promise (钥匙托管承诺书)</source>
        <translation>业主已签署钥匙托管承诺书</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Keys and cards</source>
        <translation>钥匙及门卡</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>托管日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Out at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Back at</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Keep the keys…</source>
        <translation>托管钥匙…</translation>
    </message>
    <message>
        <source>Let out…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <source>Back in the cabinet</source>
        <translation>归还入柜</translation>
    </message>
    <message>
        <source>Return to the owner…</source>
        <translation>退还业主…</translation>
    </message>
    <message>
        <source>Print the promise</source>
        <translation>打印承诺书</translation>
    </message>
    <message>
        <source>Only the keys of an empty unit are kept; for a viewing staff open the door.</source>
        <translation>只托管空置房屋的钥匙；有人看房时由员工陪同开门，钥匙不外借。</translation>
    </message>
    <message>
        <source>Return the keys</source>
        <translation>退还钥匙</translation>
    </message>
    <message>
        <source>Key set %1 goes back to the owner for good. Who took it, with which ID:</source>
        <translation>钥匙 %1 将退还业主、结束托管。领取人及核对的证件：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>  Find: </source>
        <translation>  查找：</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>上次备份：尚未备份</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>The data file cannot be opened: %1

Put the newest good backup (%2) in its place? The damaged file is kept beside it.</source>
        <translation>数据文件无法打开：%1

用最新的完好备份（%2）替换它吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>备份已恢复到位。损坏的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Tidy up the data file</source>
        <translation>整理数据文件</translation>
    </message>
    <message>
        <source>The data file is %1 MB (%2 MB unused). Tidying it up takes a few seconds per 100 MB; other work waits meanwhile. Go ahead?</source>
        <translation>数据文件 %1 MB（其中 %2 MB 未使用）。整理需要每 100 MB 几秒钟，期间其他操作需稍候。现在整理吗？</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 MB → %3 MB.</source>
        <translation>整理完成，用时 %1 秒：%2 MB → %3 MB。</translation>
    </message>
    <message>
        <source>Move the data to</source>
        <translation>把数据移到</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <source>Move the data file and its backups from %1 to %2? propdesk closes afterwards; open it again to go on working.</source>
        <translation>把数据文件和备份从 %1 移到 %2？移动后 propdesk 会关闭，请重新打开继续工作。</translation>
    </message>
    <message>
        <source>The data is now in %1 (%2 backups moved with it). propdesk will close now; open it again to go on working.</source>
        <translation>数据已移到 %1（%2 份备份一起移动）。propdesk 现在关闭，请重新打开继续工作。</translation>
    </message>
    <message>
        <source>About propdesk</source>
        <translation>关于 propdesk</translation>
    </message>
    <message>
        <source>propdesk %1 — the property service office front desk
Data file: %2</source>
        <translation>propdesk %1 — 物业服务中心前台系统
数据文件：%2</translation>
    </message>
    <message>
        <source>Preparing the move-in notices…</source>
        <translation>正在准备入伙通知书…</translation>
    </message>
    <message>
        <source>Move-in notices</source>
        <translation>入伙通知书</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>MeterReadingDialog</name>
    <message>
        <source>Meter readings</source>
        <translation>抄表录入</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Show sheet</source>
        <translation>显示抄表单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>上期读数</translation>
    </message>
    <message>
        <source>This reading</source>
        <translation>本期读数</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save readings and bill</source>
        <translation>保存读数并出账</translation>
    </message>
    <message>
        <source>There is no metered fee item (按读数) yet: add water or electricity under Fees → Fee items and prices.</source>
        <translation>还没有按读数收费的项目：请先在“收费 → 收费项目与单价”中添加水费或电费。</translation>
    </message>
    <message>
        <source>Choose a metered fee item first.</source>
        <translation>请先选择按读数收费的项目。</translation>
    </message>
    <message>
        <source>Price: %1 %2</source>
        <translation>单价：%1 %2</translation>
    </message>
    <message>
        <source>No price in force this month</source>
        <translation>本月没有生效的单价</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>已出账</translation>
    </message>
    <message>
        <source>first reading: type the base</source>
        <translation>首次抄表：请填上期读数（底数）</translation>
    </message>
    <message>
        <source>check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>%1 of %2 units have a reading this month.</source>
        <translation>本月 %2 户中已录入 %1 户。</translation>
    </message>
    <message>
        <source>The month or item changed: press Show sheet first.</source>
        <translation>月份或项目已改变，请先点“显示抄表单”。</translation>
    </message>
    <message>
        <source>Nothing new to save.</source>
        <translation>没有新的读数需要保存。</translation>
    </message>
    <message>
        <source>Saved: %1 new, %2 corrected, bills ¥%3.</source>
        <translation>已保存：新录入 %1 户，更正 %2 户，出账 ¥%3。</translation>
    </message>
</context>
<context>
    <name>MoveInNoticeDialog</name>
    <message>
        <source>Move-in notices</source>
        <translation>入伙通知书</translation>
    </message>
    <message>
        <source>Print the notices</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>A building (its units not handed over) or unit codes: 3-1-101, 3-1-102</source>
        <translation>楼栋号（其未交付的房屋），或房号：3-1-101, 3-1-102</translation>
    </message>
    <message>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Empty: the office address</source>
        <translation>不填则为物业服务中心地址</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source> months of fees at move-in</source>
        <translation> 个月（入伙时预缴）</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预缴</translation>
    </message>
</context>
<context>
    <name>MoveInTab</name>
    <message>
        <source>This unit has no move-in yet.</source>
        <translation>这户还没有办理入伙。</translation>
    </message>
    <message>
        <source>Start the move-in</source>
        <translation>开始办理入伙</translation>
    </message>
    <message>
        <source>18-digit resident ID</source>
        <translation>18 位身份证号</translation>
    </message>
    <message>
        <source>The owner&apos;s signed letter of authorisation (委托书) is received</source>
        <translation>已收到业主签字的委托书</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>身份已核验</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>来办理人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation>保存资料签收</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Hand over and bill the move-in fees</source>
        <translation>交房并生成入伙费用</translation>
    </message>
    <message>
        <source>Take the fees on the Account tab (F9)</source>
        <translation>到“账务”收费（F9）</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Prepaid at move-in</source>
        <translation>入伙预缴</translation>
    </message>
    <message>
        <source>Leave empty if the unit has no gas</source>
        <translation>没有燃气则不填</translation>
    </message>
    <message>
        <source>Save the readings</source>
        <translation>保存底数</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表底数</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表底数</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表底数</translation>
    </message>
    <message>
        <source>Save the keys handed over</source>
        <translation>保存交付的钥匙</translation>
    </message>
    <message>
        <source>Print the move-in confirmation (业主入伙确认单)</source>
        <translation>打印业主入伙确认单</translation>
    </message>
    <message>
        <source>The owner (or agent) has signed</source>
        <translation>业主（或受托人）已签字</translation>
    </message>
    <message>
        <source>The clerk has signed</source>
        <translation>经办人已签字</translation>
    </message>
    <message>
        <source>Save signatures</source>
        <translation>保存签字</translation>
    </message>
    <message>
        <source>Complete the move-in</source>
        <translation>办结入伙</translation>
    </message>
    <message>
        <source>Defects of this unit</source>
        <translation>本户遗留问题</translation>
    </message>
    <message>
        <source> (only when keys are left with the office)</source>
        <translation>（仅钥匙托管时）</translation>
    </message>
    <message>
        <source>Handed over on %1; fees are charged from then by the office&apos;s rule. Owed now: ¥%2.</source>
        <translation>已于 %1 交房，按公司起收规则计费。当前欠费：¥%2。</translation>
    </message>
    <message>
        <source>Not handed over yet.</source>
        <translation>尚未交房。</translation>
    </message>
    <message>
        <source>Completed on %1 by %2.</source>
        <translation>已于 %1 由 %2 办结。</translation>
    </message>
    <message>
        <source>Still missing: </source>
        <translation>还缺：</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>各步骤均已完成。</translation>
    </message>
    <message>
        <source>Hand over %1 on %2? Its fees start by the office&apos;s rule from that day, and %3 months of the monthly fees are billed for the cash desk.</source>
        <translation>确认 %2 交房 %1？自当日起按公司起收规则计费，并生成 %3 个月的月度费用待收。</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交房</translation>
    </message>
</context>
<context>
    <name>MoveInView</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>还缺</translation>
    </message>
    <message>
        <source>Print move-in notices…</source>
        <translation>打印入伙通知书…</translation>
    </message>
    <message>
        <source>Building, empty: all</source>
        <translation>楼栋，不填为全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未销项</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Pass today&apos;s defects to the developer…</source>
        <translation>转交今日遗留问题给地产客服…</translation>
    </message>
    <message>
        <source>Print the last transfer list</source>
        <translation>打印最近一批转交清单</translation>
    </message>
    <message>
        <source>Last transfer to Excel…</source>
        <translation>最近一批转交导出 Excel…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>复验…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已历天数</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复验</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销项日期</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Only sets still kept</source>
        <translation>只看托管中的</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Keys and cards</source>
        <translation>钥匙及门卡</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>托管日期</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Print the key ledger</source>
        <translation>打印钥匙托管清册</translation>
    </message>
    <message>
        <source>Move-ins not finished</source>
        <translation>未办结的入伙</translation>
    </message>
    <message>
        <source>Defect ledger (遗留工程台账)</source>
        <translation>遗留工程台账</translation>
    </message>
    <message>
        <source>Key custody (钥匙托管清册)</source>
        <translation>钥匙托管清册</translation>
    </message>
    <message>
        <source>%1 sets, %2 out, %3 overdue</source>
        <translation>共 %1 套，借出 %2 套，逾期 %3 套</translation>
    </message>
    <message>
        <source>%1 move-ins not finished</source>
        <translation>%1 户入伙未办结</translation>
    </message>
    <message>
        <source>showing the newest %1</source>
        <translation>显示最新 %1 条</translation>
    </message>
    <message>
        <source>%1 match %2 · all: %3, to pass on %4, with the developer %5, closed %6, overdue %7</source>
        <translation>符合 %1 条 %2 · 全部 %3，待转交 %4，整改中 %5，已销项或关闭 %6，逾期 %7</translation>
    </message>
    <message>
        <source>Export the key ledger</source>
        <translation>导出钥匙托管清册</translation>
    </message>
    <message>
        <source>Key custody</source>
        <translation>钥匙托管</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Pass defects to the developer</source>
        <translation>转交地产客服</translation>
    </message>
    <message>
        <source>Every defect found up to today and not passed on yet goes to the developer&apos;s service team. Who receives the list:</source>
        <translation>截至今天发现且尚未转交的遗留问题，将一并转交开发商客服部。接收人：</translation>
    </message>
    <message>
        <source>The last transfer to Excel</source>
        <translation>最近一批转交导出 Excel</translation>
    </message>
    <message>
        <source>Defects passed to the developer</source>
        <translation>遗留工程转交清单</translation>
    </message>
    <message>
        <source>First select an open defect.</source>
        <translation>请先选中一条未销项的遗留问题。</translation>
    </message>
    <message>
        <source>Export the defect ledger</source>
        <translation>导出遗留工程台账</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Defect ledger</source>
        <translation>遗留工程台账</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 defects to %2</source>
        <translation>已导出 %1 条遗留问题到 %2</translation>
    </message>
</context>
<context>
    <name>OwnersView</name>
    <message>
        <source>Filter: name, pinyin initials, mobile</source>
        <translation>筛选：姓名、拼音首字母、手机号</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Export owners</source>
        <translation>导出业主</translation>
    </message>
    <message>
        <source>Owner list</source>
        <translation>业主名单</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 owners to %2</source>
        <translation>已导出 %1 位业主到 %2</translation>
    </message>
</context>
<context>
    <name>PagedList</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>Patrol — %1</source>
        <translation>日检巡查 — %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>问题情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — %1</source>
        <translation>收款 — %1</translation>
    </message>
    <message>
        <source>Take payment and print (Enter)</source>
        <translation>收款并打印收据 (Enter)</translation>
    </message>
    <message>
        <source>%1 bills, %2</source>
        <translation>%1 笔：%2</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Bills ¥%1 + late fee ¥%2 (on its own receipt line)</source>
        <translation>账单 ¥%1 + 滞纳金 ¥%2（收据上单列一行）</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open in the default viewer</source>
        <translation>用默认程序打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Register owner of %1</source>
        <translation>登记业主 %1</translation>
    </message>
    <message>
        <source>Edit owner details</source>
        <translation>编辑业主资料</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>过户 %1</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>过户日期</translation>
    </message>
    <message>
        <source>Transfer note</source>
        <translation>过户说明</translation>
    </message>
    <message>
        <source>e.g. resale, inheritance, gift</source>
        <translation>如：二手房买卖、继承、赠与</translation>
    </message>
    <message>
        <source>Born %1; the number is valid</source>
        <translation>出生日期 %1，号码有效</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>%1

%2

This part comes in a later version.</source>
        <translation>%1

%2

这一部分将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Collection target (元)</source>
        <translation>收费目标（元）</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>本月实收</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>What the month should focus on</source>
        <translation>本月工作重点</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>批准计划</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Collection (type a building&apos;s target over the suggestion: the month&apos;s bills)</source>
        <translation>收费计划（建议值为本月账单金额，可直接改写各楼栋目标）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Draft by %1, waiting for approval</source>
        <translation>%1 起草，待主管批准</translation>
    </message>
    <message>
        <source>Not saved yet: the targets shown are the month&apos;s bills</source>
        <translation>尚未保存：显示的目标为本月账单金额</translation>
    </message>
    <message>
        <source>Visits: target %1 households, planned %2, visited %3</source>
        <translation>走访：目标 %1 户，计划 %2 户，已走访 %3 户</translation>
    </message>
    <message>
        <source>Visits: no plan for this month yet (made on the Service desk › Visits page)</source>
        <translation>走访：本月还没有走访计划（在“客服 › 走访”中制定）</translation>
    </message>
    <message>
        <source>Community activities: %1 planned, %2 held</source>
        <translation>社区活动：计划 %1 项，已举办 %2 项</translation>
    </message>
</context>
<context>
    <name>PrepaymentDialog</name>
    <message>
        <source>Prepayment — %1</source>
        <translation>预存收款 — %1</translation>
    </message>
    <message>
        <source>Take prepayment and print</source>
        <translation>收预存款并打印收据</translation>
    </message>
    <message>
        <source>e.g. 2000</source>
        <translation>如 2000</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>The unit owes ¥%1: those bills are settled from the prepayment first, oldest first.</source>
        <translation>这户欠费 ¥%1：预存款会先按从早到晚抵扣这些账单。</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Change the price of %1</source>
        <translation>调整 %1 的单价</translation>
    </message>
    <message>
        <source>New price (%1)</source>
        <translation>新单价（%1）</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
</context>
<context>
    <name>ProgressWatcher</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check — %1 %2</source>
        <translation>复验 — %1 %2</translation>
    </message>
    <message>
        <source>Fixed: close it (销项)</source>
        <translation>已整改：销项</translation>
    </message>
    <message>
        <source>Not fixed yet</source>
        <translation>未整改好</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was found at the re-check</source>
        <translation>复验时的情况</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Give the developer a new deadline</source>
        <translation>给开发商新的整改期限</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a deposit — %1</source>
        <translation>退押金 — %1</translation>
    </message>
    <message>
        <source>Refund prepayment — %1</source>
        <translation>退预存 — %1</translation>
    </message>
    <message>
        <source>Refund and print</source>
        <translation>退款并打印退款单</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>在押押金</translation>
    </message>
    <message>
        <source>Prepayment balance</source>
        <translation>预存余额</translation>
    </message>
    <message>
        <source>0 unless part is kept, e.g. for damage</source>
        <translation>不扣则为 0；如因损坏需扣除部分押金</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣除金额</translation>
    </message>
    <message>
        <source>Why part of the deposit is kept</source>
        <translation>扣除押金的原因</translation>
    </message>
    <message>
        <source>Deduction reason</source>
        <translation>扣除原因</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>实退金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>e.g. renovation accepted, moving out</source>
        <translation>如 装修验收合格、搬离小区</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退款原因</translation>
    </message>
</context>
<context>
    <name>RenovationApplicationDialog</name>
    <message>
        <source>Renovation application — %1</source>
        <translation>装修申请 — %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>申请人身份</translation>
    </message>
    <message>
        <source>The owner&apos;s written consent is attached</source>
        <translation>已附业主书面同意书</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>资质证书号</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Foreman&apos;s phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>装修范围</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>装修项目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>End</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人数</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RenovationClosingPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Design change…</source>
        <translation>设计变更…</translation>
    </message>
    <message>
        <source>Review the change…</source>
        <translation>审核变更…</translation>
    </message>
    <message>
        <source>Work finished…</source>
        <translation>完工申请…</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>竣工验收…</translation>
    </message>
    <message>
        <source>Print the acceptance form</source>
        <translation>打印竣工验收表</translation>
    </message>
    <message>
        <source>Settle the deposit…</source>
        <translation>押金结算…</translation>
    </message>
    <message>
        <source>Print the settlement</source>
        <translation>打印押金退还审批表</translation>
    </message>
    <message>
        <source>waiting for review until %1</source>
        <translation>待审核（期限 %1）</translation>
    </message>
    <message>
        <source>Design change</source>
        <translation>设计变更</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>完工申请</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed: rectify, then inspect again</source>
        <translation>不通过，整改后复验</translation>
    </message>
    <message>
        <source>held ¥%1, kept ¥%2</source>
        <translation>押金 ¥%1，扣除 ¥%2</translation>
    </message>
    <message>
        <source>refunded ¥%1</source>
        <translation>退还 ¥%1</translation>
    </message>
    <message>
        <source>, ¥%1 billed</source>
        <translation>，不足追收 ¥%1</translation>
    </message>
    <message>
        <source>Deposit settled</source>
        <translation>押金结算</translation>
    </message>
    <message>
        <source>Settle the deposit</source>
        <translation>押金结算</translation>
    </message>
    <message>
        <source>Passes %1 are still out: record them handed back or lost first.</source>
        <translation>出入证 %1 还没有交回：请先登记交回或遗失。</translation>
    </message>
</context>
<context>
    <name>RenovationReviewDialog</name>
    <message>
        <source>Review — %1</source>
        <translation>审核 — %1</translation>
    </message>
    <message>
        <source>Approve: charge the renovation fees</source>
        <translation>同意：生成装修费用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Required when rejecting, e.g. the load-bearing wall</source>
        <translation>驳回时必填，如：涉及拆改承重墙</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>RenovationSettingsDialog</name>
    <message>
        <source>Renovation settings</source>
        <translation>装修设置</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Review within</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source> days after expiry, or the deposit is kept</source>
        <translation> 天内（过期超过即没收押金）</translation>
    </message>
    <message>
        <source>Passes back within</source>
        <translation>出入证逾期交回</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Works (one per line)</source>
        <translation>装修项目（每行一个）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>施工时间</translation>
    </message>
</context>
<context>
    <name>RenovationTab</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>施工期限</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新装修申请…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Take the fees (Account tab)</source>
        <translation>去“账务”收费</translation>
    </message>
    <message>
        <source>Issue and print the permit</source>
        <translation>发放并打印许可证</translation>
    </message>
    <message>
        <source>Print application and promise</source>
        <translation>打印申请表和承诺书</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>New worker pass…</source>
        <translation>办理出入证…</translation>
    </message>
    <message>
        <source>Print the passes</source>
        <translation>打印出入证</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>已交回</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>登记遗失</translation>
    </message>
    <message>
        <source>Patrolled at</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>验房人</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>违反规定</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>扣押金</translation>
    </message>
    <message>
        <source>Register a violation…</source>
        <translation>登记违章…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <source>Print the rectification notice</source>
        <translation>打印整改通知书</translation>
    </message>
    <message>
        <source>Add evidence photos…</source>
        <translation>添加证据照片…</translation>
    </message>
    <message>
        <source>Worker passes</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>Changes and acceptance</source>
        <translation>变更与验收</translation>
    </message>
    <message>
        <source>No renovation yet. A new application starts with the button below.</source>
        <translation>还没有装修记录。点下方“新装修申请”开始。</translation>
    </message>
    <message>
        <source>Review: %1 by %2 — %3</source>
        <translation>审核：%1 %2 — %3</translation>
    </message>
    <message>
        <source>Waiting for review until %1</source>
        <translation>待审核，期限 %1</translation>
    </message>
    <message>
        <source>Fees: </source>
        <translation>装修费用：</translation>
    </message>
    <message>
        <source>Permit %1 issued %2</source>
        <translation>许可证 %1，发放于 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>First select a violation not rectified yet.</source>
        <translation>请先选中一条未整改的违章。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>First select the violation the photos show.</source>
        <translation>请先选中照片对应的违章。</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>出入证延期</translation>
    </message>
    <message>
        <source>First select the pass.</source>
        <translation>请先选中出入证。</translation>
    </message>
    <message>
        <source>Pass %1 valid until (e.g. 2027-03-31):</source>
        <translation>出入证 %1 延期至（如 2027-03-31）：</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2027-03-31.</source>
        <translation>“%1”不是日期，应如 2027-03-31。</translation>
    </message>
    <message>
        <source>First select a pass not handed back yet.</source>
        <translation>请先选中一张未交回的出入证。</translation>
    </message>
    <message>
        <source>Pass %1 is lost: its deposit is kept. Record it?</source>
        <translation>出入证 %1 遗失，押金不予退还。确定登记吗？</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <source>Why is this application withdrawn:</source>
        <translation>撤销原因：</translation>
    </message>
</context>
<context>
    <name>RenovationView</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Building, empty: all</source>
        <translation>楼栋，不填为全部</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>审核逾期</translation>
    </message>
    <message>
        <source>Permit ends within 3 days</source>
        <translation>3 天内到期</translation>
    </message>
    <message>
        <source>Not patrolled today</source>
        <translation>今日未巡查</translation>
    </message>
    <message>
        <source>Violations open</source>
        <translation>有未整改违章</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>End</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation>未缴费用</translation>
    </message>
    <message>
        <source>Patrolled today</source>
        <translation>今日已巡查</translation>
    </message>
    <message>
        <source>Last patrol</source>
        <translation>上次巡查</translation>
    </message>
    <message>
        <source>Open violations</source>
        <translation>未整改违章</translation>
    </message>
    <message>
        <source>Permit ends</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Patrol the selected…</source>
        <translation>巡查选中的装修…</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Today&apos;s patrol (日检巡查)</source>
        <translation>今日巡查</translation>
    </message>
    <message>
        <source>Renovation ledger (装修台账)</source>
        <translation>装修台账</translation>
    </message>
    <message>
        <source>%1 renovations under way, %2 not patrolled today</source>
        <translation>施工中 %1 户，今日未巡查 %2 户</translation>
    </message>
    <message>
        <source>%1 listed · waiting for review %2 (overdue %3), waiting for fees %4, working %5 (ending soon %6), waiting for acceptance %7, deposits to settle %8</source>
        <translation>共 %1 条 · 待审核 %2（超期 %3），待缴费 %4，施工中 %5（即将到期 %6），待验收 %7，待结算押金 %8</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>日检巡查</translation>
    </message>
    <message>
        <source>First select the renovation patrolled.</source>
        <translation>请先选中巡查的装修。</translation>
    </message>
    <message>
        <source>Problems were found: register a violation and print the rectification notice?</source>
        <translation>巡查发现问题：登记违章并打印整改通知书吗？</translation>
    </message>
    <message>
        <source>Export the renovation ledger</source>
        <translation>导出装修台账</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Renovation ledger</source>
        <translation>装修台账</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>New repair</source>
        <translation>新报修</translation>
    </message>
    <message>
        <source>Caller&apos;s phone, unit (3-2-1502) or name — the unit is found</source>
        <translation>来电号码、房号（3-2-1502）或姓名 — 自动找到房屋</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>报修位置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>具体地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别 / 保修 / 紧急</translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words</source>
        <translation>报修内容（照业主的原话记）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>预约和派工</translation>
    </message>
    <message>
        <source>Past calls</source>
        <translation>以往报修</translation>
    </message>
    <message>
        <source>Print the work order after saving</source>
        <translation>登记后打印派工单</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>(not dispatched yet)</source>
        <translation>（暂不派工）</translation>
    </message>
    <message>
        <source>No earlier calls.</source>
        <translation>没有以往报修。</translation>
    </message>
</context>
<context>
    <name>RepairSettingsDialog</name>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Service desk settings</source>
        <translation>客服设置</translation>
    </message>
    <message>
        <source>Repair, %1: done within</source>
        <translation>报修（%1）处理时限</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Urgent complaint: respond within</source>
        <translation>紧急投诉响应时限</translation>
    </message>
    <message>
        <source>Urgent complaint: resolve within</source>
        <translation>紧急投诉办结时限</translation>
    </message>
    <message>
        <source>Normal complaint: respond within</source>
        <translation>一般投诉响应时限</translation>
    </message>
    <message>
        <source>Normal complaint: resolve within</source>
        <translation>一般投诉办结时限</translation>
    </message>
    <message>
        <source> % of occupied households a month</source>
        <translation> %（每月占在住户数）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访比例</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Make the monthly workbook…</source>
        <translation>生成月度报表…</translation>
    </message>
    <message>
        <source>Building, e.g. 3</source>
        <translation>楼栋，如 3</translation>
    </message>
    <message>
        <source>Unit archives of the building…</source>
        <translation>生成整栋一户一档…</translation>
    </message>
    <message>
        <source>The monthly report for head office, one Excel workbook with these sheets: %1.</source>
        <translation>报总部的月度报表：一个 Excel 工作簿，含以下各表：%1。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Collection rate of the month&apos;s bills, by building</source>
        <translation>各楼栋本月账单收缴率</translation>
    </message>
    <message>
        <source>The month&apos;s work orders by state</source>
        <translation>本月报修工单状态</translation>
    </message>
    <message>
        <source>一户一档: every unit of a building as its own PDF (bookmarked sections: owners, move-in, keys, renovations, repairs, complaints, account, printed documents).</source>
        <translation>一户一档：一栋楼的每户各生成一个 PDF（带书签：业主、入伙、钥匙、装修、报修、投诉、账务、打印存档）。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Save the monthly workbook</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Monthly workbook</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>Saved the %1 workbook (%2 sheets) to %3</source>
        <translation>已生成 %1 月度报表（%2 张表）：%3</translation>
    </message>
    <message>
        <source>Unit archives</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Type the building first.</source>
        <translation>请先填写楼栋。</translation>
    </message>
    <message>
        <source>Save the archives in</source>
        <translation>档案保存到</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>正在汇编…</translation>
    </message>
    <message>
        <source>Saved %1 unit archives to %2</source>
        <translation>已生成 %1 户档案，保存在 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 unit archives were saved to %2</source>
        <translation>已取消：已生成的 %1 份房屋档案保存在 %2</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Edit resident</source>
        <translation>编辑住户</translation>
    </message>
    <message>
        <source>Add a household member or tenant</source>
        <translation>添加家庭成员或租户</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>如：2024-05-01</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>Relation to owner</source>
        <translation>与业主关系</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Automatic backups, newest first. The current data is saved as a safety copy before anything is replaced.</source>
        <translation>自动备份，最新的在前。恢复前会先把当前数据另存一份安全副本。</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复选中的备份</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>还没有自动备份。</translation>
    </message>
    <message>
        <source>Restore from which backup?</source>
        <translation>从哪个备份恢复？</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search: unit 3-2-1502 / name / pinyin initials / last 4 phone digits (Ctrl+F)</source>
        <translation>搜索：房号 3-2-1502 / 姓名 / 拼音首字母 / 手机尾号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing found. Try: unit 3-1502, a name, pinyin initials zs, the last 4 digits of a phone</source>
        <translation>没有找到。可以试试：房号 3-1502、姓名、拼音首字母 zs、手机后 4 位</translation>
    </message>
</context>
<context>
    <name>ServiceDeskView</name>
    <message>
        <source>All work orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open 3 days without a note</source>
        <translation>超 3 天未写沟通记录</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Deadline within 24 hours</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>Group complaint risk</source>
        <translation>群诉风险</translation>
    </message>
    <message>
        <source>Complaint no., phone, unit or name</source>
        <translation>投诉编号、电话、房号或姓名</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部维修人员</translation>
    </message>
    <message>
        <source>Order no., phone, unit or caller</source>
        <translation>工单号、电话、房号或报修人</translation>
    </message>
    <message>
        <source>New repair… (Ctrl+R)</source>
        <translation>新报修… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修工单</translation>
    </message>
</context>
<context>
    <name>ServiceListPage</name>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are exported.</source>
        <translation>共 %2 条，导出前 %1 条。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settle the deposit — %1</source>
        <translation>押金结算 — %1</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>已交押金</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 back: ¥%2 refunded, ¥%3 kept (late or lost)</source>
        <translation>%1 张已交回：退还 ¥%2，没收 ¥%3（逾期或遗失）</translation>
    </message>
    <message>
        <source>Pass deposits</source>
        <translation>出入证押金</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Add a deduction</source>
        <translation>增加扣款</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣除明细</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结算结果</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Settle and print</source>
        <translation>结算并打印</translation>
    </message>
    <message>
        <source>Kept ¥%1; refunded ¥%2</source>
        <translation>扣除 ¥%1；实退 ¥%2</translation>
    </message>
    <message>
        <source>¥%1 more is billed to the unit</source>
        <translation>押金不足，另开账单追收 ¥%1</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>开始新班次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Screen locked — sign in</source>
        <translation>屏幕已锁定 — 请登录</translation>
    </message>
    <message>
        <source>Sign in to propdesk</source>
        <translation>登录 propdesk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>Sign up for %1</source>
        <translation>报名：%1</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502</source>
        <translation>房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>报名人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Record the check</source>
        <translation>记录抽查结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>抽查记录</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>抽查方式</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未查</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案资料</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was wrong (needed when it failed)</source>
        <translation>发现的问题（不合格时必填）</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进整改人</translation>
    </message>
    <message>
        <source>Put right by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>SpotCheckPage</name>
    <message>
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <source>Ratio…</source>
        <translation>抽查比例…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Print the spot-check sheet</source>
        <translation>打印抽查记录表</translation>
    </message>
    <message>
        <source>Record the check…</source>
        <translation>记录抽查结果…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>抽查方式</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>No sample drawn for this month yet (%1 % of the month&apos;s closed repairs, complaints and new archives).</source>
        <translation>本月尚未抽取样本（抽取当月已关闭报修、已办结投诉和新建档案的 %1%）。</translation>
    </message>
    <message>
        <source>%1 %2 of %3, checked %4, failed %5</source>
        <translation>%1 抽 %2/%3，已查 %4，不合格 %5</translation>
    </message>
    <message>
        <source>Drawn by %1 on %2 (%3 %)</source>
        <translation>%1 于 %2 抽取（%3%）</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Draw %1 % of %2&apos;s closed records? The sample is kept and cannot be drawn again.</source>
        <translation>抽取 %2 的 %1% 记录？样本一经抽取即保存，不能重抽。</translation>
    </message>
    <message>
        <source>Spot-check ratio</source>
        <translation>抽查比例</translation>
    </message>
    <message>
        <source>Percent of each month&apos;s records to check:</source>
        <translation>每月抽查记录的百分比：</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>记录抽查结果</translation>
    </message>
    <message>
        <source>First select the record in the sample.</source>
        <translation>请先选中样本中的一条记录。</translation>
    </message>
    <message>
        <source>%1 was checked by %2 on %3.</source>
        <translation>%1 已由 %2 于 %3 抽查。</translation>
    </message>
</context>
<context>
    <name>StaffObservationDialog</name>
    <message>
        <source>Record a conduct check</source>
        <translation>记录行为规范检查</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was seen (needed when it fell short)</source>
        <translation>看到的情况（不符合时必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Record a check… (Ctrl+N)</source>
        <translation>记录检查…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>符合率</translation>
    </message>
    <message>
        <source>Fell short on</source>
        <translation>不符合的规范</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Each person&apos;s month</source>
        <translation>本月人员汇总</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>short</source>
        <translation>不符合</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login name</source>
        <translation>主管的登录名</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>主管密码</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Targets</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Department plan</source>
        <translation>部门计划</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>行为规范</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>本月实际</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>达标 / 应计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From the seed</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目标设置…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>%1, last 12 months</source>
        <translation>%1：近 12 个月</translation>
    </message>
    <message>
        <source>%1 met, %2 not met</source>
        <translation>%1 项达标，%2 项未达标</translation>
    </message>
</context>
<context>
    <name>TechnicianDialog</name>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Still working here (untick when they leave)</source>
        <translation>在岗（离职时取消勾选）</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>This month&apos;s repair calls by state</source>
        <translation>本月报修工单状态</translation>
    </message>
    <message>
        <source>Units at a glance</source>
        <translation>房态概览</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近的操作</translation>
    </message>
    <message>
        <source>Repairs: %1 waiting to be dispatched, %2 overdue, %3 waiting for the callback, %4 open 3 days without a note (%5 open in all).</source>
        <translation>报修：%1 单待派工，%2 单逾期，%3 单待回访，%4 单超 3 天未写沟通记录（处理中共 %5 单）。</translation>
    </message>
    <message>
        <source>Complaints: %1 waiting for a response (%2 late), %3 past the deadline, %4 due within 24 hours, %5 at risk of a group complaint, %6 waiting for the callback.</source>
        <translation>投诉：%1 件待响应（%2 件已超时），%3 件超过办结期限，%4 件 24 小时内到期，%5 件有群诉风险，%6 件待回访。</translation>
    </message>
    <message>
        <source>Visits this month: %1 of %2 planned households visited, %3 issues waiting for feedback.</source>
        <translation>本月走访：计划 %2 户，已走访 %1 户；%3 个问题待反馈。</translation>
    </message>
    <message>
        <source> Follow-ups: %1 open (%2 overdue).</source>
        <translation>跟进事项：%1 项待处理（%2 项逾期）。</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · 今日</translation>
    </message>
    <message>
        <source>Days with payments not closed yet: %1. The cashier closes them under Fees → Daily close (Ctrl+Shift+D).</source>
        <translation>以下日期有收款尚未日结：%1。请收银员在“收费 → 日结”（Ctrl+Shift+D）中日结。</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等，另有 %1 天</translation>
    </message>
    <message>
        <source>Keys not back in time: %1. Call whoever took them.</source>
        <translation>钥匙逾期未还：%1。请联系领用人。</translation>
    </message>
    <message>
        <source>Defects: %1 to pass to the developer today, %2 past their deadline (Move-in → Defect ledger).</source>
        <translation>遗留问题：今日待转交地产客服 %1 条，超过整改期限 %2 条（入伙 → 遗留工程台账）。</translation>
    </message>
    <message>
        <source>Renovation: %1 applications waiting for review (%2 past the deadline), %3 permits ending within 3 days, %4 not patrolled today, %5 rectifications past their deadline, %6 worker passes not handed back, %7 waiting for acceptance, %8 deposits to settle (Renovation).</source>
        <translation>装修：%1 份申请待审核（%2 份已超期），%3 户许可证 3 天内到期，%4 户今天还没巡查，%5 项整改已过期限，%6 张出入证逾期未交回，%7 户待竣工验收，%8 户押金待结算（装修）。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑房屋 %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增房屋</translation>
    </message>
    <message>
        <source>e.g. 1502</source>
        <translation>如：1502</translation>
    </message>
    <message>
        <source>Square metres, at most two decimals</source>
        <translation>平方米，最多两位小数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building*</source>
        <translation>楼栋*</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room*</source>
        <translation>房号*</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Floor area*</source>
        <translation>建筑面积*</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Unit state</source>
        <translation>房屋状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Edit unit (F2)</source>
        <translation>编辑房屋 (F2)</translation>
    </message>
    <message>
        <source>Register owner</source>
        <translation>登记业主</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>编辑业主</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>过户</translation>
    </message>
    <message>
        <source>Remove co-owner</source>
        <translation>删除共有人</translation>
    </message>
    <message>
        <source>Print household card (Ctrl+P)</source>
        <translation>打印登记表 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Unit archive</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Everything about this unit in one PDF with bookmarks (一户一档)</source>
        <translation>这户的全部档案合成一个带书签的 PDF（一户一档）</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整证件号</translation>
    </message>
    <message>
        <source>Supervisors and administrators; each look is kept in the change log</source>
        <translation>主管和管理员可用；每次查看都记入操作日志</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID kind</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Add resident/tenant</source>
        <translation>添加住户/租户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Register vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Household members and tenants (household card)</source>
        <translation>家庭成员与租户（家庭情况登记卡）</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>过户日期</translation>
    </message>
    <message>
        <source>Former owners</source>
        <translation>原业主</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>过户记录</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Documents printed for this unit</source>
        <translation>打印过的文件</translation>
    </message>
    <message>
        <source>Owners and household</source>
        <translation>业主与住户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账务</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <source>Key custody</source>
        <translation>钥匙托管</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Ownership history</source>
        <translation>产权历史</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Floor area %1 m²  ·  %2  ·  %3  ·  floor %4</source>
        <translation>建筑面积 %1 ㎡&#x3000;·&#x3000;%2&#x3000;·&#x3000;%3&#x3000;·&#x3000;%4 层</translation>
    </message>
    <message>
        <source>Register co-owner</source>
        <translation>登记共有人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>New repair for this unit… (Ctrl+R)</source>
        <translation>为这户新报修… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>New complaint about this unit…</source>
        <translation>为这户登记投诉…</translation>
    </message>
    <message>
        <source>First select the co-owner to remove in the owners table. The owner changes only by a transfer.</source>
        <translation>请先在业主表中选中要删除的共有人。业主本人请办理过户。</translation>
    </message>
    <message>
        <source>Why is co-owner %1 removed (kept in the change log):</source>
        <translation>删除共有人 %1 的原因（会记入操作日志）：</translation>
    </message>
    <message>
        <source>%1 will pass from %2 to new owners. The former owners stay in the ownership history. Continue?</source>
        <translation>%1 将从 %2 过户给新业主。原业主记录会保留在“产权历史”中。继续吗？</translation>
    </message>
    <message>
        <source>Does %1 move out today?</source>
        <translation>确认 %1 今天迁出？</translation>
    </message>
    <message>
        <source>Remove vehicle %1?</source>
        <translation>删除车辆 %1？</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter: unit, owner, note</source>
        <translation>筛选：房号、业主、备注</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增房屋</translation>
    </message>
    <message>
        <source>Generate a building</source>
        <translation>批量生成楼栋</translation>
    </message>
    <message>
        <source>Import Excel</source>
        <translation>导入 Excel</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1（%2 户）</translation>
    </message>
    <message>
        <source>Export units and owners</source>
        <translation>导出房屋和业主</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 units to %2</source>
        <translation>已导出 %1 户到 %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>姓名*</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Lock the screen after idle:</source>
        <translation>空闲多久后锁定屏幕：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source> (locked until %1)</source>
        <translation>（锁定到 %1）</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (at least 6 characters):</source>
        <translation>%1 的新密码（至少 6 位）：</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Register vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>e.g. 浙A12345</source>
        <translation>如：浙A12345</translation>
    </message>
    <message>
        <source>Plate*</source>
        <translation>车牌号*</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Violation — %1</source>
        <translation>登记违章 — %1</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>违反规定</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>违章情况</translation>
    </message>
    <message>
        <source>e.g. clear the corridor the same day</source>
        <translation>如：当日清运楼道垃圾</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Taken from the deposit; empty for none</source>
        <translation>从装修押金中扣除；不扣则不填</translation>
    </message>
    <message>
        <source>Penalty (yuan)</source>
        <translation>扣押金（元）</translation>
    </message>
</context>
<context>
    <name>ViolationRecheckDialog</name>
    <message>
        <source>Re-check — %1</source>
        <translation>复查 — %1</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Not rectified yet</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>复查情况</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502</source>
        <translation>房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>What the household said about the service</source>
        <translation>业主对服务的评价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Issues and suggestions, one per line</source>
        <translation>反映的问题和建议，每行一条</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题和建议</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Draw the month&apos;s plan</source>
        <translation>生成本月走访计划</translation>
    </message>
    <message>
        <source>Add a household…</source>
        <translation>加入一户…</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>移出计划</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>审批计划</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>Print the monthly report</source>
        <translation>打印走访月报</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题和建议</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Feedback given…</source>
        <translation>已处理并反馈…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <source>Visits this month</source>
        <translation>本月走访记录</translation>
    </message>
    <message>
        <source>Issues waiting for feedback</source>
        <translation>待反馈的问题</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <source>Plan: %1 households (%2); target %3 (%4 % of %5 occupied); visited %6 (%7); issues %8, fed back %9</source>
        <translation>计划 %1 户（%2）；目标 %3 户（在住 %5 户的 %4%）；已走访 %6 户（%7）；问题 %8 项，已反馈 %9 项</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>加入一户</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502:</source>
        <translation>房号，如 3-2-1502：</translation>
    </message>
    <message>
        <source>First select the household in the plan.</source>
        <translation>请先在计划中选中一户。</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>First select the issue.</source>
        <translation>请先选中一个问题。</translation>
    </message>
    <message>
        <source>What was done and told back to the owner:</source>
        <translation>处理情况及如何向业主反馈：</translation>
    </message>
</context>
<context>
    <name>WorkCompletionDialog</name>
    <message>
        <source>Completed — %1</source>
        <translation>完工 — %1</translation>
    </message>
    <message>
        <source>What was done, e.g. replaced the tap cartridge, no leak</source>
        <translation>处理结果，如：更换水龙头阀芯，试水无渗漏</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add a material</source>
        <translation>增加材料</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation>没有填 0</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid repair: the total is billed to %1</source>
        <translation>有偿维修：合计记入 %1 的账单</translation>
    </message>
    <message>
        <source>Not billed to the owner</source>
        <translation>不向业主收费</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>登记完工</translation>
    </message>
</context>
<context>
    <name>WorkOrderCallbackDialog</name>
    <message>
        <source>Callback — %1</source>
        <translation>报修回访 — %1</translation>
    </message>
</context>
<context>
    <name>WorkOrderPanel</name>
    <message>
        <source>Why does the technician return it:</source>
        <translation>退单原因：</translation>
    </message>
    <message>
        <source>Why is the work paused (e.g. waiting for parts):</source>
        <translation>暂停原因（如：等配件）：</translation>
    </message>
    <message>
        <source>Why is it cancelled (e.g. registered twice):</source>
        <translation>取消原因（如：重复登记）：</translation>
    </message>
    <message>
        <source>Passed to the developer: their contact and what was agreed:</source>
        <translation>转交开发商：对接人和约定的处理方式：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Completed…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Returned…</source>
        <translation>退单…</translation>
    </message>
    <message>
        <source>To the developer…</source>
        <translation>转开发商…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>Communication note…</source>
        <translation>沟通记录…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Print the work order</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>Select a work order to see its steps.</source>
        <translation>选中一张工单，查看处理过程。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open over 3 days: a communication note is needed</source>
        <translation>已超 3 天，需要沟通记录</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>technician: %1</source>
        <translation>维修：%1</translation>
    </message>
    <message>
        <source> (billed)</source>
        <translation>（已记入账单）</translation>
    </message>
    <message>
        <source>Done: %1, ¥%2</source>
        <translation>完工：%1，¥%2</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Communication note</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>What was the owner told:</source>
        <translation>向业主说明了什么：</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>WorkerPassDialog</name>
    <message>
        <source>Worker pass — %1</source>
        <translation>临时出入证 — %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>18-digit resident ID</source>
        <translation>18 位身份证号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Optional: a photo file (JPG or PNG)</source>
        <translation>可选：照片文件（JPG 或 PNG）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
</context>
<context>
    <name>offer_template</name>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>print_pdf</name>
    <message>
        <source>The printer cannot be reached.</source>
        <translation>打印机无法连接。</translation>
    </message>
    <message>
        <source>Check that it is switched on and connected, or save the PDF.</source>
        <translation>请检查打印机是否开机并已连接，或先另存为 PDF。</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <source>An internal error stopped the last action; it was not completed.

%1

The details are in the log: %2
Please send the log to support.</source>
        <translation>程序遇到内部错误，刚才的操作没有完成。

%1

详细信息已写入日志：%2
请把日志发给技术支持。</translation>
    </message>
    <message>
        <source>Program error</source>
        <translation>程序出错</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
</context>
</TS>
