//! [`Engine`]: a scheme's general assessment path ([`Assessor`]) with its compiled fast plan.

use crate::base::error::Problems;
use crate::fast::plan::Plan;
use crate::model::scheme::Scheme;
use crate::rules::assess::Assessor;

/// A validated, compiled scheme. Construct once, assess many dossiers.
///
/// It is an [`Assessor`] (every method of the general path is reached through it) with the
/// scheme compiled into a [`Plan`] where the plan can express it: [`Engine::score`],
/// [`Engine::assess_columns`] and the flat fast path use the plan and fall back to the general
/// path for any row it declines.
#[derive(Clone, Debug)]
pub struct Engine {
    assessor: Assessor,
    plan: Option<Plan>,
}

impl Engine {
    /// Validates and compiles a scheme; all problems at once when it is invalid.
    pub fn new(scheme: Scheme) -> Result<Engine, Problems> {
        let assessor = Assessor::new(scheme)?;
        let plan = Plan::compile(assessor.scheme());
        Ok(Engine { assessor, plan })
    }

    /// Parses, validates and compiles a scheme from JSON.
    pub fn from_json(text: &str) -> Result<Engine, Problems> {
        Engine::new(Scheme::from_json(text)?)
    }

    /// The general assessment path.
    pub fn assessor(&self) -> &Assessor {
        &self.assessor
    }

    /// The scheme compiled for fast scoring of many rows, when the plan can express it.
    pub fn plan(&self) -> Option<&Plan> {
        self.plan.as_ref()
    }
}

impl std::ops::Deref for Engine {
    type Target = Assessor;

    fn deref(&self) -> &Assessor {
        &self.assessor
    }
}
