//! Validation of dossiers against their scheme: inputs, occurrences, officer, sizes.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{is_valid_id, InputKey};
use crate::base::limits;
use crate::base::message::{DossierMsg, SchemeMsg};
use crate::base::sorted::{Seen, SortedMap, SortedSet};
use crate::model::dossier::Dossier;
use crate::model::scheme::{Comparison, InputKind, InputSource, Outside, Scheme};

use super::{input_named, scheme_named, short};

/// Checks a dossier against a scheme: inputs present and of the right kind, occurrences naming
/// known items, ids unique.
pub fn validate_dossier(scheme: &Scheme, dossier: &Dossier) -> Problems {
    check_dossier(scheme, &DossierRules::of(scheme), dossier)
}

/// What dossier validation needs from a scheme, computed once per scheme (an [`crate::Engine`]
/// keeps it, so a cohort of many dossiers does not rebuild it for each).
#[derive(Clone, Debug, Default)]
pub(crate) struct DossierRules {
    kinds: SortedMap<InputKey, InputKind>,
    required: SortedSet<InputKey>,
    /// Inputs the scheme derives from records (not required of a dossier that has records).
    derived: SortedSet<InputKey>,
    items: SortedSet<String>,
}

impl DossierRules {
    pub(crate) fn of(scheme: &Scheme) -> DossierRules {
        let kinds = scheme.inputs.iter().map(|d| (d.key.clone(), d.kind)).collect();
        let mut required = Vec::new();
        for (_, ind) in scheme.indicators() {
            match &ind.input {
                InputSource::Value { key } => {
                    required.push(key.clone());
                }
                InputSource::Ratio { numerator, denominator, .. } => {
                    required.extend(numerator.iter().chain(denominator).map(|t| t.key.clone()));
                }
                InputSource::Rated {} => {}
            }
        }
        let items = scheme
            .bonuses
            .items
            .iter()
            .chain(&scheme.deductions.items)
            .map(|i| i.id.as_str().to_owned())
            .chain(scheme.vetoes.iter().map(|v| v.id.as_str().to_owned()))
            .collect();
        let derived = scheme.inputs.iter().filter(|d| d.derive.is_some()).map(|d| d.key.clone()).collect();
        DossierRules {
            kinds,
            required: SortedSet::from_vec(required),
            derived: SortedSet::from_vec(derived),
            items,
        }
    }
}

/// [`validate_dossier`] with the scheme's rules computed beforehand.
pub(crate) fn check_dossier(scheme: &Scheme, rules: &DossierRules, dossier: &Dossier) -> Problems {
    check_dossier_given(scheme, rules, dossier, &dossier.records, true)
}

