//! Validation of schemes: ids, weights, scoring functions, lists, grades, every problem at once.

use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path, Problems};
use crate::base::ids::{is_valid_id, InputKey};
use crate::base::limits;
use crate::base::message::{Field, Message, Named, Noun, SchemeMsg};
use crate::base::sorted::{Seen, SortedMap};
use crate::model::scheme::{
    Grade, InputKind, InputSource, ItemList, Role, Scheme, VetoEffect, SCHEMA_VERSION,
};

use super::short;

/// Weights may miss 1 by at most this much (10 millionths), so that thirds (0.333333) work.
pub const WEIGHT_TOLERANCE: Decimal = Decimal::from_micros(10);

/// Indicators that official rules ban from police assessment (公安部 2016/2015 clean-ups).
const POLICE_BANNED: &[&str] = &[
    "罚没款",
    "刑事拘留数",
    "行政拘留数",
    "发案数",
    "退查率",
    "破案率",
    "批捕率",
    "起诉率",
    "有罪判决率",
    "结案率",
];

/// Checks a parsed scheme. Returns every problem found, errors and warnings.
pub fn validate_scheme(scheme: &Scheme) -> Problems {
    let mut v = Validator { problems: Problems::new() };
    v.scheme(scheme);
    v.problems
}

pub(super) struct Validator {
    problems: Problems,
}

impl Validator {
    pub(super) fn push(&mut self, code: Code, path: impl Into<String>, message: impl Into<Message>) {
        self.problems.push(code, path, message);
    }

