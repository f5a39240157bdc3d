//! Messages of checking a scheme.

use super::{Field, Named, Noun};
use crate::base::decimal::Decimal;

messages! {
    /// What is wrong with a scheme.
    SchemeMsg {
        /// An id with characters outside the allowed set.
        IdChars { what: Noun, id: String } =
            "{what} id `{id}` must be 1–64 characters from A–Z a–z 0–9 _ - . :",
            "{what}标识「{id}」须为 1–64 个字符，只能由 A–Z a–z 0–9 _ - . : 组成";
        /// An id used twice.
        IdTwice { what: Noun, id: String } =
            "{what} id `{id}` is used more than once", "{what}标识「{id}」重复使用";
        /// A text longer than allowed.
        TextTooLong { max: usize } = "text longer than {max} characters", "文字超过 {max} 个字符";
        /// An item or indicator without a source.
        Unsourced { what: Noun, item: Named } =
            "no source given: name a source key or `unsourced default`",
            "{what}{item}未注明依据：请写明依据出处，或注明（unsourced default）";
        /// A schema version this engine does not read.
        SchemaVersion { given: u32, supported: u32 } =
            "schemaVersion {given} is not supported: this engine reads {supported}",
            "方案格式版本 {given} 不受支持：本引擎读取版本 {supported}（schemaVersion）";
        /// The scheme id is not valid.
        SchemeId { id: String } = "scheme id `{id}` is not a valid id", "方案标识「{id}」不是有效的标识";
        /// The version text is empty or too long.
        Version = "version must be 1–64 characters", "方案版本须为 1–64 个字符（version）";
        /// Precision outside 0–4.
        Precision { precision: u32 } =
            "precision {precision} is outside 0–4", "小数位数 {precision} 超出 0–4 的范围（precision）";
        /// The period ends before it starts.
        PeriodEnd = "period ends before it starts", "考核期的结束日期早于开始日期";
        /// Bounds in the wrong order.
        Bounds = "bounds.min must be below bounds.max", "总分下限须低于上限（bounds.min < bounds.max）";
        /// Full score outside its range.
        FullScore { max: Decimal } = "fullScore must be in (0, {max}]", "满分须大于 0 且不超过 {max}（fullScore）";
        /// An input that an indicator reads is declared optional.
        OptionalRead { input: Named } =
            "input `{input}` is read by an indicator and cannot be optional",
            "输入项{input}被指标读取，不能设为可选";
        /// A reference to a grade that does not exist.
        UnknownGrade { grade: String } = "unknown grade `{grade}`", "没有等次「{grade}」";
        /// A veto blocks the lowest grade.
        BlockLowest { grade: Named } =
            "the lowest grade `{grade}` cannot be blocked: use forceGrade",
            "最低等次{grade}无法被否决：请改用强制定等（forceGrade）";
        /// A quota on the lowest grade.
        QuotaLowest { grade: Named } =
            "the lowest grade `{grade}` cannot have a quota: nobody can be moved below it",
            "最低等次{grade}不能设名额限制：无法再将人员调到更低的等次";
        /// Two quotas for one grade.
        QuotaTwice { grade: Named } = "grade `{grade}` has more than one quota", "等次{grade}设了不止一个名额限制";
        /// A quota share outside (0, 1].
        MaxShare = "maxShare must be in (0, 1]", "名额比例须大于 0 且不超过 1（maxShare）";
        /// Rated indicators without committee rules.
        NoCommittee =
            "rated indicators need committee rules (aggregation) in `committee`",
            "有评议打分的指标，须在评议规则中写明汇总方式（committee）";
        /// minRaters outside its range.
        MinRaters { max: u32 } = "minRaters must be in 1–{max}", "最少评议人数须在 1–{max} 之间（minRaters）";
        /// A negative disagreement spread.
        DisagreementSpread =
            "disagreementSpread must not be negative", "分歧幅度不能为负（disagreementSpread）";
        /// A reference to a dimension that does not exist.
        UnknownDimension { dimension: String } = "unknown dimension `{dimension}`", "没有维度「{dimension}」";
        /// Published statistics for an indicator that does not exist.
        UnknownIndicator { indicator: String } = "unknown indicator `{indicator}`", "没有指标「{indicator}」";
        /// A negative standard deviation.
        NegativeSd = "sd must not be negative", "标准差不能为负（sd）";
        /// Published values not sorted.
        ValuesUnsorted = "values must be sorted ascending", "公布的数值须从小到大排列（values）";
        /// A figure with more decimals than the precision.
        MoreDecimals { value: Decimal, dp: u32 } =
            "{value} has more decimals than the scheme's precision of {dp}",
            "{value} 的小数位数多于方案规定的 {dp} 位";
        /// Too many things of one kind.
        TooMany { n: usize, what: Field, max: usize } =
            "{n} {what}: at most {max} are allowed", "{what}共 {n} 个：最多允许 {max} 个";
        /// No dimension.
        NoDimension = "a scheme needs at least one dimension", "方案至少需要一个维度";
        /// A dimension without indicators.
        NoIndicators { dimension: Named } = "dimension `{dimension}` has no indicators", "维度{dimension}没有指标";
        /// A banned police indicator.
        Banned { banned: String } =
            "`{banned}` is banned as a police assessment indicator", "「{banned}」已明令禁止作为公安考核指标";
        /// maxScore outside its range.
        MaxScore { max: Decimal } = "maxScore must be in (0, {max}]", "指标满分须大于 0 且不超过 {max}（maxScore）";
        /// Floor and cap in the wrong order.
        FloorCap = "need 0 ≤ floor ≤ cap ≤ maxScore", "须满足 0 ≤ 保底分 ≤ 封顶分 ≤ 指标满分（floor, cap, maxScore）";
        /// Indicator weights of a dimension do not add up to 1.
        IndicatorWeights { dimension: Named, sum: Decimal } =
            "indicator weights of `{dimension}` add up to {sum}, not 1",
            "维度{dimension}的指标权重合计为 {sum}，不等于 1";
        /// Dimension weights do not add up to 1.
        DimensionWeights { sum: Decimal } =
            "dimension weights add up to {sum}, not 1", "各维度权重合计为 {sum}，不等于 1";
        /// A weight outside (0, 1].
        Weight { weight: Decimal } = "weight {weight} is outside (0, 1]", "权重 {weight} 不在 (0, 1] 之内";
        /// An input that is not declared.
        UndeclaredInput { input: String } =
            "input `{input}` is not declared in `inputs`", "输入项「{input}」未在输入项清单中声明（inputs）";
        /// A ratio side without terms.
        NoTerms { side: Field } = "{side} has no terms", "{side}没有任何项";
        /// A zero coefficient.
        ZeroCoef = "coef must not be 0", "系数不能为 0（coef）";
        /// A zero multiplier.
        ZeroMultiplier = "multiplier must not be 0", "倍数不能为 0（multiplier）";
        /// ifZero outside the score range.
        IfZero = "ifZero must be a score in [0, maxScore]", "分母为 0 时的得分须在 0 与指标满分之间（ifZero）";
        /// Parameters of higherIsBetter.
        HigherIsBetter = "higherIsBetter needs floor < target", "越高越好的计分须满足 起点 < 目标值（higherIsBetter: floor < target）";
        /// Parameters of lowerIsBetter.
        LowerIsBetter = "lowerIsBetter needs target < floor", "越低越好的计分须满足 目标值 < 起点（lowerIsBetter: target < floor）";
        /// Parameters of targetRange.
        TargetRange =
            "targetRange needs zeroBelow < lower ≤ upper < zeroAbove",
            "区间计分须满足 下零点 < 下限 ≤ 上限 < 上零点（targetRange）";
        /// perUnit not above 0.
        PerUnit = "perUnit must be above 0", "每单位分值须大于 0（perUnit）";
        /// unit not above 0.
        Unit = "unit must be above 0", "单位须大于 0（unit）";
        /// A piecewise function with fewer than two points.
        FewPoints = "piecewise needs at least 2 points", "分段计分至少需要 2 个折点（piecewise）";
        /// Too many points.
        ManyPoints { max: usize } = "at most {max} points", "折点最多 {max} 个";
        /// x not increasing.
        PointX { x: Decimal, after: Decimal } = "x {x} does not increase after {after}", "折点横坐标 {x} 没有大于前一个 {after}";
        /// y outside the score range.
        PointY { y: Decimal, max: Decimal } = "y {y} is outside [0, {max}]", "折点得分 {y} 不在 [0, {max}] 之内";
        /// No step.
        NoSteps = "steps needs at least one band", "分档计分至少需要一档（steps）";
        /// Too many steps.
        ManySteps { max: usize } = "at most {max} steps", "分档最多 {max} 档";
        /// from not increasing.
        StepFrom { from: Decimal, after: Decimal } =
            "from {from} does not increase after {after}", "分档起点 {from} 没有大于前一档的 {after}";
        /// A step score outside the score range.
        StepScore { score: Decimal, max: Decimal } =
            "score {score} is outside [0, {max}]", "分档得分 {score} 不在 [0, {max}] 之内";
        /// center outside the score range.
        Center = "center must be a score in [0, maxScore]", "中心分须在 0 与指标满分之间（center）";
        /// spread not above 0.
        Spread = "spread must be above 0", "分布幅度须大于 0（spread）";
        /// A negative list cap.
        ListCap = "a list cap must not be negative", "清单封顶分不能为负";
        /// Item points outside their range.
        ItemPoints { max: Decimal } = "points must be in (0, {max}]", "分值须大于 0 且不超过 {max}（points）";
        /// A negative item cap.
        ItemCap = "an item cap must not be negative", "单项封顶分不能为负";
        /// No grade.
        NoGrade = "a scheme needs at least one grade", "方案至少需要一个等次";
        /// A grade with min ≥ max.
        GradeMinMax { grade: Named } = "grade `{grade}` needs min < max", "等次{grade}须满足 下限 < 上限";
        /// Grades not best first.
        GradeOrder =
            "grades must be listed best first, with falling min",
            "等次须从高到低排列，下限依次降低";
        /// Two grades overlap.
        GradeOverlap { worse: Named, worse_max: Decimal, better: Named, better_min: Decimal } =
            "`{worse}` ends at {worse_max} but `{better}` starts at {better_min}",
            "等次{worse}止于 {worse_max}，而等次{better}始于 {better_min}，两者重叠";
        /// A gap between two grades.
        GradeGap { from: Decimal, to: Decimal } = "no grade covers [{from}, {to})", "[{from}, {to}) 之间的总分没有对应等次";
        /// A gap above the best grade.
        GapAbove { top: Decimal } = "no grade covers totals above {top}", "高于 {top} 的总分没有对应等次";
        /// A gap below the lowest grade.
        GapBelow { bottom: Decimal } = "no grade covers totals below {bottom}", "低于 {bottom} 的总分没有对应等次";
    }
}
