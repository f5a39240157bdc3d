//! Assessing a whole cohort (考评对象): every officer's result, cohort-relative indicators
//! standardised over the cohort, a deterministic ranking, and grades after quotas (名额).
//!
//! [`assess_cohort`] does not depend on the order of its inputs: dossiers are taken in
//! officer-id order, sheets in rater-id order, and the ranking is a total order (officer id is
//! always the last tie-break key).

pub mod context;
pub mod quota;
pub mod ranking;
mod standing;
pub mod table;
pub mod tie_break;

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problem, Problems};
use crate::base::fingerprint::{Fingerprinter, ENGINE_VERSION};
use crate::base::ids::{IndicatorId, OfficerId};
use crate::base::limits;
use crate::base::message::WorkMsg;
use crate::base::sorted::SortedMap;
use crate::model::assessment::{Assessment, Flags, GradeRef, Waiver};
use crate::model::dossier::{Dossier, Officer, SchemeRef};
use crate::model::explanation::Lang;
use crate::model::scheme::{CohortStat, RelativeMethod, ScoringFunction, TieBreakKey, VetoEffect};
use crate::rules::assess::{AssessOptions, Assessor};
use crate::rules::committee::{Committee, ScoreSheet};
use crate::rules::scoring::cohort_stat;

pub use quota::{QuotaChange, QuotaOutcome};
pub use ranking::TieNote;
pub(crate) use standing::{rank_with_quotas, Ranking, Standing};
pub use tie_break::effective_keys;

/// Everything a cohort assessment reads besides the scheme.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CohortInput {
    /// One dossier per officer.
    pub dossiers: Vec<Dossier>,
    /// The committee that rates the rated indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<Committee>,
    /// The members' score sheets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sheets: Vec<ScoreSheet>,
    /// Tolerance decisions' effects, by officer.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<OfficerId, Waiver[]>"))]
    pub waivers: SortedMap<OfficerId, Vec<Waiver>>,
    /// Tolerance decisions (容错决定) from [`crate::rules::tolerance`]; each one's waivers apply to its
    /// officer, after any in `waivers`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<crate::rules::tolerance::Decision>,
}

/// Options of a cohort assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CohortOptions {
    /// Keep every officer's explanation lines. Default true.
    #[serde(default = "yes")]
    pub trace: bool,
    /// Fingerprint the inputs, every officer's result and the cohort result. Default true.
    #[serde(default = "yes")]
    pub fingerprint: bool,
    /// Keep every officer's full assessment in the result. Default true; turn off for very
    /// large cohorts when the ranked table is what is needed.
    #[serde(default = "yes")]
    pub details: bool,
    /// Language of texts. Default Chinese.
    #[serde(default)]
    pub lang: Lang,
}

fn yes() -> bool {
    true
}

impl Default for CohortOptions {
    fn default() -> Self {
        CohortOptions { trace: true, fingerprint: true, details: true, lang: Lang::Zh }
    }
}

/// One officer in the cohort result.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct CohortEntry {
    /// Rank, 1 = best.
    pub rank: u32,
    /// The officer.
    pub officer: Officer,
    /// Total score.
    pub total: Decimal,
    /// The grade the total alone gives.
    pub score_grade: GradeRef,
    /// The grade after vetoes, before quotas (`None`: withheld).
    pub pre_quota_grade: Option<GradeRef>,
    /// The final grade after quotas (`None`: withheld).
    pub grade: Option<GradeRef>,
    /// Whether a quota changed the grade.
    #[serde(default)]
    pub quota_changed: bool,
    /// Flags (veto, incomplete, disagreement, tolerance).
    pub flags: Flags,
    /// Present when the officer tied with the one above on the first key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tie: Option<TieNote>,
    /// The full assessment (unless `details` was turned off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
}

/// Fingerprints of everything a cohort result depends on.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct InputFingerprints {
    /// The scheme.
    pub scheme: String,
    /// The dossiers, in officer-id order.
    pub dossiers: String,
    /// The committee (members and recusals).
    pub committee: String,
    /// The score sheets, in rater-id order, ratings sorted.
    pub sheets: String,
    /// The tolerance waivers.
    pub waivers: String,
}

