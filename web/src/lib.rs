//! # kaoping-web
//!
//! The committee console and officer preview of kaoping (考评), a Yew app over `kaoping-core`.
//! It holds no scoring logic: [`state`] is plain Rust (the workspace, the results the core
//! computed, what the screen shows and the [`state::Action`]s that change it); the components
//! under `components/` only display it. Exports are the core's tables (CSV from the core,
//! `.xlsx` from `kaoping-office`). The browser side compiles only for `wasm32`, so native
//! workspace builds and tests check the state logic without compiling Yew.

pub mod collate;
pub mod i18n;
pub mod plot;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod storage;

/// Starts the app in the page's `<div id="app">`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<components::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
