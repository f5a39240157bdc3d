//! The cohort table: officer, unit, total, grade, flags; sortable and filterable.

use crate::components::app::Ctx;
use crate::i18n::Msg;
use crate::state::{Action, SortKey};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Rows shown at once; the filter finds the rest.
pub const MAX_ROWS: usize = 300;

/// The cohort table.
#[function_component(CohortTable)]
pub fn cohort_table() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let dp = st.scheme().precision;
    let order = st.table_order();
    let shown = order.len().min(MAX_ROWS);
    let header = |key: SortKey, msg: Msg| {
        let store = store.clone();
        let mark = if st.ui.sort == key {
            if st.ui.descending {
                " ▼"
            } else {
                " ▲"
            }
        } else {
            ""
        };
        html! {
            <th class="sortable" data-sort={format!("{key:?}").to_lowercase()} onclick={Callback::from(move |_| store.dispatch(Action::SortBy(key)))}>
                { format!("{}{mark}", msg.text(lang)) }
            </th>
        }
    };
    let on_filter = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::Filter(input.value()));
        })
    };
    html! {
        <div class="cohort">
            <div class="toolbar">
                <label>{ Msg::Filter.text(lang) }
                    <input id="filter" type="search" value={st.ui.filter.clone()} placeholder={Msg::FilterPlaceholder.text(lang)} oninput={on_filter} />
                </label>
                <span class="count">{ format!("{shown} / {} {}", st.officer_count(), Msg::Officers.text(lang)) }</span>
            </div>
            <table class="grid" id="cohort-table">
                <thead><tr>
                    { header(SortKey::Rank, Msg::Rank) }
                    { header(SortKey::Id, Msg::OfficerId) }
                    { header(SortKey::Name, Msg::Name) }
                    { header(SortKey::Unit, Msg::Unit) }
                    { header(SortKey::Total, Msg::Total) }
                    { header(SortKey::Grade, Msg::Grade) }
                    { header(SortKey::Flags, Msg::Flags) }
                </tr></thead>
                <tbody>
                { for order.iter().take(MAX_ROWS).filter_map(|i| {
                    let e = st.entry(i)?;
                    let selected = st.ui.selected.as_ref() == Some(i);
                    let onclick = {
                        let store = store.clone();
                        let i = i.clone();
                        Callback::from(move |_| store.dispatch(Action::Select(Some(i.clone()))))
                    };
                    let flags = crate::state::flags(e);
                    let grade = st.grade_title_of(e);
                    let d = &e.officer;
                    Some(html! {
                        <tr key={d.id.as_str().to_string()} data-officer={d.id.as_str().to_string()}
                            class={classes!(selected.then_some("selected"))} {onclick}>
                            <td class="num rank">{ e.rank.to_string() }</td>
                            <td class="mono">{ d.id.as_str() }</td>
                            <td class="name">{ &d.name }</td>
                            <td>{ d.unit.clone().unwrap_or_default() }</td>
                            <td class="num total">{ e.total.format_dp(dp) }</td>
                            <td class="grade">{ grade }</td>
                            <td class="flags">{ for flags.into_iter().map(|(c, m)| html! { <span class={classes!("flag", c)}>{ m.text(lang) }</span> }) }</td>
                        </tr>
                    })
                }) }
                </tbody>
            </table>
        </div>
    }
}
