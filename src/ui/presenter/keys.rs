//! Presenter keys, compatible with PowerPoint and presentation clickers (which send
//! PageDown/PageUp, B or `.`, F5/Esc), plus the mouse: click to advance, right-click to go back.

use egui::{Context, Event, Key, Modifiers};

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
///
/// Every key press of the frame counts, in the order it came: "4, Tab, 1, 3" typed faster
/// than a frame still gives A = 4, B = 13 (looking keys up one kind at a time would have seen
/// Tab first and each digit once).
pub fn session_keys(ctx: &Context, out: &mut Vec<Command>) {
    if ctx.egui_wants_keyboard_input() {
        return; // typing a count in the console
    }
    let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
    take_presses(ctx, |key, modifiers| {
        let Some(command) = session_command(key, modifiers, fullscreen) else {
            return false;
        };
        out.push(Command::Presenter(command));
        true
    });
    leave_key(ctx, out);
}

/// Offers each key press of the frame to `take`, in the order they came; the presses it takes
/// (returns true for) are removed, so no widget sees them.
fn take_presses(ctx: &Context, mut take: impl FnMut(Key, Modifiers) -> bool) {
    ctx.input_mut(|i| {
        i.events.retain(|event| match event {
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => !take(*key, *modifiers),
            _ => true,
        });
    });
}

/// The presenter command of one key press (Shift and Alt ignored, as with a clicker).
fn session_command(key: Key, modifiers: Modifiers, fullscreen: bool) -> Option<P> {
    if key == Key::Tab {
        return if modifiers.shift_only() {
            Some(P::TallyPrevField)
        } else {
            modifiers.is_none().then_some(P::TallyNextField)
        };
    }
    if !modifiers.matches_logically(Modifiers::NONE) {
        return None;
    }
    if NEXT.contains(&key) {
        return Some(P::Next);
    }
    if BACK.contains(&key) {
        return Some(P::Back);
    }
    if let Some(digit) = DIGITS.iter().position(|k| *k == key) {
        return u8::try_from(digit).ok().map(P::TallyDigit);
    }
    Some(match key {
        Key::Home => P::Home,
        Key::End => P::End,
        Key::B | Key::Period => P::ToggleBlack,
        Key::W | Key::Comma => P::ToggleWhite,
        Key::T => P::ToggleTimer,
        Key::H | Key::Questionmark => P::ToggleHelp,
        Key::E => P::ExportCsv,
        Key::Delete => P::TallyClear,
        Key::F | Key::F11 => P::SetFullscreen(!fullscreen),
        _ => return None,
    })
}

/// Start screen: a clicker's "next" (`PageDown`, →, ↓) starts, `PageUp` goes back to the editor
/// (Esc too, see [`leave_key`]). Space and Enter activate the control that has the keyboard —
/// "Commencer" unless Tab moved it — and start when none has it. Arrows no longer move the
/// focus here: → → → Space used to land on "Retour" and leave.
pub fn start_keys(ctx: &Context, can_start: bool, out: &mut Vec<Command>) {
    let nothing_focused = ctx.memory(|m| m.focused().is_none());
    let (mut start, mut back, mut arrow) = (false, false, false);
    take_presses(ctx, |key, modifiers| {
        if !modifiers.matches_logically(Modifiers::NONE) {
            return false;
        }
        match key {
            Key::PageDown => start = true,
            Key::ArrowRight | Key::ArrowDown => (start, arrow) = (true, true),
            Key::Space | Key::Enter if nothing_focused => start = true,
            Key::PageUp => back = true,
            Key::ArrowLeft | Key::ArrowUp => arrow = true,
            _ => return false,
        }
        true
    });
    if arrow {
        // egui read the arrows for focus moves before this frame's widgets: undo that.
        ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    if start && can_start {
        out.push(Command::Presenter(P::Start));
    } else if back {
        out.push(Command::Presenter(P::Leave));
    }
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
