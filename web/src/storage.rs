//! The workspace kept in the browser's IndexedDB (localStorage holds a few megabytes at most, too
//! little for a large cohort's log): database `kaoping`, store `workspace`, key `current`, the
//! workspace's compact JSON as one string. Every call answers through a callback; a refusal of
//! the browser answers the name of its error (`QuotaExceededError`, `SecurityError`, …), so the
//! screen says it instead of losing it. A workspace saved by an older version in localStorage
//! is read when the database holds none, and removed once the database holds one.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbTransactionMode};

/// The database's name.
pub const DB_NAME: &str = "kaoping";
/// The object store holding the workspace.
pub const STORE: &str = "workspace";
/// The key of the current workspace.
pub const KEY: &str = "current";
/// localStorage key of a workspace saved by an older version.
const LEGACY_KEY: &str = "kaoping.workspace.v2";

thread_local! {
    /// The open database, once opened.
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The browser's name of an error (a `DOMException`'s name), or `UnknownError`.
fn error_name(value: &JsValue) -> String {
    value.dyn_ref::<web_sys::DomException>().map_or_else(|| "UnknownError".to_owned(), |e| e.name())
}

/// A callback that runs once, whichever of several events comes first.
type Once<T> = Rc<RefCell<Option<Box<dyn FnOnce(T)>>>>;

fn once<T: 'static>(f: impl FnOnce(T) + 'static) -> Once<T> {
    Rc::new(RefCell::new(Some(Box::new(f))))
}

fn fire<T>(done: &Once<T>, value: T) {
    if let Some(f) = done.borrow_mut().take() {
        f(value);
    }
}

/// Opens the database (creating its store the first time), or answers the open one.
fn open(done: impl FnOnce(Result<IdbDatabase, String>) + 'static) {
    if let Some(db) = OPEN.with(|o| o.borrow().clone()) {
        return done(Ok(db));
    }
    let factory = match web_sys::window().map(|w| w.indexed_db()) {
        Some(Ok(Some(f))) => f,
        Some(Err(e)) => return done(Err(error_name(&e))),
        _ => return done(Err("NotSupportedError".to_owned())),
    };
    let request = match factory.open_with_u32(DB_NAME, 1) {
        Ok(r) => r,
        Err(e) => return done(Err(error_name(&e))),
    };
    let done = once(done);
    let r = request.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Some(db) = r.result().ok().and_then(|v| v.dyn_into::<IdbDatabase>().ok()) {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let (r, ok) = (request.clone(), done.clone());
    let success =
        Closure::once_into_js(move || match r.result().ok().and_then(|v| v.dyn_into::<IdbDatabase>().ok()) {
            Some(db) => {
                OPEN.with(|o| *o.borrow_mut() = Some(db.clone()));
                fire(&ok, Ok(db));
            }
            None => fire(&ok, Err("UnknownError".to_owned())),
        });
    request.set_onsuccess(Some(success.unchecked_ref()));
    let r = request.clone();
    let failure = Closure::once_into_js(move || {
        let name = r.error().ok().flatten().map_or_else(|| "UnknownError".to_owned(), |e| e.name());
        fire(&done, Err(name));
    });
    request.set_onerror(Some(failure.unchecked_ref()));
}

fn legacy() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads the saved workspace text (`Ok(None)`: nothing saved); a database the browser refuses
/// falls back to a workspace an older version saved in localStorage.
pub fn load(done: yew::Callback<Result<Option<String>, String>>) {
    let old = || legacy().and_then(|s| s.get_item(LEGACY_KEY).ok().flatten());
    open(move |db| {
        let db = match db {
            Ok(db) => db,
            Err(name) => return done.emit(old().map(Some).ok_or(name)),
        };
        let get = db
            .transaction_with_str(STORE)
            .and_then(|tx| tx.object_store(STORE))
            .and_then(|s| s.get(&KEY.into()));
        let request = match get {
            Ok(r) => r,
            Err(e) => return done.emit(Err(error_name(&e))),
        };
        let finished = once(move |r: Result<Option<String>, String>| done.emit(r.map(|t| t.or_else(old))));
        let (r, ok) = (request.clone(), finished.clone());
        let success =
            Closure::once_into_js(move || fire(&ok, Ok(r.result().ok().and_then(|v| v.as_string()))));
        request.set_onsuccess(Some(success.unchecked_ref()));
        let r = request.clone();
        let failure = Closure::once_into_js(move || {
            fire(
                &finished,
                Err(r.error().ok().flatten().map_or_else(|| "UnknownError".to_owned(), |e| e.name())),
            );
        });
        request.set_onerror(Some(failure.unchecked_ref()));
    });
}

/// Saves the workspace text; answers when the browser has written it, or the error's name
/// (`QuotaExceededError` when the storage is full).
pub fn save(text: String, done: yew::Callback<Result<(), String>>) {
    open(move |db| {
        let db = match db {
            Ok(db) => db,
            Err(name) => return done.emit(Err(name)),
        };
        let tx = match db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite) {
            Ok(tx) => tx,
            Err(e) => return done.emit(Err(error_name(&e))),
        };
        if let Err(e) =
            tx.object_store(STORE).and_then(|s| s.put_with_key(&JsValue::from_str(&text), &KEY.into()))
        {
            let _ = tx.abort();
            return done.emit(Err(error_name(&e)));
        }
        let finished = once(move |r: Result<(), String>| {
            if r.is_ok() {
                if let Some(s) = legacy() {
                    let _ = s.remove_item(LEGACY_KEY);
                }
            }
            done.emit(r)
        });
        let ok = finished.clone();
        let complete = Closure::once_into_js(move || fire(&ok, Ok(())));
        tx.set_oncomplete(Some(complete.unchecked_ref()));
        let (t, failed) = (tx.clone(), finished.clone());
        let error = Closure::once_into_js(move || fire(&failed, Err(tx_error(&t))));
        tx.set_onerror(Some(error.unchecked_ref()));
        let t = tx.clone();
        let abort = Closure::once_into_js(move || fire(&finished, Err(tx_error(&t))));
        tx.set_onabort(Some(abort.unchecked_ref()));
    });
}

/// The name of a failed transaction's error (`AbortError` when it has none).
fn tx_error(tx: &web_sys::IdbTransaction) -> String {
    tx.error().map_or_else(|| "AbortError".to_owned(), |e| e.name())
}
