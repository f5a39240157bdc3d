//! The root component, the thin `Reducible` adapter over [`AppState`], saving and restoring.

use crate::browser;
use crate::components::{
    audit_view::AuditView, cohort_table::CohortTable, data_panel::DataPanel, header::Header,
    import_dialog::ImportDialog, last_edit::LastEditBar, notice::NoticeBar, officer_detail::OfficerDetail,
    preview_view::PreviewView, print_view::PrintView, reason_dialog::ReasonDialog, recovery::Recovery,
    scheme_view::SchemeView, sheets_view::SheetsView, tolerance_view::ToleranceView,
};
use crate::i18n::{Lang, Msg};
use crate::state::{Action, AppState, View, Workspace};
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
    /// Whether the last save to local storage succeeded.
    pub saved: bool,
}

/// Whether an action may change the saved workspace (the session, the language or the person
/// acting).
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
            next.saved = browser::save(&next.state.workspace().to_compact_json());
        }
        Rc::new(next)
    }
}

/// The handle every component reads the store from and dispatches actions to.
pub type Ctx = UseReducerHandle<Store>;

/// What the page starts from.
#[derive(Clone, PartialEq)]
enum Boot {
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

/// The saved workspace (its session restored: the log replayed and checked), or the demo.
fn boot() -> Boot {
    let now = browser::now_timestamp();
    match browser::load() {
        Some(raw) => match Workspace::from_json(&raw).and_then(|ws| AppState::from_workspace(&ws, now)) {
            Ok(s) => Boot::Ready(Rc::new(s)),
            Err(problems) => Boot::Corrupt { raw: Rc::new(raw), problems },
        },
        None => demo(),
    }
}

/// The app: restores the saved workspace (or the demo cohort), or offers recovery.
#[function_component(App)]
pub fn app() -> Html {
    let boot = use_state(boot);
    match &*boot {
        Boot::Ready(state) => html! { <Console state={state.clone()} /> },
        Boot::Corrupt { raw, problems } => {
            let on_reset = {
                let boot = boot.clone();
                Callback::from(move |_| {
                    let next = demo();
                    if let Boot::Ready(s) = &next {
                        browser::save(&s.workspace().to_compact_json());
                    }
                    boot.set(next);
                })
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
    let store = use_reducer(move || {
        let state = (*start).clone();
        let saved = browser::save(&state.workspace().to_compact_json());
        Store { state, last_ms: None, saved }
    });
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
                <LastEditBar />
                <main class="content">{ body }</main>
                <footer class="status noprint">
                    <span>{ format!("{n} {}", Msg::Officers.text(lang)) }</span>
                    <span id="recompute-ms">{ format!("{}: {ms}", Msg::Recompute.text(lang)) }</span>
                    <span>{ if store.saved { Msg::SavedLocally.text(lang) } else { "" } }</span>
                    <span>{ format!("{} {}", Msg::Engine.text(lang), kaoping_core::ENGINE_VERSION.rsplit('/').next().unwrap_or_default()) }</span>
                </footer>
            </div>
        </ContextProvider<Ctx>>
    }
}
