//! Preview: a site owner sees a prompt at once, with `?vox-preview=<prompt id>` in the page URL
//! or `Vox.preview('<prompt id>')`, whatever its trigger, sample and the fatigue memory say,
//! without clearing storage. A preview records nothing in the memory and sends nothing unless
//! the site asks (`Vox.preview(id, { send: true })`).

use vox_core::config::Config;
use vox_core::web::page;

/// Marks a `<vox-prompt>` as a preview (not a `data-*` attribute: those are config); its value
/// is `send` when the answers are sent.
pub(crate) const ATTRIBUTE: &str = "preview";

/// Adds prompt `id` to the page as a preview; the error names what is wrong.
pub fn preview(config: &Config, id: &str, send: bool) -> Result<(), String> {
    if !config.prompts.iter().any(|p| p.id == id) {
        return Err(format!(
            "Vox.preview: no prompt \"{id}\" in the config (prompts[].id)"
        ));
    }
    let document = page::document().ok_or("no document")?;
    let (Ok(el), Some(body)) = (document.create_element("vox-prompt"), document.body()) else {
        return Err("Vox.preview: the page has no <body> yet".into());
    };
    let _ = el.set_attribute("prompt", id);
    let _ = el.set_attribute("floating", "");
    let _ = el.set_attribute(ATTRIBUTE, if send { "send" } else { "" });
    let _ = body.append_child(&el);
    Ok(())
}

/// The prompt id in the page URL's `vox-preview` parameter.
pub(crate) fn requested() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("vox-preview="))?;
    js_sys::decode_uri_component(value).ok().map(String::from)
}
