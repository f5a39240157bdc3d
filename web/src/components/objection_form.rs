//! The preview's objection form (kind, item, notice and filing dates, text) and the objection the
//! core drafted from it, with its deadlines and a JSON export. Helper functions of
//! [`super::preview_view::PreviewView`], which holds the form's state.

use crate::browser;
use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::{Lang, Msg};
use kaoping_core::model::assessment::Assessment;
use kaoping_core::rules::preview::{Objection, ObjectionKind, ObjectionRequest, Preview};
use kaoping_core::{Date, Problems};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The form's state and fields, held by the preview screen.
#[derive(Clone)]
pub struct ObjectionForm {
    /// The drafted objection, or why it could not be.
    pub objection: UseStateHandle<Option<Result<Objection, Problems>>>,
    /// The notice date typed.
    pub notice_date: UseStateHandle<String>,
    /// The filing date typed.
    pub filed_date: UseStateHandle<String>,
    /// The kind field.
    pub kind_ref: NodeRef,
    /// The item field.
    pub item_ref: NodeRef,
    /// The notice date field.
    pub notice_ref: NodeRef,
    /// The filing date field.
    pub filed_ref: NodeRef,
    /// The text field.
    pub text_ref: NodeRef,
}

/// The items an objection may be about: the grade, then every indicator, list item and veto of the
/// previewed result (id, title).
fn objection_items(p: &Preview, lang: Lang) -> Vec<(String, String)> {
    std::iter::once(("grade".to_string(), Msg::Grade.text(lang).to_string()))
        .chain(
            p.assessment
                .dimensions
                .iter()
                .flat_map(|d| &d.indicators)
                .map(|i| (i.id.as_str().to_string(), format!("{} {}", i.id, i.title))),
        )
        .chain(
            p.assessment
                .bonuses
                .items
                .iter()
                .chain(&p.assessment.deductions.items)
                .map(|i| (i.id.as_str().to_string(), format!("{} {}", i.id, i.title))),
        )
        .chain(
            p.assessment.vetoes.iter().map(|v| (v.id.as_str().to_string(), format!("{} {}", v.id, v.title))),
        )
        .collect()
}

/// Drafts the objection from the form's fields: the core dates it, a missing date is a problem.
fn draft_objection(form: &ObjectionForm, ctx: &Ctx, assessment: &Assessment) -> Callback<MouseEvent> {
    let (form, ctx, assessment) = (form.clone(), ctx.clone(), assessment.clone());
    let ObjectionForm { objection, kind_ref, item_ref, notice_ref, filed_ref, text_ref, .. } = form;
    Callback::from(move |_| {
        let value = |r: &NodeRef| {
            r.cast::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| r.cast::<HtmlSelectElement>().map(|s| s.value()))
                .unwrap_or_default()
        };
        let kind = match value(&kind_ref).as_str() {
            "statement" => ObjectionKind::Statement,
            "defence" => ObjectionKind::Defence,
            "appeal" => ObjectionKind::Appeal,
            _ => ObjectionKind::Review,
        };
        let (notice, filed) = (Date::parse(&value(&notice_ref)), Date::parse(&value(&filed_ref)));
        let text = text_ref.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
        let result = match (notice, filed) {
            (Some(notice), Some(filed)) => ctx.state.objection(
                &assessment,
                &ObjectionRequest { kind, item: value(&item_ref), notice, filed, text },
            ),
            _ => Err(Problems::one(
                kaoping_core::Code::Date,
                "notice",
                kaoping_core::base::message::Message::given("a date is missing or invalid", "日期缺失或无效"),
            )),
        };
        objection.set(Some(result));
    })
}

/// Downloads the drafted objection as JSON.
fn export_objection(objection: &UseStateHandle<Option<Result<Objection, Problems>>>) -> Callback<MouseEvent> {
    let objection = objection.clone();
    Callback::from(move |_| {
        if let Some(Ok(o)) = &*objection {
            browser::download(
                "kaoping-objection.json",
                "application/json",
                &kaoping_json::to_string_pretty(o),
            );
        }
    })
}

/// The drafted objection (item, kind, deadlines, export) or its problems.
fn objection_result(form: &ObjectionForm, lang: Lang) -> Html {
    let objection = &form.objection;
    let export = export_objection(objection);
    match &**objection {
        Some(Ok(o)) => html! {
            <div id="objection-result">
                <table class="grid kv">
                    <tr><th>{ Msg::ObjectionItem.text(lang) }</th><td>{ format!("{} {}", o.item, o.item_title) }</td><th>{ Msg::ObjectionKind.text(lang) }</th><td>{ &o.kind_title }</td></tr>
                    <tr><th>{ Msg::ObjectionDeadline.text(lang) }</th><td class="mono" id="objection-deadline">{ o.deadline.to_string() }</td>
                        <th>{ Msg::DecideBy.text(lang) }</th><td class="mono">{ o.decide_by.map(|d| d.to_string()).unwrap_or_else(|| "—".into()) }</td></tr>
                </table>
                <button id="objection-export" onclick={export}>{ Msg::ExportObjection.text(lang) }</button>
            </div>
        },
        Some(Err(p)) => {
            html! { <div class="error-box" id="objection-result"><ProblemList problems={p.clone()} /></div> }
        }
        None => html! {},
    }
}

/// The objection form and, once drafted, the objection.
pub fn objection_form(p: &Preview, form: &ObjectionForm, ctx: &Ctx, lang: Lang) -> Html {
    let items = objection_items(p, lang);
    let draft_objection = draft_objection(form, ctx, &p.assessment);
    let ObjectionForm {
        notice_date, filed_date, kind_ref, item_ref, notice_ref, filed_ref, text_ref, ..
    } = form.clone();
    html! {
        <>
        <h3>{ Msg::Objection.text(lang) }</h3>
        <table class="grid kv" id="objection-form">
            <tr><th>{ Msg::ObjectionKind.text(lang) }</th><td>
                <select ref={kind_ref} id="objection-kind">
                    <option value="statement">{ if lang == Lang::Zh { "陈述" } else { "statement" } }</option>
                    <option value="defence">{ if lang == Lang::Zh { "申辩" } else { "defence" } }</option>
                    <option value="review" selected=true>{ if lang == Lang::Zh { "复核申请" } else { "review" } }</option>
                    <option value="appeal">{ if lang == Lang::Zh { "申诉" } else { "appeal" } }</option>
                </select></td>
                <th>{ Msg::ObjectionItem.text(lang) }</th><td>
                <select ref={item_ref} id="objection-item">{ for items.iter().map(|(id, t)| html! { <option value={id.clone()}>{ t }</option> }) }</select></td></tr>
            <tr><th>{ Msg::NoticeDate.text(lang) }</th><td><input ref={notice_ref} id="objection-notice" type="date" value={(*notice_date).clone()}
                    onchange={{ let s = notice_date.clone(); Callback::from(move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} /></td>
                <th>{ Msg::FiledDate.text(lang) }</th><td><input ref={filed_ref} id="objection-filed" type="date" value={(*filed_date).clone()}
                    onchange={{ let s = filed_date.clone(); Callback::from(move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} /></td></tr>
            <tr><th>{ Msg::ObjectionText.text(lang) }</th><td colspan="3"><textarea ref={text_ref} id="objection-text" rows="3" /></td></tr>
        </table>
        <button id="objection-draft" onclick={draft_objection}>{ Msg::DraftObjection.text(lang) }</button>
        { objection_result(form, lang) }
        </>
    }
}
