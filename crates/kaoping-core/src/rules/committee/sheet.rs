//! Score sheets (评分表): one per rater, with ratings, a date and a sign-off (签字).

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{is_valid_id, IndicatorId, OfficerId, RaterId};
use crate::base::limits;
use crate::base::message::{Cell, CommitteeMsg};
use crate::base::sorted::{repeats_by, Seen, SortedMap, SortedSet};
use crate::explain::wording::join;
use crate::model::scheme::{CommitteeRules, InputSource, Scheme};
use crate::rules::assess::RatedInput;
use crate::rules::committee::aggregate::aggregate;
use crate::rules::committee::rater::Committee;
use crate::rules::committee::recusal::is_recused;
use crate::rules::validate::indicator_named;

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
    let empty = Committee::default();
    let committee = committee.unwrap_or(&empty);
    let scope = Scope { scheme, committee, rated: &rated, officers };
    check_committee(scheme, committee, &rated, &mut problems);
    if sheets.len() > limits::MAX_RATERS as usize {
        problems.push(Code::Limit, "sheets", CommitteeMsg::TooManySheets { max: limits::MAX_RATERS });
    }
    let given = check_sheets(&scope, sheets, &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let given = SortedMap::from_vec_with(given, Vec::append);
    if rated.is_empty() {
        return Ok((RatingsByOfficer::new(), problems));
    }
    let out = aggregate_all(&scope, &given, &mut problems)?;
    Ok((out, problems))
}

/// What the checks and the aggregation of [`collect`] read.
struct Scope<'a> {
    /// The scheme.
    scheme: &'a Scheme,
    /// The committee (an empty one when none is given).
    committee: &'a Committee,
    /// The rated indicators and their maximum scores.
    rated: &'a SortedMap<&'a IndicatorId, Decimal>,
    /// The officers of the cohort.
    officers: &'a SortedSet<&'a OfficerId>,
}

/// Signed ratings per (officer, indicator), in sheet order (grouped afterwards).
type Given<'a> = Vec<(OfficerIndicator<'a>, Vec<(RaterId, Decimal)>)>;

/// Step 1 of [`collect`]: checks every sheet and its ratings, and gathers the signed ones
/// (collected, then grouped by one stable sort: a sheet may rate every officer of a cohort).
fn check_sheets<'a>(scope: &Scope<'_>, sheets: &'a [ScoreSheet], problems: &mut Problems) -> Given<'a> {
    let mut given: Given<'a> = Vec::new();
    let second_sheet = repeats_by(sheets, |s| &s.rater);
    for ((si, sheet), second_sheet) in sheets.iter().enumerate().zip(second_sheet) {
        let sp = Path::root().key("sheets").index(si);
        let rater = sheet.rater.to_string();
        if scope.committee.member(&sheet.rater).is_none() {
            problems.push(
                Code::NotAMember,
                sp.key("rater"),
                CommitteeMsg::NotAMember { rater: rater.clone() },
            );
        }
        if second_sheet {
            problems.push(
                Code::DuplicateId,
                sp.key("rater"),
                CommitteeMsg::SecondSheet { rater: rater.clone() },
            );
        }
        let signed = sheet.sign_off.is_some();
        if !signed {
            problems.push(Code::UnsignedSheet, sp.key("signOff"), CommitteeMsg::Unsigned { rater });
        }
        // whether the sheet rated the same officer on the same indicator before (all the checks
        // that skip a rating before this one depend only on that pair)
        let twice = repeats_by(&sheet.ratings, |r| (&r.officer, &r.indicator));
        for ((ri, rating), twice) in sheet.ratings.iter().enumerate().zip(twice) {
            let rp = sp.key("ratings").index(ri);
            if check_rating(scope, sheet, rating, twice, &rp, problems) && signed {
                given.push(((&rating.officer, &rating.indicator), vec![(sheet.rater.clone(), rating.value)]));
            }
        }
    }
    given
}