/// The result of a cohort assessment.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[cfg_attr(feature = "tsify", tsify(hashmap_as_object))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct CohortResult {
    /// Assessor version.
    pub engine: String,
    /// Scheme id and version.
    pub scheme: SchemeRef,
    /// Officers in the cohort.
    pub size: u32,
    /// Decimal places of the scheme's scores.
    pub precision: u32,
    /// Every officer, in rank order.
    pub officers: Vec<CohortEntry>,
    /// The tie-break order used.
    pub tie_break: Vec<TieBreakKey>,
    /// What each quota did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotas: Vec<QuotaOutcome>,
    /// Officers whose grade a quota changed, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<QuotaChange>,
    /// Live cohort statistics of cohort-relative indicators.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<IndicatorId, CohortStat>"))]
    pub stats: SortedMap<IndicatorId, CohortStat>,
    /// Warnings (unsigned sheets, missing ratings).
    #[serde(default)]
    pub warnings: Problems,
    /// Fingerprints of the inputs (when fingerprints are on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<InputFingerprints>,
    /// Fingerprint of the result: inputs plus every rank, total and grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

impl CohortResult {
    /// The entry of an officer.
    pub fn entry(&self, officer: &OfficerId) -> Option<&CohortEntry> {
        self.officers.iter().find(|e| &e.officer.id == officer)
    }

    /// Officers with any flag that needs the committee's attention (incomplete, disagreement).
    pub fn needs_attention(&self) -> Vec<&OfficerId> {
        self.officers
            .iter()
            .filter(|e| e.flags.incomplete || e.flags.disagreement)
            .map(|e| &e.officer.id)
            .collect()
    }
}

/// Assesses a cohort: aggregates the committee's ratings, standardises cohort-relative
/// indicators over the cohort, assesses every officer, ranks them by the scheme's tie-break
/// order and applies the quotas. All problems of all officers come back at once; paths are
/// relative to the cohort input (`dossiers[3].inputs.an`, `sheets[1].ratings[0].officer`).
pub fn assess_cohort(
    engine: &Assessor,
    input: &CohortInput,
    options: &CohortOptions,
) -> Result<CohortResult, Problems> {
    let scheme = engine.scheme();
    let contexts = prepare(engine, input)?;
    let Assessed { rows, keys, ranking, stats, warnings, dossier_fps, .. } =
        assess_ranked_with(engine, input, &contexts, options)?;
    let Ranking { ranked, finals, quotas, changes } = ranking;
    let mut rows: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let mut entries = Vec::with_capacity(finals.len());
    for ((rank, row, grade_pos), (_, note)) in finals.into_iter().zip(ranked) {
        let Some(r) = rows.get_mut(row).and_then(Option::take) else { continue };
        let grade = grade_pos
            .and_then(|p| scheme.grades.get(p))
            .map(|g| GradeRef { id: g.id.clone(), title: g.title.clone() });
        entries.push(CohortEntry {
            rank,
            officer: r.officer,
            total: r.total,
            score_grade: r.score_grade,
            quota_changed: grade_pos != r.grade_pos,
            pre_quota_grade: r.grade,
            grade,
            flags: r.flags,
            tie: note,
            assessment: r.assessment,
        });
    }

    let inputs =
        options.fingerprint.then(|| input_fingerprints(engine, input, &dossier_fps, &contexts.waivers));
    let fingerprint = inputs.as_ref().map(|inp| result_fingerprint(inp, &entries));
    Ok(CohortResult {
        engine: ENGINE_VERSION.to_owned(),
        scheme: engine.scheme_ref(),
        size: u32::try_from(entries.len()).unwrap_or(u32::MAX),
        precision: scheme.precision,
        officers: entries,
        tie_break: keys,
        quotas,
        changes,
        stats,
        warnings,
        inputs,
        fingerprint,
    })
}

/// A cohort assessed and ranked with its quotas applied, before its result is written out
/// (what the session keeps): rows in officer-id order, with their tie-break key values.
pub(crate) struct Assessed {
    pub(crate) rows: Vec<Row>,
    pub(crate) key_values: Vec<Decimal>,
    pub(crate) keys: Vec<TieBreakKey>,
    pub(crate) ranking: Ranking,
    pub(crate) stats: SortedMap<IndicatorId, CohortStat>,
    pub(crate) warnings: Problems,
    pub(crate) dossier_fps: Vec<String>,
}

