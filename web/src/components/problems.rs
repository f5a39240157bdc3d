//! A list of problems in the language of the app: the core's message for people only. The
//! stable code and the JSON path are kept as data attributes (`data-code`, `data-path`) for
//! tests and support, never shown as text.

use crate::components::app::Ctx;
use crate::i18n::{Lang, Msg};
use kaoping_core::Problems;
use yew::prelude::*;

/// Properties of [`ProblemList`].
#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    /// The problems.
    pub problems: Problems,
}

/// Lists problems by their messages (warnings marked).
#[function_component(ProblemList)]
pub fn problem_list(props: &ProblemListProps) -> Html {
    let lang = use_context::<Ctx>().map_or(Lang::Zh, |s| s.state.lang());
    html! {
        <table class="grid problems">
            <thead><tr><th>{ Msg::Message.text(lang) }</th></tr></thead>
            <tbody>
            { for props.problems.0.iter().map(|p| {
                let warning = p.code.as_str().starts_with("W_");
                html! {
                    <tr class={classes!(warning.then_some("warning"))} data-code={p.code.as_str()} data-path={p.path.clone()}>
                        <td>{ if warning { format!("{}{}", Msg::WarningMark.text(lang), p.text(lang)) } else { p.text(lang).to_owned() } }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}
