//! Messages of reading JSON text: the declared size limits, and the errors of the reader
//! (kaoping-json), whose English text is kept as the reader wrote it.

use super::Fact;
#[cfg(test)]
use super::Sample;
use crate::base::lang::Lang;
use std::fmt;

messages! {
    /// What is wrong with a JSON text.
    ReadingMsg {
        /// The whole text is larger than allowed.
        TextTooLarge { bytes: usize, max: usize } =
            "JSON text of {bytes} bytes is larger than the limit of {max} bytes",
            "JSON 文本有 {bytes} 字节，超过上限 {max} 字节";
        /// One string is longer than allowed.
        StringTooLong { bytes: usize, max: usize } =
            "a string of {bytes} bytes is longer than the limit of {max} bytes",
            "字符串有 {bytes} 字节，超过上限 {max} 字节";
        /// Arrays and objects nest too deep.
        TooDeep { max: usize } = "JSON nested deeper than {max} levels", "JSON 嵌套超过 {max} 层";
        /// An array has too many elements.
        ArrayTooLong { max: usize } =
            "an array with more than {max} elements", "数组元素超过 {max} 个";
        /// An object has too many members.
        ObjectTooLarge { max: usize } =
            "an object with more than {max} members", "对象成员超过 {max} 个";
        /// A list read with a declared bound has more items.
        TooManyItems { max: usize } =
            "at most {max} items are allowed", "最多允许 {max} 项";
        /// The text is not JSON.
        Syntax { en: String, at: Position } = "{en}", "JSON 文本格式有误{at}";
        /// A value of the wrong type.
        WrongType { en: String, expected: Expected } = "{en}", "值的类型不对：此处应为{expected}";
        /// A field the format does not know.
        UnknownField { en: String, field: String } = "{en}", "不认识的字段「{field}」";
        /// A field given twice in one object.
        DuplicateField { en: String, field: String } = "{en}", "字段「{field}」出现了不止一次";
        /// A required field is absent.
        MissingField { en: String, field: String } = "{en}", "缺少必填字段「{field}」";
        /// A tag or enum value the format does not know.
        UnknownVariant { en: String, value: String } = "{en}", "不认识的取值「{value}」";
        /// NaN or an infinity.
        NotFinite { en: String } = "{en}", "数值须为有限数（不能是 NaN 或无穷大）";
        /// A number outside the range the field allows.
        NumberOutOfRange { en: String } = "{en}", "数值超出允许范围（±10^12 以内）";
        /// A text that is not a calendar date.
        BadDate { en: String } = "{en}", "日期无效：须为真实存在的日期（YYYY-MM-DD）";
        /// A time that is not `YYYY-MM-DDTHH:MM`.
        BadTimestamp { en: String } = "{en}", "时间无效：须为真实存在的日期和时刻（YYYY-MM-DDTHH:MM，如 2026-12-01T09:30）";
        /// Another limit raised while reading (by a hand-written reader).
        ReaderLimit { en: String } = "{en}", "输入嵌套过深或过大，无法读取";
        /// Any other reading error, by its code.
        Other { en: String, code: String } = "{en}", "输入有误（{code}）";
    }
}

/// Where a syntax error is, when the reader said so (`line 1 column 25`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position(pub Option<(u64, u64)>);

impl Position {
    /// The `line N column M` at the end of a reader's message, if any.
    #[allow(clippy::disallowed_methods, reason = "integer parse (u64): no float tables")]
    pub fn of(message: &str) -> Position {
        let number = |tail: &str| -> Option<u64> {
            let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        };
        let at = message.rfind("line ").and_then(|i| message.get(i + 5..)).and_then(|tail| {
            let line = number(tail)?;
            let column = tail.find("column ").and_then(|j| tail.get(j + 7..)).and_then(number)?;
            Some((line, column))
        });
        Position(at)
    }
}

impl Fact for Position {
    fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0, lang) {
            (Some((line, column)), Lang::Zh) => write!(out, "（第 {line} 行第 {column} 列）"),
            (Some((line, column)), Lang::En) => write!(out, " at line {line} column {column}"),
            (None, _) => Ok(()),
        }
    }
}

#[cfg(test)]
impl Sample for Position {
    fn sample() -> Self {
        Position(Some((1, 25)))
    }
}