/// The cohort's checks and contexts (committee ratings, waivers) before it is assessed.
fn prepare<'a>(engine: &Assessor, input: &'a CohortInput) -> Result<context::CohortContext<'a>, Problems> {
    if input.dossiers.is_empty() {
        return Err(Problems::one(Code::Empty, "dossiers", WorkMsg::NoDossier));
    }
    if input.dossiers.len() > limits::MAX_COHORT {
        return Err(Problems::one(
            Code::Limit,
            "dossiers",
            WorkMsg::TooManyOfficers { max: limits::MAX_COHORT },
        ));
    }
    context::CohortContext::new(engine.scheme(), input)
}

/// [`assess_cohort`] up to the ranking and the quotas, the result not written out.
pub(crate) fn assess_ranked(
    engine: &Assessor,
    input: &CohortInput,
    options: &CohortOptions,
) -> Result<Assessed, Problems> {
    let contexts = prepare(engine, input)?;
    assess_ranked_with(engine, input, &contexts, options)
}

fn assess_ranked_with(
    engine: &Assessor,
    input: &CohortInput,
    contexts: &context::CohortContext<'_>,
    options: &CohortOptions,
) -> Result<Assessed, Problems> {
    let scheme = engine.scheme();
    let mut problems = Problems::new();
    problems.extend(contexts.warnings.clone());
    let (stats, mut problems) = live_stats(engine, input, contexts, options, problems)?;
    let keys = effective_keys(scheme);
    let AssessedRows { rows, key_values, dossier_fps } =
        match assess_rows(engine, input, contexts, options, &stats, &keys) {
            Ok(r) => r,
            Err(errors) => {
                problems.extend(errors);
                return Err(problems);
            }
        };
    // ranking and quotas
    let standings: Vec<Standing<'_>> = rows
        .iter()
        .map(|r| Standing {
            officer: &r.officer.id,
            unit: r.officer.unit.as_deref(),
            total: r.total,
            score_pos: r.score_pos,
            grade_pos: r.grade_pos,
            fixed: r.fixed,
            blocked: r.blocked,
        })
        .collect();
    let ranking = rank_with_quotas(scheme, &keys, &key_values, &standings, options.lang);
    drop(standings);
    Ok(Assessed { rows, key_values, keys, ranking, stats, warnings: problems, dossier_fps })
}

/// Live statistics of the cohort-relative indicators: a first pass over the cohort for their
/// raw values (with placeholder statistics), then each indicator's statistic. `problems` holds
/// the warnings so far; they come back with the statistics, or in front of the errors.
fn live_stats(
    engine: &Assessor,
    input: &CohortInput,
    contexts: &context::CohortContext<'_>,
    options: &CohortOptions,
    mut problems: Problems,
) -> Result<(SortedMap<IndicatorId, CohortStat>, Problems), Problems> {
    let scheme = engine.scheme();
    let order = &contexts.order;
    let relative: Vec<(&IndicatorId, RelativeMethod)> = scheme
        .indicators()
        .filter_map(|(_, i)| match &i.scoring {
            ScoringFunction::CohortRelative { method, .. } => Some((&i.id, *method)),
            _ => None,
        })
        .collect();
    let quiet = AssessOptions { trace: false, fingerprint: false, lang: options.lang };
    let mut stats: SortedMap<IndicatorId, CohortStat> = SortedMap::new();
    if !relative.is_empty() {
        let placeholder: SortedMap<IndicatorId, CohortStat> = relative
            .iter()
            .map(|(id, _)| {
                (
                    (*id).clone(),
                    CohortStat { count: 0, mean: Decimal::ZERO, sd: Decimal::ZERO, values: vec![] },
                )
            })
            .collect();
        let mut raws: SortedMap<&IndicatorId, Vec<Decimal>> =
            placeholder.keys().map(|id| (id, Vec::new())).collect();
        let mut errors = Problems::new();
        for &i in order {
            let Some(d) = input.dossiers.get(i) else { continue };
            let context = contexts.of(&d.officer.id, Some(&placeholder));
            match engine.assess_with(d, &context, &quiet) {
                Ok(a) => {
                    for ind in a.dimensions.iter().flat_map(|dim| dim.indicators.iter()) {
                        if let (Some(raw), Some(values)) = (ind.raw, raws.get_mut(&ind.id)) {
                            values.push(raw);
                        }
                    }
                }
                Err(p) => errors.extend(dossier_problems(p, i, &d.officer.id)),
            }
        }
        if errors.has_errors() {
            problems.extend(errors);
            return Err(problems);
        }
        for (id, method) in &relative {
            let values = raws.get(id).map_or(&[][..], Vec::as_slice);
            let stat = cohort_stat(values, *method == RelativeMethod::Rank).ok_or_else(|| {
                Problems::one(
                    Code::Overflow,
                    "dossiers",
                    WorkMsg::StatsOverflow { indicator: crate::rules::validate::indicator_named(scheme, id) },
                )
            })?;
            stats.insert((*id).clone(), stat);
        }
    }

    Ok((stats, problems))
}

