//! Every label of the app in Chinese (default) and English.
//!
//! Data texts (scheme titles, explanation lines) come from the scheme and the core in the chosen
//! language; this module holds only the app's own labels.

pub use kaoping_core::Lang;

macro_rules! messages {
    ($($name:ident => $zh:expr, $en:expr;)*) => {
        /// A label of the app.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Msg { $($name,)* }

        impl Msg {
            /// Every label, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The label in a language.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, Lang::Zh) => $zh, (Msg::$name, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppTitle => "政法干警绩效考评", "Political-legal officer performance assessment";
    LangSwitch => "English", "中文";
    NavCohort => "考评委员会", "Committee console";
    NavScheme => "考评方案", "Scheme";
    NavPreview => "个人预览", "Officer preview";
    NavTolerance => "容错纠错", "Tolerance review";
    NavPrint => "打印", "Print";
    NavData => "数据", "Data";
    Officer => "干警", "Officer";
    OfficerId => "编号", "ID";
    Name => "姓名", "Name";
    Unit => "部门", "Unit";
    Total => "总分", "Total";
    Grade => "等次", "Grade";
    ScoreGrade => "按分数等次", "Grade by score";
    Rank => "名次", "Rank";
    Flags => "标记", "Flags";
    FlagVeto => "否决", "veto";
    FlagIncomplete => "不完整", "incomplete";
    FlagDisagreement => "分歧", "disagreement";
    FlagTolerance => "容错", "tolerance";
    FlagQuota => "名额调整", "quota-changed";
    FlagError => "数据错误", "data error";
    Filter => "筛选", "Filter";
    FilterPlaceholder => "姓名、编号或部门", "name, ID or unit";
    Officers => "人", "officers";
    Recompute => "重算用时", "Recompute time";
    Dimension => "维度", "Dimension";
    Indicator => "指标", "Indicator";
    Weight => "权重", "Weight";
    Score => "得分", "Score";
    MaxScore => "满分", "Max";
    Contribution => "计入总分", "Points";
    RawValue => "原始值", "Raw value";
    Input => "数据项", "Input";
    Inputs => "业绩数据", "Dossier inputs";
    Value => "数值", "Value";
    Explanation => "计分说明", "Explanation";
    Rule => "依据", "Rule";
    Points => "分值", "Points";
    Text => "说明", "Text";
    Radar => "维度得分雷达图", "Dimension scores (radar)";
    Distribution => "全体得分分布（按等次区间）", "Cohort distribution with grade bands";
    SelectOfficer => "请在左侧表格中选择一名干警。", "Select an officer in the table.";
    Bonuses => "正面清单（加分）", "Positive list (bonuses)";
    Deductions => "负面清单（扣分）", "Negative list (deductions)";
    Vetoes => "一票否决事项", "Vetoes";
    Grades => "等次", "Grades";
    Quotas => "名额比例", "Quotas";
    MaxShare => "最高比例", "Max share";
    Range => "分数区间", "Range";
    ItemCap => "单项上限", "Item cap";
    ListCap => "清单上限", "List cap";
    Effect => "效果", "Effect";
    Source => "依据来源", "Source";
    Function => "计分函数", "Scoring function";
    Plot => "函数图", "Plot";
    NoPlot => "随全体数据而定", "depends on the cohort";
    Occurrences => "发生事项", "Occurrences";
    Item => "事项", "Item";
    Date => "日期", "Date";
    Count => "次数", "Count";
    Reference => "案号/文号", "Reference";
    Add => "添加", "Add";
    Remove => "删除", "Remove";
    Validation => "校验结果", "Validation";
    ValidationOk => "方案校验通过。", "The scheme is valid.";
    Problems => "问题", "Problems";
    Path => "位置", "Path";
    Code => "代码", "Code";
    Message => "说明", "Message";
    BuiltinScheme => "内置方案", "Built-in scheme";
    ImportScheme => "导入方案 JSON", "Import scheme JSON";
    ImportRejected => "未被接受（未作任何更改）：", "Not accepted (nothing changed):";
    ExportWorkspace => "导出工作区 JSON", "Export workspace JSON";
    ImportWorkspace => "导入工作区 JSON", "Import workspace JSON";
    ExportCsv => "导出结果 CSV", "Export results CSV";
    ExportXlsx => "导出结果电子表格", "Export results workbook";
    ExportResults => "导出考评结果", "Export results";
    ImportRoster => "导入干警名册", "Import roster";
    ImportRosterHint => "电子表格或逗号分隔文件；下一步核对各列对应的项目，确认前不做任何更改。", "A workbook (.xlsx) or CSV file; next you check what each column holds. Nothing changes before you confirm.";
    ImportTitle => "导入干警名册", "Import roster";
    ImportSheet => "工作表", "Sheet";
    ImportColumn => "列", "Column";
    ImportHeader => "表头", "Header";
    ImportField => "对应项目", "Imported as";
    ImportSample => "首行数据", "First row";
    ImportRow => "行", "Row";
    ImportProblem => "问题", "Problem";
    ImportProblems => "以下单元格有问题：请修改文件后重新选择，或调整各列的对应项目。尚未做任何更改。", "These cells have problems: correct the file and choose it again, or change what the columns hold. Nothing has changed.";
    ImportNoHeader => "该工作表没有标题行（至少两个非空单元格的一行）。", "The sheet has no header row (a row with at least two cells).";
    ImportConfirmPre => "导入 ", "Import ";
    ImportConfirmPost => " 名干警", " officers";
    ImportAdded => "新增", "added";
    ImportReason => "导入理由（考核结果封存后必填）", "Reason (required after a seal)";
    ImportUpdated => "更新", "updated";
    ExportFilteredOnly => "仅导出筛选结果", "Filtered rows only";
    ExportWhole => "默认导出全体干警；勾选后只导出考评委员会页面筛选出的干警，表头注明筛选结果。", "By default every officer is exported; when ticked, only the rows the committee table's filter shows, and the title row says so.";
    ResetDemo => "恢复示例数据", "Reset to the demo cohort";
    SavedLocally => "所有修改即时保存在本浏览器的本地数据库中，重新打开页面即可恢复。", "Every edit is saved in this browser's database (IndexedDB) as you make it.";
    FileTooLarge => "文件过大", "file too large";
    CorruptTitle => "本地保存的数据已损坏", "The saved data is corrupt";
    CorruptBody => "浏览器中保存的工作区无法读取。可以先下载原始数据备查，再恢复示例数据重新开始。", "The workspace saved in this browser cannot be read. Download the raw data for the record, then start again from the demo cohort.";
    DownloadRaw => "下载原始数据", "Download the raw data";
    PrintOfficer => "打印本人考评结果表", "Print this officer's sheet";
    PrintCohort => "打印全体考评结果汇总表", "Print the cohort sheet";
    PrintNow => "打印", "Print";
    SheetTitleOfficer => "考评结果表", "Assessment result sheet";
    SheetTitleCohort => "考评结果汇总表", "Cohort assessment results";
    SignOfficer => "被考评人（签字）：", "Officer (signature):";
    SignCommittee => "考评委员会负责人（签字）：", "Committee chair (signature):";
    SignMembers => "考评委员会成员（签字）：", "Committee members (signatures):";
    SignDate => "日期：", "Date:";
    SchemeLabel => "考评方案", "Scheme";
    Period => "考评期间", "Period";
    Fingerprint => "结果指纹", "Fingerprint";
    Edit => "编辑", "Edit";
    Synthetic => "示例数据（虚构）", "synthetic demo data";
    InvalidNumber => "无法读取（不是有效的数字或日期），未作更改：", "not a valid number or date, nothing changed:";
    Back => "返回", "Back";
    Yes => "是", "yes";
    No => "否", "no";
    Waived => "已容错", "waived";
    Clamp => "总分截取", "Clamped";
    Engine => "引擎版本", "Engine";
    ResultProblems => "数据问题，无法计分", "Data problems; no score";
    AddOfficer => "新增干警", "Add officer";
    CaseReview => "案件评查", "Case review";
    Incidents => "容错事项", "Incidents";
    NewIncident => "为所选干警新建容错事项", "New incident for the selected officer";
    Incident => "事项", "Incident";
    Description => "情况说明", "Description";
    Kind => "错误类型", "Kind of error";
    Responsibility => "责任类型", "Responsibility";
    Culpability => "主观过错", "Culpability";
    NoCulpability => "（不适用）", "(not applicable)";
    Preconditions => "前提条件（缺项时如何决定，由容错政策的规则定，见决定理由）", "Preconditions (how a missing one counts is the policy's rules: see the decision's reasons)";
    PositiveList => "正面清单（可予容错）", "Positive list (may be tolerated)";
    MitigationList => "从轻减轻情形", "Mitigation list";
    NegativeList => "负面清单（不予容错）", "Negative list (never tolerated)";
    Evidence => "证据（每行一项）", "Evidence (one per line)";
    Linked => "涉及的考评扣分/否决事项", "Assessment deductions and vetoes concerned";
    Correction => "纠错整改", "Correction";
    Actions => "整改措施（每行一项）", "Actions (one per line)";
    Deadline => "整改期限", "Deadline";
    Completed => "完成日期", "Completed on";
    Decision => "认定结果", "Decision";
    Reasons => "理由", "Reasons";
    Kept => "保留扣分比例", "Share of the deduction kept";
    State => "状态", "State";
    DaysLate => "逾期天数", "Days late";
    AsOf => "认定基准日", "As of";
    Overdue => "逾期未整改", "Overdue corrections";
    NoIncidents => "尚无容错事项。", "No incidents yet.";
    Policy => "容错规则", "Policy";
    DecisionProblems => "无法认定：", "Cannot decide:";
    NavSheets => "评分表", "Score sheets";
    Rater => "评委", "Rater";
    Role => "职务", "Role";
    Recused => "回避", "recused";
    SignOffSheet => "签字确认本评分表", "Sign this sheet off";
    SignedOn => "已签字确认：", "Signed off on:";
    Unsigned => "未签字（草稿，评分不计入）", "unsigned (draft: its ratings do not count)";
    NoRatedIndicators => "本方案没有评委评分指标。", "This scheme has no committee-rated indicators.";
    AuditTrail => "操作记录", "Audit log";
    Verify => "校验审计链", "Verify the chain";
    VerifyOk => "哈希链校验通过，记录完整未被篡改", "Hash chain verified: the log is intact";
    VerifyBad => "审计链被改动：", "The chain was tampered with:";
    Seal => "封存当前考评结果", "Seal the current result";
    Seq => "序号", "Seq";
    Actor => "操作人", "Actor";
    Event => "操作", "Action";
    Hash => "哈希", "Hash";
    QuotaChanges => "名额调整", "Quota changes";
    CohortProblems => "全体排名无法计算：", "The cohort cannot be ranked:";
    PreviewOfficer => "预览对象", "Officer";
    LoadDossier => "载入个人业绩档案 JSON", "Load a dossier JSON";
    Projected => "预计总分", "Projected total";
    ToNextUp => "距上一等次", "To the next grade up";
    ToNextDown => "距下一等次", "Margin to the next grade down";
    Raise => "可提升等次的最小变化", "Smallest changes that raise the grade";
    Lower => "会降低等次的变化", "Changes that would lower the grade";
    Summary => "概要", "Summary";
    Objection => "异议（陈述、申辩、复核申请）", "Objection (statement, defence, review)";
    ObjectionKind => "类型", "Kind";
    ObjectionItem => "针对的结果项目", "Result item";
    NoticeDate => "通知日期", "Notice date";
    FiledDate => "提出日期", "Filed on";
    ObjectionText => "理由", "Grounds";
    DraftObjection => "生成异议", "Draft the objection";
    ExportObjection => "导出异议 JSON", "Export the objection JSON";
    ObjectionDeadline => "提出期限", "Deadline";
    DecideBy => "答复期限", "Decision due";
    Change => "变化", "Change";
    RecordDecision => "作出决定", "Decide";
    DecidedBy => "决定人", "Decided by";
    NotDecided => "尚未作出决定（修改事项后须重新决定）。", "Not decided yet (an amended incident is decided again).";
    WarningMark => "提示：", "Note: ";
    Recuse => "申请回避", "Recuse";
    Locked => "已锁定", "locked";
    WithdrawSignOff => "撤回签字", "Withdraw the sign-off";
    SheetLockedHint => "评分表已签字，处于锁定状态；本人撤回签字（须说明理由）后方可修改。", "The sheet is signed and locked; the member withdraws the sign-off (with a reason) to change it.";
    SheetNotOwnHint => "只有委员本人可以修改自己的评分表：请在页首“当前操作人”中选择该委员。", "Only the member edits their own sheet: choose them as the person acting in the header.";
    SealedAt => "考评结果已封存", "The result was sealed";
    UnchangedSinceSeal => "封存后结果未变。", "Unchanged since the seal.";
    ChangedSinceSeal => "封存后结果有变动：", "Changed since the seal:";
    SealAndPublish => "封存与公示", "Seal and publish";
    SealHint => "封存后，任何修改都须说明理由，并列为“封存后变动”；公示后不再接受修改。", "After a seal every edit needs a reason and shows as changed since the seal; after publication nothing changes.";
    Publish => "公示考评结果", "Publish the result";
    PublishedAt => "已公示：", "Published:";
    Entries => "条记录", "entries";
    Time => "时间", "Time";
    Reason => "理由", "Reason";
    NavAudit => "操作记录", "Audit log";
    ReasonNeeded => "此项操作须说明理由", "This edit needs a reason";
    ActingAs => "当前操作人", "Acting as";
    ReasonPlaceholder => "请填写理由", "The reason";
    ReasonSubmit => "确认并提交", "Submit";
    Cancel => "取消", "Cancel";
    ChooseItem => "请选择事项", "Choose an item";
    ChooseItemFirst => "请先选择要添加的事项", "Choose the item to add first";
    VetoGroup => "一票否决事项", "Vetoes";
    ListGroup => "加分、扣分事项", "Bonus and deduction items";
    ConfirmVeto => "是一票否决事项", "is a veto";
    ConfirmVetoAsk => "确认为该干警添加？", "Add it to this officer?";
    ConfirmAdd => "确认添加", "Add it";
    ReplaceAsk => "这将替换整个当前工作区", "This replaces the whole workspace";
    ReplaceWhat => "（{officers} 名干警、{events} 条操作记录）；替换后仍可撤销。确认替换？", " ({officers} officers, {events} logged edits); it can be undone afterwards. Replace it?";
    ReplaceConfirm => "确认替换", "Replace it";
    Post => "职务", "Post";
    CommitteeOpinion => "考评委员会意见", "The committee's opinion";
    OfficerOpinion => "本人意见", "The officer's opinion";
    QuotaReasons => "名额调整及理由", "Quota changes and their reasons";
    ReplacedByDemo => "已恢复示例数据，原工作区已被替换。", "The demo cohort replaced the workspace.";
    ReplacedByImport => "已导入的工作区替换了原工作区。", "The imported workspace replaced the one before.";
    ReplacedByBuiltin => "已换用内置方案及其示例干警，原工作区已被替换。", "The built-in scheme and its demo officers replaced the workspace.";
    ReplacedByNew => "已新建空白工作区，原工作区已被替换。", "An empty workspace replaced the one before.";
    UndoReplace => "撤销，恢复原工作区", "Undo: bring the workspace back";
    LastEdit => "最近一次操作", "Last edit";
    Version => "版本", "Version";
    NoteInEnglish => "（说明仅有英文，悬停查看）", "(note in English only)";
    Unsourced => "无出处（默认值）", "unsourced default";
    ExportEvents => "导出事件文件", "Export the event file";
    ExportEventsHint => "（会话的起点与全部事件：办案平台可重放并追加事件，再导入本应用）", "(the session's start and every event: a platform replays it, appends its own and the app imports it back)";
    ChooseFile => "选择文件…", "Choose a file…";
    NobodyMoved => "（名次、总分、等次均无变化）", "(no total, grade or rank moved)";
    NavSetup => "设置", "Set-up";
    NavWarnings => "预警", "Warnings";
    NavUnits => "部门", "Units";
    NewWorkspace => "新建工作区", "New workspace";
    NewWorkspaceHint => "按所选内置方案和考评期间新建一个空白工作区（无干警、无委员、无操作记录）；当前工作区被替换，替换后仍可撤销。", "Starts an empty workspace (no officers, members or logged edits) of the chosen built-in scheme and period; it replaces the current one, which can be brought back.";
    SchemeChoice => "考评方案", "Scheme";
    PeriodLabel => "期间名称", "Period label";
    PeriodStart => "起始日期", "First day";
    PeriodEnd => "截止日期", "Last day";
    CreateWorkspace => "新建空白工作区", "Start the empty workspace";
    NewAsk => "新建空白工作区将替换当前工作区", "The empty workspace replaces the current one";
    PeriodSection => "考评期间", "Assessment period";
    PeriodNow => "当前期间", "Current period";
    ChangePeriod => "更改期间", "Change the period";
    PeriodHint => "更改期间后，全部操作记录按新期间重新核验；有事项或案件记录落在新期间之外时不作更改。", "After a change every logged edit is checked again under the new period; when an occurrence or record falls outside it nothing changes.";
    PeriodChanged => "期间已更改，全部操作记录已按新期间重新核验。", "The period was changed; every logged edit was checked again under it.";
    RosterSection => "干警名册", "Roster";
    AddOfficerButton => "添加干警", "Add the officer";
    AddOfficerHint => "新增干警须填写方案要求的各项业绩数据（可稍后修改）。", "A new officer needs every input the scheme requires (they can be changed later).";
    SaveChanges => "保存", "Save";
    RemoveOfficer => "移除", "Remove";
    RemoveAsk => "确认移除 {who}？其业绩数据一并移除；移除后仍可撤销。", "Remove {who}? Their data goes with them; it can be undone afterwards.";
    RemoveConfirm => "确认移除", "Remove";
    RemovedOfficer => "已移除 {who}。", "{who} was removed.";
    UndoRemove => "撤销移除（重新加入并恢复其业绩数据）", "Undo: add them back with their data";
    NoOfficersYet => "名册中还没有干警。", "No officer on the roster yet.";
    CommitteeSection => "考评委员会", "Committee";
    MemberId => "委员编号", "Member ID";
    MemberRole => "角色", "Role";
    AddMember => "添加委员", "Add the member";
    RemoveMemberAsk => "确认移除委员 {who}？", "Remove the member {who}?";
    NoMembersYet => "还没有委员。", "No member yet.";
    RecusalSection => "回避", "Recusals";
    RecusalMember => "回避委员", "Member";
    RecusalOfficer => "回避对象", "Officer";
    AddRecusal => "登记回避", "Record the recusal";
    RecusalActorHint => "回避须由委员本人登记：请先在页首“当前操作人”中选择该委员。", "A member records their own recusal: choose them as the person acting in the header first.";
    NoRecusals => "没有回避。", "No recusal.";
    BadDate => "日期无效（应为 年-月-日），未作更改：", "not a valid date (YYYY-MM-DD), nothing changed:";
    Loading => "正在读取本浏览器中保存的工作区…", "Reading the workspace saved in this browser…";
    StorageFull => "浏览器存储空间已满，最近的修改未能保存在本浏览器中。请立即在“数据”页导出工作区备份，再清理浏览器存储空间。", "The browser's storage is full: the latest edits are not saved in this browser. Export a workspace backup on the Data screen now, then free some storage.";
    StorageRefused => "浏览器拒绝保存（例如隐私模式或已关闭网站存储），最近的修改未能保存在本浏览器中。请在“数据”页导出工作区备份。", "The browser refused to save (private mode, or site storage switched off): the latest edits are not saved in this browser. Export a workspace backup on the Data screen.";
    Saving => "正在保存…", "Saving…";
    Saved => "已保存", "Saved";
    NotSaved => "未能保存", "Not saved";
    BackupDue => "自上次导出备份以来已有 {n} 项修改。建议导出工作区备份，以防浏览器数据丢失。", "{n} changes since the last backup. Export a workspace backup in case the browser's data is lost.";
    ExportBackup => "立即导出备份", "Export a backup now";
    Later => "稍后提醒", "Remind me later";
    WarningsSection => "预警", "Early warnings";
    WarningsAsOf => "预警日期", "As of";
    BoundaryPoints => "距等次分界（分）", "Points from a grade boundary";
    CorrectionDays => "整改期限提前（天）", "Days before a correction is due";
    ShowWarnings => "查看预警", "Show the warnings";
    NoWarnings => "没有预警。", "No warning.";
    WarningKind => "类别", "Kind";
    Concerning => "涉及", "Concerning";
    OpenOfficer => "查看干警", "Open the officer";
    OpenCase => "查看事项", "Open the case";
    WarnNearBoundary => "临近等次分界", "Near a grade boundary";
    WarnTimeLimit => "审限将届满", "Time limit expiring";
    WarnCorrectionDue => "整改将到期", "Correction due soon";
    WarnCorrectionOverdue => "整改已逾期", "Correction overdue";
    WarnDisciplineLead => "惩戒线索", "Lead for the disciplinary side";
    WarnQuotaTie => "名额分界同分", "Tie at a quota boundary";
    UnitsSection => "部门考评结果", "Unit results";
    UnitTree => "部门结构", "Unit tree";
    UnitRanking => "部门内排名", "Ranking within the unit";
    Members => "人数", "Members";
    NoOrganisation => "尚未设定组织机构。请导入机构文件（部门及其上级、岗位、汇总方式），部门结果由引擎按名册汇总。", "No organisation is set. Import an organisation file (units and their parents, posts, the aggregation rule); the engine aggregates the units' results from the roster.";
    ImportOrganisation => "导入机构文件", "Import an organisation file";
    RankInUnit => "部门内名次", "Rank in unit";
    NavResults => "结果运用", "Use of results";
    BonusSection => "绩效奖金分配", "Performance-bonus allocation";
    BonusHint => "按当前考评结果分配奖金池，精确到分；余下的分按余数从大到小逐一补足，合计恰为奖金池。被一票否决者按其等次分配，不定等次者不参与（引擎的默认做法）。", "Shares the pool over the current result to the fen; the fen left over go one each to the largest remainders, so the shares add up to the pool. Vetoed officers share as graded, withheld grades do not share (the engine's defaults).";
    Pool => "奖金池（元）", "Pool (yuan)";
    Method => "分配方式", "Method";
    MethodCoefficient => "按等次系数", "By grade coefficient";
    MethodScore => "按考评得分", "By score";
    MethodBoth => "按等次系数 × 得分", "By coefficient × score";
    Coefficient => "系数", "Coefficient";
    Allocate => "计算分配", "Share the pool";
    Share => "分得（元）", "Share (yuan)";
    Excluded => "不参与分配", "does not share";
    AllocatedTotal => "合计", "Total";
    PrintThis => "打印", "Print";
    PublicationSection => "公示", "Publication";
    PublicationHint => "按工作日历（法定节假日与调休上班日）从公示次日起计算异议期的工作日；默认 5 个工作日为通行做法，并非法定期限。", "The objection window is counted in working days from the day after the notice under the holiday calendar (statutory holidays, weekend days worked in exchange); the default of 5 working days is common practice, not a rule of law.";
    ImportCalendar => "导入节假日安排", "Import a holiday calendar";
    CalendarLoaded => "已导入节假日安排", "Holiday calendar imported";
    NoCalendar => "尚未导入节假日安排（工作日历）。", "No holiday calendar imported yet.";
    PublicationDate => "公示日期", "Notice date";
    WindowDays => "异议期（工作日）", "Objection window (working days)";
    ScopeExcellent => "拟评优秀名单", "The proposed list of excellent officers";
    ScopeEvery => "全部等次", "Every grade";
    MakePublication => "生成公示", "Write the publication";
    WindowEnd => "异议期截止", "Objection window ends";
}

/// A scheme text in the chosen language: the English variant when there is one.
pub fn pick<'a>(lang: Lang, zh: &'a str, en: Option<&'a str>) -> &'a str {
    match (lang, en) {
        (Lang::En, Some(en)) if !en.is_empty() => en,
        _ => zh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_label_has_both_languages() {
        for m in Msg::ALL {
            let zh = m.text(Lang::Zh);
            let en = m.text(Lang::En);
            assert!(!zh.is_empty() && !en.is_empty(), "{m:?}");
            // The language switch shows the other language's name on purpose.
            if *m != Msg::LangSwitch {
                assert!(has_cjk(zh), "{m:?} Chinese label has no Chinese: {zh}");
                assert!(!has_cjk(en), "{m:?} English label has Chinese: {en}");
            }
        }
    }

    #[test]
    fn pick_falls_back_to_chinese() {
        assert_eq!(pick(Lang::En, "优秀", Some("Excellent")), "Excellent");
        assert_eq!(pick(Lang::En, "优秀", None), "优秀");
        assert_eq!(pick(Lang::Zh, "优秀", Some("Excellent")), "优秀");
    }
}