/// [`check_dossier`] of a dossier whose records come apart (`records`: a dossier whose derived
/// inputs were computed from them no longer carries them), checked only when `check_records`.
pub(crate) fn check_dossier_given(
    scheme: &Scheme,
    rules: &DossierRules,
    dossier: &Dossier,
    records: &[crate::model::records::Record],
    check_records: bool,
) -> Problems {
    let mut problems = Problems::new();
    let root = Path::root();
    if let Some(r) = &dossier.scheme {
        if r.id != scheme.id || r.version != scheme.version {
            problems.push(
                Code::SchemeMismatch,
                root.key("scheme"),
                DossierMsg::SchemeMismatch {
                    prepared: r.id.to_string(),
                    prepared_version: r.version.clone(),
                    used: scheme.id.to_string(),
                    used_version: scheme.version.clone(),
                },
            );
        }
    }
    check_officer(dossier.officer.id.as_str(), dossier.officer.name.chars().count(), &mut problems);
    check_sizes(dossier.inputs.len(), dossier.occurrences.len(), &mut problems);
    let kinds = &rules.kinds;
    let ip = root.key("inputs");
    // Both sides are sorted by key: one walk side by side.
    let mut kind_of = kinds.cursor();
    for (key, value) in &dossier.inputs {
        let p = || ip.key(key.as_str());
        match kind_of.seek(key) {
            None => problems.push(
                Code::UnknownInput,
                p(),
                DossierMsg::UnknownInput { scheme: scheme_named(scheme), key: short(key.as_str()) },
            ),
            Some(kind) => match kind_violation(*kind, *value) {
                Some(Code::NegativeCount) => problems.push(
                    Code::NegativeCount,
                    p(),
                    DossierMsg::NegativeCount { key: input_named(scheme, key), value: *value },
                ),
                Some(Code::NotInteger) => problems.push(
                    Code::NotInteger,
                    p(),
                    DossierMsg::NotInteger { key: input_named(scheme, key), value: *value },
                ),
                Some(code) => problems.push(
                    code,
                    p(),
                    DossierMsg::Percent { key: input_named(scheme, key), value: *value },
                ),
                None => {}
            },
        }
    }
    let mut given = dossier.inputs.cursor();
    let from_records = !records.is_empty();
    for key in &rules.required {
        if from_records && rules.derived.contains(key) {
            continue;
        }
        if given.seek(key).is_none() {
            problems.push(
                Code::MissingInput,
                ip.key(key.as_str()),
                DossierMsg::MissingInput { key: input_named(scheme, key) },
            );
        }
    }
    check_constraints(scheme, &dossier.inputs, &mut problems);
    if check_records {
        crate::rules::records::check::check_records(scheme, records, &mut problems);
    }
    check_occurrences(scheme, rules, &mut dossier.occurrences.iter().map(OccurrenceFacts::of), &mut problems);
    if let Some(cr) = &dossier.case_review {
        for (n, name) in
            [(cr.excellent, "excellent"), (cr.pass, "pass"), (cr.flawed, "flawed"), (cr.error, "error")]
        {
            if n > limits::MAX_OCCURRENCE_COUNT {
                problems.push(
                    Code::NumberRange,
                    root.key("caseReview").key(name),
                    DossierMsg::CaseReview { max: limits::MAX_OCCURRENCE_COUNT },
                );
            }
        }
    }
    problems
}

/// The officer checks of [`check_dossier`]: a valid id, a name of at most
/// [`limits::MAX_TEXT_CHARS`] characters (`name_chars`: its character count, or an upper bound
/// of it: a caller that only knows a bound declines on a problem instead of reporting it).
pub(crate) fn check_officer(id: &str, name_chars: usize, problems: &mut Problems) {
    let root = Path::root();
    if !is_valid_id(id) {
        problems.push(Code::InvalidId, root.key("officer").key("id"), DossierMsg::OfficerId);
    }
    if name_chars > limits::MAX_TEXT_CHARS {
        problems.push(Code::Limit, root.key("officer").key("name"), DossierMsg::NameTooLong);
    }
}

/// The size checks of [`check_dossier`]: numbers of inputs and of occurrences.
pub(crate) fn check_sizes(inputs: usize, occurrences: usize, problems: &mut Problems) {
    let root = Path::root();
    if inputs > limits::MAX_INPUTS {
        problems.push(Code::Limit, root.key("inputs"), DossierMsg::TooManyInputs { max: limits::MAX_INPUTS });
    }
    if occurrences > limits::MAX_OCCURRENCES {
        problems.push(
            Code::Limit,
            root.key("occurrences"),
            DossierMsg::TooManyOccurrences { max: limits::MAX_OCCURRENCES },
        );
    }
}

/// One occurrence as [`check_occurrences`] sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OccurrenceFacts<'a> {
    /// Occurrence id.
    pub(crate) id: &'a str,
    /// Item or veto id.
    pub(crate) item: &'a str,
    /// Count.
    pub(crate) count: u32,
    /// Date.
    pub(crate) date: crate::Date,
    /// Characters of `ref` and of `note` when present (or an upper bound of them, see
    /// [`check_officer`]).
    pub(crate) texts: [Option<usize>; 2],
}

