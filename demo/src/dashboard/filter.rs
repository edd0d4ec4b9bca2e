//! What the dashboard shows: a period, and optionally one locale, country, page, `meta` value
//! or search text, all read from the page's query string, so every view is a link that can be
//! bookmarked, shared and exported. Anything odd in the query (a bad date, a huge value) falls
//! back to the default instead of failing.

use serde_json::Value;
use time::{Date, Duration};
use vox_search::fold::fold;

use crate::store::Fact;

/// The period shown when none is asked for.
const DEFAULT_DAYS: i64 = 90;
/// The longest period: ten years.
const MAX_DAYS: i64 = 3_660;
/// The longest filter value kept.
const MAX_VALUE: usize = 200;

const DAY: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// What groups a breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dimension {
    Locale,
    Country,
    Page,
    /// One of the site's `meta` fields, by name (`lifecycle_stage`, `market`, `store`…).
    Meta(String),
}

impl Dimension {
    /// `locale`, `country`, `page` or `meta.NAME`.
    fn parse(text: &str) -> Option<Dimension> {
        match text {
            "locale" => Some(Dimension::Locale),
            "country" => Some(Dimension::Country),
            "page" => Some(Dimension::Page),
            _ => text
                .strip_prefix("meta.")
                .filter(|k| !k.is_empty() && k.len() <= 40)
                .map(|k| Dimension::Meta(k.to_string())),
        }
    }

    pub fn key(&self) -> String {
        match self {
            Dimension::Locale => "locale".into(),
            Dimension::Country => "country".into(),
            Dimension::Page => "page".into(),
            Dimension::Meta(k) => format!("meta.{k}"),
        }
    }

    /// The group `fact` falls in; empty when it has none.
    pub fn of(&self, fact: &Fact) -> String {
        match self {
            Dimension::Locale => fact.locale.clone(),
            Dimension::Country => fact.facts.country.clone(),
            Dimension::Page => fact.facts.page.clone(),
            Dimension::Meta(k) => meta_value(fact, k),
        }
    }
}

/// One of the site's `meta` fields of `fact`, as text.
pub fn meta_value(fact: &Fact, key: &str) -> String {
    serde_json::from_str::<Value>(&fact.facts.meta)
        .ok()
        .and_then(|m| m[key].as_str().map(str::to_string))
        .unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub from: Date,
    pub to: Date,
    pub locale: String,
    pub country: String,
    pub page: String,
    /// `(name, value)` of a `meta` field.
    pub meta: Option<(String, String)>,
    /// Text the verbatims must contain (any letter case).
    pub q: String,
    /// What the breakdowns group by.
    pub by: Dimension,
    /// The dashboard's own language (`en`, `ar`).
    pub lang: String,
}

