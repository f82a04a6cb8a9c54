//! The note shown instead of the reader when the terminal is below the minimum size.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::layout::MIN_SIZE;

/// Draws "terminal too small" centred in `area`.
pub fn render(frame: &mut Frame, area: Rect) {
    let text = format!(
        "Terminal too small: {}×{} needed, now {}×{}. Enlarge it to read.",
        MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
    );
    let top = area.height.saturating_sub(2) / 2;
    let rect = Rect { y: area.y + top, height: area.height - top, ..area };
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center).wrap(Wrap { trim: true }), rect);
}
