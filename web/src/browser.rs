//! The few browser services the app uses: local storage (the import's remembered mapping; the
//! workspace itself is in IndexedDB, `storage`), downloads, reading a chosen file, the clock for
//! the recompute figure, printing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// localStorage key of the roster import's remembered mapping.
const MAPPING_KEY: &str = "kaoping.import-mapping.v1";

/// The remembered mapping of the roster import: (column title, field code), one per line.
pub fn load_mapping() -> Vec<(String, String)> {
    let text = storage().and_then(|s| s.get_item(MAPPING_KEY).ok().flatten()).unwrap_or_default();
    text.lines().filter_map(|l| l.split_once('\t')).map(|(t, c)| (t.to_owned(), c.to_owned())).collect()
}

/// Remembers the roster import's mapping (best effort: a refusal of the browser is ignored).
pub fn save_mapping(mapping: &[(String, String)]) {
    let text: Vec<String> =
        mapping.iter().filter(|(t, _)| !t.contains(['\t', '\n'])).map(|(t, c)| format!("{t}\t{c}")).collect();
    if let Some(s) = storage() {
        let _ = s.set_item(MAPPING_KEY, &text.join("\n"));
    }
}

/// The local time to the minute, as session events carry it (the core never reads the clock).
pub fn now_timestamp() -> kaoping_core::api::session::Timestamp {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year() as u16, (d.get_month() + 1) as u8, d.get_date() as u8);
    kaoping_core::Date::new(y, m, day)
        .and_then(|date| {
            kaoping_core::api::session::Timestamp::new(date, d.get_hours() as u8, d.get_minutes() as u8)
        })
        .unwrap_or_else(<kaoping_core::api::session::Timestamp as kaoping_json::FromJson>::placeholder)
}

/// Milliseconds from the page's clock (for the recompute figure only).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(text));
    save_blob(filename, mime, &parts);
}

/// Offers `bytes` as a file download (an `.xlsx` workbook).
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    save_blob(filename, mime, &parts);
}

/// Saves the parts as one Blob through a temporary link.
fn save_blob(filename: &str, mime: &str, parts: &js_sys::Array) {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &bag) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The first file chosen in a file input and a reader for it (the input is cleared, so that the
/// same file can be chosen again); a file over `max_bytes` is refused through `refuse` unread.
fn chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
    refuse: impl FnOnce(String),
) -> Option<(web_sys::File, web_sys::FileReader)> {
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    if file.size() > max_bytes as f64 {
        refuse(format!("{} > {max_bytes} B", file.size()));
        return None;
    }
    Some((file, web_sys::FileReader::new().ok()?))
}

/// Reads the first file chosen in a file input as text, refusing files over `max_bytes` before
/// reading them. Calls `done` with the text or a refusal message.
pub fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
    done: yew::Callback<Result<String, String>>,
) {
    let refuse = done.clone();
    let Some((file, reader)) = chosen_file(input, max_bytes, move |why| refuse.emit(Err(why))) else {
        return;
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || {
        let text = r.result().ok().and_then(|v| v.as_string());
        done.emit(text.ok_or_else(|| "unreadable file".to_string()));
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

/// Reads the first file chosen in a file input as bytes, refusing files over `max_bytes` before
/// reading them. Calls `done` with the file's name and bytes, or a refusal message.
pub fn read_chosen_file_bytes(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
    done: yew::Callback<Result<(String, Vec<u8>), String>>,
) {
    let refuse = done.clone();
    let Some((file, reader)) = chosen_file(input, max_bytes, move |why| refuse.emit(Err(why))) else {
        return;
    };
    let (r, name) = (reader.clone(), file.name());
    let onload = Closure::once_into_js(move || {
        let bytes = r.result().ok().map(|v| js_sys::Uint8Array::new(&v).to_vec());
        done.emit(bytes.map(|b| (name, b)).ok_or_else(|| "unreadable file".to_string()));
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_array_buffer(&file);
}
