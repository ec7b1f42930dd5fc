//! Presenting a quiz to a room: the session as a pure state machine.
//!
//! Nothing here knows egui or the file system. [`PresenterState`] holds the session (start
//! screen choices, the deck of screens and the cursor in it, tallies, countdown, blank screen);
//! [`PresenterState::apply`] is its only mutator; [`view::audience_view`] extracts what the
//! room may see. The audience window and the presenter console both draw from the same state,
//! so they cannot disagree.

pub mod credits;
pub mod csv;
pub mod deck;
pub mod phones;
pub mod rng;
mod state;
pub mod summary;
pub mod tally;
pub mod timer;
mod typing;
pub mod view;

#[cfg(test)]
mod tests;

pub use deck::{Position, Step};
pub use state::{Blank, FALLBACK_TIMER_S, Flash, Phase, PresenterState, level_ids, reached};

/// What to present.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PresentRequest {
    /// Level ids to pre-select on the start screen; empty = all.
    pub levels: Vec<String>,
    /// Start at this question index (Shift+F5), skipping the start and title screens.
    pub from_question: Option<usize>,
    /// Open the presenter console (audience on another monitor).
    pub console: bool,
    /// Monitor of the audience window, in the system's order (console mode).
    pub monitor: Option<usize>,
    /// Tick « Réponses sur les téléphones » on the start screen.
    pub phones: bool,
}

/// Everything the advisor can do during a session (keys, clicks, console).
#[derive(Clone, Debug, PartialEq)]
pub enum PresenterCommand {
    /// Next step (reveal, then next question).
    Next,
    Back,
    /// First screen (title).
    Home,
    /// Last screen (credits).
    End,
    GoToQuestion(usize),
    /// Leave the presenter (back to the editor on the current question).
    Leave,
    /// Start screen: run the chosen levels.
    Start,
    /// Start screen: add or remove a level.
    ToggleLevel(String),
    /// Start screen: every level.
    AllLevels,
    /// Use a second screen for the console.
    SetConsole(bool),
    SetMonitor(usize),
    SetFullscreen(bool),
    ToggleBlack,
    ToggleWhite,
    ToggleHelp,
    /// Start, pause or resume the countdown.
    ToggleTimer,
    /// A number key: types into the tally field being entered.
    TallyDigit(u8),
    TallyNextField,
    TallyPrevField,
    /// Clears the field being entered (or the question's whole tally).
    TallyClear,
    /// Console: set a count directly (`field` = original answer index).
    SetTally {
        question: usize,
        field: usize,
        count: u32,
    },
    /// Save the session's results as CSV.
    ExportCsv,
    /// Start screen: answers on phones or not.
    SetPhones(bool),
    /// The phone server listens (app layer → state).
    PhonesStarted(Box<phones::PhonesView>),
    /// A new snapshot from the phone server.
    PhonesStatus(std::sync::Arc<crate::live::LiveStatus>),
    /// The phone server stopped or could not start: a notice on the console.
    PhonesFailed(String),
    /// Console: show this address (index in the list) in the QR code.
    PhonesAddress(usize),
}

/// What the app must do after a presenter command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Back to the editor, selecting this question.
    Leave {
        question: Option<usize>,
    },
    /// Put the main window in or out of full screen.
    Fullscreen(bool),
    /// Ask where to save the results and write them.
    ExportCsv,
    /// Move the audience window, full screen, to this monitor.
    MoveAudience(usize),
    /// The session started with phones: start the phone server.
    StartPhones,
}
