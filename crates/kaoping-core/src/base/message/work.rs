//! Messages of computing: assessments, cohorts, batches, previews, objections and requests.

use super::Named;
use crate::base::decimal::Decimal;

messages! {
    /// What went wrong while computing, or with a request.
    WorkMsg {
        /// A waiver of an occurrence the dossier does not have.
        WaiverOccurrence { id: String } =
            "waiver names occurrence `{id}` that the dossier does not have",
            "减免所指的事项记录「{id}」不在考核材料中";
        /// A waiver share outside [0, 1].
        WaiverKept = "kept must be a share in [0, 1]", "保留比例须在 [0, 1] 之内（kept）";
        /// Arithmetic overflow.
        Overflow =
            "the computation left the range of exact arithmetic (values too large)",
            "计算超出了精确运算的范围（数值过大）";
        /// No grade for a total.
        NoGradeFor { total: Decimal } = "no grade covers the total {total}", "总分 {total} 没有对应等次";
        /// A zero denominator without ifZero.
        ZeroDenominator { indicator: Named } =
            "the denominator of `{indicator}` is 0 and the scheme gives no `ifZero` score",
            "指标{indicator}的分母为 0，方案也没有规定此时的得分（ifZero）";
        /// Cohort statistics missing.
        NoStats { indicator: Named } =
            "indicator `{indicator}` is scored against the cohort: pass cohort statistics or publish them with the scheme",
            "指标{indicator}按同批人员相对计分：请提供同批统计数据，或在方案中公布";
        /// A cohort-relative indicator in a batch.
        NeedsCohort { indicator: Named } =
            "indicator `{indicator}` is scored against the cohort: assess this cohort with assessCohort",
            "指标{indicator}按同批人员相对计分：请整批考核（assessCohort）";
        /// A cohort without officers.
        NoOfficer = "a cohort needs at least one officer", "一批考核至少需要一名人员";
        /// A cohort without dossiers.
        NoDossier = "a cohort needs at least one dossier", "一批考核至少需要一份考核材料";
        /// Too many officers.
        TooManyOfficers { max: usize } =
            "at most {max} officers in one cohort", "一批考核最多 {max} 名人员";
        /// An officer twice.
        OfficerTwice { officer: String } =
            "officer `{officer}` appears twice in the cohort", "人员「{officer}」在本批中出现了两次";
        /// An officer not in the cohort.
        NotInCohort { officer: String } =
            "officer `{officer}` is not in the cohort", "人员「{officer}」不在本批考核人员中";
        /// A preview in its cohort given its own context as well.
        PreviewContextFromCohort =
            "with `cohort` the officer's waivers, ratings and statistics come from the cohort: leave out `waivers`, `rated` and `stats`",
            "给出同批数据（cohort）时，该人员的减免、评分和统计数据均取自同批：请不要另给减免、评分或统计数据（waivers、rated、stats）";
        /// Cohort statistics overflow.
        StatsOverflow { indicator: Named } =
            "cohort statistics of `{indicator}` overflow", "指标{indicator}的同批统计数据超出计算范围";
        /// Too many rows.
        TooManyRows { max: usize } = "at most {max} rows", "最多 {max} 行";
        /// Too many input columns.
        TooManyInputColumns { max: usize } = "at most {max} input columns", "输入列最多 {max} 列";
        /// Too many count columns.
        TooManyCountColumns { max: usize } = "at most {max} count columns", "计数列最多 {max} 列";
        /// A column of the wrong length.
        ColumnLength { values: usize, rows: usize } =
            "column has {values} values for {rows} officers", "该列有 {values} 个值，而人员有 {rows} 名";
        /// A row that does not exist.
        NoRow { row: u32, rows: usize } = "row {row} does not exist ({rows} rows)", "第 {row} 行不存在（共 {rows} 行）";
        /// A row index outside the batch.
        NoSuchRow = "no such row", "没有这一行";
        /// A number outside ±10^12.
        NumberOutOfRange = "the number is outside ±10^12", "数值超出 ±10^12 的范围";
        /// NaN or infinity.
        NotFinite = "the number is not finite", "数值须为有限数";
        /// Preview overflow.
        PreviewOverflow =
            "the preview left the range of exact arithmetic", "预演计算超出了精确运算的范围";
        /// An objection about an item the result does not have.
        NotAnItem { item: String } = "`{item}` is not an item of this result", "「{item}」不是本次考核结果中的项目";
        /// A text too long.
        TextTooLong = "text too long", "文字过长";
        /// A deadline outside the date range.
        DeadlineRange = "the deadline falls outside 1900–2999", "期限超出 1900–2999 年的范围";
        /// An objection filed before the notice.
        FiledBeforeNotice = "filed before the notice", "提出日期早于告知日期";
        /// An objection filed late.
        Late { kind: String, deadline: crate::base::date::Date, days: i64, notice: crate::base::date::Date } =
            "{kind} must be filed by {deadline} ({days} days after the notice of {notice})",
            "{kind}须在 {deadline} 前提出（告知日 {notice} 后 {days} 天内）";
        /// A negative bonus pool.
        PoolNegative { pool: Decimal } = "the pool {pool} is negative", "奖金池 {pool} 元为负数";
        /// A bonus pool not payable to the fen.
        PoolFen { pool: Decimal } =
            "the pool {pool} has more than two decimals: it cannot be paid to the fen",
            "奖金池 {pool} 元的小数超过两位，无法精确到分";
        /// A grade without a coefficient.
        CoefficientMissing { grade: String } =
            "grade `{grade}` shares in the pool but has no coefficient",
            "等次「{grade}」参与分配，但没有规定系数";
        /// A withheld grade under a coefficient method, shared as graded.
        WithheldNoCoefficient =
            "an officer whose grade is withheld has no grade coefficient: exclude them or declare a coefficient",
            "不确定等次的人员没有等次系数：请声明不参与分配，或为其规定系数";
        /// A negative coefficient.
        CoefficientNegative { coefficient: Decimal } =
            "the coefficient {coefficient} is negative", "系数 {coefficient} 为负数";
        /// No officer shares.
        NoEligible =
            "no officer shares in the pool (all excluded, or every weight is 0)",
            "没有人员参与分配（均被排除，或权重均为 0）";
        /// Neither or both of `cohort` and `table`.
        CohortOrTable =
            "give the results either as `cohort` (a cohort request) or as `table` (rows), not both",
            "请给出考核结果：同批考核请求（cohort）或结果表（table），二者取一";
        /// A day both a holiday and a working day, or listed twice.
        CalendarConflict { date: crate::base::date::Date } =
            "{date} is listed twice (as a holiday and as a working day, or twice as one of them)",
            "{date} 被重复列出（既列为节假日又列为调休工作日，或重复列出）";
        /// A date outside the calendar's years.
        OutsideCalendar { date: crate::base::date::Date, first: u32, last: u32 } =
            "{date} is outside the calendar's years {first}–{last}: give the holiday notice of that year",
            "{date} 不在节假日安排所涵盖的 {first}–{last} 年内：请提供该年度的放假安排";
        /// A range that ends before it starts.
        RangeBackwards = "the range ends before it starts", "日期区间的结束日早于开始日";
        /// A calendar without years.
        NoYears = "the calendar covers no year", "节假日安排未列明所涵盖的年度（years）";
        /// A run of holidays too long.
        RunTooLong { max: u32 } = "a run of holidays is at most {max} days", "一段假期最长 {max} 天";
        /// A window outside its range.
        WindowDays { max: u32 } =
            "the window is 1 to {max} working days", "公示期须为 1 至 {max} 个工作日";
        /// A final result asked for before the window ends.
        WindowOpen { end: crate::base::date::Date } =
            "the objection window runs until {end}: the final result comes after it",
            "公示期至 {end} 止：期满后方可形成最终结果";
        /// An objection dated after the window.
        AfterWindow { end: crate::base::date::Date } =
            "the objection was filed after the window ended on {end}",
            "异议提出日期晚于公示期截止日 {end}";
        /// A changed result without the new grade.
        ChangedNeedsGrade = "a changed result needs the new grade", "变更结果须写明变更后的等次";
        /// No built-in scheme of that id.
        NoBuiltinScheme { id: String } = "no built-in scheme `{id}`", "没有内置方案「{id}」";
        /// No demo officer of that id.
        NoDemoOfficer { id: String } = "no demo officer `{id}`", "没有示例人员「{id}」";
    }
}
