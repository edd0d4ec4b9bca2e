//! The dashboard's HTML: one function per section, each given what it shows. Every posted text
//! goes through [`escape`]; a visitor's locale becomes a `lang` attribute only when it looks
//! like a language tag.

use std::collections::{BTreeSet, HashMap};

use fluent_bundle::FluentValue;

use super::breakdown::{breakdown, Group};
use super::charts;
use super::consent::{rates, CHOICES};
use super::filter::{Dimension, Filter};
use super::help::{insights, Ranked};
use super::scores::{overall, responses, series, Method, Response};
use super::terms::recurring;
use super::verbatims::{verbatims, SHOWN};
use super::volume::{volume, COLUMNS};
use super::words::Words;
use crate::retention::Rule;
use crate::site::escape;
use crate::store::{Fact, FollowUp};

/// How many rows are sampled for the `meta` fields the "group by" list offers.
const META_SAMPLE: usize = 2_000;

pub struct Page<'a> {
    pub filter: &'a Filter,
    pub words: &'static Words,
    pub facts: &'a [&'a Fact],
    pub follow_ups: &'a HashMap<String, FollowUp>,
    pub retention: &'a [Rule],
    /// Chart per week (a long period) rather than per day.
    pub weekly: bool,
}

impl Page<'_> {
    /// A message, escaped.
    fn t(&self, id: &str) -> String {
        escape(&self.words.get(id))
    }

    /// A message with text variables, escaped.
    fn tw(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(*v)))
            .collect();
        escape(&self.words.with(id, &args))
    }

    /// A link to this view with `changes`.
    fn link(&self, changes: &[(&str, &str)]) -> String {
        escape(&format!("/admin?{}", self.filter.query(changes)))
    }

    /// The name of a dimension, in the dashboard's language (not escaped).
    fn dimension(&self, d: &Dimension) -> String {
        match d {
            Dimension::Meta(name) => self
                .words
                .with("group-meta", &[("name", FluentValue::from(name.as_str()))]),
            other => self.words.get(&format!("group-{}", other.key())),
        }
    }

    /// A message about the breakdown's dimension (`By country`), not escaped.
    fn by(&self, id: &str) -> String {
        let group = self.dimension(&self.filter.by);
        self.words.with(id, &[("group", FluentValue::from(group))])
    }
}

/// `text` (a signed score, a range) kept left to right inside right-to-left text: `+56` must
/// not read `56+` in Arabic. (Fluent arguments get the same isolate in `words`.)
fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

pub fn page(p: &Page) -> String {
    let answers = responses(p.facts);
    format!(
        r##"<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Vox</title><link rel="stylesheet" href="/site/admin.css"></head><body>
<a class="skip" href="#main">{skip}</a>
{header}
<main id="main">
{view}
{scores}
{breakdown}
{volume}
{consent}
{verbatims}
{help}
{rights}
</main></body></html>"##,
        lang = p.words.lang,
        dir = p.words.dir,
        title = p.t("title"),
        skip = p.t("skip-to-content"),
        header = header(p),
        view = view_form(p),
        scores = scores_section(p, &answers),
        breakdown = breakdown_section(p, &answers),
        volume = volume_section(p),
        consent = consent_section(p),
        verbatims = verbatims_section(p),
        help = help_section(p),
        rights = rights_section(p),
    )
}

fn header(p: &Page) -> String {
    let summary = p.words.with(
        "summary",
        &[
            ("count", FluentValue::from(p.facts.len())),
            ("from", FluentValue::from(p.filter.first_day())),
            ("to", FluentValue::from(p.filter.last_day())),
        ],
    );
    format!(
        r#"<header class="top"><h1>{title}</h1><p>{summary}</p>
<nav aria-label="{language}"><a href="/">{back}</a> · <a href="/admin/submissions.json">{raw}</a> · <a href="{en}" lang="en">English</a> · <a href="{ar}" lang="ar">العربية</a></nav></header>"#,
        title = p.t("title"),
        summary = escape(&summary),
        language = p.t("language"),
        back = p.t("back-to-shop"),
        raw = p.t("raw-json"),
        en = p.link(&[("lang", "en")]),
        ar = p.link(&[("lang", "ar")]),
    )
}

