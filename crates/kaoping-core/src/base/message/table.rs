//! Words of the tables the engine exports (the results and the explanations of a session, as
//! `.xlsx` and CSV) and the problems of a table imported into a session (a roster read from a
//! spreadsheet, checked cell by cell).
//!
//! The table words are not a [`super::Message`] (no problem says them): kept out of
//! [`super::Message::text`], they are linked only where tables are made, not into every build
//! that words problems (the npm package).

use crate::base::lang::Lang;

messages! {
    /// Sheet names, column titles and title rows of the exported tables.
    TableMsg {
        /// The results sheet.
        ResultsSheet = "Results", "考评结果";
        /// The explanations sheet.
        ExplanationSheet = "Explanations", "计分说明";
        /// The title row of a whole cohort.
        WholeCohort { scheme: String, period: String, officers: usize } =
            "{scheme} · {period} · all {officers} officers",
            "{scheme} · {period} · 全体 {officers} 人";
        /// The title row of a selection.
        Selection { scheme: String, period: String, shown: usize, officers: usize } =
            "{scheme} · {period} · filtered: {shown} / {officers} officers",
            "{scheme} · {period} · 筛选结果：{shown} / {officers} 人";
        /// Rank.
        Rank = "Rank", "名次";
        /// Officer id.
        OfficerId = "ID", "编号";
        /// Name.
        Name = "Name", "姓名";
        /// Unit.
        Unit = "Unit", "部门";
        /// Post.
        Post = "Post", "岗位";
        /// An indicator's raw value.
        Raw { title: String } = "{title} (raw value)", "{title}（原始值）";
        /// An indicator's score.
        Score { title: String } = "{title} (score)", "{title}（得分）";
        /// Bonus points.
        Bonuses = "Bonuses", "加分";
        /// Deduction points.
        Deductions = "Deductions", "扣分";
        /// The total.
        Total = "Total", "总分";
        /// The grade the total alone gives.
        ScoreGrade = "Grade by score", "按分数等次";
        /// The final grade.
        Grade = "Final grade", "最终等次";
        /// Flags.
        Flags = "Flags", "标记";
        /// A veto flag.
        FlagVeto = "veto", "否决";
        /// Incomplete ratings.
        FlagIncomplete = "incomplete", "不完整";
        /// Raters disagree.
        FlagDisagreement = "disagreement", "分歧";
        /// A tolerance decision applies.
        FlagTolerance = "tolerance", "容错";
        /// A quota changed the grade.
        FlagQuota = "quota-changed", "名额调整";
        /// A column not imported.
        Ignore = "(not imported)", "（不导入）";
        /// The title row of a roster template.
        Roster { scheme: String, period: String } = "{scheme} · {period} · roster", "{scheme} · {period} · 干警名册";
        /// The roster sheet.
        RosterSheet = "Roster", "干警名册";
        /// A withheld grade.
        Withheld = "withheld", "不定等次";
        /// The line number of an explanation.
        Line = "Line", "序号";
        /// What a line accounts for.
        Kind = "Kind", "类别";
        /// The rule a line applies.
        Rule = "Rule", "依据";
        /// The points a line moves.
        Points = "Points", "分值";
        /// A line's text.
        Text = "Text", "说明";
        /// Line kinds.
        KindIndicator = "indicator", "指标";
        /// A bonus item.
        KindBonus = "bonus", "加分项";
        /// A cap of the bonus list.
        KindBonusCap = "bonus cap", "加分上限";
        /// A deduction item.
        KindDeduction = "deduction", "扣分项";
        /// A cap of the deduction list.
        KindDeductionCap = "deduction cap", "扣分上限";
        /// A tolerance waiver.
        KindWaiver = "tolerance", "容错";
        /// A veto.
        KindVeto = "veto", "一票否决";
        /// The bounds of the total.
        KindClamp = "bounds", "总分上下限";
        /// A derived input.
        KindDerived = "derived input", "案件数据";
        /// The grade.
        KindGrade = "grade", "等次";
        /// The total.
        KindTotal = "total", "总分";
        /// The rounding of an exact sum (the scheme rounds only the total).
        KindRounding = "rounding", "舍入";
    }
}

impl TableMsg {
    /// The words in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        struct Shown<'a>(&'a TableMsg, Lang);
        impl std::fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.write_in(self.1, f)
            }
        }
        Shown(self, lang).to_string()
    }
}

messages! {
    /// Problems of a table imported into a session, each said of one cell or column.
    ImportMsg {
        /// The table has no header row.
        NoHeader = "the sheet has no header row", "表中没有标题行";
        /// No column is mapped to the officer id.
        NoIdColumn = "no column is mapped to the officer id", "没有列对应干警编号";
        /// Two columns are mapped to the same field.
        MappedTwice { field: super::Said, first: String } =
            "column is mapped to {field}, as column {first} already is",
            "该列对应{field}，但第 {first} 列已对应该项";
        /// A required cell is empty.
        Empty { field: super::Said } = "{field} is empty", "{field}为空";
        /// Not a number.
        NotANumber { text: String } = "`{text}` is not a number", "「{text}」不是数字";
        /// An officer id twice in the table.
        IdTwice { id: String, first: usize } =
            "officer `{id}` is already on row {first}", "干警编号「{id}」已出现在第 {first} 行";
        /// Nothing to import.
        NoRows = "the sheet has no officer rows", "表中没有干警数据行";
    }
}
