//! Conversions between JavaScript values and core types, and the errors thrown to JavaScript.
//!
//! Arguments are read as JSON (`JSON.stringify` on the JS side, the core's JSON reader on ours)
//! so that the package reads numbers exactly as the native engine does and inherits its depth
//! limit. Answers are written as JSON text by the core's writer (kaoping-json) and turned into
//! plain JS objects by `JSON.parse`: no serde code in the package.

use kaoping_core::base::json::from_json_str;
use kaoping_core::base::message::reading::{Expected, ReadingMsg};
use kaoping_core::{Code, Problem, Problems};
use kaoping_json::{FromJson, ToJson};
use std::cell::RefCell;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What façade functions return: a value, or a JS value to throw.
pub type JsResult<T> = Result<T, JsValue>;

thread_local! {
    static ERROR_CLASS: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Registers the package's `KaopingError` class (called once by the package's entry module).
#[wasm_bindgen(js_name = "__setErrorClass", skip_typescript)]
pub fn set_error_class(class: js_sys::Function) {
    ERROR_CLASS.with(|c| *c.borrow_mut() = Some(class));
}

/// Builds the error thrown on a contract breach: a `KaopingError` (or a plain `Error` named so
/// before the class is registered) with `.code` and `.errors`.
pub fn contract_error(code: Code, message: &str, errors: &[Problem]) -> JsValue {
    let errors_js = serialize(errors).unwrap_or(JsValue::NULL);
    let class = ERROR_CLASS.with(|c| c.borrow().clone());
    let constructed = class.and_then(|class| {
        let args =
            js_sys::Array::of3(&JsValue::from_str(message), &JsValue::from_str(code.as_str()), &errors_js);
        js_sys::Reflect::construct(&class, &args).ok()
    });
    match constructed {
        Some(err) => err,
        None => {
            let err = js_sys::Error::new(message);
            err.set_name("KaopingError");
            let _ = js_sys::Reflect::set(&err, &"code".into(), &code.as_str().into());
            let _ = js_sys::Reflect::set(&err, &"errors".into(), &errors_js);
            err.into()
        }
    }
}

/// Turns problems into the thrown error: `.code` is the first error's code.
pub fn throw_problems(problems: Problems) -> JsValue {
    let mut errors = problems.errors();
    let first = errors.next().or(problems.0.first());
    let more = errors.count();
    let code = first.map_or(Code::Type, |p| p.code);
    let message = match first {
        Some(p) if more > 0 => format!("{p} (and {more} more)"),
        Some(p) => p.to_string(),
        None => "invalid input".to_owned(),
    };
    contract_error(code, &message, &problems.0)
}

fn kind_of(value: &JsValue) -> &'static str {
    if value.is_null() {
        "null"
    } else if value.is_undefined() {
        "undefined"
    } else if js_sys::Array::is_array(value) {
        "an array"
    } else if value.is_string() {
        "a string"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.is_function() {
        "a function"
    } else if value.is_object() {
        "an object"
    } else {
        "a value of another type"
    }
}

fn wrong_kind(what: &str, expected: &str, value: &JsValue) -> JsValue {
    breach("", format!("`{what}` must be {expected}, got {}", kind_of(value)))
}

/// [`breach`] for the package's glue (which checks the kinds only JS sees: typed arrays).
#[wasm_bindgen(js_name = "__breach", skip_typescript)]
pub fn breach_js(path: &str, message: String) -> JsValue {
    breach(path, message)
}

/// The error thrown for an argument of the wrong kind (`E_TYPE`), its one problem at `path`.
pub fn breach(path: &str, message: String) -> JsValue {
    let problem = ReadingMsg::WrongType { expected: Expected::of(&message), en: message.clone() };
    contract_error(Code::Type, &message, &[Problem::new(Code::Type, path, problem)])
}

/// `JSON.stringify` of an argument; a value JSON cannot hold (cycles, BigInt, nesting deeper
/// than the JS stack) is a contract breach.
pub fn stringify(value: &JsValue, what: &str) -> JsResult<String> {
    match js_sys::JSON::stringify(value) {
        Ok(text) => Ok(String::from(text)),
        Err(e) => {
            let detail = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            Err(breach("", format!("`{what}` cannot be read as JSON: {detail}")))
        }
    }
}

