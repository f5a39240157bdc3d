//! The root component, the thin `Reducible` adapter over [`AppState`], saving (every change, in
//! IndexedDB) and restoring.

use crate::browser;
use crate::components::safekeeping::{BackupReminder, StorageBar};
use crate::components::setup_view::SetupView;
use crate::components::units_view::UnitsView;
use crate::components::warnings_view::WarningsView;
use crate::components::{
    audit_view::AuditView, cohort_table::CohortTable, data_panel::DataPanel, header::Header,
    import_dialog::ImportDialog, last_edit::LastEditBar, notice::NoticeBar, officer_detail::OfficerDetail,
    preview_view::PreviewView, print_view::PrintView, reason_dialog::ReasonDialog, recovery::Recovery,
    scheme_view::SchemeView, sheets_view::SheetsView, tolerance_view::ToleranceView,
};
use crate::i18n::{Lang, Msg};
use crate::state::{Action, AppState, StorageProblem, View, Workspace};
use crate::storage;
use kaoping_core::Problems;
use std::rc::Rc;
use yew::prelude::*;

/// The store: the plain-Rust state plus what the browser side measured.
#[derive(Clone, PartialEq)]
pub struct Store {
    /// The state.
    pub state: AppState,
    /// Milliseconds the last edit took to recompute (the core's work, measured here).
    pub last_ms: Option<f64>,
    /// Counts the changes to the saved workspace (each one is saved in IndexedDB).
    pub revision: u64,
}

/// Whether an action may change the saved workspace (the session, the language, the person
/// acting or the last backup).
fn edits(action: &Action) -> bool {
    !matches!(
        action,
        Action::Show(_)
            | Action::Select(_)
            | Action::SortBy(_)
            | Action::Filter(_)
            | Action::Print(_)
            | Action::Dismiss
            | Action::SelectIncident(_)
            | Action::ShowRater(_)
            | Action::Refuse(_)
            | Action::CancelReason
            | Action::Saved(_)
            | Action::SnoozeBackup
    )
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        let edit = edits(&action);
        next.state.now = browser::now_timestamp();
        let t0 = browser::now_ms();
        next.state.apply(action);
        if edit {
            next.last_ms = Some(browser::now_ms() - t0);
            next.revision = next.revision.wrapping_add(1);
        }
        Rc::new(next)
    }
}

/// The handle every component reads the store from and dispatches actions to.
pub type Ctx = UseReducerHandle<Store>;

/// What the page starts from.
#[derive(Clone, PartialEq)]
enum Boot {
    Loading,
    Ready(Rc<AppState>),
    Corrupt { raw: Rc<String>, problems: Problems },
    Broken(Problems),
}

/// The demo, started now.
fn demo() -> Boot {
    match AppState::demo(Lang::Zh, browser::now_timestamp()) {
        Ok(s) => Boot::Ready(Rc::new(s)),
        Err(p) => Boot::Broken(p),
    }
}

/// The saved workspace (its session restored: the log replayed and checked), or the demo when
/// nothing is saved or the browser refuses its storage (the first save then says so).
fn boot(saved: Result<Option<String>, String>) -> Boot {
    let now = browser::now_timestamp();
    match saved {
        Ok(Some(raw)) => match Workspace::from_json(&raw).and_then(|ws| AppState::from_workspace(&ws, now)) {
            Ok(s) => Boot::Ready(Rc::new(s)),
            Err(problems) => Boot::Corrupt { raw: Rc::new(raw), problems },
        },
        Ok(None) | Err(_) => demo(),
    }
}

