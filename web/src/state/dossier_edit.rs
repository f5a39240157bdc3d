//! Edits of the dossiers and the scheme: inputs, names, units, occurrences, and a built-in or
//! imported scheme.

use super::workspace::over_import_limit;
use super::{AppState, Notice, MAX_IMPORT_BYTES};
use kaoping_core::{Date, Decimal, Engine, Occurrence, Scheme};

impl AppState {
    /// Renames an officer.
    pub(super) fn set_name(&mut self, officer: usize, name: String) {
        if let Some(d) = self.ws.dossiers.get_mut(officer) {
            d.officer.name = name;
            self.recompute(officer);
        }
    }

    /// Changes an officer's unit (blank: none).
    pub(super) fn set_unit(&mut self, officer: usize, unit: String) {
        if let Some(d) = self.ws.dossiers.get_mut(officer) {
            d.officer.unit = if unit.trim().is_empty() { None } else { Some(unit) };
            self.recompute(officer);
        }
    }

    /// Removes an occurrence.
    pub(super) fn remove_occurrence(&mut self, officer: usize, id: &str) {
        if let Some(d) = self.ws.dossiers.get_mut(officer) {
            d.occurrences.retain(|o| o.id.as_str() != id);
            self.recompute(officer);
        }
    }

    /// Sets one input from text; empty removes it, a bad number is refused with a notice.
    pub(super) fn set_input(&mut self, officer: usize, key: String, value: String) {
        let Some(d) = self.ws.dossiers.get_mut(officer) else { return };
        let trimmed = value.trim();
        if trimmed.is_empty() {
            d.inputs.remove(key.as_str());
        } else {
            match Decimal::parse(trimmed) {
                Some(v) => {
                    d.inputs.insert(key.as_str().into(), v);
                }
                None => {
                    self.ui.notice = Some(Notice::BadNumber(value));
                    return;
                }
            }
        }
        self.recompute(officer);
    }

    /// Adds a dated occurrence of a list item or veto, with a fresh id.
    pub(super) fn add_occurrence(&mut self, officer: usize, item: String, date: String, reference: String) {
        let Some(d) = self.ws.dossiers.get_mut(officer) else { return };
        let Some(date) = Date::parse(date.trim()) else {
            self.ui.notice = Some(Notice::BadNumber(date));
            return;
        };
        let mut n = d.occurrences.len() + 1;
        while d.occurrences.iter().any(|o| o.id.as_str() == format!("occ-{n}")) {
            n += 1;
        }
        let reference = reference.trim();
        d.occurrences.push(Occurrence {
            id: format!("occ-{n}").as_str().into(),
            item: item.as_str().into(),
            date,
            count: 1,
            reference: if reference.is_empty() { None } else { Some(reference.to_string()) },
            note: None,
        });
        self.recompute(officer);
    }

    /// Imports a scheme from JSON text (size-limited, checked by the engine) or lists its problems.
    pub(super) fn import_scheme(&mut self, text: &str) {
        if text.len() > MAX_IMPORT_BYTES {
            self.ui.scheme_problems = Some(over_import_limit(text.len()));
            return;
        }
        match Scheme::from_json(text).and_then(|s| Engine::new(s.clone()).map(|_| s)) {
            Ok(scheme) => {
                self.ws.builtin = None;
                self.set_scheme(scheme);
            }
            Err(p) => self.ui.scheme_problems = Some(p),
        }
    }

    /// Uses a scheme: compiles it and recomputes every result, keeping its warnings or problems.
    pub(super) fn set_scheme(&mut self, scheme: Scheme) {
        self.ws.scheme = scheme;
        self.engine = Engine::new(self.ws.scheme.clone());
        self.ui.scheme_problems = match &self.engine {
            Ok(e) => Some(e.warnings().clone()),
            Err(p) => Some(p.clone()),
        };
        self.recompute_all();
    }
}
