//! The dashboard's charts, drawn by `plotters` into SVG on the server: no script, so they
//! work under the admin page's strict CSP, and they print. Texts are the chart's own numbers
//! and dates, and group names (escaped by plotters); titles, legends and the numbers behind
//! each chart are HTML around it, in the dashboard's language.
//!
//! Colours are mid-tones that read on light and dark backgrounds; axis lines and labels are
//! drawn black and recoloured to the page's text colour by `admin.css`, so one SVG serves both
//! themes.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use time::Date;

use super::scores::{Method, Score};

/// The score line and its band.
const LINE: RGBColor = RGBColor(37, 99, 235);
/// Ratings 1 to 5, then no rating.
pub const RATING_COLOURS: [RGBColor; 6] = [
    RGBColor(220, 38, 38),
    RGBColor(234, 88, 12),
    RGBColor(202, 138, 4),
    RGBColor(101, 163, 13),
    RGBColor(22, 163, 74),
    RGBColor(148, 163, 184),
];
/// Accept all, reject all, custom, acknowledged.
pub const CHOICE_COLOURS: [RGBColor; 4] = [
    RGBColor(22, 163, 74),
    RGBColor(220, 38, 38),
    RGBColor(202, 138, 4),
    RGBColor(37, 99, 235),
];
/// The NPS gauge's zones, as the tools shops know draw them: needs work (below 0), good
/// (0–30), great (30–70), excellent (70 and up).
const ZONES: [(f64, f64, RGBColor); 4] = [
    (-100.0, 0.0, RGBColor(220, 38, 38)),
    (0.0, 30.0, RGBColor(234, 179, 8)),
    (30.0, 70.0, RGBColor(132, 204, 22)),
    (70.0, 100.0, RGBColor(22, 163, 74)),
];

const FONT: &str = "sans-serif";

type Drawing<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Failure = Box<dyn std::error::Error>;

/// Runs `draw` on a `width` × `height` SVG and gives it with `label` as its accessible name;
/// an empty string if plotters fails (the numbers beside the chart still show).
fn svg(
    width: u32,
    height: u32,
    label: &str,
    draw: impl FnOnce(&Drawing) -> Result<(), Failure>,
) -> String {
    let mut out = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&root).and_then(|()| root.present().map_err(Into::into))
    };
    if drawn.is_err() {
        return String::new();
    }
    out.replacen(
        "<svg ",
        &format!(
            r#"<svg role="img" aria-label="{}" "#,
            crate::site::escape(label)
        ),
        1,
    )
}

/// A score per period, its 95% band, and a dot per period.
pub fn trend(method: Method, label: &str, weekly: bool, points: &[(Date, Score)]) -> String {
    let x = |d: &Date| d.to_julian_day();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    let step = if weekly { 7 } else { 1 };
    let (x0, x1) = (x(&first.0) - step, x(&last.0) + step);
    // The band's own range with some room, within the method's scale: a score moving from
    // +52 to +58 should show as movement, not as a flat line across −100 to +100.
    let (min, max) = method.range();
    let pad = (max - min) / 20.0;
    let low = points
        .iter()
        .map(|(_, s)| s.low)
        .fold(f64::INFINITY, f64::min);
    let high = points
        .iter()
        .map(|(_, s)| s.high)
        .fold(f64::NEG_INFINITY, f64::max);
    let (y0, y1) = ((low - pad).max(min), (high + pad).min(max));
    let (y0, y1) = if y1 - y0 < pad {
        ((y0 - pad).max(min), (y1 + pad).min(max))
    } else {
        (y0, y1)
    };
    svg(400, 200, label, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .x_label_area_size(24)
            .y_label_area_size(40)
            .build_cartesian_2d(x0..x1, y0..y1)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(BLACK.mix(0.12))
            .x_labels(6)
            .y_labels(5)
            .x_label_formatter(&|j| {
                Date::from_julian_day(*j)
                    .map(|d| format!("{:02}-{:02}", u8::from(d.month()), d.day()))
                    .unwrap_or_default()
            })
            .y_label_formatter(&|v| method.label(*v))
            .label_style((FONT, 12))
            .draw()?;
        let band: Vec<(i32, f64)> = points
            .iter()
            .map(|(d, s)| (x(d), s.high))
            .chain(points.iter().rev().map(|(d, s)| (x(d), s.low)))
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(band, LINE.mix(0.18).filled())))?;
        chart.draw_series(LineSeries::new(
            points.iter().map(|(d, s)| (x(d), s.value)),
            LINE.stroke_width(2),
        ))?;
        chart.draw_series(
            points
                .iter()
                .map(|(d, s)| Circle::new((x(d), s.value), 3, LINE.filled())),
        )?;
        Ok(())
    })
}

