//! The main window around full screen: back exactly where it was after presenting, and out of
//! full screen while a file dialog is open over a one-screen presentation.
//!
//! **Why the window came back lower.** On X11, winit remembers the window's *outer* position
//! (client position minus the frame extents it has cached) when it enters full screen, and
//! asks the window manager for it when it leaves. Its cache is refreshed from events, and one
//! read while the window is full screen (no decorations) leaves it at zero: the outer
//! position it saves is then the client's, and openbox, which places the *frame* there, puts
//! the client one title bar (20 px) lower — again at each presentation. So the app remembers
//! the client (inner) position itself, which X reports exactly, and once the window is back it
//! asks for the outer position it asked before minus what the client is off by — first
//! winit's request (estimated as the outer position egui saw, computed from the same cache),
//! then its own. Whatever the window manager does with decorations, the second try is exact.

use egui::{Pos2, Vec2, ViewportCommand, ViewportInfo};

/// Seconds a window must have stayed in place for its placement to count: right after start-up
/// (`atelier-quiz present`) the window manager has not placed it yet.
const SETTLED_AFTER: f64 = 0.5;
/// Frames to wait for the window manager to bring the window back before giving up.
const PATIENCE: u32 = 120;
/// Frames to let a move land before checking it.
const SETTLE: u32 = 6;
/// Moves asked at most after one full-screen exit.
const TRIES: u32 = 3;

/// Where the window was before full screen.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Placement {
    outer: Pos2,
    inner: Pos2,
    size: Vec2,
}

/// A window on its way back from full screen.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Restoring {
    saved: Placement,
    /// The last outer position asked for (at first winit's, estimated).
    asked: Pos2,
    /// Frames since then.
    waited: u32,
    tries: u32,
}

#[derive(Debug, Default)]
pub struct WindowKeeper {
    /// Where the normal window is, and since when (seconds, egui's input time).
    normal: Option<(Placement, f64)>,
    /// Saved when entering full screen from a normal window.
    saved: Option<Placement>,
    /// Left full screen: waiting for the window to be back, to check where it landed.
    restoring: Option<Restoring>,
    /// Full screen was left for a file dialog and comes back after it.
    left_for_dialog: bool,
}

impl WindowKeeper {
    /// The commands that set full screen `on` at time `now`, remembering the window's place
    /// first if it has settled there.
    pub fn fullscreen(&mut self, on: bool, info: &ViewportInfo, now: f64) -> Vec<ViewportCommand> {
        if on {
            let here = placement(info);
            self.saved = self
                .normal
                .filter(|(p, since)| Some(*p) == here && now - since >= SETTLED_AFTER)
                .map(|(p, _)| p);
            self.restoring = None;
        } else if let Some(saved) = self.saved.take() {
            self.restoring = Some(Restoring {
                saved,
                asked: saved.outer,
                waited: 0,
                tries: 0,
            });
        }
        vec![ViewportCommand::Fullscreen(on)]
    }

    /// Once per frame: puts the window back where it was if the window manager did not, and
    /// takes a one-screen presentation out of full screen while a file dialog is open (a
    /// native dialog opens behind a full-screen window, or over the slide the room watches).
    /// `presenting_alone`: presenting in the main window (no console).
    pub fn frame(
        &mut self,
        info: &ViewportInfo,
        now: f64,
        presenting_alone: bool,
        dialog_open: bool,
    ) -> Vec<ViewportCommand> {
        let mut commands = Vec::new();
        let fullscreen = info.fullscreen == Some(true);
        match placement(info) {
            Some(p) if self.restoring.is_none() => {
                if self.normal.is_none_or(|(known, _)| known != p) {
                    self.normal = Some((p, now));
                }
            }
            _ => self.normal = None,
        }
        if dialog_open && presenting_alone && fullscreen && !self.left_for_dialog {
            self.left_for_dialog = true;
            commands.extend(self.fullscreen(false, info, now));
        } else if !dialog_open && self.left_for_dialog {
            self.left_for_dialog = false;
            if presenting_alone {
                commands.extend(self.fullscreen(true, info, now));
            }
        }
        commands.extend(self.correction(info));
        commands
    }

    /// Whether a native dialog should wait: full screen is being left for it.
    pub fn dialog_must_wait(&self, info: &ViewportInfo) -> bool {
        self.left_for_dialog && info.fullscreen == Some(true)
    }

