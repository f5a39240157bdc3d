//! The audit log (操作记录): every applied event of the session as the core words it — number,
//! time, the person (name and role), what was done and why — with the hash chain's check and
//! the changes since the last seal.

use crate::components::app::Ctx;
use crate::components::sheets_view::since_seal_notice;
use crate::i18n::Msg;
use kaoping_core::api::session::ActorKind;
use yew::prelude::*;

/// A timestamp as people read it: `2026-12-02 09:30`.
pub fn when(t: kaoping_core::api::session::Timestamp) -> String {
    t.to_string().replacen('T', " ", 1)
}

/// The audit screen.
#[function_component(AuditView)]
pub fn audit_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let lines = st.audit();
    let chain = match st.session.verify_log() {
        Ok(n) => {
            html! { <span class="verify-ok" id="verify-result">{ format!("{}（{n} {}）", Msg::VerifyOk.text(lang), Msg::Entries.text(lang)) }</span> }
        }
        Err(p) => {
            html! { <span class="verify-bad" id="verify-result">{ format!("{} {}", Msg::VerifyBad.text(lang), p.0.first().map(|x| x.text(lang).to_owned()).unwrap_or_default()) }</span> }
        }
    };
    html! {
        <section class="panel audit-view">
            <h3>{ Msg::AuditTrail.text(lang) }</h3>
            <div class="toolbar">{ chain }</div>
            { since_seal_notice(st, lang) }
            <table class="grid" id="audit">
                <thead><tr>
                    <th class="num">{ Msg::Seq.text(lang) }</th><th>{ Msg::Time.text(lang) }</th><th>{ Msg::Actor.text(lang) }</th>
                    <th>{ Msg::Event.text(lang) }</th><th>{ Msg::Reason.text(lang) }</th><th>{ Msg::Hash.text(lang) }</th>
                </tr></thead>
                <tbody>
                { for lines.iter().rev().map(|l| {
                    let role = match l.actor.kind {
                        ActorKind::User => st.user_role(&l.actor.id).unwrap_or(&l.actor.role).to_owned(),
                        ActorKind::Member => l.actor.role.clone(),
                    };
                    html! {
                        <tr data-seq={l.seq.to_string()} data-actor={l.actor.id.clone()}>
                            <td class="num">{ l.seq }</td>
                            <td class="mono">{ when(l.at) }</td>
                            <td class="actor">{ format!("{} · {role}", l.actor.name) }</td>
                            <td class="action">{ &l.action }</td>
                            <td class="reason">{ l.reason.clone().unwrap_or_default() }</td>
                            <td class="mono small" title={l.hash.clone()}>{ l.hash.chars().take(10).collect::<String>() }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </section>
    }
}
