//! The feedback component mounted in headless Chromium (wasm-bindgen-test): rendering,
//! validation, and the `vox:submit` event, without the loader or a server.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use vox_core::config::{Config, FeedbackConfig};
use vox_core::web::mount::{Embedding, MountHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A `<vox-feedback>`-like host in the document, with the widget mounted in its shadow root the
/// way the embed mounts it.
async fn mounted(feedback: FeedbackConfig) -> (HtmlElement, MountHandle) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let config = Config {
        locale: "en".into(),
        feedback,
        ..Default::default()
    };
    let page = Embedding {
        host: host.clone(),
        config,
        assets: "/".into(),
        open: RwSignal::new(false),
        message: RwSignal::new(String::new()),
        visitor: Default::default(),
    };
    let view = vox_feedback::embed(page).await.unwrap();
    (host, view)
}

fn find<T: JsCast>(host: &HtmlElement, selector: &str) -> T {
    host.shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find::<HtmlElement>(host, selector)
        .text_content()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Stands in for the loader's consent gate (`window.Vox.consent`), with `granted` allowed.
fn grant(granted: &'static str) {
    let allows = Closure::<dyn Fn(String) -> bool>::new(move |c: String| c == granted);
    let consent = js_sys::Object::new();
    js_sys::Reflect::set(&consent, &"allows".into(), allows.as_ref()).unwrap();
    allows.forget();
    let vox = js_sys::Object::new();
    js_sys::Reflect::set(&vox, &"consent".into(), &consent).unwrap();
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"Vox".into(), &vox).unwrap();
}

async fn tick() {
    // Let effects and the submit task run.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL))
        .await
        .unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn renders_topics_rating_and_counter_from_config() {
    let config = FeedbackConfig {
        categories: vec!["bug".into(), "Sizing".into()],
        max_length: 200,
        ..Default::default()
    };
    let (host, _view) = mounted(config).await;
    assert_eq!(text(&host, "h2"), "Send us feedback");
    let chips = host
        .shadow_root()
        .unwrap()
        .query_selector_all(".chip")
        .unwrap();
    assert_eq!(chips.length(), 2);
    assert_eq!(
        text(&host, ".chip:nth-child(2) span"),
        "Sizing",
        "site-defined topics are shown as written"
    );
    assert_eq!(
        host.shadow_root()
            .unwrap()
            .query_selector_all(".star input")
            .unwrap()
            .length(),
        5
    );
    assert_eq!(text(&host, "#vox-count"), "200 characters left");
    assert!(
        host.shadow_root()
            .unwrap()
            .query_selector("#vox-email")
            .unwrap()
            .is_none(),
        "no email unless collected"
    );
}

#[wasm_bindgen_test]
async fn submitting_an_empty_form_marks_fields_invalid() {
    let (host, _view) = mounted(FeedbackConfig::default()).await;
    find::<HtmlElement>(&host, "button.primary").click();
    tick().await;
    assert_eq!(
        text(&host, "[role=alert]"),
        "Please fix 2 problems before sending."
    );
    assert_eq!(
        find::<HtmlElement>(&host, "textarea")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        find::<HtmlElement>(&host, "textarea")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("vox-count vox-message-error")
    );
    assert_eq!(text(&host, "#vox-category-error"), "Please choose a topic.");
}

#[wasm_bindgen_test]
async fn a_valid_form_emits_vox_submit_with_the_answers() {
    // The reply email is asked for only once the visitor allows `functional`.
    grant("functional");
    let (host, _view) = mounted(FeedbackConfig {
        collect_email: true,
        ..Default::default()
    })
    .await;
    let seen: Rc<RefCell<Option<JsValue>>> = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        *sink.borrow_mut() = Some(e.detail());
    });
    host.add_event_listener_with_callback("vox:submit", listener.as_ref().unchecked_ref())
        .unwrap();

    find::<HtmlInputElement>(&host, "input[value=idea]").click();
    find::<HtmlInputElement>(&host, ".star:nth-child(5) input").click();
    let message = find::<HtmlTextAreaElement>(&host, "textarea");
    message.set_value("  More colours, please  ");
    message
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let email = find::<HtmlInputElement>(&host, "#vox-email");
    email.set_value("ana@example.com");
    email
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(text(&host, "#vox-count"), "976 characters left");
    find::<HtmlElement>(&host, "button.primary").click();
    tick().await;
    tick().await;

    let detail = seen.borrow().clone().expect("vox:submit fired");
    let json: String = js_sys::JSON::stringify(&detail).unwrap().into();
    let envelope: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(envelope["widget"], "feedback");
    assert_eq!(envelope["locale"], "en");
    assert_eq!(
        envelope["answers"],
        serde_json::json!({"category": "idea", "rating": 5, "message": "More colours, please", "email": "ana@example.com"})
    );
    assert_eq!(envelope["id"].as_str().map(str::len), Some(36));
    // No endpoint configured: the event is the delivery, and the visitor is thanked.
    assert_eq!(text(&host, ".outcome-title"), "Thank you!");
}

