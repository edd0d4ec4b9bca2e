//! `<vox-help>`: a search box following the WAI-ARIA combobox pattern. Focus stays in the
//! input; arrow keys move `aria-activedescendant` through the results, Enter opens one, Esc
//! steps back (article → list → closed). The result count is announced once typing pauses,
//! from a status region inside the shadow root. `<vox-help modal>` is the same in a dialog,
//! which the loader opens with Ctrl/⌘+K or `/`.

use std::rc::Rc;

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use vox_core::web::mount::WidgetContext;
use wasm_bindgen::JsValue;
use web_sys::MouseEvent;

use crate::state::{Action, Help, Hooks};
use crate::view;

/// The help search box. `index` is the URL of the folder holding the index's `index.json`;
/// `modal` puts it in a dialog that `open` shows (the loader's Ctrl/⌘+K and `/`).
#[component]
pub(crate) fn HelpSearch(
    ctx: WidgetContext,
    index: String,
    #[prop(optional)] modal: bool,
    open: RwSignal<bool>,
    #[prop(optional)] hooks: Hooks,
) -> impl IntoView {
    let help = Rc::new(Help::new(ctx, index, modal, open, hooks));
    let shared = SendWrapper::new(help.clone());
    let search = view::search(&shared, modal);
    if !modal {
        return Either::Left(search);
    }
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = shared.clone();
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            opener.return_focus.remember();
            if d.show_modal().is_ok() {
                if let Some(input) = opener.input.get_untracked() {
                    let _ = input.focus();
                    input.select();
                }
                opener.ctx.emit("open", &JsValue::from_str("help"));
            }
        } else if !open.get() && d.open() {
            d.close();
        }
    });
    let (closed, backdrop) = (shared.clone(), shared.clone());
    let on_close = move |_| {
        open.set(false);
        closed.return_focus.restore();
        closed.ctx.emit("close", &JsValue::from_str("help"));
    };
    // A click on the dialog itself, not inside it, is on the backdrop.
    let on_click = move |ev: MouseEvent| {
        if ev.target().map(JsValue::from) == dialog.get_untracked().map(JsValue::from) {
            backdrop.act(Action::Close);
        }
    };
    Either::Right(view! {
        <dialog
            class="dialog"
            part="dialog"
            aria-label=shared.ctx.catalog.t("help-label")
            node_ref=dialog
            on:close=on_close
            on:click=on_click
        >
            {search}
        </dialog>
    })
}
