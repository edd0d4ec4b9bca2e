//! Launcher and modal modes: the form in a native `<dialog>`. `showModal()` gives the focus
//! trap, `Esc`, top-layer stacking (no z-index fights with the host) and an inert page for free.

use leptos::html;
use leptos::prelude::*;
use vox_core::config::FeedbackMode;
use vox_core::web::focus::ReturnFocus;
use vox_core::web::mount::WidgetContext;
use wasm_bindgen::JsValue;

use crate::form::FeedbackForm;
use crate::send::Status;

#[component]
pub(crate) fn FeedbackDialog(
    ctx: WidgetContext,
    open: RwSignal<bool>,
    #[prop(optional)] message: Option<RwSignal<String>>,
    #[prop(optional_no_strip)] status: Option<RwSignal<Status>>,
) -> impl IntoView {
    let catalog = ctx.catalog.clone();
    let dialog = NodeRef::<html::Dialog>::new();
    // Focus goes back where it was (the launcher, or the host's own button) on close.
    let return_focus = ReturnFocus::new();

    let opened_ctx = ctx.clone();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        if open.get() && !dialog.open() {
            return_focus.remember();
            if dialog.show_modal().is_ok() {
                opened_ctx.emit("open", &JsValue::from_str("feedback"));
            }
        } else if !open.get() && dialog.open() {
            dialog.close();
        }
    });

    let closed_ctx = ctx.clone();
    let on_close = move |_| {
        open.set(false);
        return_focus.restore();
        closed_ctx.emit("close", &JsValue::from_str("feedback"));
    };

    let launcher = (ctx.config.feedback.mode == FeedbackMode::Launcher).then(|| {
        view! {
            <button
                type="button"
                class="launcher"
                part="launcher"
                data-position=ctx.config.feedback.position.as_str()
                aria-haspopup="dialog"
                on:click=move |_| open.set(true)
            >
                <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" />
                </svg>
                <span>{catalog.t("feedback-launcher")}</span>
            </button>
        }
    });

    view! {
        {launcher}
        <dialog class="dialog" part="dialog" aria-labelledby="vox-title" node_ref=dialog on:close=on_close>
            <div class="dialog-header">
                <h2 id="vox-title" part="title">{catalog.t("feedback-title")}</h2>
                <button
                    type="button"
                    class="close"
                    part="close"
                    aria-label=catalog.t("feedback-close")
                    on:click=move |_| open.set(false)
                >
                    <svg viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M6 6l12 12M18 6L6 18" />
                    </svg>
                </button>
            </div>
            <FeedbackForm ctx=ctx.clone() in_dialog=true message=message.unwrap_or_else(|| RwSignal::new(String::new())) status=status />
        </dialog>
    }
}
