//! Messages of organisations (units and posts) and of early-warning thresholds.

#[cfg(test)]
use super::Sample;
use super::{Fact, Named};
use crate::base::lang::Lang;
use std::fmt;

nouns! {
    /// A threshold of the early warnings, as a message names it.
    ThresholdNoun {
        /// Points from a grade boundary.
        BoundaryPoints = "`boundaryPoints` (points from a grade boundary)", "临界分差（boundaryPoints）";
        /// Case-review findings.
        CaseReviewCount = "`caseReview.atLeast`", "评查线索件数（caseReview.atLeast）";
    }
}

messages! {
    /// What is wrong with an organisation or the early-warning thresholds.
    OrganisationMsg {
        /// A unit or post id with characters outside the allowed set.
        BadId { id: String } =
            "id `{id}` must be 1–64 characters from A–Z a–z 0–9 _ - . :",
            "标识「{id}」须为 1–64 个字符，只能由 A–Z a–z 0–9 _ - . : 组成";
        /// A unit id used twice.
        UnitTwice { unit: String } = "unit `{unit}` is declared twice", "单位「{unit}」重复声明";
        /// A post id used twice.
        PostTwice { post: String } = "post `{post}` is declared twice", "岗位「{post}」重复声明";
        /// A parent that is not declared.
        UnknownParent { unit: Named, parent: String } =
            "unit `{unit}` names parent `{parent}`, which is not declared",
            "单位{unit}的上级单位「{parent}」未声明";
        /// Parents that form a cycle.
        Cycle { unit: Named, cycle: String } =
            "unit `{unit}` is its own ancestor: {cycle}",
            "单位{unit}成了自己的上级：「{cycle}」";
        /// An officer in a unit that is not declared.
        UnknownUnit { unit: String } =
            "unit `{unit}` is not in the organisation", "单位「{unit}」不在组织机构中";
        /// An officer in a post that is not declared.
        UnknownPost { post: String } =
            "post `{post}` is not in the organisation", "岗位「{post}」不在组织机构中";
        /// A weight input the scheme does not declare.
        UnknownWeight { input: String } =
            "the weight `{input}` is not an input of the scheme", "加权依据「{input}」不是方案的输入项";
        /// A threshold below zero.
        Negative { threshold: ThresholdNoun } =
            "{threshold} must not be negative", "{threshold}不能为负数";
        /// A count threshold of zero.
        AtLeastOne { threshold: ThresholdNoun } =
            "{threshold} must be at least 1", "{threshold}至少为 1";
        /// A value the enum field does not declare.
        UnknownValue { field: String, value: String } =
            "field `{field}` declares no value `{value}`", "字段「{field}」未声明取值「{value}」";
        /// A time limit without exactly one way to find the last day.
        TimeLimitForm =
            "give either `deadline` or both `from` and `limitDays`",
            "审限须给出届满日期字段（deadline），或同时给出起算日期字段（from）与审限天数字段（limitDays），二者择一";
        /// A list item a threshold names that the scheme does not have.
        UnknownItem { item: String } =
            "the scheme has no deduction item `{item}`", "方案没有扣分项「{item}」";
    }
}
