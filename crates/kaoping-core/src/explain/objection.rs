//! The words of an objection: the Chinese names of its kind and of the result parts it can
//! name (an objection's titles are Chinese, as the result's item titles are).

use crate::model::objection::{ObjectionKind, ResultPart};

impl ObjectionKind {
    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            ObjectionKind::Statement => "陈述",
            ObjectionKind::Defence => "申辩",
            ObjectionKind::Review => "复核申请",
            ObjectionKind::Appeal => "申诉",
            ObjectionKind::DirectAppeal => "申诉（未经复核）",
        }
    }
}

/// The Chinese title of a result part an objection names.
pub(crate) fn part_title(part: ResultPart) -> &'static str {
    match part {
        ResultPart::Grade => "等次",
        ResultPart::Quota => "名额",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_parts_have_their_chinese_names() {
        assert_eq!(ObjectionKind::Review.zh(), "复核申请");
        assert_eq!(ObjectionKind::Defence.zh(), "申辩");
        assert_eq!(part_title(ResultPart::Grade), "等次");
        assert_eq!(part_title(ResultPart::Quota), "名额");
    }
}