/// The view's form (GET, so a view is a link) and its exports.
fn view_form(p: &Page) -> String {
    let f = p.filter;
    let input = |name: &str, label: &str, kind: &str, value: &str| {
        format!(
            r#"<label>{}<input type="{kind}" name="{name}" value="{}" autocomplete="off"></label>"#,
            p.t(label),
            escape(value)
        )
    };
    let meta = f
        .meta
        .as_ref()
        .map(|(k, v)| format!("{k}:{v}"))
        .unwrap_or_default();
    let mut keys: BTreeSet<String> = p
        .facts
        .iter()
        .take(META_SAMPLE)
        .filter_map(|fact| {
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&fact.facts.meta)
                .ok()
        })
        .flat_map(|m| m.into_iter().map(|(k, _)| k))
        .collect();
    if let Dimension::Meta(k) = &f.by {
        keys.insert(k.clone());
    }
    let mut options = vec![Dimension::Locale, Dimension::Country, Dimension::Page];
    options.extend(keys.into_iter().map(Dimension::Meta));
    let options: String = options
        .iter()
        .map(|d| {
            let name = escape(&p.dimension(d));
            let selected = if *d == f.by { " selected" } else { "" };
            format!(
                r#"<option value="{}"{selected}>{name}</option>"#,
                escape(&d.key())
            )
        })
        .collect();
    let exports = format!(
        r#"<p class="exports">{export}: <a href="/admin/export.csv?{q}" download>CSV</a> · <a href="/admin/export.json?{q}" download>JSON</a></p>"#,
        export = p.t("export"),
        q = escape(&f.query(&[])),
    );
    format!(
        r#"<form class="view" method="get" action="/admin" aria-label="{view}">{from}{to}{locale}{country}{page}{meta}{q}<label>{group}<select name="by">{options}</select></label><input type="hidden" name="lang" value="{lang}"><div class="actions"><button type="submit">{apply}</button> <a href="{reset}">{reset_label}</a></div></form>{exports}"#,
        view = p.t("view"),
        from = input("from", "period-from", "date", &f.first_day()),
        to = input("to", "period-to", "date", &f.last_day()),
        locale = input("locale", "filter-locale", "text", &f.locale),
        country = input("country", "filter-country", "text", &f.country),
        page = input("page", "filter-page", "text", &f.page),
        meta = input("meta", "filter-meta", "text", &meta),
        q = input("q", "filter-q", "search", &f.q),
        group = p.t("group-by"),
        lang = escape(&f.lang),
        apply = p.t("apply"),
        reset = escape(&format!("/admin?lang={}", p.words.lang)),
        reset_label = p.t("reset"),
    )
}

