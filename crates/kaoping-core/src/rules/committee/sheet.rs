//! Score sheets (评分表): one per rater, with ratings, a date and a sign-off (签字).

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{is_valid_id, IndicatorId, OfficerId, RaterId};
use crate::base::limits;
use crate::base::sorted::{repeats_by, Seen, SortedMap, SortedSet};
use crate::explain::wording::join;
use crate::model::scheme::{CommitteeRules, InputSource, Scheme};
use crate::rules::assess::RatedInput;
use crate::rules::committee::aggregate::aggregate;
use crate::rules::committee::rater::Committee;
use crate::rules::committee::recusal::is_recused;

/// One rater's score sheet.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScoreSheet {
    /// The rater (a committee member).
    pub rater: RaterId,
    /// When the sheet was submitted.
    pub submitted: Date,
    /// The ratings.
    pub ratings: Vec<Rating>,
    /// The rater's sign-off; an unsigned sheet is a draft and its ratings are not counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<SignOff>,
}

/// One rating on a sheet.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rating {
    /// The officer rated.
    pub officer: OfficerId,
    /// The rated indicator.
    pub indicator: IndicatorId,
    /// The rating, in `[0, maxScore]` of the indicator.
    pub value: Decimal,
    /// Comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A sign-off (谁签字谁负责).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignOff {
    /// Date signed.
    pub date: Date,
}

/// Aggregated ratings: officer → rated indicator → the engine's input.
pub type RatingsByOfficer = SortedMap<OfficerId, SortedMap<IndicatorId, RatedInput>>;

/// An (officer, rated indicator) pair.
type OfficerIndicator<'a> = (&'a OfficerId, &'a IndicatorId);