    /// Whether the window is still on its way back (the shell keeps frames coming).
    pub fn busy(&self) -> bool {
        self.restoring.is_some()
    }

    fn correction(&mut self, info: &ViewportInfo) -> Option<ViewportCommand> {
        let mut r = self.restoring?;
        r.waited += 1;
        let inner = info
            .inner_rect
            .filter(|i| info.fullscreen == Some(false) && (i.size() - r.saved.size).length() < 2.0);
        let Some(inner) = inner else {
            self.restoring = (r.waited < PATIENCE).then_some(r);
            return None;
        };
        let off = inner.min - r.saved.inner;
        if off.length() < 0.5 || r.tries >= TRIES {
            self.restoring = None;
            return None;
        }
        if r.tries > 0 && r.waited < SETTLE {
            self.restoring = Some(r);
            return None;
        }
        r.asked -= off;
        r.tries += 1;
        r.waited = 0;
        self.restoring = Some(r);
        Some(ViewportCommand::OuterPosition(r.asked))
    }
}

/// The placement of a normal (not full-screen) window.
fn placement(info: &ViewportInfo) -> Option<Placement> {
    let (inner, outer) = (info.inner_rect?, info.outer_rect?);
    (info.fullscreen == Some(false)).then_some(Placement {
        outer: outer.min,
        inner: inner.min,
        size: inner.size(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Rect, pos2, vec2};

    fn window(outer: Pos2, inner: Pos2, size: Vec2, fullscreen: bool) -> ViewportInfo {
        ViewportInfo {
            outer_rect: Some(Rect::from_min_size(outer, size)),
            inner_rect: Some(Rect::from_min_size(inner, size)),
            fullscreen: Some(fullscreen),
            ..ViewportInfo::default()
        }
    }

    const SIZE: Vec2 = vec2(1280.0, 800.0);
    const SCREEN: Vec2 = vec2(1920.0, 1080.0);

    /// Enters full screen from `before`, where the window has been for a second.
    fn enter(keeper: &mut WindowKeeper, before: &ViewportInfo) -> Vec<ViewportCommand> {
        assert!(keeper.frame(before, 0.0, false, false).is_empty());
        keeper.fullscreen(true, before, 1.0)
    }

    fn full_screen() -> ViewportInfo {
        window(Pos2::ZERO, Pos2::ZERO, SCREEN, true)
    }

    /// What openbox does with an outer position: the frame there, the client 1 px right and
    /// 20 px down of it.
    fn placed_at(outer: Pos2) -> ViewportInfo {
        window(outer, outer + vec2(1.0, 20.0), SIZE, false)
    }

    /// Runs frames until the keeper stops moving the window, as the window manager would
    /// answer; returns the client's final position and the moves asked.
    fn settle(keeper: &mut WindowKeeper, mut at: ViewportInfo) -> (Pos2, usize) {
        let mut moves = 0;
        for _ in 0..100 {
            for command in keeper.frame(&at, 2.0, false, false) {
                if let ViewportCommand::OuterPosition(p) = command {
                    at = placed_at(p);
                    moves += 1;
                }
            }
        }
        (at.inner_rect.unwrap().min, moves)
    }

    #[test]
    fn a_window_put_back_one_title_bar_lower_is_moved_back() {
        let mut keeper = WindowKeeper::default();
        // Client at (320, 147) under a 1 px border and a 20 px title bar: frame at (319, 127).
        let before = placed_at(pos2(319.0, 127.0));
        assert_eq!(
            enter(&mut keeper, &before),
            [ViewportCommand::Fullscreen(true)]
        );
        assert!(keeper.frame(&full_screen(), 2.0, false, false).is_empty());
        keeper.fullscreen(false, &full_screen(), 1.5);
        // Still full screen for a frame: nothing yet.
        assert!(keeper.frame(&full_screen(), 2.0, false, false).is_empty());
        // winit asked for (320, 147) (stale extents): the client lands one title bar lower.
        let landed = placed_at(pos2(320.0, 147.0));
        assert_eq!(
            keeper.frame(&landed, 2.0, false, false),
            [ViewportCommand::OuterPosition(pos2(318.0, 107.0))],
            "first try: egui's outer position minus the error"
        );
        // That overshoots (egui's outer was right, winit's was not); the next try is exact.
        let (end, moves) = settle(&mut keeper, placed_at(pos2(318.0, 107.0)));
        assert_eq!(end, pos2(320.0, 147.0));
        assert_eq!(moves, 1);
        assert!(!keeper.busy());
    }

    #[test]
    fn a_window_put_back_in_place_is_left_alone() {
        let mut keeper = WindowKeeper::default();
        let before = window(pos2(319.0, 127.0), pos2(320.0, 147.0), SIZE, false);
        enter(&mut keeper, &before);
        keeper.fullscreen(false, &full_screen(), 1.5);
        assert!(keeper.frame(&before, 2.0, false, false).is_empty());
        assert!(!keeper.busy());
    }

    #[test]
    fn a_stale_outer_position_is_corrected_in_one_move() {
        // egui and winit both saw outer = inner (cache at zero): winit put the frame at the
        // client's place, the client landed 1 px right and 20 px down.
        let mut keeper = WindowKeeper::default();
        let before = window(pos2(320.0, 147.0), pos2(320.0, 147.0), SIZE, false);
        enter(&mut keeper, &before);
        keeper.fullscreen(false, &full_screen(), 1.5);
        let (end, moves) = settle(&mut keeper, placed_at(pos2(320.0, 147.0)));
        assert_eq!(end, pos2(320.0, 147.0));
        assert_eq!(moves, 1);
    }

    #[test]
    fn a_window_not_placed_yet_is_not_moved_after_presenting() {
        // `atelier-quiz present`: full screen at the second frame, before the window manager
        // placed the window (egui still says (0, 0)).
        let mut keeper = WindowKeeper::default();
        let unplaced = window(Pos2::ZERO, Pos2::ZERO, SIZE, false);
        assert!(keeper.frame(&unplaced, 0.0, false, false).is_empty());
        keeper.fullscreen(true, &unplaced, 0.1);
        keeper.fullscreen(false, &full_screen(), 3.0);
        let placed = placed_at(pos2(319.0, 127.0));
        assert!(keeper.frame(&placed, 3.1, false, false).is_empty());
        assert!(!keeper.busy());
    }

    #[test]
    fn a_window_manager_that_ignores_moves_is_not_fought_forever() {
        let mut keeper = WindowKeeper::default();
        let before = placed_at(pos2(319.0, 127.0));
        enter(&mut keeper, &before);
        keeper.fullscreen(false, &full_screen(), 1.5);
        let stuck = placed_at(pos2(400.0, 400.0));
        let moves = (0..500)
            .flat_map(|_| keeper.frame(&stuck, 2.0, false, false))
            .count();
        assert_eq!(moves, TRIES as usize);
        assert!(!keeper.busy());
    }

    #[test]
    fn a_dialog_over_a_one_screen_presentation_leaves_full_screen_then_comes_back() {
        let mut keeper = WindowKeeper::default();
        let before = window(pos2(319.0, 127.0), pos2(320.0, 147.0), SIZE, false);
        enter(&mut keeper, &before);
        let full = full_screen();
        assert_eq!(
            keeper.frame(&full, 2.0, true, true),
            [ViewportCommand::Fullscreen(false)]
        );
        assert!(keeper.dialog_must_wait(&full), "native dialog waits");
        assert!(
            keeper.frame(&full, 2.0, true, true).is_empty(),
            "asked once"
        );
        assert!(!keeper.dialog_must_wait(&before));
        assert!(keeper.frame(&before, 2.0, true, true).is_empty());
        // Answered: back to full screen.
        assert_eq!(
            keeper.frame(&before, 2.0, true, false),
            [ViewportCommand::Fullscreen(true)]
        );
        assert!(keeper.frame(&full, 2.0, true, false).is_empty());
    }

    #[test]
    fn with_a_console_or_in_the_editor_dialogs_change_nothing() {
        let mut keeper = WindowKeeper::default();
        let full = full_screen();
        assert!(keeper.frame(&full, 2.0, false, true).is_empty());
        let normal = window(pos2(0.0, 0.0), pos2(0.0, 20.0), SIZE, false);
        assert!(keeper.frame(&normal, 2.0, true, true).is_empty());
        assert!(!keeper.dialog_must_wait(&full));
    }
}