/// What [`assess_rows`] gives: one row per officer in officer-id order, their tie-break key
/// values (`stride` per row), and the dossiers' fingerprints when fingerprints are asked for.
struct AssessedRows {
    rows: Vec<Row>,
    key_values: Vec<Decimal>,
    dossier_fps: Vec<String>,
}

/// Every officer assessed in their context with the live statistics (and fingerprinted when
/// asked), with their tie-break key values (`keys`, officer id left out) and the dossiers'
/// fingerprints; the officers' problems, located in the cohort input, when any fails.
fn assess_rows(
    engine: &Assessor,
    input: &CohortInput,
    contexts: &context::CohortContext<'_>,
    options: &CohortOptions,
    stats: &SortedMap<IndicatorId, CohortStat>,
    keys: &[TieBreakKey],
) -> Result<AssessedRows, Problems> {
    let scheme = engine.scheme();
    let order = &contexts.order;
    let per_officer = AssessOptions { trace: options.trace, fingerprint: false, lang: options.lang };
    let scheme_fp = engine.scheme_fingerprint();
    let stats_fp = if options.fingerprint {
        crate::base::fingerprint::fingerprint("cohortStats", stats)
    } else {
        String::new()
    };
    let stride = keys.iter().filter(|k| !matches!(k, TieBreakKey::OfficerId {})).count();
    let mut rows: Vec<Row> = Vec::with_capacity(order.len());
    let mut key_values: Vec<Decimal> = Vec::with_capacity(order.len().saturating_mul(stride));
    let mut dossier_fps: Vec<String> = Vec::with_capacity(if options.fingerprint { order.len() } else { 0 });
    let mut errors = Problems::new();
    for &i in order {
        let Some(d) = input.dossiers.get(i) else { continue };
        let context = contexts.of(&d.officer.id, Some(stats));
        match engine.assess_with(d, &context, &per_officer) {
            Ok(mut a) => {
                if options.fingerprint {
                    // the dossier is serialised once: its own fingerprint feeds both the
                    // officer's result fingerprint and the cohort's input fingerprint
                    let dossier_fp = crate::base::fingerprint::fingerprint("dossier", d);
                    let mut f = Fingerprinter::new("cohortAssessment");
                    f.add("scheme", scheme_fp);
                    f.add("dossier", &dossier_fp);
                    if !context.waivers.is_empty() {
                        f.add("waivers", context.waivers);
                    }
                    if let Some(rated) = context.rated {
                        f.add("rated", rated);
                    }
                    f.add("stats", &stats_fp);
                    a.fingerprint = Some(f.finish());
                    dossier_fps.push(dossier_fp);
                }
                tie_break::push_values(&a, keys, &mut key_values);
                rows.push(Row::of(scheme, a, options.details));
            }
            Err(p) => errors.extend(dossier_problems(p, i, &d.officer.id)),
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    Ok(AssessedRows { rows, key_values, dossier_fps })
}

/// The fingerprint of a cohort result: its inputs plus every rank, total and grade.
pub(crate) fn result_fingerprint(inputs: &InputFingerprints, entries: &[CohortEntry]) -> String {
    let mut f = Fingerprinter::new("cohortResult");
    f.add("inputs", inputs);
    for e in entries {
        f.add("entry", &(e.rank, &e.officer.id, e.total, e.grade.as_ref().map(|g| &g.id)));
    }
    f.finish()
}

/// What ranking and quotas need of one officer's result (the session keeps one per officer).
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub(crate) officer: Officer,
    pub(crate) total: Decimal,
    pub(crate) score_grade: GradeRef,
    pub(crate) score_pos: usize,
    pub(crate) grade: Option<GradeRef>,
    pub(crate) grade_pos: Option<usize>,
    pub(crate) flags: Flags,
    pub(crate) fixed: bool,
    pub(crate) blocked: bool,
    pub(crate) assessment: Option<Assessment>,
}

impl Row {
    pub(crate) fn of(scheme: &crate::model::scheme::Scheme, a: Assessment, keep: bool) -> Row {
        let (mut fixed, mut blocked) = (false, false);
        for v in a.vetoes.iter().filter(|v| !v.waived) {
            match v.effect {
                VetoEffect::BlockGrade { .. } => blocked = true,
                VetoEffect::ForceGrade { .. } | VetoEffect::WithholdGrade {} => fixed = true,
            }
        }
        let score_pos = scheme.grade_rank(&a.score_grade.id).unwrap_or(0);
        let grade_pos = a.grade.as_ref().and_then(|g| scheme.grade_rank(&g.id));
        if keep {
            Row {
                officer: a.officer.clone(),
                total: a.total,
                score_grade: a.score_grade.clone(),
                score_pos,
                grade: a.grade.clone(),
                grade_pos,
                flags: a.flags,
                fixed,
                blocked,
                assessment: Some(a),
            }
        } else {
            Row {
                officer: a.officer,
                total: a.total,
                score_grade: a.score_grade,
                score_pos,
                grade: a.grade,
                grade_pos,
                flags: a.flags,
                fixed,
                blocked,
                assessment: None,
            }
        }
    }
}

fn dossier_problems(p: Problems, index: usize, officer: &OfficerId) -> Problems {
    let dossier_path = Path::root().key("dossiers").index(index);
    Problems(
        p.0.into_iter()
            .map(|p| {
                let path = if let Some(rest) = p.path.strip_prefix("waivers") {
                    format!("waivers.{officer}{rest}")
                } else if p.path.is_empty() {
                    dossier_path.to_string()
                } else {
                    format!("{dossier_path}.{}", p.path)
                };
                Problem { path, ..p }.of_officer(officer.as_str())
            })
            .collect(),
    )
}

pub(crate) fn input_fingerprints(
    engine: &Assessor,
    input: &CohortInput,
    dossier_fps: &[String],
    waivers: &SortedMap<&OfficerId, Vec<Waiver>>,
) -> InputFingerprints {
    // the dossiers' own fingerprints, in officer-id order
    let mut dossiers = Fingerprinter::new("cohortDossiers");
    for fp in dossier_fps {
        dossiers.add("dossier", fp);
    }
    let committee = crate::base::fingerprint::fingerprint(
        "committee",
        &input.committee.as_ref().map(|c| {
            let mut c = c.clone();
            crate::base::sort::sort_by(&mut c.members, |a, b| a.id.cmp(&b.id));
            crate::base::sort::sort_by(&mut c.recusals, |a, b| {
                (&a.rater, &a.officer).cmp(&(&b.rater, &b.officer))
            });
            c
        }),
    );
    let mut sheets: Vec<ScoreSheet> = input.sheets.clone();
    crate::base::sort::sort_by(&mut sheets, |a, b| a.rater.cmp(&b.rater));
    for s in &mut sheets {
        crate::base::sort::sort_by(&mut s.ratings, |a, b| {
            (&a.officer, &a.indicator).cmp(&(&b.officer, &b.indicator))
        });
    }
    InputFingerprints {
        scheme: engine.scheme_fingerprint().to_owned(),
        dossiers: dossiers.finish(),
        committee,
        sheets: crate::base::fingerprint::fingerprint("sheets", &sheets),
        waivers: crate::base::fingerprint::fingerprint("waivers", waivers),
    }
}

/// Assesses a cohort with a scheme (validated first).
pub fn assess_cohort_with_scheme(
    scheme: &crate::model::scheme::Scheme,
    input: &CohortInput,
    options: &CohortOptions,
) -> Result<CohortResult, Problems> {
    assess_cohort(&Assessor::new(scheme.clone())?, input, options)
}