fn scores_section(p: &Page, answers: &[Response]) -> String {
    let overall = overall(answers);
    let bucket = p.t(if p.weekly {
        "bucket-week"
    } else {
        "bucket-day"
    });
    let intro = p.tw("scores-intro", &[("bucket", &bucket)]);
    let cards: String = Method::ALL
        .iter()
        .filter_map(|m| Some((*m, overall.get(m)?)))
        .map(|(method, score)| {
            let name = p.t(&format!("method-{}", method.key()));
            let interval = p.tw(
                "interval",
                &[("low", &method.label(score.low)), ("high", &method.label(score.high))],
            );
            let points = series(answers, method, p.weekly);
            let gauge = match method {
                Method::Nps => format!(
                    r#"<div class="chart gauge" dir="ltr">{}</div>"#,
                    charts::gauge(score.value, &p.words.get("gauge"))
                ),
                _ => String::new(),
            };
            let rows: String = points
                .iter()
                .map(|(period, s)| {
                    format!(
                        "<tr><td>{period}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        s.n,
                        ltr(&method.label(s.value)),
                        ltr(&format!("{} – {}", method.label(s.low), method.label(s.high))),
                    )
                })
                .collect();
            format!(
                r#"<figure class="card"><figcaption><h3>{name}</h3><p class="big">{value}</p><p>{responses} · {interval}</p></figcaption>{gauge}<div class="chart" dir="ltr">{trend}</div><details><summary>{data}</summary><table><thead><tr><th scope="col">{period}</th><th scope="col">{count}</th><th scope="col">{score_col}</th><th scope="col">{interval_col}</th></tr></thead><tbody>{rows}</tbody></table></details></figure>"#,
                value = ltr(&method.label(score.value)),
                responses = escape(&p.words.count("responses", score.n)),
                trend = charts::trend(method, &p.words.get(&format!("method-{}", method.key())), p.weekly, &points),
                data = p.t("chart-data"),
                period = p.t("col-period"),
                count = p.t("col-responses"),
                score_col = p.t("col-score"),
                interval_col = p.t("col-interval"),
            )
        })
        .collect();
    let body = if cards.is_empty() {
        format!("<p>{}</p>", p.t("no-responses"))
    } else {
        format!(r#"<div class="cards">{cards}</div>"#)
    };
    format!(
        r#"<section aria-labelledby="scores"><h2 id="scores">{}</h2><p>{intro}</p>{body}</section>"#,
        p.t("scores")
    )
}

/// A filter link for a breakdown group.
fn group_link(p: &Page, name: &str) -> String {
    if name.is_empty() {
        return p.t("none");
    }
    let meta;
    let change = match &p.filter.by {
        Dimension::Locale => ("locale", name),
        Dimension::Country => ("country", name),
        Dimension::Page => ("page", name),
        Dimension::Meta(k) => {
            meta = format!("{k}:{name}");
            ("meta", meta.as_str())
        }
    };
    format!(r#"<a href="{}">{}</a>"#, p.link(&[change]), escape(name))
}

fn breakdown_section(p: &Page, answers: &[Response]) -> String {
    let groups = breakdown(&p.filter.by, p.facts, answers);
    let score = |g: &Group, m: Method| match g.scores.get(&m) {
        Some(s) => format!(r#"{} <small>n={}</small>"#, ltr(&m.label(s.value)), s.n),
        None => "–".into(),
    };
    let rows: String = groups
        .iter()
        .map(|g| {
            let accepted = match g.consent {
                (0, _) => "–".to_string(),
                (all, yes) => format!("{:.0}%", 100.0 * yes as f64 / all as f64),
            };
            format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{accepted}</td></tr>",
                group_link(p, &g.name),
                g.total,
                score(g, Method::Nps),
                score(g, Method::Csat),
                score(g, Method::Ces),
                g.feedback,
            )
        })
        .collect();
    format!(
        r#"<section aria-labelledby="breakdown"><h2 id="breakdown">{title}</h2><div class="scroll"><table><thead><tr><th scope="col">{group}</th><th scope="col">{all}</th><th scope="col">NPS</th><th scope="col">CSAT</th><th scope="col">CES</th><th scope="col">{feedback}</th><th scope="col">{consent}</th></tr></thead><tbody>{rows}</tbody></table></div></section>"#,
        title = escape(&p.by("breakdown")),
        group = p.t("col-group"),
        all = p.t("col-responses"),
        feedback = p.t("col-feedback"),
        consent = p.t("col-consent"),
    )
}

/// Column headers, one per label (already escaped).
fn column_heads(labels: &[String]) -> String {
    labels
        .iter()
        .map(|l| format!(r#"<th scope="col">{l}</th>"#))
        .collect()
}

/// A legend for a chart: a swatch (a class, as the CSP allows no inline colour) per label.
fn legend(class: &str, labels: &[String]) -> String {
    let items: String = labels
        .iter()
        .enumerate()
        .map(|(i, label)| format!(r#"<li><span class="swatch {class}{i}"></span>{label}</li>"#))
        .collect();
    format!(r#"<ul class="legend" aria-hidden="true">{items}</ul>"#)
}

fn volume_section(p: &Page) -> String {
    let rows = volume(p.facts);
    let labels: Vec<String> = (1..COLUMNS)
        .map(|r| p.tw("stars", &[("rating", &r.to_string())]))
        .chain([p.t("no-rating")])
        .collect();
    let chart_rows: Vec<(String, Vec<usize>)> = rows
        .iter()
        .map(|(c, counts)| (c.clone(), counts.to_vec()))
        .collect();
    let title = p.t("feedback-volume");
    let table: String = rows
        .iter()
        .map(|(category, counts)| {
            let cells: String = counts.iter().map(|n| format!("<td>{n}</td>")).collect();
            format!(
                "<tr><th scope=\"row\">{}</th>{cells}</tr>",
                escape(category)
            )
        })
        .collect();
    let head = column_heads(&labels);
    format!(
        r#"<section aria-labelledby="volume"><h2 id="volume">{title}</h2>{legend}<div class="chart" dir="ltr">{chart}</div><details><summary>{data}</summary><table><thead><tr><th scope="col">{category}</th>{head}</tr></thead><tbody>{table}</tbody></table></details></section>"#,
        legend = legend("r", &labels),
        chart = charts::stacked(
            &chart_rows,
            &charts::RATING_COLOURS,
            false,
            &p.words.get("feedback-volume")
        ),
        data = p.t("chart-data"),
        category = p.t("col-category"),
    )
}

fn consent_section(p: &Page) -> String {
    let rows = rates(&p.filter.by, p.facts);
    let labels: Vec<String> = CHOICES
        .iter()
        .map(|c| p.t(&format!("choice-{c}")))
        .collect();
    let title = p.by("consent");
    let chart_rows: Vec<(String, Vec<usize>)> = rows
        .iter()
        .map(|r| (format!("{} · r{}", r.group, r.revision), r.counts.to_vec()))
        .collect();
    let table: String = rows
        .iter()
        .map(|r| {
            let total = r.total().max(1) as f64;
            let cells: String = r
                .counts
                .iter()
                .map(|n| {
                    format!(
                        "<td>{:.0}% <small>({n})</small></td>",
                        100.0 * *n as f64 / total
                    )
                })
                .collect();
            format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td>{cells}</tr>",
                group_link(p, &r.group),
                escape(&r.revision),
                r.total()
            )
        })
        .collect();
    let head = column_heads(&labels);
    format!(
        r#"<section aria-labelledby="consent"><h2 id="consent">{title}</h2>{legend}<div class="chart" dir="ltr">{chart}</div><div class="scroll"><table><thead><tr><th scope="col">{group}</th><th scope="col">{revision}</th><th scope="col">{all}</th>{head}</tr></thead><tbody>{table}</tbody></table></div></section>"#,
        legend = legend("c", &labels),
        chart = charts::stacked(&chart_rows, &charts::CHOICE_COLOURS, true, &title),
        title = escape(&title),
        group = p.t("col-group"),
        revision = p.t("col-revision"),
        all = p.t("col-responses"),
    )
}

/// `tag` as a `lang` attribute when it looks like a language tag (an invalid one would be an
/// accessibility error), else nothing.
fn lang_attribute(tag: &str) -> String {
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        && tag.as_bytes()[0].is_ascii_alphabetic();
    if ok {
        format!(r#" lang="{tag}""#)
    } else {
        String::new()
    }
}

fn verbatims_section(p: &Page) -> String {
    let found = verbatims(p.facts, |text| p.filter.finds(text));
    let terms: String = recurring(&found)
        .iter()
        .map(|(lang, terms)| {
            let links: Vec<String> = terms
                .iter()
                .map(|(term, n)| {
                    format!(
                        r#"<a href="{}">{}</a> <small>{n}</small>"#,
                        p.link(&[("q", term)]),
                        escape(term)
                    )
                })
                .collect();
            format!(
                r#"<tr><th scope="row">{}</th><td{}>{}</td></tr>"#,
                escape(lang),
                lang_attribute(lang),
                links.join(" · ")
            )
        })
        .collect();
    let items: String = found.iter().take(SHOWN).map(|f| verbatim(p, f)).collect();
    let list = if found.is_empty() {
        format!("<p>{}</p>", p.t("no-verbatims"))
    } else {
        format!(r#"<ol class="verbatims">{items}</ol>"#)
    };
    let shown = p.words.with(
        "verbatims-shown",
        &[
            ("shown", FluentValue::from(found.len().min(SHOWN))),
            ("total", FluentValue::from(found.len())),
        ],
    );
    let terms = if terms.is_empty() {
        String::new()
    } else {
        format!(
            r#"<h3>{}</h3><table class="terms"><thead><tr><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{terms}</tbody></table>"#,
            p.t("terms"),
            p.t("col-language"),
            p.t("col-terms")
        )
    };
    format!(
        r#"<section aria-labelledby="verbatims"><h2 id="verbatims">{title}</h2><p>{intro} {shown}</p>{terms}{list}</section>"#,
        title = p.t("verbatims"),
        intro = p.t("verbatims-intro"),
        shown = escape(&shown),
    )
}

/// One verbatim: when, where and what, the text in its own language, and for feedback the
/// closed loop.
fn verbatim(p: &Page, f: &Fact) -> String {
    let x = &f.facts;
    let kind = match f.widget.as_str() {
        "feedback" => {
            let rating = x.score.map(|s| format!(" · {s:.0} ★")).unwrap_or_default();
            p.tw("kind-feedback", &[("category", &x.topic)]) + &rating
        }
        _ => {
            let method = Method::of(&x.topic).map_or(x.topic.clone(), |m| m.key().to_uppercase());
            let score = x.score.map(|s| format!("{s:.0}")).unwrap_or_default();
            p.tw("kind-follow-up", &[("method", &method), ("score", &score)])
        }
    };
    let place: Vec<String> = [&f.locale, &x.country, &x.page]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| escape(s))
        .collect();
    let follow_up = if f.widget == "feedback" {
        follow_up(p, f)
    } else {
        String::new()
    };
    format!(
        r#"<li id="item-{id}"><p class="about">{day} · {kind} · {place}</p><blockquote{lang} dir="auto">{text}</blockquote>{follow_up}</li>"#,
        id = escape(&f.id),
        day = escape(&x.day),
        place = place.join(" · "),
        lang = lang_attribute(&f.locale),
        text = escape(&x.text),
    )
}

/// The closed loop for a feedback item: a reply form when it left an email (the reply once
/// sent), and handled or not (see `follow_up`).
fn follow_up(p: &Page, f: &Fact) -> String {
    let id = escape(&f.id);
    let state = p.follow_ups.get(&f.id).cloned().unwrap_or_default();
    let reply = match (&state.reply, f.facts.email.as_str()) {
        (Some(sent), _) => format!(
            r#"<p class="reply"><strong>{}</strong> <span dir="auto">{}</span></p>"#,
            p.t("replied"),
            escape(sent)
        ),
        (None, "") => String::new(),
        (None, email) => format!(
            r#"<form class="reply" method="post" action="/admin/items/reply"><input type="hidden" name="id" value="{id}"><label>{}<textarea name="reply" required maxlength="5000" rows="2"></textarea></label><button type="submit">{}</button></form>"#,
            p.tw("reply-to", &[("email", email)]),
            p.t("send-reply"),
        ),
    };
    let (value, label) = if state.handled {
        ("0", p.t("handled"))
    } else {
        ("1", p.t("mark-handled"))
    };
    format!(
        r#"<div class="loop">{reply}<form method="post" action="/admin/items/handled"><input type="hidden" name="id" value="{id}"><input type="hidden" name="handled" value="{value}"><button type="submit">{label}</button></form></div>"#
    )
}

fn help_section(p: &Page) -> String {
    let i = insights(p.facts);
    let queries = |title: &str, list: &[Ranked]| {
        let items: String = list
            .iter()
            .map(|r| {
                format!(
                    r#"<li><span{} dir="auto">{}</span> <small>{} · {}</small></li>"#,
                    lang_attribute(&r.locale),
                    escape(&r.query),
                    escape(&r.locale),
                    r.count
                )
            })
            .collect();
        card(p, title, &items)
    };
    let unhelpful: String = i
        .unhelpful
        .iter()
        .map(|a| {
            let votes = p.words.with(
                "votes",
                &[
                    ("no", FluentValue::from(a.no)),
                    ("all", FluentValue::from(a.all)),
                ],
            );
            format!(
                "<li>{} <small>{}</small></li>",
                escape(&a.article),
                escape(&votes)
            )
        })
        .collect();
    format!(
        r#"<section aria-labelledby="help"><h2 id="help">{}</h2><p>{}</p><div class="cards">{}{}{}{}</div></section>"#,
        p.t("help"),
        p.t("help-intro"),
        queries("top-queries", &i.top),
        queries("zero-queries", &i.zero),
        queries("contact-queries", &i.contact),
        card(p, "unhelpful", &unhelpful),
    )
}

/// A titled list, or "nothing yet".
fn card(p: &Page, title: &str, items: &str) -> String {
    let body = if items.is_empty() {
        format!("<p>{}</p>", p.t("nothing"))
    } else {
        format!("<ol>{items}</ol>")
    };
    format!(r#"<div class="card"><h3>{}</h3>{body}</div>"#, p.t(title))
}

/// Export and erasure of one person (see `rights`), and how long each widget's submissions
/// are kept. Plain forms: the admin CSP allows posting to this site and nothing else.
fn rights_section(p: &Page) -> String {
    let kept = if p.retention.is_empty() {
        p.t("kept-forever")
    } else {
        let rules: Vec<String> = p
            .retention
            .iter()
            .map(|r| format!("{} {} d", r.widget, r.days))
            .collect();
        p.tw("kept-for", &[("rules", &rules.join(", "))])
    };
    let person = |verb: &str| {
        format!(
            r#"<label>{}<input name="email" type="email" autocomplete="off"></label><label>{}<input name="consent_id" autocomplete="off"></label><button type="submit">{}</button>"#,
            p.t("email"),
            p.t("consent-id"),
            p.t(verb)
        )
    };
    format!(
        r#"<section aria-labelledby="rights"><h2 id="rights">{title}</h2><p>{kept}</p>
<form class="person" method="get" action="/admin/people/export"><h3>{export}</h3>{export_fields}</form>
<form class="person erase" method="post" action="/admin/people/erase"><h3>{erase}</h3>{erase_fields}</form>
<p>{note}</p></section>"#,
        title = p.t("data-rights"),
        export = p.t("export-person"),
        export_fields = person("export-json"),
        erase = p.t("erase-person"),
        erase_fields = person("erase"),
        note = p.t("erase-note"),
    )
}
