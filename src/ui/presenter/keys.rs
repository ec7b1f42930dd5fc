//! Presenter keys, compatible with PowerPoint and presentation clickers (which send
//! PageDown/PageUp, B or `.`, F5/Esc), plus the mouse: click to advance, right-click to go back.

use egui::{Context, Key, Modifiers};

use crate::app::command::Command;
use crate::presenter::PresenterCommand as P;

const NEXT: [Key; 5] = [
    Key::ArrowRight,
    Key::ArrowDown,
    Key::Space,
    Key::PageDown,
    Key::Enter,
];
const BACK: [Key; 4] = [Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace];
const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Keys of a running session (audience window or console), consumed so nothing else sees them.
pub fn session_keys(ctx: &Context, out: &mut Vec<Command>) {
    if ctx.egui_wants_keyboard_input() {
        return; // typing a count in the console
    }
    let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
    ctx.input_mut(|i| {
        let mut push = |c: P| out.push(Command::Presenter(c));
        let none = Modifiers::NONE;
        for key in NEXT {
            for _ in 0..i.count_and_consume_key(none, key) {
                push(P::Next);
            }
        }
        for key in BACK {
            for _ in 0..i.count_and_consume_key(none, key) {
                push(P::Back);
            }
        }
        let simple = [
            (Key::Home, P::Home),
            (Key::End, P::End),
            (Key::B, P::ToggleBlack),
            (Key::Period, P::ToggleBlack),
            (Key::W, P::ToggleWhite),
            (Key::Comma, P::ToggleWhite),
            (Key::T, P::ToggleTimer),
            (Key::H, P::ToggleHelp),
            (Key::Questionmark, P::ToggleHelp),
            (Key::E, P::ExportCsv),
            (Key::Delete, P::TallyClear),
        ];
        for (key, command) in simple {
            if i.consume_key(none, key) {
                push(command);
            }
        }
        if i.consume_key(Modifiers::SHIFT, Key::Tab) {
            push(P::TallyPrevField);
        }
        if i.consume_key(none, Key::Tab) {
            push(P::TallyNextField);
        }
        for (digit, key) in (0u8..).zip(DIGITS) {
            if i.consume_key(none, key) {
                push(P::TallyDigit(digit));
            }
        }
        if i.consume_key(none, Key::F) || i.consume_key(none, Key::F11) {
            push(P::SetFullscreen(!fullscreen));
        }
    });
    leave_key(ctx, out);
}

/// Esc: leave (or close the keys overlay first).
pub fn leave_key(ctx: &Context, out: &mut Vec<Command>) {
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        out.push(Command::Presenter(P::Leave));
    }
}

/// Click to advance, right-click to go back (audience window only: the console has buttons).
pub fn session_clicks(ctx: &Context, out: &mut Vec<Command>) {
    let (primary, secondary) =
        ctx.input(|i| (i.pointer.primary_clicked(), i.pointer.secondary_clicked()));
    if primary {
        out.push(Command::Presenter(P::Next));
    }
    if secondary {
        out.push(Command::Presenter(P::Back));
    }
}

/// Seconds without mouse movement after which the pointer is hidden.
pub const HIDE_CURSOR_AFTER: f32 = 3.0;

/// Hides the mouse pointer once it has been still for a while (and wakes up to do so).
pub fn hide_idle_cursor(ctx: &Context) {
    let still = ctx.input(|i| i.pointer.time_since_last_movement());
    if still >= HIDE_CURSOR_AFTER {
        ctx.set_cursor_icon(egui::CursorIcon::None);
    } else {
        ctx.request_repaint_after(std::time::Duration::from_secs_f32(
            HIDE_CURSOR_AFTER - still + 0.05,
        ));
    }
}