nouns! {
    /// The kind of value a reader expected, from the end of its message (`expected a string`).
    Expected {
        /// A number.
        Number = "a number", "数字";
        /// A string.
        Text = "a string", "字符串";
        /// true or false.
        Boolean = "a boolean", "布尔值（true 或 false）";
        /// An array.
        Array = "an array", "数组";
        /// An object.
        Object = "an object", "对象";
        /// A date.
        Date = "a date", "日期（YYYY-MM-DD）";
        /// One of the values the format allows.
        Choice = "one of the allowed values", "允许的取值之一";
        /// Anything else.
        Other = "another type", "另一种类型";
    }
}

impl Expected {
    /// What the reader's English message says it expected.
    pub fn of(message: &str) -> Expected {
        let wanted = message.rfind("expected ").and_then(|i| message.get(i..)).unwrap_or("");
        let has = |word: &str| wanted.contains(word);
        if has("date") {
            Expected::Date
        } else if has("number") || has("integer") || has("decimal") || has("float") {
            Expected::Number
        } else if has("bool") {
            Expected::Boolean
        } else if has("string") || has("char") {
            Expected::Text
        } else if has("sequence") || has("array") || has("tuple") || has("list") {
            Expected::Array
        } else if has("map") || has("object") || has("struct") {
            Expected::Object
        } else if has("variant") {
            Expected::Choice
        } else {
            Expected::Other
        }
    }
}

/// The first text quoted in backticks in a reader's message (the field or value it names).
pub(crate) fn quoted(message: &str) -> String {
    message.split('`').nth(1).map(|q| q.chars().take(64).collect()).unwrap_or_default()
}

/// The message of a text that broke one of the reader's limits ([`crate::base::json::JSON_LIMITS`]).
pub fn of_limit(limit: kaoping_json::Limit) -> ReadingMsg {
    use kaoping_json::Limit;
    match limit {
        Limit::TextTooLarge { bytes, max } => ReadingMsg::TextTooLarge { bytes, max },
        Limit::StringTooLong { bytes, max } => ReadingMsg::StringTooLong { bytes, max },
        Limit::TooDeep { max } => ReadingMsg::TooDeep { max },
        Limit::ArrayTooLong { max } => ReadingMsg::ArrayTooLong { max },
        Limit::ObjectTooLarge { max } => ReadingMsg::ObjectTooLarge { max },
    }
}

/// The message of a reading error of kaoping-json, from its code and English message.
#[allow(clippy::disallowed_methods, reason = "integer parse (usize): no float tables")]
pub fn of_reader_error(code: &str, message: &str) -> ReadingMsg {
    let en = message.to_owned();
    match code {
        "E_PARSE" if message.starts_with("duplicate field") => {
            ReadingMsg::DuplicateField { field: quoted(message), en }
        }
        "E_PARSE" if message.starts_with("unknown error code") => {
            ReadingMsg::UnknownVariant { value: quoted(message), en }
        }
        "E_PARSE" => ReadingMsg::Syntax { at: Position::of(message), en },
        "E_TYPE" => ReadingMsg::WrongType { expected: Expected::of(message), en },
        "E_UNKNOWN_FIELD" => ReadingMsg::UnknownField { field: quoted(message), en },
        "E_MISSING_FIELD" => ReadingMsg::MissingField { field: quoted(message), en },
        "E_UNKNOWN_VARIANT" => ReadingMsg::UnknownVariant { value: quoted(message), en },
        "E_NUMBER_NOT_FINITE" => ReadingMsg::NotFinite { en },
        "E_NUMBER_RANGE" => ReadingMsg::NumberOutOfRange { en },
        "E_DATE" if message.contains("timestamp") => ReadingMsg::BadTimestamp { en },
        "E_DATE" => ReadingMsg::BadDate { en },
        "E_LIMIT" if message.starts_with("at most ") => {
            let digits: String = message.chars().skip(8).take_while(char::is_ascii_digit).collect();
            match digits.parse() {
                Ok(max) => ReadingMsg::TooManyItems { max },
                Err(_) => ReadingMsg::ReaderLimit { en },
            }
        }
        "E_LIMIT" => ReadingMsg::ReaderLimit { en },
        _ => ReadingMsg::Other { code: code.to_owned(), en },
    }
}
