//! Messages of checking a dossier against its scheme.

use super::Named;
use crate::base::decimal::Decimal;

messages! {
    /// What is wrong with a dossier.
    DossierMsg {
        /// The dossier names another scheme.
        SchemeMismatch { prepared: String, prepared_version: String, used: String, used_version: String } =
            "dossier was prepared for `{prepared}` {prepared_version} but is assessed with `{used}` {used_version}",
            "该考核材料按方案「{prepared}」（版本 {prepared_version}）准备，却用方案「{used}」（版本 {used_version}）考核";
        /// An input the scheme does not declare.
        UnknownInput { scheme: Named, key: String } =
            "scheme `{scheme}` has no input `{key}`", "方案{scheme}没有输入项「{key}」";
        /// A negative count.
        NegativeCount { key: Named, value: Decimal } =
            "count `{key}` is {value}: counts cannot be negative",
            "计数{key}为 {value}：计数不能为负";
        /// A count that is not whole.
        NotInteger { key: Named, value: Decimal } =
            "count `{key}` is {value}: counts are whole numbers",
            "计数{key}为 {value}：计数须为整数";
        /// An occurrence dated outside the scheme's period.
        OutOfPeriod { item: Named, date: String, period: String, start: String, end: String } =
            "the occurrence of `{item}` is dated {date}, outside the period {period} ({start} to {end})",
            "{item}的发生日期 {date} 不在考核期「{period}」（{start} 至 {end}）内";
        /// Two inputs that break a constraint of the scheme.
        Implausible { left: Named, left_value: Decimal, sign: String, words: String, right: Named, right_value: Decimal } =
            "`{left}` is {left_value} and `{right}` is {right_value}: the scheme requires {left} {sign} {right}",
            "数据不合理：{left}为 {left_value}，{right}为 {right_value}，方案要求前者{words}后者";
        /// A percentage outside 0–100.
        Percent { key: Named, value: Decimal } =
            "percentage `{key}` is {value}: outside 0–100",
            "百分比{key}为 {value}：超出 0–100 的范围";
        /// A required input is absent.
        MissingInput { key: Named } = "input `{key}` is required by the scheme", "缺少方案要求的输入项{key}";
        /// A case-review count too large.
        CaseReview { max: u32 } = "at most {max}", "案件评查数最多 {max}";
        /// The officer id is not valid.
        OfficerId = "officer id is not a valid id", "人员标识不是有效的标识";
        /// The officer name is too long.
        NameTooLong = "text too long", "文字过长";
        /// Too many inputs.
        TooManyInputs { max: usize } = "at most {max} inputs", "输入项最多 {max} 个";
        /// Too many occurrences.
        TooManyOccurrences { max: usize } = "at most {max} occurrences", "事项记录最多 {max} 条";
        /// An occurrence id that is not valid.
        OccurrenceId { id: String } = "occurrence id `{id}` is not a valid id", "事项记录标识「{id}」不是有效的标识";
        /// An occurrence id used twice.
        OccurrenceTwice { id: String } =
            "occurrence id `{id}` is used more than once", "事项记录标识「{id}」重复使用";
        /// An occurrence of an item the scheme does not have.
        UnknownItem { scheme: Named, item: String } =
            "scheme `{scheme}` has no list item or veto `{item}`",
            "方案{scheme}没有清单项或否决项「{item}」";
        /// An occurrence count outside its range.
        OccurrenceCount { max: u32 } = "count must be in 1–{max}", "次数须在 1–{max} 之间";
    }
}