/// Checks one rating of a sheet; whether it may be counted (it names an officer of the cohort
/// and a rated indicator, once).
fn check_rating(
    scope: &Scope<'_>,
    sheet: &ScoreSheet,
    rating: &Rating,
    twice: bool,
    rp: &Path,
    problems: &mut Problems,
) -> bool {
    let officer = rating.officer.to_string();
    if !scope.officers.contains(&rating.officer) {
        problems.push(Code::UnknownRef, rp.key("officer"), CommitteeMsg::UnknownOfficer { officer });
        return false;
    }
    let indicator = indicator_named(scope.scheme, &rating.indicator);
    let Some(max) = scope.rated.get(&rating.indicator) else {
        let known = scope.scheme.indicators().any(|(_, i)| i.id == rating.indicator);
        let code = if known { Code::NotRated } else { Code::UnknownRef };
        problems.push(code, rp.key("indicator"), CommitteeMsg::NotRated { indicator });
        return false;
    };
    let rater = sheet.rater.to_string();
    if let Some(m) = scope.committee.member(&sheet.rater) {
        if !m.rates(&rating.indicator) {
            let message =
                CommitteeMsg::MemberNotRating { rater: m.id.to_string(), indicator: indicator.clone() };
            problems.push(Code::NotRated, rp.key("indicator"), message);
        }
    }
    if is_recused(&scope.committee.recusals, &sheet.rater, &rating.officer) {
        let message = CommitteeMsg::Recused { rater: rater.clone(), officer: officer.clone() };
        problems.push(Code::Recused, rp.key("officer"), message);
    }
    if rating.value < Decimal::ZERO || rating.value > *max {
        let message = CommitteeMsg::RatingRange { indicator: indicator.clone(), max: *max };
        problems.push(Code::NumberRange, rp.key("value"), message);
    }
    if twice {
        problems.push(Code::DuplicateId, rp, CommitteeMsg::RatedTwice { rater, officer, indicator });
        return false;
    }
    true
}

/// Step 2 of [`collect`]: aggregates the ratings of every officer on every rated indicator,
/// warning where ratings are missing; every aggregation error at once.
fn aggregate_all(
    scope: &Scope<'_>,
    given: &SortedMap<OfficerIndicator<'_>, Vec<(RaterId, Decimal)>>,
    problems: &mut Problems,
) -> Result<RatingsByOfficer, Problems> {
    let default_rules = CommitteeRules {
        aggregation: crate::model::scheme::Aggregation::Mean,
        fallback: None,
        disagreement_spread: None,
        min_raters: 1,
    };
    let rules = scope.scheme.committee.as_ref().unwrap_or(&default_rules);
    let committee = scope.committee;
    let mut out = RatingsByOfficer::new();
    let mut errors = Problems::new();
    for officer in scope.officers {
        let mut per = SortedMap::new();
        for indicator in scope.rated.keys() {
            let ratings = given.get(&(*officer, *indicator)).map_or(&[][..], Vec::as_slice);
            let cell =
                Cell { officer: officer.to_string(), indicator: indicator_named(scope.scheme, indicator) };
            match aggregate(rules, ratings, &cell) {
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
                            CommitteeMsg::FewRatings { cell, n: ratings.len() }
                        } else {
                            CommitteeMsg::NoRatingFrom { cell, raters: join(&ids, ", ") }
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
    Ok(out)
}

fn check_committee(
    scheme: &Scheme,
    committee: &Committee,
    rated: &SortedMap<&IndicatorId, Decimal>,
    problems: &mut Problems,
) {
    let cp = Path::root().key("committee");
    if committee.members.len() > limits::MAX_RATERS as usize {
        problems.push(
            Code::Limit,
            cp.key("members"),
            CommitteeMsg::TooManyMembers { max: limits::MAX_RATERS },
        );
    }
    let ids: Seen<&str> = committee.members.iter().map(|m| m.id.as_str()).collect();
    let listed_twice = repeats_by(&committee.members, |m| &m.id);
    for ((i, m), listed_twice) in committee.members.iter().enumerate().zip(listed_twice) {
        let p = cp.key("members").index(i);
        if !is_valid_id(m.id.as_str()) {
            problems.push(Code::InvalidId, p.key("id"), CommitteeMsg::RaterId);
        }
        if listed_twice {
            problems.push(Code::DuplicateId, p.key("id"), CommitteeMsg::MemberTwice { id: m.id.to_string() });
        }
        if m.name.chars().count() > limits::MAX_TEXT_CHARS {
            problems.push(Code::Limit, p.key("name"), CommitteeMsg::NameTooLong);
        }
        for (j, ind) in m.indicators.iter().enumerate() {
            if !rated.contains_key(ind) {
                problems.push(
                    Code::NotRated,
                    p.key("indicators").index(j),
                    CommitteeMsg::NotRated { indicator: indicator_named(scheme, ind) },
                );
            }
        }
    }
    for (i, r) in committee.recusals.iter().enumerate() {
        if !ids.contains(r.rater.as_str()) {
            problems.push(
                Code::NotAMember,
                cp.key("recusals").index(i).key("rater"),
                CommitteeMsg::NotAMember { rater: r.rater.to_string() },
            );
        }
    }
}
