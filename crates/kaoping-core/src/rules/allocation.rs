//! Performance-bonus allocation (绩效奖金分配): a pool shared out over a cohort's results, to the
//! fen, with the parts adding up exactly to the pool.
//!
//! Each officer who shares gets a weight: the grade's coefficient, the total score, or their
//! product (a special case's coefficient stands in for the grade's; under the score method it
//! multiplies the score). A total below zero weighs 0. The exact share is pool × weight ÷ the sum
//! of the weights; every officer first gets its whole fen, and the fen left over (fewer than the
//! number of officers) go one each to the largest remainders (最大余数法). Equal remainders are
//! ordered by the higher total, then the officer id (ascending): a deterministic, published order.
//! The arithmetic is exact (integers of fen and of millionths of a weight, in 128 bits).

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Problems};
use crate::base::ids::OfficerId;
use crate::base::message::WorkMsg;
use crate::base::sort::sort_by;
use crate::explain::allocation::{render_share, summary};
use crate::model::allocation::{
    Allocation, AllocationDeclaration, AllocationMethod, Exclusion, ResultRow, Share, ShareFact, SpecialCase,
};
use crate::model::explanation::Lang;
use crate::rules::cohort::CohortResult;

/// Micros per fen (a yuan has 10⁶ micros and 100 fen).
const MICROS_PER_FEN: i64 = 10_000;

/// The rows of a cohort's ranked table (final grades, vetoes as flagged).
pub fn rows_of(result: &CohortResult) -> Vec<ResultRow> {
    result
        .officers
        .iter()
        .map(|e| ResultRow {
            officer: e.officer.id.clone(),
            name: e.officer.name.clone(),
            rank: e.rank,
            total: e.total,
            grade: e.grade.as_ref().map(|g| g.id.clone()),
            grade_title: e.grade.as_ref().map(|g| g.title.clone()).unwrap_or_default(),
            vetoed: e.flags.veto,
        })
        .collect()
}

/// One officer's standing before the division.
struct Weighed<'a> {
    row: &'a ResultRow,
    /// The method as it applies to this officer (the score method with a special coefficient
    /// weighs coefficient × score).
    method: AllocationMethod,
    coefficient: Option<(Decimal, Option<Exclusion>)>,
    weight: Decimal,
    excluded: Option<Exclusion>,
}

/// Checks the declaration's numbers; the pool in fen.
fn check(decl: &AllocationDeclaration, problems: &mut Problems) -> i64 {
    if decl.pool.is_negative() {
        problems.push(Code::PoolNegative, "pool", WorkMsg::PoolNegative { pool: decl.pool });
    } else if decl.pool.micros() % MICROS_PER_FEN != 0 {
        problems.push(Code::PoolFen, "pool", WorkMsg::PoolFen { pool: decl.pool });
    }
    for (grade, c) in decl.coefficients.iter() {
        if c.is_negative() {
            let path = format!("coefficients.{}", grade.as_str());
            problems.push(Code::NumberRange, path, WorkMsg::CoefficientNegative { coefficient: *c });
        }
    }
    for (case, path) in [(decl.vetoed, "vetoed.coefficient"), (decl.withheld, "withheld.coefficient")] {
        if let SpecialCase::Coefficient { coefficient } = case {
            if coefficient.is_negative() {
                problems.push(Code::NumberRange, path, WorkMsg::CoefficientNegative { coefficient });
            }
        }
    }
    decl.pool.micros() / MICROS_PER_FEN
}

/// The weight of one row, or the problem that prevents it.
fn weigh<'a>(
    row: &'a ResultRow,
    decl: &AllocationDeclaration,
    missing: &mut Vec<String>,
    problems: &mut Problems,
) -> Option<Weighed<'a>> {
    let (case, exclusion) = match (&row.grade, row.vetoed) {
        (None, _) => (decl.withheld, Some(Exclusion::Withheld)),
        (Some(_), true) => (decl.vetoed, Some(Exclusion::Vetoed)),
        (Some(_), false) => (SpecialCase::AsGraded {}, None),
    };
    let coefficient = match case {
        SpecialCase::Exclude {} => {
            let method = decl.method;
            return Some(Weighed {
                row,
                method,
                coefficient: None,
                weight: Decimal::ZERO,
                excluded: exclusion,
            });
        }
        SpecialCase::Coefficient { coefficient } => Some((coefficient, exclusion)),
        SpecialCase::AsGraded {} if decl.method == AllocationMethod::Score => None,
        SpecialCase::AsGraded {} => match &row.grade {
            Some(g) => match decl.coefficients.get(g) {
                Some(c) => Some((*c, None)),
                None => {
                    let grade = g.as_str().to_owned();
                    if !missing.contains(&grade) {
                        missing.push(grade.clone());
                        problems.push(
                            Code::CoefficientMissing,
                            "coefficients",
                            WorkMsg::CoefficientMissing { grade },
                        );
                    }
                    return None;
                }
            },
            None => {
                // a withheld grade has no grade coefficient: the declaration must exclude the
                // officer or give one (reported once)
                if !missing.iter().any(String::is_empty) {
                    missing.push(String::new());
                    problems.push(Code::CoefficientMissing, "withheld", WorkMsg::WithheldNoCoefficient);
                }
                return None;
            }
        },
    };
    let score = row.total.max(Decimal::ZERO);
    let (method, weight) = match (decl.method, coefficient) {
        (AllocationMethod::GradeCoefficient, Some((c, _))) => (AllocationMethod::GradeCoefficient, Some(c)),
        (_, None) => (AllocationMethod::Score, Some(score)),
        (_, Some((c, _))) => (AllocationMethod::CoefficientTimesScore, c.checked_mul(score)),
    };
    let Some(weight) = weight else {
        problems.push(Code::Overflow, "", WorkMsg::Overflow);
        return None;
    };
    Some(Weighed { row, method, coefficient, weight, excluded: None })
}