/// The app: restores the workspace saved in IndexedDB (or the demo cohort), or offers recovery.
#[function_component(App)]
pub fn app() -> Html {
    let boot_state = use_state(|| Boot::Loading);
    {
        let boot_state = boot_state.clone();
        use_effect_with((), move |_| {
            storage::load(Callback::from(move |saved| boot_state.set(boot(saved))));
        });
    }
    match &*boot_state {
        Boot::Loading => html! { <p class="loading" id="loading">{ Msg::Loading.text(Lang::Zh) }</p> },
        Boot::Ready(state) => html! { <Console state={state.clone()} /> },
        Boot::Corrupt { raw, problems } => {
            let on_reset = {
                let boot_state = boot_state.clone();
                Callback::from(move |_| boot_state.set(demo()))
            };
            html! { <Recovery raw={raw.clone()} problems={problems.clone()} {on_reset} /> }
        }
        Boot::Broken(p) => {
            html! { <Recovery raw={Rc::new(String::new())} problems={p.clone()} on_reset={Callback::noop()} /> }
        }
    }
}

/// Properties of [`Console`].
#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    /// The state to start from.
    pub state: Rc<AppState>,
}

/// The working app once a workspace is loaded.
#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let start = props.state.clone();
    let store = use_reducer(move || Store { state: (*start).clone(), last_ms: None, revision: 0 });
    // every change is saved as it happens; what the browser answers is said on screen
    let saved_rev = use_state(|| None::<u64>);
    {
        let (store, saved_rev) = (store.clone(), saved_rev.clone());
        use_effect_with(store.revision, move |rev| {
            let (rev, dispatcher) = (*rev, store.dispatcher());
            let done = Callback::from(move |r: Result<(), String>| {
                saved_rev.set(Some(rev));
                dispatcher.dispatch(Action::Saved(r.map_err(|name| StorageProblem::from_name(&name))));
            });
            storage::save(store.state.workspace().to_compact_json(), done);
        });
    }
    let lang = store.state.lang();
    let body = match store.state.ui.view {
        View::Cohort => html! {
            <div class="split">
                <section class="pane-left"><CohortTable /></section>
                <section class="pane-right"><OfficerDetail /></section>
            </div>
        },
        View::Scheme => html! { <SchemeView /> },
        View::Sheets => html! { <SheetsView /> },
        View::Audit => html! { <AuditView /> },
        View::Tolerance => html! { <ToleranceView /> },
        View::Preview => html! { <PreviewView /> },
        View::Print => html! { <PrintView /> },
        View::Data => html! { <DataPanel /> },
        View::Setup => html! { <SetupView /> },
        View::Warnings => html! { <WarningsView /> },
        View::Units => html! { <UnitsView /> },
        View::Results => html! { <crate::components::results_view::ResultsView /> },
    };
    let save_state = match (&store.state.ui.storage, *saved_rev == Some(store.revision)) {
        (Some(_), true) => ("failed", Msg::NotSaved),
        (None, true) => ("saved", Msg::Saved),
        (_, false) => ("saving", Msg::Saving),
    };
    let n = store.state.officer_count();
    let ms = store.last_ms.map(|m| format!("{m:.1} ms")).unwrap_or_else(|| "—".into());
    html! {
        <ContextProvider<Ctx> context={store.clone()}>
            <div class={classes!("app", if store.state.ui.view == View::Print { Some("printing") } else { None })} lang={if lang == kaoping_core::Lang::Zh { "zh-CN" } else { "en" }}>
                <Header />
                <NoticeBar />
                <crate::components::undo_bar::UndoBar />
                <ReasonDialog />
                <ImportDialog />
                <StorageBar />
                <BackupReminder />
                <LastEditBar />
                <main class="content">{ body }</main>
                <footer class="status noprint">
                    <span>{ format!("{n} {}", Msg::Officers.text(lang)) }</span>
                    <span id="recompute-ms">{ format!("{}: {ms}", Msg::Recompute.text(lang)) }</span>
                    <span id="save-state" data-state={save_state.0} data-revision={store.revision.to_string()}>{ save_state.1.text(lang) }</span>
                    <span>{ format!("{} {}", Msg::Engine.text(lang), kaoping_core::ENGINE_VERSION.rsplit('/').next().unwrap_or_default()) }</span>
                </footer>
            </div>
        </ContextProvider<Ctx>>
    }
}