impl Filter {
    /// The filter of a query string, `today` being the default period's end.
    pub fn parse(query: &str, today: Date) -> Filter {
        let mut f = Filter {
            from: today - Duration::days(DEFAULT_DAYS - 1),
            to: today,
            locale: String::new(),
            country: String::new(),
            page: String::new(),
            meta: None,
            q: String::new(),
            by: Dimension::Country,
            lang: String::new(),
        };
        let (mut from, mut to) = (None, None);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let value: String = value.trim().chars().take(MAX_VALUE).collect();
            match key.as_ref() {
                "from" => from = Date::parse(&value, DAY).ok(),
                "to" => to = Date::parse(&value, DAY).ok(),
                "locale" => f.locale = value,
                "country" => f.country = value.to_ascii_uppercase(),
                "page" => f.page = value,
                "meta" => {
                    f.meta = value
                        .split_once(':')
                        .filter(|(k, _)| !k.is_empty())
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                }
                "q" => f.q = value,
                "by" => f.by = Dimension::parse(&value).unwrap_or(Dimension::Country),
                "lang" => f.lang = value,
                _ => {}
            }
        }
        f.to = to.filter(|d| *d <= today).unwrap_or(today);
        f.from = from
            .filter(|d| *d <= f.to && (f.to - *d).whole_days() < MAX_DAYS)
            .unwrap_or(f.to - Duration::days(DEFAULT_DAYS - 1));
        f
    }

    pub fn first_day(&self) -> String {
        self.from.format(DAY).unwrap_or_default()
    }

    pub fn last_day(&self) -> String {
        self.to.format(DAY).unwrap_or_default()
    }

    /// Whether `fact` is in the view (its period is already what the store read).
    pub fn keeps(&self, fact: &Fact) -> bool {
        // `zh` keeps `zh-CN`: the locale itself, or it and a `-` in front of a subtag. No
        // allocation: this runs once per row of the period.
        let n = self.locale.len();
        let locale_ok = self.locale.is_empty()
            || fact.locale.get(..n).is_some_and(|head| {
                head.eq_ignore_ascii_case(&self.locale)
                    && matches!(fact.locale.as_bytes().get(n), None | Some(b'-'))
            });
        locale_ok
            && (self.country.is_empty() || fact.facts.country == self.country)
            && (self.page.is_empty() || fact.facts.page == self.page)
            && self
                .meta
                .as_ref()
                .is_none_or(|(k, v)| meta_value(fact, k) == *v)
    }

    /// Whether `text` holds the search text, both folded as the help search folds them (any
    /// letter case, with or without accents: a term link `direccion` finds "dirección").
    pub fn finds(&self, text: &str) -> bool {
        self.q.is_empty() || fold(text).contains(&fold(&self.q))
    }

    /// This view's query string with `changes` applied (an empty value removes a key), for
    /// links that keep the rest of the view.
    pub fn query(&self, changes: &[(&str, &str)]) -> String {
        let from = self.first_day();
        let to = self.last_day();
        let meta = self.meta.as_ref().map(|(k, v)| format!("{k}:{v}"));
        let by = self.by.key();
        let mut pairs: Vec<(&str, &str)> = vec![
            ("from", &from),
            ("to", &to),
            ("locale", &self.locale),
            ("country", &self.country),
            ("page", &self.page),
            ("meta", meta.as_deref().unwrap_or_default()),
            ("q", &self.q),
            ("by", &by),
            ("lang", &self.lang),
        ];
        for (key, value) in changes {
            match pairs.iter_mut().find(|(k, _)| k == key) {
                Some(pair) => pair.1 = value,
                None => pairs.push((key, value)),
            }
        }
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
            out.append_pair(k, v);
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 26);

    #[test]
    fn the_default_view_is_the_last_90_days_by_country() {
        let f = Filter::parse("", TODAY);
        assert_eq!(
            (f.first_day(), f.last_day()),
            ("2026-08-29".into(), "2026-11-26".into())
        );
        assert_eq!(f.by, Dimension::Country);
    }

    #[test]
    fn a_view_round_trips_through_its_query() {
        let f = Filter::parse(
            "from=2026-01-01&to=2026-02-01&locale=zh&country=cn&meta=market%3AAPAC&q=%E7%89%A9%E6%B5%81&by=meta.store&lang=ar",
            TODAY,
        );
        assert_eq!(f.country, "CN");
        assert_eq!(f.meta, Some(("market".into(), "APAC".into())));
        assert_eq!(f.by, Dimension::Meta("store".into()));
        assert_eq!(Filter::parse(&f.query(&[]), TODAY), f);
        assert!(f.query(&[("q", "")]).find("q=").is_none());
    }

    #[test]
    fn a_language_keeps_its_regional_locales() {
        let f = Filter::parse("locale=zh", TODAY);
        let keeps = |locale: &str| {
            let mut fact =
                crate::dashboard::testing::fact("feedback", locale, "message", "", None, "");
            fact.locale = locale.into();
            f.keeps(&fact)
        };
        assert!(keeps("zh") && keeps("zh-CN") && keeps("ZH-tw"));
        assert!(!keeps("zhx") && !keeps("en") && !keeps("") && !keeps("日本"));
    }

    /// Whatever a stranger types into the address bar, the dashboard shows a sane view.
    #[test]
    fn odd_queries_fall_back_to_defaults() {
        let default = Filter::parse("", TODAY);
        for query in [
            "from=2027-01-01",
            "from=1900-01-01",
            "to=2099-01-01&from=2098-01-01",
            "from=not-a-date&to=2026-99-99",
            "by=meta.&meta=:x",
            "%ff%fe=%00&from",
            "by=",
        ] {
            let f = Filter::parse(query, TODAY);
            assert_eq!(
                (f.from, f.to, f.meta.clone()),
                (default.from, default.to, None),
                "{query}"
            );
        }
        let f = Filter::parse("q=Direccion", TODAY);
        assert!(f.finds("Mi DIRECCIÓN no existe") && !f.finds("mi casa"));
        let long = format!("q={}", "語".repeat(10_000));
        assert_eq!(Filter::parse(&long, TODAY).q.chars().count(), MAX_VALUE);
    }
}