/// The order of the remainder rule: larger remainder, higher total, smaller officer id.
fn remainder_order(parts: &[(usize, i128, Decimal, &OfficerId)]) -> Vec<usize> {
    let mut order: Vec<(usize, i128, Decimal, &OfficerId)> = parts.to_vec();
    sort_by(&mut order, |a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.3.cmp(b.3)));
    order.into_iter().map(|p| p.0).collect()
}

/// Shares the pool out over the rows as declared. Problem paths are relative to the declaration
/// (`pool`, `coefficients`, `vetoed.coefficient`); `E_NO_ELIGIBLE` has the empty path.
pub fn allocate(
    rows: &[ResultRow],
    decl: &AllocationDeclaration,
    lang: Lang,
) -> Result<Allocation, Problems> {
    let mut problems = Problems::new();
    let pool_fen = check(decl, &mut problems);
    let mut ordered: Vec<&ResultRow> = rows.iter().collect();
    sort_by(&mut ordered, |a, b| a.rank.cmp(&b.rank).then(a.officer.cmp(&b.officer)));
    let mut missing = Vec::new();
    let weighed: Vec<Weighed<'_>> =
        ordered.iter().filter_map(|r| weigh(r, decl, &mut missing, &mut problems)).collect();
    let weight_total = weighed.iter().try_fold(Decimal::ZERO, |sum, w| sum.checked_add(w.weight));
    let Some(weight_total) = weight_total else {
        problems.push(Code::Overflow, "", WorkMsg::Overflow);
        return Err(problems);
    };
    if problems.has_errors() {
        return Err(problems);
    }
    if !weight_total.micros().is_positive() {
        return Err(Problems::one(Code::NoEligible, "", WorkMsg::NoEligible));
    }
    let total_w = i128::from(weight_total.micros());
    let exact: Vec<(i64, i128)> = weighed
        .iter()
        .map(|w| {
            let numerator = i128::from(pool_fen) * i128::from(w.weight.micros());
            (i64::try_from(numerator / total_w).unwrap_or(0), numerator % total_w)
        })
        .collect();
    let floor_sum: i64 = exact.iter().map(|e| e.0).sum();
    let leftover = u32::try_from(pool_fen - floor_sum).unwrap_or(0);
    let parts: Vec<(usize, i128, Decimal, &OfficerId)> = weighed
        .iter()
        .zip(&exact)
        .enumerate()
        .filter(|(_, (w, _))| w.excluded.is_none())
        .map(|(i, (w, e))| (i, e.1, w.row.total, &w.row.officer))
        .collect();
    let order = remainder_order(&parts);
    let mut place = vec![None; weighed.len()];
    for (p, i) in order.iter().enumerate() {
        if let Some(slot) = place.get_mut(*i) {
            *slot = Some(u32::try_from(p + 1).unwrap_or(u32::MAX));
        }
    }
    let shares = weighed
        .iter()
        .zip(&exact)
        .zip(&place)
        .map(|((w, e), place)| share(w, *e, *place, pool_fen, weight_total, leftover, lang))
        .collect::<Vec<Share>>();
    let allocated_fen: i64 = shares.iter().map(|s| s.amount.micros() / MICROS_PER_FEN).sum();
    Ok(Allocation {
        pool: decl.pool,
        method: decl.method,
        weight_total,
        leftover_fen: leftover,
        allocated: Decimal::from_micros(allocated_fen * MICROS_PER_FEN),
        shares,
        summary: summary(decl, pool_fen, weight_total, leftover, lang),
    })
}

/// One officer's share and its lines.
fn share(
    w: &Weighed<'_>,
    (floor_fen, remainder): (i64, i128),
    place: Option<u32>,
    pool_fen: i64,
    weight_total: Decimal,
    leftover: u32,
    lang: Lang,
) -> Share {
    let got = place.is_some_and(|p| p <= leftover);
    let fen = floor_fen + i64::from(got);
    let mut facts = Vec::new();
    match w.excluded {
        Some(why) => facts.push(ShareFact::Excluded(why)),
        None => {
            let weight = w.weight;
            facts.push(ShareFact::Weight {
                method: w.method,
                coefficient: w.coefficient,
                total: w.row.total,
                weight,
            });
            let scaled = remainder * 1_000_000 / i128::from(weight_total.micros());
            let remainder = Decimal::from_micros(i64::try_from(scaled).unwrap_or(0));
            facts.push(ShareFact::Exact { pool_fen, weight, weight_total, floor_fen, remainder });
            if let Some(place) = place.filter(|_| leftover > 0) {
                facts.push(ShareFact::Remainder { place, leftover, got });
            }
            facts.push(ShareFact::Amount { fen });
        }
    }
    Share {
        officer: w.row.officer.clone(),
        name: w.row.name.clone(),
        total: w.row.total,
        grade: w.row.grade.clone(),
        coefficient: w.coefficient.map(|c| c.0),
        weight: w.weight,
        floor: Decimal::from_micros(floor_fen * MICROS_PER_FEN),
        extra_fen: u32::from(got),
        amount: Decimal::from_micros(fen * MICROS_PER_FEN),
        remainder_place: place,
        excluded: w.excluded,
        lines: facts.iter().map(|f| render_share(f, lang)).collect(),
    }
}
