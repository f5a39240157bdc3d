//! After the whole workspace was replaced (示例数据, an import, a built-in scheme): what replaced
//! it and a button that brings the workspace before back, until the next edit.

use crate::components::app::Ctx;
use crate::i18n::Msg;
use crate::state::{Action, Replacement};
use yew::prelude::*;

/// The undo bar (nothing when there is nothing to undo).
#[function_component(UndoBar)]
pub fn undo_bar() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let Some(replaced) = store.state.ui.replaced.as_ref() else { return html! {} };
    let what = match replaced.by {
        Replacement::Demo => Msg::ReplacedByDemo,
        Replacement::Import => Msg::ReplacedByImport,
        Replacement::Builtin => Msg::ReplacedByBuiltin,
        Replacement::New => Msg::ReplacedByNew,
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::UndoReplace))
    };
    html! {
        <div class="undo-bar noprint" role="status" id="undo-bar">
            <span>{ what.text(lang) }</span>
            <button id="undo-replace" class="small" onclick={undo}>{ Msg::UndoReplace.text(lang) }</button>
        </div>
    }
}
