//! A table of problems: code, path, message (in the language of the app).

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

/// Lists problems with their stable codes and paths.
#[function_component(ProblemList)]
pub fn problem_list(props: &ProblemListProps) -> Html {
    let lang = use_context::<Ctx>().map_or(Lang::Zh, |s| s.state.lang());
    html! {
        <table class="grid problems">
            <thead><tr>
                <th>{ Msg::Code.text(lang) }</th><th>{ Msg::Path.text(lang) }</th><th>{ Msg::Message.text(lang) }</th>
            </tr></thead>
            <tbody>
            { for props.problems.0.iter().map(|p| html! {
                <tr class={classes!(p.code.as_str().starts_with("W_").then_some("warning"))}>
                    <td class="mono">{ p.code.as_str() }</td>
                    <td class="mono path">{ if p.path.is_empty() { "$".to_string() } else { p.path.clone() } }</td>
                    <td>{ p.text(lang) }</td>
                </tr>
            }) }
            </tbody>
        </table>
    }
}
