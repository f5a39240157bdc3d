//! Messages of case records: record kinds and derived inputs in a scheme, records in a dossier.

#[cfg(test)]
use super::Sample;
use super::{Fact, Named};
use crate::base::lang::Lang;
use std::fmt;

nouns! {
    /// What a record field holds, as a message names it.
    FieldNoun {
        /// A date.
        Date = "a date YYYY-MM-DD", "日期（YYYY-MM-DD）";
        /// A number.
        Number = "a number", "数值";
        /// One of the declared values.
        Enum = "one of the field's declared values", "该字段已声明的取值之一";
        /// A flag.
        Flag = "true or false", "是或否（true / false）";
        /// A text.
        Text = "a text", "文字";
    }
}

messages! {
    /// What is wrong with record kinds, derived inputs or records.
    RecordMsg {
        /// A record kind the scheme does not declare.
        UnknownKind { kind: String } =
            "the scheme declares no record kind `{kind}`", "方案未声明记录类型「{kind}」";
        /// A field the record kind does not have.
        UnknownField { kind: String, field: String } =
            "record kind `{kind}` has no field `{field}`", "记录类型「{kind}」没有字段「{field}」";
        /// A field of the wrong type for its use.
        FieldType { field: Named, expected: FieldNoun } =
            "field `{field}` must hold {expected} here", "字段{field}在此处须为{expected}";
        /// An aggregation that needs a field has none, or `count` names one.
        AggregateField =
            "`count` takes no `field`; sum, mean, min, max and distinct need one",
            "计数（count）不指定字段；求和、平均、最小、最大、去重计数须指定字段（field）";
        /// A days test with neither or both of `value` and `than`.
        DaysBound = "give exactly one of `value` and `than`", "天数比较须且只能给出一个比较值（value）或比较字段（than）";
        /// An enum field without values.
        NoValues { field: String } = "enum field `{field}` declares no values", "枚举字段「{field}」未声明取值";
        /// A record id that is empty or too long.
        RecordId { max: usize } =
            "a record id is 1 to {max} characters", "记录编号须为 1 至 {max} 个字符";
        /// A record id twice in one dossier.
        RecordTwice { id: String } = "record `{id}` appears twice", "记录「{id}」重复出现";
        /// A value of the wrong type.
        Value { field: Named, expected: FieldNoun } =
            "field `{field}` must be {expected}", "字段{field}须为{expected}";
        /// A required field absent.
        Required { field: Named } = "required field `{field}` is missing", "缺少必填字段{field}";
        /// Too many fields.
        TooManyFields { max: usize } = "at most {max} fields", "字段最多 {max} 个";
        /// A record more than an officer's dossier may hold.
        TooManyRecords { max: usize } =
            "a dossier holds at most {max} records", "每份业绩档案的案件记录最多 {max} 条";
        /// A record dated after the period's end.
        AfterPeriod { kind: String, date: String, period: String, end: String } =
            "the {kind} record is dated {date}, after the period {period} ends ({end})",
            "该{kind}记录的日期 {date} 晚于考核期「{period}」的截止日（{end}）";
        /// A derived input also given by hand.
        DerivedGiven { key: Named } =
            "input `{key}` is derived from the records: it cannot be given as well",
            "输入项{key}由案件记录计得，不能同时直接填写";
    }
}
