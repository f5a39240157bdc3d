//! The outcome of a tolerance decision: 免责, 从轻, 减轻 or 不予容错.

/// Outcome of a tolerance decision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// 免责: exempt; the linked deductions and vetoes are removed.
    Exempt,
    /// 从轻: lighter; linked deductions are reduced to the policy's `shares.lighter`.
    Lighter,
    /// 减轻: mitigated; linked deductions are reduced to the policy's `shares.mitigated`.
    Mitigated,
    /// 不予容错: not tolerated; the linked deductions and vetoes stay.
    NotTolerated,
}

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

    /// The Chinese label (免责 / 从轻 / 减轻 / 不予容错).
    pub fn zh(self) -> &'static str {
        match self {
            Outcome::Exempt => "免责",
            Outcome::Lighter => "从轻",
            Outcome::Mitigated => "减轻",
            Outcome::NotTolerated => "不予容错",
        }
    }

    /// The English label.
    pub fn en(self) -> &'static str {
        match self {
            Outcome::Exempt => "exempt",
            Outcome::Lighter => "lighter",
            Outcome::Mitigated => "mitigated",
            Outcome::NotTolerated => "not tolerated",
        }
    }

    /// The label in a language.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.zh(),
            crate::Lang::En => self.en(),
        }
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