/// Whether a value is a plain (non-array, non-null) object.
pub fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// Reads an object argument. Throws when it is not an object at all (the contract); returns
/// the core's located problems when its content is wrong (the data).
pub fn from_js<T: FromJson>(value: &JsValue, what: &str) -> JsResult<Result<T, Problems>> {
    Ok(from_json_str(&text_of_kind(value, what, false)?))
}

/// Reads an array argument, like [`from_js`] (kept for the other façade files).
#[allow(dead_code)]
pub fn from_js_array<T: FromJson>(value: &JsValue, what: &str) -> JsResult<Result<T, Problems>> {
    Ok(from_json_str(&text_of_kind(value, what, true)?))
}

/// The JSON text of an object (or, with `array`, an array) argument; throws for another kind.
/// Not generic: one copy serves every argument type.
#[inline(never)]
fn text_of_kind(value: &JsValue, what: &str, array: bool) -> JsResult<String> {
    if array {
        if !js_sys::Array::is_array(value) {
            return Err(wrong_kind(what, "an array", value));
        }
    } else if !is_plain_object(value) {
        return Err(wrong_kind(what, "an object", value));
    }
    stringify(value, what)
}

/// The JSON text of an argument given as JSON text or as an object (stringified); throws for
/// another kind.
pub fn text_of(value: &JsValue, what: &str) -> JsResult<String> {
    if let Some(text) = value.as_string() {
        Ok(text)
    } else if is_plain_object(value) {
        stringify(value, what)
    } else {
        Err(wrong_kind(what, "an object or JSON text", value))
    }
}

/// The JSON text of an optional argument (`undefined` / `null` → `{}`).
pub fn text_or_empty(value: &JsValue, what: &str) -> JsResult<String> {
    if value.is_undefined() || value.is_null() {
        Ok("{}".to_owned())
    } else {
        text_of(value, what)
    }
}

/// Reads an argument given as an object or as its JSON text.
pub fn read<T: FromJson>(value: &JsValue, what: &str) -> JsResult<Result<T, Problems>> {
    Ok(from_json_str(&text_of(value, what)?))
}

fn serialize<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, String> {
    parse_text(&kaoping_json::to_string(value))
}

/// `JSON.parse` of an answer's text (not generic: one copy for every answer type).
#[inline(never)]
fn parse_text(text: &str) -> Result<JsValue, String> {
    js_sys::JSON::parse(text).map_err(|_| "JSON.parse failed".to_owned())
}

/// Writes an answer as plain JS objects and arrays (maps become objects).
pub fn to_js<T: ToJson + tsify::Tsify>(value: &T) -> JsResult<Ts<T>> {
    to_js_value(value).map(Ts::new_unchecked)
}

/// Writes an answer as a plain JS value.
pub fn to_js_value<T: ToJson + ?Sized>(value: &T) -> JsResult<JsValue> {
    answer_of_text(&kaoping_json::to_string(value))
}

/// The JS value of an answer's JSON text; a contract error when JS cannot parse it.
#[inline(never)]
pub fn answer_of_text(text: &str) -> JsResult<JsValue> {
    parse_text(text).map_err(|e| {
        let message = format!("the answer could not be converted: {e}");
        contract_error(Code::Type, &message, &[])
    })
}

/// Requests whose text is at least this long make room first ([`make_room`]).
const ROOM_FROM: usize = 1 << 20;

/// Bytes of room made per byte of request text (a session holds about ten times the text of the
/// officers it loads: dossiers, results, the event in its log).
pub const ROOM_PER_TEXT_BYTE: usize = 12;

/// Bytes of room made per officer loaded from columns (measured: about 5 KB per officer of the
/// benchmark's scheme once the session holds them).
pub const ROOM_PER_OFFICER: usize = 6 << 10;

/// Makes room in the instance's memory, in one step, for the work a large request brings
/// (`bytes` of it, when that is at least a megabyte).
///
/// The allocator grows wasm memory a page or two at a time; loading 100,000 officers grew it
/// about four thousand times, and each growth costs the JS engine far more than the page: in
/// Node the growth and the garbage collections it set off took most of the load. Reserving
/// the room once and handing it back leaves it free inside the instance for the request.
pub fn make_room(bytes: usize) {
    if bytes >= ROOM_FROM {
        let mut room: Vec<u8> = Vec::new();
        // refused (no memory): the request then grows memory as it goes
        let _ = room.try_reserve_exact(bytes);
        // an allocation nothing reads may be removed by the optimiser: this one must happen
        std::hint::black_box(room.as_ptr());
    }
}
