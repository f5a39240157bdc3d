//! Messages of committees, score sheets and ratings (评议).

#[cfg(test)]
use super::Sample;
use super::{Fact, Named};
use crate::base::decimal::Decimal;
use crate::base::lang::Lang;
use std::fmt;

messages! {
    /// What is wrong with a committee, its score sheets or its ratings.
    CommitteeMsg {
        /// Too many sheets.
        TooManySheets { max: u32 } = "at most {max} sheets", "评分表最多 {max} 份";
        /// A rater who is not a member.
        NotAMember { rater: String } =
            "`{rater}` is not a member of the committee", "「{rater}」不是评议组成员";
        /// A second sheet from one rater.
        SecondSheet { rater: String } = "a second sheet from `{rater}`", "「{rater}」交了第二份评分表";
        /// An unsigned sheet.
        Unsigned { rater: String } =
            "the sheet of `{rater}` is not signed: its ratings are not counted",
            "「{rater}」的评分表未签字：其评分不计入";
        /// A rating of an officer outside the cohort.
        UnknownOfficer { officer: String } =
            "officer `{officer}` is not in the cohort", "人员「{officer}」不在本批考核人员中";
        /// A rating of an indicator the committee does not rate.
        NotRated { indicator: Named } =
            "indicator `{indicator}` is not rated by the committee", "指标{indicator}不由评议组打分";
        /// A member rates an indicator not assigned to them.
        MemberNotRating { rater: String, indicator: Named } =
            "`{rater}` does not rate indicator `{indicator}`", "「{rater}」不负责为指标{indicator}打分";
        /// A recused member rated the officer.
        Recused { rater: String, officer: String } =
            "`{rater}` is recused from `{officer}` (回避) and cannot rate them",
            "「{rater}」对「{officer}」应当回避，不能为其打分";
        /// A rating outside the score range.
        RatingRange { indicator: Named, max: Decimal } =
            "a rating of `{indicator}` must be in [0, {max}]", "指标{indicator}的评分须在 [0, {max}] 之内";
        /// One officer rated twice on one indicator by one rater.
        RatedTwice { rater: String, officer: String, indicator: Named } =
            "`{rater}` rates `{officer}` on `{indicator}` twice",
            "「{rater}」为「{officer}」的指标{indicator}打了两次分";
        /// Fewer ratings than minRaters.
        FewRatings { cell: Cell, n: usize } =
            "{cell}: {n} rating(s), fewer than minRaters: the result is incomplete",
            "{cell}：只有 {n} 个评分，少于最少评议人数：结果不完整";
        /// Ratings missing from named members.
        NoRatingFrom { cell: Cell, raters: String } =
            "{cell}: no rating from {raters}: the result is incomplete",
            "{cell}：缺少（{raters}）的评分：结果不完整";
        /// Too few ratings for the aggregation and no fallback.
        TooFew { cell: Cell, n: usize, aggregation: String, needs: usize } =
            "{cell}: {n} rating(s) but {aggregation} needs at least {needs} and the scheme declares no usable fallback",
            "{cell}：只有 {n} 个评分，而汇总方式（{aggregation}）至少需要 {needs} 个，方案也没有可用的备选方式";
        /// Ratings too large to add up.
        TooLarge { cell: Cell } = "{cell}: ratings too large", "{cell}：评分过大，无法计算";
        /// Too many members.
        TooManyMembers { max: u32 } = "at most {max} members", "评议成员最多 {max} 人";
        /// A rater id that is not valid.
        RaterId = "rater id is not a valid id", "评议人标识不是有效的标识";
        /// A member listed twice.
        MemberTwice { id: String } = "member `{id}` listed twice", "评议成员「{id}」列了两次";
        /// A member name too long.
        NameTooLong = "text too long", "文字过长";
    }
}

/// The officer and the indicator a set of ratings is about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The officer's id.
    pub officer: String,
    /// The indicator.
    pub indicator: Named,
}

impl Fact for Cell {
    fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indicator = super::In(&self.indicator, lang);
        match lang {
            Lang::En => write!(out, "officer `{}`, indicator `{indicator}`", self.officer),
            Lang::Zh => write!(out, "人员「{}」的指标{indicator}", self.officer),
        }
    }
}

#[cfg(test)]
impl Sample for Cell {
    fn sample() -> Self {
        Cell { officer: "T-1".to_owned(), indicator: Named::titled("庭审评议", "court") }
    }
}
