//! The escalation timeline of a topic or speaker in the corpus, in a box over the panes: a
//! chart of the strongest red-line severity per dated article over time (a line) with the
//! article's escalating and de-escalating red lines (counts, as marks), a grey line through
//! the highlighted point, and under the chart the highlighted article: its date, title and
//! path, its severity and its red lines by category. The series are the library's
//! (`redline_analysis::timeline_of_joined`), the same as `redline timeline` prints.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Block, Chart, Clear, Dataset, GraphType, LegendPosition, Paragraph};
use redline_analysis::TimelinePoint;

use super::common::fit;
use crate::tui::state::App;
use crate::tui::state::views::TimelineView;
use crate::tui::theme::Series;
use crate::tui::words::{plural, thousands};

/// The rows under the chart: the highlighted article and its red lines.
const DETAIL_ROWS: u16 = 3;

/// Draws the timeline over `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, view: &TimelineView) {
    let theme = &app.theme;
    let width = usize::from(area.width.saturating_sub(4));
    let n = view.points.len();
    let title =
        fit(&format!(" Escalation timeline · {} · {} article{} ", view.subject, thousands(n), plural(n)), width);
    let block = Block::bordered().title(title).border_style(theme.border(true));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let [chart_area, details] = Layout::vertical([Constraint::Min(0), Constraint::Length(DETAIL_ROWS)]).areas(inner);

    let xs: Vec<f64> = view.points.iter().map(|p| p.day().unwrap_or_default()).collect();
    let series = |y: &dyn Fn(&TimelinePoint) -> f64| -> Vec<(f64, f64)> {
        xs.iter().zip(&view.points).map(|(x, p)| (*x, y(p))).collect()
    };
    let severity = series(&|p| f64::from(p.severity.unwrap_or(0)));
    // counts of none are left out: marks on the axis would hide the severity line's start
    let mut escalation = series(&|p| p.escalation as f64);
    escalation.retain(|(_, y)| *y > 0.0);
    let mut de_escalation = series(&|p| p.de_escalation as f64);
    de_escalation.retain(|(_, y)| *y > 0.0);
    let counts = view.points.iter().map(|p| p.escalation.max(p.de_escalation)).max().unwrap_or(0);
    let top = counts.max(5) as f64;
    let (first, last) = (xs.iter().copied().fold(f64::MAX, f64::min), xs.iter().copied().fold(f64::MIN, f64::max));
    let pad = ((last - first) * 0.02).max(1.0);
    let x = xs.get(view.cursor).copied().unwrap_or(first);
    let cursor = [(x, 0.0), (x, top)];

    let datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.series(Series::Cursor))
            .data(&cursor),
        Dataset::default()
            .name("severity")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.series(Series::Severity))
            .data(&severity),
        Dataset::default()
            .name("escalation •")
            .marker(Marker::Dot)
            .style(theme.series(Series::Escalation))
            .data(&escalation),
        Dataset::default()
            .name("de-escalation ▄")
            .marker(Marker::Bar)
            .style(theme.series(Series::DeEscalation))
            .data(&de_escalation),
    ];
    let date = |p: Option<&TimelinePoint>| p.map(|p| fit(p.date.get(..10).unwrap_or(&p.date), 10)).unwrap_or_default();
    let x_axis = Axis::default()
        .bounds([first - pad, last + pad])
        .labels([date(view.points.first()), date(view.points.last())])
        .style(theme.dim());
    let y_axis = Axis::default()
        .title("severity · count")
        .bounds([0.0, top])
        .labels(["0".to_string(), format!("{top}")])
        .style(theme.dim());
    let chart = Chart::new(datasets)
        .x_axis(x_axis)
        .y_axis(y_axis)
        .legend_position(Some(LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)));
    frame.render_widget(chart, chart_area);
    frame.render_widget(Paragraph::new(detail_lines(app, view, usize::from(details.width))), details);
}

/// The highlighted article under the chart: date, title and path; severity and red lines by
/// category (as the lexicon tags them); its place among the points.
fn detail_lines(app: &App, view: &TimelineView, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(p) = view.point() else {
        return Vec::new();
    };
    let title = match &p.title {
        Some(title) => format!("{title} — {}", p.source),
        None => p.source.clone(),
    };
    // in the lexicon's order, by tag (a category the lexicon lacks, by name, after them)
    let mut by_category: Vec<String> =
        (app.categories.iter()).filter_map(|c| p.categories.get(&c.name).map(|n| format!("{} {n}", c.tag))).collect();
    let unknown = p.categories.iter().filter(|(name, _)| app.categories.iter().all(|c| c.name != **name));
    by_category.extend(unknown.map(|(name, n)| format!("{name} {n}")));
    let severity = p.severity.map_or_else(|| "no red line".to_string(), |s| format!("severity {s}"));
    let red_lines = format!(
        "{severity} · escalation {} · de-escalation {}{}{} · {} quote{}",
        p.escalation,
        p.de_escalation,
        if by_category.is_empty() { "" } else { " · " },
        by_category.join(" "),
        p.quotes,
        plural(p.quotes)
    );
    let undated = match view.undated {
        0 => String::new(),
        n => format!(" · {} article{} without a date left out", thousands(n), plural(n)),
    };
    let place = format!("point {}/{}{undated}", view.cursor + 1, view.points.len());
    vec![
        Line::styled(fit(&format!("{}  {title}", p.date), width), theme.heading()),
        Line::raw(fit(&red_lines, width)),
        Line::styled(fit(&place, width), theme.dim()),
    ]
}