/// Waits (a frame at a time, two seconds at most) until `ready` holds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..120 {
        if ready() {
            return;
        }
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    panic!("timed out waiting for {what}");
}

/// `<VoxFeedback/>` as an app places it: in the app's tree (here behind a `<Show>`), with its
/// own host and shadow root, typed callbacks, a reactive config, and gone when its branch goes.
#[wasm_bindgen_test]
async fn the_component_lives_in_the_apps_tree_with_typed_callbacks() {
    use vox_core::submission::Envelope;
    use vox_feedback::{Status, VoxFeedback};

    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let config = RwSignal::new(Config {
        locale: "en".into(),
        ..Default::default()
    });
    let (shown, status) = (RwSignal::new(true), RwSignal::new(Status::Editing));
    let got = RwSignal::new(None::<Envelope>);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Show when=move || shown.get()>
                <VoxFeedback config=config status=status on_submit=move |e: Envelope| got.set(Some(e)) />
            </Show>
        }
    });
    let host = || {
        root.query_selector(".vox-host[data-widget=feedback]")
            .unwrap()
            .map(|e| e.unchecked_into::<HtmlElement>())
    };
    let form_drawn = || {
        host().is_some_and(|h| {
            h.shadow_root()
                .is_some_and(|r| r.query_selector("form").unwrap().is_some())
        })
    };
    until("the form", form_drawn).await;
    let host = host().unwrap();
    assert_eq!(
        text(&host, "h2"),
        "Send us feedback",
        "styled and translated in its shadow root"
    );

    find::<HtmlInputElement>(&host, "input[value=bug]").click();
    let message = find::<HtmlTextAreaElement>(&host, "textarea");
    message.set_value("The lamp's arm / hinge broke");
    message
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    find::<HtmlElement>(&host, "button.primary").click();
    until("the envelope", || got.get_untracked().is_some()).await;
    let envelope = got.get_untracked().unwrap();
    assert_eq!(envelope.payload.widget(), "feedback");
    assert_eq!(envelope.locale, "en");
    until("the status", || status.get_untracked() == Status::Sent).await;

    // An invalid config draws nothing; a valid one draws the form again, in place.
    config.update(|c| c.feedback.categories.clear());
    until("the form to go", || !form_drawn()).await;
    config.update(|c| c.feedback.categories = vec!["bug".into()]);
    until("the form to come back", form_drawn).await;

    shown.set(false);
    until("the host to go with its branch", || {
        root.query_selector(".vox-host").unwrap().is_none()
    })
    .await;
}

/// What `hosted` draws is built under the component's owner: the app's context reaches it, even
/// across the shadow root.
#[wasm_bindgen_test]
async fn a_hosted_view_sees_the_apps_context() {
    use vox_core::web::host::{hosted, Hosting};
    use vox_core::web::mount::Spec;

    static PROBE: Spec = Spec {
        name: "probe",
        css: "",
        english: "",
    };
    #[derive(Clone)]
    struct Shop(&'static str);

    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_context(Shop("Lumen"));
        let hosting = Hosting {
            config: Signal::stored(Config::default()),
            assets: "/".into(),
            on_submit: None,
            fallback: None,
        };
        hosted(&PROBE, hosting, |_| {
            let shop = use_context::<Shop>().map_or("no context", |s| s.0);
            view! { <p>{shop}</p> }
        })
    });
    let said = || {
        root.query_selector(".vox-host")
            .unwrap()
            .and_then(|h| h.shadow_root())
            .and_then(|r| r.query_selector("p").unwrap())
            .and_then(|p| p.text_content())
    };
    until("the probe", || said().is_some()).await;
    assert_eq!(said().as_deref(), Some("Lumen"));
}
