//! Validation of an indicator's scoring function: parameters in order, breakpoints increasing,
//! scores within the indicator's maximum.

use super::scheme::Validator;
use crate::base::decimal::Decimal;
use crate::base::error::{Code, Path};
use crate::base::limits;
use crate::base::message::SchemeMsg;
use crate::model::scheme::ScoringFunction;

impl Validator {
    /// Checks the scoring function at `p` of an indicator scored out of `max`.
    pub(super) fn function(&mut self, f: &ScoringFunction, p: &Path, max: Decimal) {
        let params = |v: &mut Self, msg: SchemeMsg| v.push(Code::FunctionParams, p, msg);
        match f {
            ScoringFunction::HigherIsBetter { floor, target } => {
                if floor >= target {
                    params(self, SchemeMsg::HigherIsBetter);
                }
            }
            ScoringFunction::LowerIsBetter { target, floor } => {
                if target >= floor {
                    params(self, SchemeMsg::LowerIsBetter);
                }
            }
            ScoringFunction::TargetRange { zero_below, lower, upper, zero_above } => {
                if !(zero_below < lower && lower <= upper && upper < zero_above) {
                    params(self, SchemeMsg::TargetRange);
                }
            }
            ScoringFunction::Threshold { per_unit, unit, .. } => {
                if *per_unit <= Decimal::ZERO {
                    self.push(Code::FunctionParams, p.key("perUnit"), SchemeMsg::PerUnit);
                }
                if *unit <= Decimal::ZERO {
                    self.push(Code::FunctionParams, p.key("unit"), SchemeMsg::Unit);
                }
            }
            ScoringFunction::Piecewise { points } => {
                if points.len() < 2 {
                    self.push(Code::FunctionParams, p.key("points"), SchemeMsg::FewPoints);
                }
                if points.len() > limits::MAX_BREAKPOINTS {
                    self.push(
                        Code::Limit,
                        p.key("points"),
                        SchemeMsg::ManyPoints { max: limits::MAX_BREAKPOINTS },
                    );
                }
                for (i, w) in points.windows(2).enumerate() {
                    if let [a, b] = w {
                        if a.x >= b.x {
                            self.push(
                                Code::NonMonotone,
                                p.key("points").index(i + 1).key("x"),
                                SchemeMsg::PointX { x: b.x, after: a.x },
                            );
                        }
                    }
                }
                for (i, pt) in points.iter().enumerate() {
                    if pt.y < Decimal::ZERO || pt.y > max {
                        self.push(
                            Code::NumberRange,
                            p.key("points").index(i).key("y"),
                            SchemeMsg::PointY { y: pt.y, max },
                        );
                    }
                }
            }
            ScoringFunction::Steps { steps } => {
                if steps.is_empty() {
                    self.push(Code::Empty, p.key("steps"), SchemeMsg::NoSteps);
                }
                if steps.len() > limits::MAX_BREAKPOINTS {
                    self.push(
                        Code::Limit,
                        p.key("steps"),
                        SchemeMsg::ManySteps { max: limits::MAX_BREAKPOINTS },
                    );
                }
                for (i, w) in steps.windows(2).enumerate() {
                    if let [a, b] = w {
                        if a.from >= b.from {
                            self.push(
                                Code::NonMonotone,
                                p.key("steps").index(i + 1).key("from"),
                                SchemeMsg::StepFrom { from: b.from, after: a.from },
                            );
                        }
                    }
                }
                for (i, st) in steps.iter().enumerate() {
                    if st.score < Decimal::ZERO || st.score > max {
                        self.push(
                            Code::NumberRange,
                            p.key("steps").index(i).key("score"),
                            SchemeMsg::StepScore { score: st.score, max },
                        );
                    }
                }
            }
            ScoringFunction::Direct {} => {}
            ScoringFunction::CohortRelative { center, spread, .. } => {
                if *center < Decimal::ZERO || *center > max {
                    self.push(Code::NumberRange, p.key("center"), SchemeMsg::Center);
                }
                if *spread <= Decimal::ZERO {
                    self.push(Code::FunctionParams, p.key("spread"), SchemeMsg::Spread);
                }
            }
        }
    }
}