impl<'a> OccurrenceFacts<'a> {
    /// The facts of a dossier's occurrence.
    pub(crate) fn of(o: &'a crate::model::dossier::Occurrence) -> OccurrenceFacts<'a> {
        let chars = |t: &Option<String>| t.as_ref().map(|t| t.chars().count());
        OccurrenceFacts {
            id: o.id.as_str(),
            item: o.item.as_str(),
            count: o.count,
            date: o.date,
            texts: [chars(&o.reference), chars(&o.note)],
        }
    }
}

/// The occurrence checks of [`check_dossier`]: ids valid and unique, items known, counts in
/// range, dates inside the scheme's period, texts not too long.
pub(crate) fn check_occurrences<'o>(
    scheme: &Scheme,
    rules: &DossierRules,
    occurrences: &mut dyn Iterator<Item = OccurrenceFacts<'o>>,
    problems: &mut Problems,
) {
    let root = Path::root();
    let items = &rules.items;
    let mut seen = Seen::new();
    for (i, occ) in occurrences.enumerate() {
        let p = || root.key("occurrences").index(i);
        if !is_valid_id(occ.id) {
            problems.push(Code::InvalidId, p().key("id"), DossierMsg::OccurrenceId { id: short(occ.id) });
        }
        if !seen.insert(occ.id) {
            problems.push(
                Code::DuplicateId,
                p().key("id"),
                DossierMsg::OccurrenceTwice { id: occ.id.to_owned() },
            );
        }
        if !items.contains(occ.item) {
            problems.push(
                Code::UnknownItem,
                p().key("item"),
                DossierMsg::UnknownItem { scheme: scheme_named(scheme), item: short(occ.item) },
            );
        }
        check_period(scheme, occ, &p, problems);
        if occ.count == 0 || occ.count > limits::MAX_OCCURRENCE_COUNT {
            problems.push(
                Code::NumberRange,
                p().key("count"),
                DossierMsg::OccurrenceCount { max: limits::MAX_OCCURRENCE_COUNT },
            );
        }
        for (chars, name) in occ.texts.into_iter().zip(["ref", "note"]) {
            if chars.is_some_and(|n| n > limits::MAX_TEXT_CHARS) {
                problems.push(
                    Code::Limit,
                    p().key(name),
                    SchemeMsg::TextTooLong { max: limits::MAX_TEXT_CHARS },
                );
            }
        }
    }
}

/// An occurrence dated outside the scheme's period: an error, or a warning where the scheme
/// says so (`period.outside`).
fn check_period(scheme: &Scheme, occ: OccurrenceFacts<'_>, at: &dyn Fn() -> Path, problems: &mut Problems) {
    let period = &scheme.period;
    if occ.date >= period.start && occ.date <= period.end {
        return;
    }
    let code = match period.outside {
        Outside::Error => Code::OutOfPeriod,
        Outside::Warning => Code::OutOfPeriodWarning,
    };
    problems.push(
        code,
        at().key("date"),
        DossierMsg::OutOfPeriod {
            item: super::item_named(scheme, occ.item),
            date: occ.date.to_string(),
            period: period.label.clone(),
            start: period.start.to_string(),
            end: period.end.to_string(),
        },
    );
}

/// The scheme's constraints between inputs that the dossier's inputs break (each applies when
/// both of its inputs are given), located at the left input.
fn check_constraints(scheme: &Scheme, inputs: &SortedMap<InputKey, Decimal>, problems: &mut Problems) {
    for c in &scheme.constraints {
        let (Some(&l), Some(&r)) = (inputs.get(&c.left), inputs.get(&c.right)) else { continue };
        if c.op.holds(l, r) {
            continue;
        }
        let words = match c.op {
            Comparison::Lt => "小于",
            Comparison::Le => "不大于",
            Comparison::Eq => "等于",
            Comparison::Ge => "不小于",
            Comparison::Gt => "大于",
        };
        problems.push(
            Code::Implausible,
            Path::root().key("inputs").key(c.left.as_str()),
            DossierMsg::Implausible {
                left: input_named(scheme, &c.left),
                left_value: l,
                sign: c.op.sign().to_owned(),
                words: words.to_owned(),
                right: input_named(scheme, &c.right),
                right_value: r,
            },
        );
    }
}

/// The rule an input value breaks for its kind, if any: counts are whole and not negative,
/// percentages lie in 0–100.
#[inline(always)]
pub(crate) fn kind_violation(kind: InputKind, value: Decimal) -> Option<Code> {
    match kind {
        InputKind::Count if value.is_negative() => Some(Code::NegativeCount),
        InputKind::Count if !value.is_integer() => Some(Code::NotInteger),
        InputKind::Percent if value < Decimal::ZERO || value > Decimal::HUNDRED => Some(Code::NumberRange),
        _ => None,
    }
}
