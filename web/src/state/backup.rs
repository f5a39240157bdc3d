//! Nothing lost: what the browser answered when the workspace was last saved (a storage that is
//! full or refuses is said on screen until a later save succeeds), and the reminder to export a
//! backup after [`BACKUP_EVERY`] logged changes since the last export (or since the workspace
//! was opened), which can be put off until as many more.

use super::AppState;

/// Logged changes after which the screen reminds to export a backup.
pub const BACKUP_EVERY: usize = 20;

/// Why the browser did not keep the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser's storage for the page is full (`QuotaExceededError`).
    Full,
    /// The browser refused to store (private mode, storage switched off, another error); the
    /// browser's name for it, for the log.
    Refused(String),
}

impl StorageProblem {
    /// The problem the browser's error name means (`QuotaExceededError`: full).
    pub fn from_name(name: &str) -> StorageProblem {
        if name == "QuotaExceededError" {
            StorageProblem::Full
        } else {
            StorageProblem::Refused(name.to_owned())
        }
    }
}

impl AppState {
    /// Marks the workspace as backed up as it stands (exported, or just opened from a file or
    /// started).
    pub(super) fn mark_backed_up(&mut self) {
        self.ui.backed_up = self.session.log().len();
        self.ui.snoozed = 0;
    }

    /// The logged changes since the last backup when the screen should remind to export one
    /// (`None`: not yet, or put off).
    pub fn backup_due(&self) -> Option<usize> {
        let len = self.session.log().len();
        let since = len.saturating_sub(self.ui.backed_up);
        let mark = self.ui.backed_up.max(self.ui.snoozed);
        (len >= mark.saturating_add(BACKUP_EVERY)).then_some(since)
    }

    /// Puts the reminder off for [`BACKUP_EVERY`] more changes.
    pub(super) fn snooze_backup(&mut self) {
        self.ui.snoozed = self.session.log().len();
    }

    /// What the browser answered when the workspace was saved.
    pub(super) fn saved(&mut self, outcome: Result<(), StorageProblem>) {
        self.ui.storage = outcome.err();
    }
}