    /// Checks the id at `at.key`; the path is only built for a problem.
    fn id<'a>(&mut self, id: &'a str, at: &Path, key: &str, seen: &mut Seen<&'a str>, what: Noun) {
        if !is_valid_id(id) {
            self.push(Code::InvalidId, at.key(key), SchemeMsg::IdChars { what, id: short(id) });
        }
        if !seen.insert(id) {
            self.push(Code::DuplicateId, at.key(key), SchemeMsg::IdTwice { what, id: short(id) });
        }
    }

    /// Checks the text at `at.key`; the path is only built for a problem.
    fn text(&mut self, text: &str, at: &Path, key: &str) {
        if text.chars().count() > limits::MAX_TEXT_CHARS {
            self.push(Code::Limit, at.key(key), SchemeMsg::TextTooLong { max: limits::MAX_TEXT_CHARS });
        }
    }

    fn source(&mut self, source: Option<&String>, path: &Path, what: Noun, item: Named) {
        if source.is_none_or(|s| s.trim().is_empty()) {
            self.push(Code::Unsourced, path.key("source"), SchemeMsg::Unsourced { what, item });
        }
    }

    fn scheme(&mut self, s: &Scheme) {
        let root = Path::root();
        self.header(s);
        self.counts(s);
        self.reported_precision(s);
        self.inputs(s);
        let mut item_ids = Seen::new();
        self.list(&s.bonuses, &root.key("bonuses"), &mut item_ids, Noun::Bonus);
        self.list(&s.deductions, &root.key("deductions"), &mut item_ids, Noun::Deduction);
        self.grades(s);
        let grade_ids: Seen<&str> = s.grades.iter().map(|g| g.id.as_str()).collect();
        self.vetoes(s, &mut item_ids, &grade_ids);
        self.quotas(s, &grade_ids);
        self.committee(s);
        self.tie_break(s);
        self.published_stats(s);
        self.constraints(s);
        crate::rules::records::check::check_scheme_records(s, &mut self.problems);
    }

    /// Constraints between inputs name declared inputs.
    fn constraints(&mut self, s: &Scheme) {
        let declared: Seen<&str> = s.inputs.iter().map(|d| d.key.as_str()).collect();
        for (i, c) in s.constraints.iter().enumerate() {
            for (key, side) in [(&c.left, "left"), (&c.right, "right")] {
                if !declared.contains(key.as_str()) {
                    let path = Path::root().key("constraints").index(i).key(side);
                    self.push(
                        Code::UnknownRef,
                        path,
                        SchemeMsg::UndeclaredInput { input: short(key.as_str()) },
                    );
                }
            }
        }
    }

    /// The scheme's own fields: schema version, id, title, version, precision, period, bounds
    /// and full score.
    fn header(&mut self, s: &Scheme) {
        let root = Path::root();
        if s.schema_version != SCHEMA_VERSION {
            self.push(
                Code::SchemaVersion,
                root.key("schemaVersion"),
                SchemeMsg::SchemaVersion { given: s.schema_version, supported: SCHEMA_VERSION },
            );
        }
        if !is_valid_id(s.id.as_str()) {
            self.push(Code::InvalidId, root.key("id"), SchemeMsg::SchemeId { id: short(s.id.as_str()) });
        }
        self.text(&s.title, &root, "title");
        if s.version.trim().is_empty() || s.version.len() > 64 {
            self.push(Code::InvalidId, root.key("version"), SchemeMsg::Version);
        }
        if s.precision > 4 {
            self.push(
                Code::Precision,
                root.key("precision"),
                SchemeMsg::Precision { precision: s.precision },
            );
        }
        if s.period.end < s.period.start {
            self.push(Code::Date, root.key("period").key("end"), SchemeMsg::PeriodEnd);
        }
        if s.bounds.min >= s.bounds.max {
            self.push(Code::NumberRange, root.key("bounds"), SchemeMsg::Bounds);
        }
        if s.full_score <= Decimal::ZERO || s.full_score > limits::MAX_SCORE {
            self.push(
                Code::NumberRange,
                root.key("fullScore"),
                SchemeMsg::FullScore { max: limits::MAX_SCORE },
            );
        }
    }

    /// The declared inputs (ids and titles), the dimensions that read them, and optional inputs
    /// that an indicator reads.
    fn inputs(&mut self, s: &Scheme) {
        let root = Path::root();
        let inputs: SortedMap<&InputKey, InputKind> = s.inputs.iter().map(|d| (&d.key, d.kind)).collect();
        let mut seen = Seen::new();
        for (i, def) in s.inputs.iter().enumerate() {
            let p = root.key("inputs").index(i);
            self.id(def.key.as_str(), &p, "key", &mut seen, Noun::Input);
            self.text(&def.title, &p, "title");
        }

        let mut used_inputs = Seen::new();
        self.dimensions(s, &inputs, &mut used_inputs);
        for (i, def) in s.inputs.iter().enumerate() {
            if def.optional && used_inputs.contains(def.key.as_str()) {
                self.push(
                    Code::FunctionParams,
                    root.key("inputs").index(i).key("optional"),
                    SchemeMsg::OptionalRead { input: Named::titled(&def.title, def.key.as_str()) },
                );
            }
        }
    }

    /// Vetoes: ids, titles, sources and the grades their effects name.
    fn vetoes<'s>(&mut self, s: &'s Scheme, item_ids: &mut Seen<&'s str>, grade_ids: &Seen<&str>) {
        let root = Path::root();
        for (i, veto) in s.vetoes.iter().enumerate() {
            let p = root.key("vetoes").index(i);
            self.id(veto.id.as_str(), &p, "id", item_ids, Noun::Veto);
            self.text(&veto.title, &p, "title");
            self.source(veto.source.as_ref(), &p, Noun::Veto, Named::titled(&veto.title, veto.id.as_str()));
            let grade = match &veto.effect {
                VetoEffect::BlockGrade { grade } | VetoEffect::ForceGrade { grade } => Some(grade),
                VetoEffect::WithholdGrade {} => None,
            };
            if let Some(grade) = grade {
                if !grade_ids.contains(grade.as_str()) {
                    self.push(
                        Code::UnknownRef,
                        p.key("effect").key("grade"),
                        SchemeMsg::UnknownGrade { grade: short(grade.as_str()) },
                    );
                } else if matches!(veto.effect, VetoEffect::BlockGrade { .. })
                    && s.grades.last().is_some_and(|g| &g.id == grade)
                {
                    self.push(
                        Code::FunctionParams,
                        p.key("effect").key("grade"),
                        SchemeMsg::BlockLowest { grade: grade_named(s, grade.as_str()) },
                    );
                }
            }
        }
    }

    /// Quotas: known grades, never the lowest, one per grade, a share in (0, 1].
    fn quotas(&mut self, s: &Scheme, grade_ids: &Seen<&str>) {
        let root = Path::root();
        let mut quota_grades = Seen::new();
        for (i, q) in s.quotas.iter().enumerate() {
            let p = root.key("quotas").index(i);
            if !grade_ids.contains(q.grade.as_str()) {
                self.push(
                    Code::UnknownRef,
                    p.key("grade"),
                    SchemeMsg::UnknownGrade { grade: short(q.grade.as_str()) },
                );
            }
            if s.grades.len() > 1 && s.grades.last().is_some_and(|g| g.id == q.grade) {
                // Officers beyond the places move one grade down; below the lowest there is none,
                // so such a quota could never be honoured.
                self.push(
                    Code::FunctionParams,
                    p.key("grade"),
                    SchemeMsg::QuotaLowest { grade: grade_named(s, q.grade.as_str()) },
                );
            }
            if !quota_grades.insert(q.grade.as_str()) {
                self.push(
                    Code::DuplicateId,
                    p.key("grade"),
                    SchemeMsg::QuotaTwice { grade: grade_named(s, q.grade.as_str()) },
                );
            }
            if q.max_share <= Decimal::ZERO || q.max_share > Decimal::ONE {
                self.push(Code::NumberRange, p.key("maxShare"), SchemeMsg::MaxShare);
            }
        }
    }

    /// Committee rules, required when an indicator is rated.
    fn committee(&mut self, s: &Scheme) {
        let root = Path::root();
        let has_rated = s.indicators().any(|(_, i)| matches!(i.input, InputSource::Rated {}));
        match &s.committee {
            None if has_rated => self.push(Code::MissingField, root.key("committee"), SchemeMsg::NoCommittee),
            None => {}
            Some(c) => {
                let p = root.key("committee");
                if c.min_raters == 0 || c.min_raters > limits::MAX_RATERS {
                    self.push(
                        Code::NumberRange,
                        p.key("minRaters"),
                        SchemeMsg::MinRaters { max: limits::MAX_RATERS },
                    );
                }
                if c.disagreement_spread.is_some_and(|d| d < Decimal::ZERO) {
                    self.push(Code::NumberRange, p.key("disagreementSpread"), SchemeMsg::DisagreementSpread);
                }
            }
        }
    }

    /// Tie-break keys name known dimensions.
    fn tie_break(&mut self, s: &Scheme) {
        let root = Path::root();
        let dims: Seen<&str> = s.dimensions.iter().map(|d| d.id.as_str()).collect();
        for (i, key) in s.tie_break.iter().enumerate() {
            if let crate::model::scheme::TieBreakKey::Dimension { dimension } = key {
                if !dims.contains(dimension.as_str()) {
                    self.push(
                        Code::UnknownRef,
                        root.key("tieBreak").index(i).key("dimension"),
                        SchemeMsg::UnknownDimension { dimension: short(dimension.as_str()) },
                    );
                }
            }
        }
    }

    /// Published cohort statistics: known indicators, a non-negative spread, sorted values.
    fn published_stats(&mut self, s: &Scheme) {
        let root = Path::root();
        let indicator_ids: Seen<&str> = s.indicators().map(|(_, i)| i.id.as_str()).collect();
        for (id, stat) in &s.published_stats {
            let p = root.key("publishedStats").key(id.as_str());
            if !indicator_ids.contains(id.as_str()) {
                self.push(
                    Code::UnknownRef,
                    &p,
                    SchemeMsg::UnknownIndicator { indicator: short(id.as_str()) },
                );
            }
            if stat.sd < Decimal::ZERO {
                self.push(Code::NumberRange, p.key("sd"), SchemeMsg::NegativeSd);
            }
            if stat.values.windows(2).any(|w| matches!(w, [a, b] if a > b)) {
                self.push(Code::NonMonotone, p.key("values"), SchemeMsg::ValuesUnsorted);
            }
        }
    }

    /// Figures that enter the total as they are (bounds, list and item caps) must not carry more
    /// decimals than the scheme reports, or the total and its explanation would show digits
    /// beyond the declared precision.
    fn reported_precision(&mut self, s: &Scheme) {
        let dp = s.precision.min(4);
        let root = Path::root();
        let check = |v: &mut Self, value: Decimal, path: Path| {
            if value.round_dp(dp, s.rounding) != value {
                v.push(Code::Precision, path, SchemeMsg::MoreDecimals { value, dp });
            }
        };
        check(self, s.bounds.min, root.key("bounds").key("min"));
        check(self, s.bounds.max, root.key("bounds").key("max"));
        for (list, name) in [(&s.bonuses, "bonuses"), (&s.deductions, "deductions")] {
            if let Some(cap) = list.cap {
                check(self, cap, root.key(name).key("cap"));
            }
            for (i, item) in list.items.iter().enumerate() {
                if let Some(cap) = item.cap {
                    check(self, cap, root.key(name).key("items").index(i).key("cap"));
                }
            }
        }
    }

    fn counts(&mut self, s: &Scheme) {
        let root = Path::root();
        let indicators: usize = s.dimensions.iter().map(|d| d.indicators.len()).sum();
        let checks = [
            (s.dimensions.len(), limits::MAX_DIMENSIONS, "dimensions", Field::Dimensions),
            (indicators, limits::MAX_INDICATORS, "indicators", Field::Indicators),
            (s.bonuses.items.len(), limits::MAX_LIST_ITEMS, "bonuses.items", Field::BonusItems),
            (s.deductions.items.len(), limits::MAX_LIST_ITEMS, "deductions.items", Field::DeductionItems),
            (s.vetoes.len(), limits::MAX_LIST_ITEMS, "vetoes", Field::Vetoes),
            (s.grades.len(), limits::MAX_GRADES, "grades", Field::Grades),
            (s.inputs.len(), limits::MAX_INPUTS, "inputs", Field::Inputs),
        ];
        for (n, max, key, what) in checks {
            if n > max {
                self.push(Code::Limit, root.key(key), SchemeMsg::TooMany { n, what, max });
            }
        }
    }

    fn dimensions<'s>(
        &mut self,
        s: &'s Scheme,
        inputs: &SortedMap<&InputKey, InputKind>,
        used: &mut Seen<&'s str>,
    ) {
        let root = Path::root();
        if s.dimensions.is_empty() {
            self.push(Code::Empty, root.key("dimensions"), SchemeMsg::NoDimension);
            return;
        }
        let mut dim_ids = Seen::new();
        let mut ind_ids = Seen::new();
        let mut dim_sum = Decimal::ZERO;
        for (di, dim) in s.dimensions.iter().enumerate() {
            let dp = root.key("dimensions").index(di);
            self.id(dim.id.as_str(), &dp, "id", &mut dim_ids, Noun::Dimension);
            self.text(&dim.title, &dp, "title");
            self.weight(dim.weight, &dp, "weight");
            dim_sum = dim_sum.checked_add(dim.weight).unwrap_or(Decimal::MAX_INPUT);
            if dim.indicators.is_empty() {
                self.push(
                    Code::Empty,
                    dp.key("indicators"),
                    SchemeMsg::NoIndicators { dimension: Named::titled(&dim.title, dim.id.as_str()) },
                );
                continue;
            }
            let mut sum = Decimal::ZERO;
            for (ii, ind) in dim.indicators.iter().enumerate() {
                let p = dp.key("indicators").index(ii);
                self.id(ind.id.as_str(), &p, "id", &mut ind_ids, Noun::Indicator);
                self.text(&ind.title, &p, "title");
                self.source(
                    ind.source.as_ref(),
                    &p,
                    Noun::Indicator,
                    Named::titled(&ind.title, ind.id.as_str()),
                );
                self.weight(ind.weight, &p, "weight");
                sum = sum.checked_add(ind.weight).unwrap_or(Decimal::MAX_INPUT);
                if s.role == Role::Police {
                    if let Some(banned) = POLICE_BANNED.iter().find(|b| has_text(&ind.title, b)) {
                        self.push(
                            Code::BannedIndicator,
                            p.key("title"),
                            SchemeMsg::Banned { banned: (*banned).to_owned() },
                        );
                    }
                }
                let max = ind.max_score;
                if max <= Decimal::ZERO || max > limits::MAX_SCORE {
                    self.push(
                        Code::NumberRange,
                        p.key("maxScore"),
                        SchemeMsg::MaxScore { max: limits::MAX_SCORE },
                    );
                }
                let floor = ind.floor.unwrap_or(Decimal::ZERO);
                let cap = ind.cap.unwrap_or(max);
                if floor < Decimal::ZERO || cap > max || floor > cap {
                    self.push(Code::CapRange, &p, SchemeMsg::FloorCap);
                }
                self.input(&ind.input, &p.key("input"), inputs, used, max);
                self.function(&ind.scoring, &p.key("scoring"), max);
            }
            if (sum.checked_sub(Decimal::ONE).unwrap_or(Decimal::MAX_INPUT)).abs() > WEIGHT_TOLERANCE {
                self.push(
                    Code::WeightSum,
                    dp.key("indicators"),
                    SchemeMsg::IndicatorWeights {
                        dimension: Named::titled(&dim.title, dim.id.as_str()),
                        sum,
                    },
                );
            }
        }
        if (dim_sum.checked_sub(Decimal::ONE).unwrap_or(Decimal::MAX_INPUT)).abs() > WEIGHT_TOLERANCE {
            self.push(Code::WeightSum, root.key("dimensions"), SchemeMsg::DimensionWeights { sum: dim_sum });
        }
    }

    /// Checks the weight at `at.key`; the path is only built for a problem.
    fn weight(&mut self, w: Decimal, at: &Path, key: &str) {
        if w <= Decimal::ZERO || w > Decimal::ONE {
            self.push(Code::WeightRange, at.key(key), SchemeMsg::Weight { weight: w });
        }
    }

    fn input<'s>(
        &mut self,
        input: &'s InputSource,
        p: &Path,
        inputs: &SortedMap<&InputKey, InputKind>,
        used: &mut Seen<&'s str>,
        max: Decimal,
    ) {
        let mut check_key = |v: &mut Self, key: &'s InputKey, path: Path| {
            used.insert(key.as_str());
            if !inputs.contains_key(key) {
                v.push(Code::UnknownRef, path, SchemeMsg::UndeclaredInput { input: short(key.as_str()) });
            }
        };
        match input {
            InputSource::Value { key } => check_key(self, key, p.key("key")),
            InputSource::Ratio { numerator, denominator, multiplier, if_zero } => {
                for (name, side, terms) in [
                    ("numerator", Field::Numerator, numerator),
                    ("denominator", Field::Denominator, denominator),
                ] {
                    if terms.is_empty() {
                        self.push(Code::Empty, p.key(name), SchemeMsg::NoTerms { side });
                    }
                    for (i, t) in terms.iter().enumerate() {
                        check_key(self, &t.key, p.key(name).index(i).key("key"));
                        if t.coef.is_zero() {
                            self.push(
                                Code::NumberRange,
                                p.key(name).index(i).key("coef"),
                                SchemeMsg::ZeroCoef,
                            );
                        }
                    }
                }
                if multiplier.is_zero() {
                    self.push(Code::NumberRange, p.key("multiplier"), SchemeMsg::ZeroMultiplier);
                }
                if if_zero.is_some_and(|z| z < Decimal::ZERO || z > max) {
                    self.push(Code::NumberRange, p.key("ifZero"), SchemeMsg::IfZero);
                }
            }
            InputSource::Rated {} => {}
        }
    }

    fn list<'a>(&mut self, list: &'a ItemList, p: &Path, seen: &mut Seen<&'a str>, what: Noun) {
        if list.cap.is_some_and(|c| c < Decimal::ZERO) {
            self.push(Code::CapRange, p.key("cap"), SchemeMsg::ListCap);
        }
        for (i, item) in list.items.iter().enumerate() {
            let ip = p.key("items").index(i);
            self.id(item.id.as_str(), &ip, "id", seen, what);
            self.text(&item.title, &ip, "title");
            self.source(item.source.as_ref(), &ip, what, Named::titled(&item.title, item.id.as_str()));
            if item.points <= Decimal::ZERO || item.points > limits::MAX_SCORE {
                self.push(
                    Code::NumberRange,
                    ip.key("points"),
                    SchemeMsg::ItemPoints { max: limits::MAX_SCORE },
                );
            }
            if item.cap.is_some_and(|c| c < Decimal::ZERO) {
                self.push(Code::CapRange, ip.key("cap"), SchemeMsg::ItemCap);
            }
        }
    }

    fn grades(&mut self, s: &Scheme) {
        let root = Path::root();
        let gp = root.key("grades");
        if s.grades.is_empty() {
            self.push(Code::Empty, &gp, SchemeMsg::NoGrade);
            return;
        }
        let mut seen = Seen::new();
        for (i, g) in s.grades.iter().enumerate() {
            let p = gp.index(i);
            self.id(g.id.as_str(), &p, "id", &mut seen, Noun::Grade);
            self.text(&g.title, &p, "title");
            if g.min >= g.max {
                self.push(
                    Code::NumberRange,
                    &p,
                    SchemeMsg::GradeMinMax { grade: Named::titled(&g.title, g.id.as_str()) },
                );
            }
        }
        for (i, w) in s.grades.windows(2).enumerate() {
            if let [better, worse] = w {
                let p = gp.index(i + 1);
                if worse.min >= better.min {
                    self.push(Code::NonMonotone, p.key("min"), SchemeMsg::GradeOrder);
                } else if worse.max > better.min {
                    self.push(
                        Code::GradeOverlap,
                        p.key("max"),
                        SchemeMsg::GradeOverlap {
                            worse: Named::titled(&worse.title, worse.id.as_str()),
                            worse_max: worse.max,
                            better: Named::titled(&better.title, better.id.as_str()),
                            better_min: better.min,
                        },
                    );
                } else if worse.max < better.min {
                    self.push(
                        Code::GradeGap,
                        p.key("max"),
                        SchemeMsg::GradeGap { from: worse.max, to: better.min },
                    );
                }
            }
        }
        let covered = |g: Option<&Grade>| g.map(|g| (g.min, g.max));
        if let Some((_, top)) = covered(s.grades.first()) {
            if top < s.bounds.max {
                self.push(Code::GradeGap, gp.index(0).key("max"), SchemeMsg::GapAbove { top });
            }
        }
        if let Some((bottom, _)) = covered(s.grades.last()) {
            if bottom > s.bounds.min {
                self.push(
                    Code::GradeGap,
                    gp.index(s.grades.len().saturating_sub(1)).key("min"),
                    SchemeMsg::GapBelow { bottom },
                );
            }
        }
    }
}

/// Whether `text` contains `part` (a plain scan: titles are short, and it spares the binary the
/// standard library's general substring searcher).
fn has_text(text: &str, part: &str) -> bool {
    part.is_empty() || text.as_bytes().windows(part.len()).any(|w| w == part.as_bytes())
}

/// A grade of the scheme named by its title (the id alone when the scheme has no such grade).
fn grade_named(scheme: &Scheme, id: &str) -> Named {
    let title = scheme.grades.iter().find(|g| g.id.as_str() == id).map(|g| g.title.as_str());
    Named::titled(title.unwrap_or(""), id)
}