/// A half-circle gauge from −100 to +100 with its zones and a needle at `nps`.
pub fn gauge(nps: f64, label: &str) -> String {
    let angle = |v: f64| std::f64::consts::PI * (1.0 - (v.clamp(-100.0, 100.0) + 100.0) / 200.0);
    let at = |v: f64, r: f64| (r * angle(v).cos(), r * angle(v).sin());
    svg(280, 170, label, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(6)
            .build_cartesian_2d(-1.15f64..1.15f64, -0.3f64..1.08f64)?;
        for (from, to, colour) in ZONES {
            let steps = ((to - from) / 2.0).ceil() as usize;
            let arc = |r: f64| {
                (0..=steps).map(move |i| at(from + (to - from) * i as f64 / steps as f64, r))
            };
            let ring: Vec<(f64, f64)> = arc(1.0)
                .chain(arc(0.68).collect::<Vec<_>>().into_iter().rev())
                .collect();
            chart.draw_series(std::iter::once(Polygon::new(ring, colour.filled())))?;
        }
        let centre = Pos::new(HPos::Center, VPos::Center);
        for v in [-100.0, 0.0, 30.0, 70.0, 100.0] {
            let style = TextStyle::from((FONT, 12).into_font())
                .color(&BLACK)
                .pos(centre);
            chart.draw_series(std::iter::once(Text::new(
                format!("{v}"),
                at(v, 1.1),
                style,
            )))?;
        }
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 0.0), at(nps, 0.92)],
            BLACK.stroke_width(4),
        )))?;
        chart.draw_series(std::iter::once(Circle::new((0.0, 0.0), 7, BLACK.filled())))?;
        let style = TextStyle::from((FONT, 30).into_font())
            .color(&BLACK)
            .pos(centre);
        chart.draw_series(std::iter::once(Text::new(
            Method::Nps.label(nps),
            (0.0, -0.2),
            style,
        )))?;
        Ok(())
    })
}

/// Horizontal stacked bars, one per row (`name`, a value per colour), top row first. With
/// `percent`, each bar is its row's shares and spans the full width.
pub fn stacked(
    rows: &[(String, Vec<usize>)],
    colours: &[RGBColor],
    percent: bool,
    label: &str,
) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let n = rows.len() as u32;
    let widest = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let x1 = if percent { 100.0 } else { widest as f64 * 1.05 };
    let names: Vec<String> = rows.iter().map(|(name, _)| short(name)).collect();
    svg(640, 40 + 26 * n, label, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_right(24)
            .x_label_area_size(24)
            .y_label_area_size(130)
            // A segmented 0..n has a segment past n; 0..n−1 gives exactly the n rows.
            .build_cartesian_2d(0f64..x1, (0..n - 1).into_segmented())?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(BLACK.mix(0.12))
            .x_labels(6)
            .y_labels(n as usize)
            .x_label_formatter(&|v| {
                if percent {
                    format!("{v:.0}%")
                } else {
                    format!("{v:.0}")
                }
            })
            .y_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => (n - 1)
                    .checked_sub(*i)
                    .and_then(|row| names.get(row as usize).cloned())
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .label_style((FONT, 12))
            .draw()?;
        for (row, (_, values)) in rows.iter().enumerate() {
            let total = values.iter().sum::<usize>().max(1) as f64;
            let y = n - 1 - row as u32;
            let mut start = 0.0;
            for (value, colour) in values.iter().zip(colours) {
                let width = if percent {
                    100.0 * *value as f64 / total
                } else {
                    *value as f64
                };
                let mut bar = Rectangle::new(
                    [
                        (start, SegmentValue::Exact(y)),
                        (start + width, SegmentValue::Exact(y + 1)),
                    ],
                    colour.filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                chart.draw_series(std::iter::once(bar))?;
                start += width;
            }
        }
        Ok(())
    })
}

/// A group name short enough for a chart's axis (the table beside it has it whole).
fn short(name: &str) -> String {
    match name.char_indices().nth(18) {
        Some((i, _)) => format!("{}…", &name[..i]),
        None if name.is_empty() => "–".into(),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn score(value: f64) -> Score {
        Score {
            n: 10,
            value,
            low: value - 10.0,
            high: value + 10.0,
        }
    }

    /// Charts are SVG with an accessible name, only presentation attributes (a `style`
    /// attribute would be blocked by the page's CSP), and group names escaped.
    #[test]
    fn charts_are_plain_accessible_svg() {
        let points = [
            (date!(2026 - 11 - 02), score(10.0)),
            (date!(2026 - 11 - 09), score(20.0)),
        ];
        let rows = [
            ("<script>".to_string(), vec![1, 2, 3]),
            ("".into(), vec![0, 0, 1]),
        ];
        for chart in [
            trend(Method::Nps, "NPS & more", true, &points),
            gauge(42.0, "NPS"),
            stacked(&rows, &CHOICE_COLOURS, true, "Consent"),
            stacked(&rows, &RATING_COLOURS, false, "Volume"),
        ] {
            assert!(
                chart.starts_with("<svg role=\"img\" aria-label=\""),
                "{chart}"
            );
            assert!(!chart.contains("style="), "{chart}");
            assert!(!chart.contains("<script>"));
        }
        assert!(trend(Method::Nps, "NPS & more", true, &points)
            .contains("aria-label=\"NPS &amp; more\""));
        assert!(gauge(42.0, "x").contains("+42"));
        assert_eq!(trend(Method::Ces, "x", false, &[]), "");
        assert_eq!(stacked(&[], &CHOICE_COLOURS, true, "x"), "");
    }
}
