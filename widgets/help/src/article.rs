//! An article's Markdown body as markup: the small part of Markdown help articles use
//! (paragraphs, `-` lists, `#` headings, `**bold**`, `` `code` ``). Everything goes through
//! [`Markup`], so an article can never inject HTML into the widget or the page.

use vox_core::web::markup::Markup;

/// Writes `body` into `out`.
pub fn render(body: &str, out: &mut Markup) {
    let mut list = false;
    for block in body.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        for line in lines_of(block) {
            let item = line.strip_prefix("- ").or_else(|| line.strip_prefix("* "));
            match (item, list) {
                (Some(_), false) => {
                    out.open("ul", &[]);
                    list = true;
                }
                (None, true) => {
                    out.close("ul");
                    list = false;
                }
                _ => {}
            }
            if let Some(item) = item {
                out.open("li", &[]);
                inline(item, out);
                out.close("li");
            } else if let Some(heading) = line.strip_prefix('#') {
                let heading = heading.trim_start_matches('#').trim();
                out.open("h3", &[]);
                inline(heading, out);
                out.close("h3");
            } else {
                out.open("p", &[]);
                inline(&line, out);
                out.close("p");
            }
        }
    }
    if list {
        out.close("ul");
    }
}

/// A block's lines, with the lines of one paragraph joined (Markdown soft breaks).
fn lines_of(block: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in block.lines().map(str::trim) {
        let starts = line.starts_with("- ") || line.starts_with("* ") || line.starts_with('#');
        match out.last_mut() {
            Some(last) if !starts && !line.is_empty() => {
                last.push(' ');
                last.push_str(line);
            }
            _ if !line.is_empty() => out.push(line.to_string()),
            _ => {}
        }
    }
    out
}

/// `**bold**` and `` `code` `` inside a line.
fn inline(text: &str, out: &mut Markup) {
    let mut rest = text;
    while !rest.is_empty() {
        let code = rest.find('`');
        let bold = rest.find("**");
        let (at, marker, tag) = match (code, bold) {
            (Some(c), Some(b)) if b < c => (b, "**", "strong"),
            (Some(c), _) => (c, "`", "code"),
            (None, Some(b)) => (b, "**", "strong"),
            (None, None) => break,
        };
        let after = &rest[at + marker.len()..];
        let Some(end) = after.find(marker) else {
            break;
        };
        out.text(&rest[..at]);
        out.element(tag, &[], &after[..end]);
        rest = &after[end + marker.len()..];
    }
    out.text(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(body: &str) -> String {
        let mut out = Markup::new();
        render(body, &mut out);
        out.finish()
    }

    #[test]
    fn paragraphs_lists_headings_and_inline_code() {
        assert_eq!(
            html("Start a **return**\nfrom `orders`.\n\n### Costs\n- Free\n- 30 days\n\nDone."),
            "<p>Start a <strong>return</strong> from <code>orders</code>.</p><h3>Costs</h3><ul><li>Free</li><li>30 days</li></ul><p>Done.</p>"
        );
        assert_eq!(
            html("- Extract:\n\n`tar xf {{file}}`"),
            "<ul><li>Extract:</li></ul><p><code>tar xf {{file}}</code></p>"
        );
    }

    #[test]
    fn html_in_an_article_stays_text() {
        assert_eq!(
            html("<img src=x onerror=alert(1)> `<b>`"),
            "<p>&lt;img src=x onerror=alert(1)&gt; <code>&lt;b&gt;</code></p>"
        );
        assert_eq!(html("an ` unclosed"), "<p>an ` unclosed</p>");
    }
}
