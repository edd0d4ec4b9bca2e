//! Page rules on the URL's path, and audience rules on the visitor's attributes.

use vox_core::config::{AudienceRule, AudienceTest, UrlRule};
use vox_core::json::{Json, Map};

/// Whether a prompt with these page rules may appear at `path`: any page when there are none,
/// else when one of them matches.
pub fn on_page(rules: &[UrlRule], path: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| page_matches(r, path))
}

/// Whether one page rule matches `path`.
pub fn page_matches(rule: &UrlRule, path: &str) -> bool {
    match rule {
        UrlRule::Exact(p) => path == p,
        UrlRule::Prefix(p) => path.starts_with(p.as_str()),
        UrlRule::Wildcard(p) => wildcard(p, path),
    }
}

/// `*` matches any run of characters (none included); everything else matches itself.
/// Greedy with backtracking to the last `*`: linear for the patterns sites write.
fn wildcard(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Whether the visitor (their `Vox.identify` attributes) meets every rule.
pub fn in_audience(rules: &[AudienceRule], visitor: &Map) -> bool {
    rules
        .iter()
        .all(|r| audience_matches(r, visitor.get(&r.attribute)))
}

/// Whether one audience rule holds for `value`, the attribute (`None` when the visitor has
/// not got it).
pub fn audience_matches(rule: &AudienceRule, value: Option<&Json>) -> bool {
    let value = value.filter(|v| !v.is_null());
    match (&rule.test, value) {
        (AudienceTest::Exists(wanted), v) => v.is_some() == *wanted,
        (_, None) => false,
        (AudienceTest::Equals(expected), Some(v)) => same(expected, v),
        (AudienceTest::In(list), Some(v)) => list.iter().any(|e| same(e, v)),
        (AudienceTest::Gte(min), Some(v)) => number(v).is_some_and(|n| n >= *min),
        (AudienceTest::Lte(max), Some(v)) => number(v).is_some_and(|n| n <= *max),
    }
}

/// A number, or text that reads as one (`"3"` from a form field or a data attribute).
fn number(v: &Json) -> Option<f64> {
    match v {
        Json::Num(n) => Some(*n),
        // Through the JSON parser: `str::parse::<f64>` would add 5 KB of float parsing.
        Json::Str(s) => vox_core::json::parse(s.trim()).ok()?.as_f64(),
        _ => None,
    }
}

/// Equality as a site owner means it: `"3"` equals `3`.
fn same(expected: &Json, actual: &Json) -> bool {
    match (expected, actual) {
        (Json::Num(_), Json::Str(_)) | (Json::Str(_), Json::Num(_)) => {
            number(expected).is_some() && number(expected) == number(actual)
        }
        _ => expected == actual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vox_core::json::parse;

    #[test]
    fn page_rules() {
        let exact = UrlRule::Exact("/help.html".into());
        assert!(page_matches(&exact, "/help.html"));
        assert!(!page_matches(&exact, "/help.html/x"));
        let prefix = UrlRule::Prefix("/products/".into());
        assert!(page_matches(&prefix, "/products/mug"));
        assert!(!page_matches(&prefix, "/product"));
        let wild = UrlRule::Wildcard("/orders/*/done".into());
        assert!(page_matches(&wild, "/orders/123/done"));
        assert!(page_matches(&wild, "/orders//done"));
        assert!(!page_matches(&wild, "/orders/123/done/x"));
        assert!(page_matches(
            &UrlRule::Wildcard("/*.html".into()),
            "/a/b.html"
        ));
        assert!(page_matches(&UrlRule::Wildcard("*".into()), "/"));
        assert!(page_matches(
            &UrlRule::Wildcard("/a*b*c".into()),
            "/aXbYbZc"
        ));
        assert!(!page_matches(
            &UrlRule::Wildcard("/a*b*c".into()),
            "/aXbYbZ"
        ));
        assert!(on_page(&[], "/anything"));
        assert!(on_page(&[exact.clone(), prefix.clone()], "/products/x"));
        assert!(!on_page(&[exact, prefix], "/cart"));
    }

    #[test]
    fn audience_rules() {
        let visitor = parse(
            r#"{"id": "u1", "lifecycle_stage": "purchase", "orders": 3, "plan": "pro",
                "spend": "120.5", "vip": false, "note": null}"#,
        )
        .unwrap();
        let visitor = visitor.as_object().unwrap();
        let rule = |attribute: &str, test| AudienceRule {
            attribute: attribute.into(),
            test,
        };
        let holds = |r: AudienceRule| audience_matches(&r, visitor.get(&r.attribute));
        assert!(holds(rule("plan", AudienceTest::Equals("pro".into()))));
        assert!(!holds(rule("plan", AudienceTest::Equals("free".into()))));
        assert!(holds(rule("orders", AudienceTest::Equals(3u32.into()))));
        assert!(holds(rule("vip", AudienceTest::Equals(false.into()))));
        assert!(holds(rule(
            "lifecycle_stage",
            AudienceTest::In(vec!["use".into(), "purchase".into()])
        )));
        assert!(!holds(rule(
            "lifecycle_stage",
            AudienceTest::In(vec!["loyalty".into()])
        )));
        assert!(holds(rule("orders", AudienceTest::Gte(3.0))));
        assert!(!holds(rule("orders", AudienceTest::Gte(4.0))));
        assert!(holds(rule("orders", AudienceTest::Lte(3.0))));
        assert!(
            holds(rule("spend", AudienceTest::Gte(100.0))),
            "numeric text counts"
        );
        assert!(
            !holds(rule("plan", AudienceTest::Gte(1.0))),
            "text is not a number"
        );
        assert!(holds(rule("id", AudienceTest::Exists(true))));
        assert!(
            holds(rule("note", AudienceTest::Exists(false))),
            "null is unset"
        );
        assert!(holds(rule("email", AudienceTest::Exists(false))));
        assert!(!holds(rule("email", AudienceTest::Equals("x".into()))));
        assert!(in_audience(&[], &Map::new()));
        assert!(!in_audience(
            &[
                rule("plan", AudienceTest::Equals("pro".into())),
                rule("orders", AudienceTest::Gte(10.0))
            ],
            visitor
        ));
    }
}
