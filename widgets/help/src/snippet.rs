//! A result's snippet as escaped HTML: the engine marks the matched words between `\u{1}` and
//! `\u{2}`; they become `<mark>`, and everything else stays text.

use vox_core::web::markup::Markup;

/// A snippet as escaped HTML with `<mark>`, for the list and for sites drawing their own
/// results.
pub fn snippet_html(text: &str) -> String {
    let mut m = Markup::new();
    for (i, part) in text.split(['\u{1}', '\u{2}']).enumerate() {
        if i % 2 == 1 {
            m.element("mark", &[], part);
        } else {
            m.text(part);
        }
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::snippet_html;

    #[test]
    fn a_snippet_marks_the_matches_and_escapes_the_rest() {
        assert_eq!(
            snippet_html("Return <b>\u{1}items\u{2}</b> & more"),
            "Return &lt;b&gt;<mark>items</mark>&lt;/b&gt; &amp; more"
        );
    }
}
