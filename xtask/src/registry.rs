//! The widget registry, read from the one place that names each widget:
//! `widgets/embed/src/registry.rs`, whose `widgets!` lines also generate the embed's dispatch.
//! The bundle's modules, the size report's pages and the loader's element table come from here.

use crate::run::root;

/// One registry line: the widget's name (its feature and module) and the elements it draws.
#[derive(Debug, PartialEq)]
pub struct Widget {
    pub name: String,
    pub tags: Vec<String>,
}

/// The registered widgets, in the registry's order.
pub fn widgets() -> Result<Vec<Widget>, String> {
    let path = root().join("widgets/embed/src/registry.rs");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The widgets' names.
pub fn names() -> Result<Vec<String>, String> {
    Ok(widgets()?.into_iter().map(|w| w.name).collect())
}

/// The loader's table of element → widget, as a JavaScript object literal.
pub fn loader_table(widgets: &[Widget]) -> String {
    let pairs: Vec<String> = widgets
        .iter()
        .flat_map(|w| w.tags.iter().map(move |t| format!("'{t}':'{}'", w.name)))
        .collect();
    format!("{{{}}}", pairs.join(","))
}

/// The lines of the `widgets! { … }` invocation: `"name" => crate, Part::…, ["tag", …];`.
fn parse(text: &str) -> Result<Vec<Widget>, String> {
    let start = text
        .rfind("\nwidgets! {")
        .ok_or("no `widgets! {` invocation")?;
    let body = &text[start + 1..];
    let body = &body[..body
        .find("\n}")
        .ok_or("the `widgets!` invocation is not closed")?];
    let mut widgets = Vec::new();
    for line in body.lines().skip(1).map(str::trim) {
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let quoted = |s: &str| -> Vec<String> {
            s.split('"').skip(1).step_by(2).map(String::from).collect()
        };
        let (head, tags) = line
            .split_once('[')
            .ok_or_else(|| format!("no element list in `{line}`"))?;
        let name = quoted(head).into_iter().next();
        let tags = quoted(tags);
        match name {
            Some(name) if !tags.is_empty() => widgets.push(Widget { name, tags }),
            _ => return Err(format!("cannot read `{line}`")),
        }
    }
    if widgets.is_empty() {
        return Err("no widget registered".into());
    }
    Ok(widgets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_names_each_widget_once_with_its_feature_and_budget() {
        let widgets = widgets().unwrap();
        let names: Vec<&str> = widgets.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["consent", "feedback", "prompt", "help"]);
        let manifest = std::fs::read_to_string(root().join("widgets/embed/Cargo.toml")).unwrap();
        for w in &widgets {
            assert!(
                manifest.contains(&format!("\n{} = [\"dep:vox-{}\"", w.name, w.name)),
                "widgets/embed/Cargo.toml has no feature for {}",
                w.name
            );
            assert!(
                crate::size::BUDGETS.iter().any(|(n, _)| *n == w.name),
                "xtask/src/size.rs has no page budget for {}",
                w.name
            );
        }
        let tags: Vec<&String> = widgets.iter().flat_map(|w| &w.tags).collect();
        assert!(tags.iter().all(|t| t.starts_with("vox-")));
        let mut unique = tags.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), tags.len(), "an element drawn by two widgets");
    }

    #[test]
    fn the_loader_table_maps_every_element_to_its_widget() {
        let widgets = parse(
            "macro_rules! widgets {}\nwidgets! {\n    // a comment\n    \"a\" => vox_a, Part::A, [\"vox-a\", \"vox-b\"];\n    \"c\" => vox_c, Part::C, [\"vox-c\"];\n}\n",
        )
        .unwrap();
        assert_eq!(
            loader_table(&widgets),
            "{'vox-a':'a','vox-b':'a','vox-c':'c'}"
        );
        assert!(parse("widgets! {\n}\n").is_err());
        assert!(parse("\nwidgets! {\n  \"a\" => vox_a;\n}\n").is_err());
    }
}