/// Checks the committee and every sheet, then aggregates the signed ratings of every officer
/// on every rated indicator. `officers` are the officers of the cohort. Returns the ratings and
/// the warnings (unsigned sheets, missing ratings), or every error at once. Paths are relative
/// to the cohort input (`sheets[2].ratings[0].rater`, `committee.recusals[1].rater`).
pub fn collect(
    scheme: &Scheme,
    committee: Option<&Committee>,
    sheets: &[ScoreSheet],
    officers: &SortedSet<&OfficerId>,
) -> Result<(RatingsByOfficer, Problems), Problems> {
    let mut problems = Problems::new();
    let rated: SortedMap<&IndicatorId, Decimal> = scheme
        .indicators()
        .filter(|(_, i)| matches!(i.input, InputSource::Rated {}))
        .map(|(_, i)| (&i.id, i.max_score))
        .collect();
    let all_ids: Seen<&str> = scheme.indicators().map(|(_, i)| i.id.as_str()).collect();
    let empty = Committee::default();
    let committee = committee.unwrap_or(&empty);
    check_committee(committee, &rated, &mut problems);
    if sheets.len() > limits::MAX_RATERS as usize {
        problems.push(Code::Limit, "sheets", format!("at most {} sheets", limits::MAX_RATERS));
    }

    // (officer, indicator) → signed ratings
    // (collected, then grouped by one stable sort: a sheet may rate every officer of a cohort)
    let mut given: Vec<(OfficerIndicator<'_>, Vec<(RaterId, Decimal)>)> = Vec::new();
    let second_sheet = repeats_by(sheets, |s| &s.rater);
    for ((si, sheet), second_sheet) in sheets.iter().enumerate().zip(second_sheet) {
        let sp = Path::root().key("sheets").index(si);
        let member = committee.member(&sheet.rater);
        if member.is_none() {
            problems.push(
                Code::NotAMember,
                sp.key("rater"),
                format!("`{}` is not a member of the committee", sheet.rater),
            );
        }
        if second_sheet {
            problems.push(
                Code::DuplicateId,
                sp.key("rater"),
                format!("a second sheet from `{}`", sheet.rater),
            );
        }
        let signed = sheet.sign_off.is_some();
        if !signed {
            problems.push(
                Code::UnsignedSheet,
                sp.key("signOff"),
                format!("the sheet of `{}` is not signed: its ratings are not counted", sheet.rater),
            );
        }
        // whether the sheet rated the same officer on the same indicator before (all the checks
        // that skip a rating before this one depend only on that pair)
        let twice = repeats_by(&sheet.ratings, |r| (&r.officer, &r.indicator));
        for ((ri, rating), twice) in sheet.ratings.iter().enumerate().zip(twice) {
            let rp = sp.key("ratings").index(ri);
            if !officers.contains(&rating.officer) {
                problems.push(
                    Code::UnknownRef,
                    rp.key("officer"),
                    format!("officer `{}` is not in the cohort", rating.officer),
                );
                continue;
            }
            let Some(max) = rated.get(&rating.indicator) else {
                let code = if all_ids.contains(rating.indicator.as_str()) {
                    Code::NotRated
                } else {
                    Code::UnknownRef
                };
                problems.push(
                    code,
                    rp.key("indicator"),
                    format!("indicator `{}` is not rated by the committee", rating.indicator),
                );
                continue;
            };
            if let Some(m) = member {
                if !m.rates(&rating.indicator) {
                    problems.push(
                        Code::NotRated,
                        rp.key("indicator"),
                        format!("`{}` does not rate indicator `{}`", m.id, rating.indicator),
                    );
                }
            }
            if is_recused(&committee.recusals, &sheet.rater, &rating.officer) {
                problems.push(
                    Code::Recused,
                    rp.key("officer"),
                    format!(
                        "`{}` is recused from `{}` (回避) and cannot rate them",
                        sheet.rater, rating.officer
                    ),
                );
            }
            if rating.value < Decimal::ZERO || rating.value > *max {
                problems.push(
                    Code::NumberRange,
                    rp.key("value"),
                    format!("a rating of `{}` must be in [0, {max}]", rating.indicator),
                );
            }
            if twice {
                problems.push(
                    Code::DuplicateId,
                    rp,
                    format!("`{}` rates `{}` on `{}` twice", sheet.rater, rating.officer, rating.indicator),
                );
                continue;
            }
            if signed {
                given.push(((&rating.officer, &rating.indicator), vec![(sheet.rater.clone(), rating.value)]));
            }
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let given = SortedMap::from_vec_with(given, Vec::append);

    let mut out = RatingsByOfficer::new();
    if rated.is_empty() {
        return Ok((out, problems));
    }
    let default_rules = CommitteeRules {
        aggregation: crate::model::scheme::Aggregation::Mean,
        fallback: None,
        disagreement_spread: None,
        min_raters: 1,
    };
    let rules = scheme.committee.as_ref().unwrap_or(&default_rules);
    let mut errors = Problems::new();
    for officer in officers {
        let mut per = SortedMap::new();
        for indicator in rated.keys() {
            let ratings = given.get(&(*officer, *indicator)).map_or(&[][..], Vec::as_slice);
            let context = format!("officer `{officer}`, indicator `{indicator}`");
            match aggregate(rules, ratings, &context) {
                Ok(a) => {
                    let mut missing: Vec<RaterId> = committee
                        .members
                        .iter()
                        .filter(|m| m.rates(indicator) && !is_recused(&committee.recusals, &m.id, officer))
                        .filter(|m| !ratings.iter().any(|(r, _)| r == &m.id))
                        .map(|m| m.id.clone())
                        .collect();
                    crate::base::sort::sort(&mut missing);
                    if !missing.is_empty() || a.value.is_none() {
                        let ids: Vec<&str> = missing.iter().map(RaterId::as_str).collect();
                        let message = if ids.is_empty() {
                            format!(
                                "{context}: {} rating(s), fewer than minRaters: the result is incomplete",
                                ratings.len()
                            )
                        } else {
                            format!(
                                "{context}: no rating from {}: the result is incomplete",
                                join(&ids, ", ")
                            )
                        };
                        problems.push(Code::IncompleteRatings, "sheets", message);
                    }
                    per.insert(
                        (*indicator).clone(),
                        RatedInput {
                            value: a.value,
                            aggregation: Some(a.aggregation),
                            ratings: a.ratings,
                            disagreement: a.disagreement,
                            missing,
                            fallback: a.fallback,
                        },
                    );
                }
                Err(p) => errors.extend(p),
            }
        }
        // officers come in order: each insertion appends
        out.insert((*officer).clone(), per);
    }
    if errors.has_errors() {
        return Err(errors);
    }
    Ok((out, problems))
}

fn check_committee(committee: &Committee, rated: &SortedMap<&IndicatorId, Decimal>, problems: &mut Problems) {
    let cp = Path::root().key("committee");
    if committee.members.len() > limits::MAX_RATERS as usize {
        problems.push(Code::Limit, cp.key("members"), format!("at most {} members", limits::MAX_RATERS));
    }
    let ids: Seen<&str> = committee.members.iter().map(|m| m.id.as_str()).collect();
    let listed_twice = repeats_by(&committee.members, |m| &m.id);
    for ((i, m), listed_twice) in committee.members.iter().enumerate().zip(listed_twice) {
        let p = cp.key("members").index(i);
        if !is_valid_id(m.id.as_str()) {
            problems.push(Code::InvalidId, p.key("id"), "rater id is not a valid id");
        }
        if listed_twice {
            problems.push(Code::DuplicateId, p.key("id"), format!("member `{}` listed twice", m.id));
        }
        if m.name.chars().count() > limits::MAX_TEXT_CHARS {
            problems.push(Code::Limit, p.key("name"), "text too long");
        }
        for (j, ind) in m.indicators.iter().enumerate() {
            if !rated.contains_key(ind) {
                problems.push(
                    Code::NotRated,
                    p.key("indicators").index(j),
                    format!("indicator `{ind}` is not rated by the committee"),
                );
            }
        }
    }
    for (i, r) in committee.recusals.iter().enumerate() {
        if !ids.contains(r.rater.as_str()) {
            problems.push(
                Code::NotAMember,
                cp.key("recusals").index(i).key("rater"),
                format!("`{}` is not a member of the committee", r.rater),
            );
        }
    }
}
