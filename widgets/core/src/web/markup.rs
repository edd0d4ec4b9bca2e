//! Static HTML written as text, for fixed text inside a component: an article's Markdown, a
//! snippet's marks, a consent service list. Every Leptos view is compiled into its own typed
//! code, so a block of fixed text with many elements is smaller as markup set once with
//! `inner_html`. Every text and attribute value is escaped here, so site-, translator- and
//! index-supplied strings can never become markup.

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::new())
    }

    /// `<tag a="v" ...>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(value, &mut self.0);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(text, &mut self.0);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::new();
        m.open("a", &[("href", "/p?a=1&b=\"2\"")])
            .text("<script>alert('x')</script>")
            .close("a");
        assert_eq!(
            m.finish(),
            "<a href=\"/p?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
    }
}
