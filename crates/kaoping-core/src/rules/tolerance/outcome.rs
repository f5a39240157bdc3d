//! The outcome of a tolerance decision (免责, 从轻, 减轻 or 不予容错): its leniency order. The
//! enum lives in the model layer ([`crate::model::tolerance`]), its words in the explain layer.

pub use crate::model::tolerance::Outcome;

impl Outcome {
    /// Leniency rank: 免责 3, 减轻 2, 从轻 1, 不予容错 0 (减轻 goes below the normal range,
    /// 从轻 stays at its lower end).
    pub fn leniency(self) -> u8 {
        match self {
            Outcome::Exempt => 3,
            Outcome::Mitigated => 2,
            Outcome::Lighter => 1,
            Outcome::NotTolerated => 0,
        }
    }

    /// Whether the incident is tolerated in some degree.
    pub fn is_tolerated(self) -> bool {
        self != Outcome::NotTolerated
    }

    /// The next less lenient outcome (不予容错 stays).
    pub fn one_step_down(self) -> Outcome {
        match self {
            Outcome::Exempt => Outcome::Mitigated,
            Outcome::Mitigated => Outcome::Lighter,
            Outcome::Lighter | Outcome::NotTolerated => Outcome::NotTolerated,
        }
    }
}
