//! The presenter's state and its one mutator, [`PresenterState::apply`].
//!
//! Pure data: no egui, no clock of its own (the time comes with each command), so every key of
//! the session can be unit-tested and the audience view and console always agree.

use std::collections::BTreeMap;
use std::time::Duration;

use super::deck::{self, Position, Step};
use super::phones::{self, PhonesView};
use super::rng;
use super::tally::{self, Tally, TallyCursor};
use super::timer::Countdown;
use super::{Outcome, PresentRequest, PresenterCommand};
use crate::app::settings::PresenterSettings;
use crate::model::{Question, QuestionKind, Quiz};

/// Countdown used when T is pressed on a question that has no time of its own.
pub const FALLBACK_TIMER_S: u32 = 30;
/// How long a flash message (e.g. "results exported") stays.
pub const FLASH_FOR: Duration = Duration::from_secs(5);

/// Whether the session has started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The start screen: levels, shuffling, timer.
    Setup,
    Running,
}

/// A blanked screen (B / W), as in PowerPoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    Black,
    White,
}

/// A short message for the advisor (export done…), gone after [`FLASH_FOR`].
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    pub text: String,
    pub until: Duration,
}

#[derive(Debug, PartialEq)]
#[allow(clippy::struct_excessive_bools)] // independent switches of a session (blank, help…)
pub struct PresenterState {
    pub phase: Phase,
    /// Levels chosen on the start screen; empty = all.
    pub levels: Vec<String>,
    /// Questions of the session (quiz indices, in order).
    pub questions: Vec<usize>,
    pub deck: Vec<Position>,
    pub cursor: usize,
    pub seed: u64,
    pub shuffle: bool,
    pub timer_on: bool,
    pub default_timer_s: Option<u32>,
    pub blank: Option<Blank>,
    pub help: bool,
    /// Hands counted, by quiz question index.
    pub tallies: BTreeMap<usize, Tally>,
    pub tally_cursor: Option<TallyCursor>,
    /// The countdown and the question it belongs to.
    pub countdown: Option<(usize, Countdown)>,
    /// Two screens: console here, audience on another monitor.
    pub console: bool,
    pub monitor: Option<usize>,
    /// Whether the audience window (console mode) is full screen.
    pub audience_fullscreen: bool,
    pub started_at: Duration,
    /// The last question shown, where the editor goes back to.
    pub last_question: Option<usize>,
    pub flash: Option<Flash>,
    /// « Réponses sur les téléphones » ticked on the start screen.
    pub phones_wanted: bool,
    /// The phone server's snapshot, while it runs.
    pub phones: Option<PhonesView>,
}

impl PresenterState {
    /// A session of `quiz`: the start screen, or straight to a question (Shift+F5).
    pub fn new(
        quiz: &Quiz,
        request: &PresentRequest,
        settings: &PresenterSettings,
        now: Duration,
    ) -> Self {
        let known: Vec<String> = request
            .levels
            .iter()
            .filter(|l| quiz.questions.iter().any(|q| &q.level == *l))
            .cloned()
            .collect();
        let mut state = Self {
            phase: Phase::Setup,
            levels: known,
            questions: Vec::new(),
            deck: vec![Position::Title],
            cursor: 0,
            seed: now.as_nanos().try_into().unwrap_or(u64::MAX) ^ 0x5EED,
            shuffle: settings.shuffle_answers,
            timer_on: settings.timer,
            default_timer_s: settings.default_timer_s,
            blank: None,
            help: false,
            tallies: BTreeMap::new(),
            tally_cursor: None,
            countdown: None,
            console: request.console || settings.console,
            monitor: request.monitor,
            audience_fullscreen: true,
            started_at: now,
            last_question: request.from_question,
            flash: None,
            phones_wanted: request.phones,
            phones: None,
        };
        if let Some(from) = request.from_question.filter(|&i| i < quiz.questions.len()) {
            state.levels.clear();
            state.start(quiz, settings, now);
            if let Some(at) = state.deck.iter().position(|p| p.question() == Some(from)) {
                state.go(quiz, at, now);
            }
        }
        state
    }

    /// A one-question session for the editor's preview: question `index` at its asking step,
    /// or revealed. Answers keep the editor's order so letters match what the author sees.
    pub fn preview(quiz: &Quiz, index: usize, revealed: bool) -> Self {
        let settings = PresenterSettings {
            shuffle_answers: false,
            timer: false,
            ..PresenterSettings::default()
        };
        let mut state = Self::new(quiz, &PresentRequest::default(), &settings, Duration::ZERO);
        let Some(question) = quiz.questions.get(index) else {
            return state;
        };
        state.questions = vec![index];
        state.deck = deck::build(quiz, &state.questions);
        state.phase = Phase::Running;
        let wanted = if revealed {
            deck::Step::Reveal
        } else {
            deck::asking_step(question)
        };
        let at = |step| {
            state
                .deck
                .iter()
                .position(|p| *p == Position::Question { index, step })
        };
        state.cursor = at(wanted)
            .or_else(|| state.deck.iter().rposition(|p| p.question() == Some(index)))
            .unwrap_or(0);
        state.last_question = Some(index);
        state
    }

    pub fn position(&self) -> Position {
        self.deck
            .get(self.cursor)
            .copied()
            .unwrap_or(Position::Title)
    }

    /// The question on screen, if any.
    pub fn current_question(&self) -> Option<usize> {
        self.position().question()
    }

    /// Questions the start screen's level choice would present.
    pub fn chosen_questions(&self, quiz: &Quiz) -> Vec<usize> {
        deck::selected_questions(quiz, &self.levels)
    }

    /// The question after the current one (for the console), if any.
    pub fn next_question(&self) -> Option<usize> {
        let current = self.current_question();
        self.deck[self.cursor.min(self.deck.len())..]
            .iter()
            .filter_map(|p| p.question())
            .find(|q| Some(*q) != current)
    }

    /// 1-based number of the current question in the session, and the session's length.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let q = self.current_question()?;
        let n = self.questions.iter().position(|&i| i == q)?;
        Some((n + 1, self.questions.len()))
    }

    /// Shown order of a question's answers: `order[shown] = original index`.
    pub fn display_order(&self, quiz: &Quiz, index: usize) -> Vec<usize> {
        let Some(q) = quiz.questions.get(index) else {
            return Vec::new();
        };
        let salt = self.seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        match &q.kind {
            QuestionKind::SingleChoice { choices }
            | QuestionKind::MultipleChoice { choices }
            | QuestionKind::Poll { choices } => {
                if self.shuffle {
                    rng::permutation(choices.len(), salt, false)
                } else {
                    (0..choices.len()).collect()
                }
            }
            QuestionKind::Ordering { items } => rng::permutation(items.len(), salt, true),
            QuestionKind::TrueFalse { .. } => vec![0, 1],
            QuestionKind::Hotspot { .. }
            | QuestionKind::Open { .. }
            | QuestionKind::Unknown { .. } => Vec::new(),
        }
    }

    /// Carries out one command at clock time `now`.
    pub fn apply(
        &mut self,
        quiz: &Quiz,
        settings: &PresenterSettings,
        command: &PresenterCommand,
        now: Duration,
    ) -> Outcome {
        if self.flash.as_ref().is_some_and(|f| f.until <= now) {
            self.flash = None;
        }
        match command {
            PresenterCommand::Leave => {
                if self.help {
                    self.help = false;
                    return Outcome::Stay;
                }
                return Outcome::Leave {
                    question: self.current_question().or(self.last_question),
                };
            }
            PresenterCommand::Start => {
                self.start(quiz, settings, now);
                if self.phase == Phase::Running && self.phones_wanted && self.phones.is_none() {
                    return Outcome::StartPhones;
                }
            }
            PresenterCommand::ToggleLevel(id) => self.toggle_level(quiz, id),
            PresenterCommand::AllLevels => self.levels.clear(),
            PresenterCommand::SetConsole(on) => {
                self.console = *on;
                // The main window is the audience in one-screen mode, the console otherwise.
                return Outcome::Fullscreen(!*on);
            }
            PresenterCommand::SetFullscreen(on) => {
                if self.console {
                    // F from either window toggles the audience window (the console's own
                    // full-screen state says nothing about it).
                    self.audience_fullscreen = !self.audience_fullscreen;
                } else {
                    return Outcome::Fullscreen(*on);
                }
            }
            PresenterCommand::SetMonitor(m) => {
                self.monitor = Some(*m);
                // Choosing the room's screen means showing the audience there, full screen.
                self.audience_fullscreen = true;
                return Outcome::MoveAudience(*m);
            }
            PresenterCommand::ExportCsv => return Outcome::ExportCsv,
            PresenterCommand::SetPhones(on) => self.phones_wanted = *on,
            PresenterCommand::PhonesStarted(view) => self.phones = Some((**view).clone()),
            PresenterCommand::PhonesStatus(status) => {
                if let Some(p) = &mut self.phones {
                    p.status = status.clone();
                }
            }
            PresenterCommand::PhonesFailed(reason) => {
                if let Some(p) = &mut self.phones {
                    p.failure = Some(reason.clone());
                }
            }
            PresenterCommand::PhonesAddress(i) => {
                if let Some(p) = &mut self.phones {
                    p.choose(*i);
                }
            }
            _ if self.phase == Phase::Setup => {}
            PresenterCommand::Next => self.next(quiz, now),
            PresenterCommand::Back => self.back(quiz, now),
            PresenterCommand::Home => self.go(quiz, 0, now),
            PresenterCommand::End => self.go(quiz, self.deck.len().saturating_sub(1), now),
            PresenterCommand::GoToQuestion(index) => {
                if let Some(at) = self.deck.iter().position(|p| p.question() == Some(*index)) {
                    self.go(quiz, at, now);
                }
            }
            PresenterCommand::ToggleBlack => self.toggle_blank(Blank::Black),
            PresenterCommand::ToggleWhite => self.toggle_blank(Blank::White),
            PresenterCommand::ToggleHelp => self.help = !self.help,
            PresenterCommand::ToggleTimer => self.toggle_timer(quiz, now),
            PresenterCommand::TallyDigit(d) => self.tally_digit(quiz, *d),
            PresenterCommand::TallyNextField => self.move_tally_cursor(quiz, true),
            PresenterCommand::TallyPrevField => self.move_tally_cursor(quiz, false),
            PresenterCommand::TallyClear => self.tally_clear(quiz),
            PresenterCommand::SetTally {
                question,
                field,
                count,
            } => {
                if let Some(q) = quiz.questions.get(*question) {
                    let n = tally::field_count(q);
                    if *field < n {
                        self.tallies
                            .entry(*question)
                            .or_insert_with(|| Tally::new(n))
                            .set(*field, *count);
                    }
                }
            }
        }
        Outcome::Stay
    }

    /// Hands typed plus phones' answers for question `index` (what is shown and exported).
    pub fn tally(&self, index: usize) -> Option<Tally> {
        let phones = self
            .phones
            .as_ref()
            .and_then(|p| p.status.tallies.get(&index))
            .filter(|t| !t.counts.is_empty())
            .map(|t| t.counts.as_slice());
        phones::merged(self.tallies.get(&index), phones)
    }

    /// Shows a message to the advisor for a few seconds.
    pub fn flash(&mut self, text: String, now: Duration) {
        self.flash = Some(Flash {
            text,
            until: now + FLASH_FOR,
        });
    }

    fn toggle_level(&mut self, quiz: &Quiz, id: &str) {
        let all: Vec<String> = level_ids(quiz);
        if self.levels.is_empty() {
            // "All" → everything but this one.
            self.levels = all.into_iter().filter(|l| l != id).collect();
        } else if let Some(i) = self.levels.iter().position(|l| l == id) {
            self.levels.remove(i);
        } else {
            self.levels.push(id.to_owned());
            self.levels.sort_by_key(|l| all.iter().position(|a| a == l));
        }
        if self.levels.is_empty() || self.levels.len() == level_ids(quiz).len() {
            // None and all both mean "all": an empty selection could not start anyway.
            self.levels.clear();
        }
    }

    fn start(&mut self, quiz: &Quiz, settings: &PresenterSettings, now: Duration) {
        let questions = deck::selected_questions(quiz, &self.levels);
        if questions.is_empty() {
            return;
        }
        self.shuffle = settings.shuffle_answers;
        self.timer_on = settings.timer;
        self.default_timer_s = settings.default_timer_s;
        self.deck = deck::build(quiz, &questions);
        self.questions = questions;
        self.phase = Phase::Running;
        self.started_at = now;
        self.cursor = 0;
    }

    fn next(&mut self, quiz: &Quiz, now: Duration) {
        if self.help || self.blank.is_some() {
            self.help = false;
            self.blank = None;
            return;
        }
        if self.cursor + 1 < self.deck.len() {
            self.go(quiz, self.cursor + 1, now);
        }
    }

    fn back(&mut self, quiz: &Quiz, now: Duration) {
        if self.help || self.blank.is_some() {
            self.help = false;
            self.blank = None;
            return;
        }
        if self.cursor > 0 {
            self.go(quiz, self.cursor - 1, now);
        }
    }

    fn go(&mut self, quiz: &Quiz, to: usize, now: Duration) {
        let forward = to > self.cursor;
        self.cursor = to.min(self.deck.len().saturating_sub(1));
        self.blank = None;
        let here = self.current_question();
        if here.is_some() {
            self.last_question = here;
        }
        if self.tally_cursor.is_some_and(|c| Some(c.question) != here) {
            self.tally_cursor = None;
        }
        if self.countdown.is_some_and(|(q, _)| Some(q) != here) {
            self.countdown = None;
        }
        let (Some(index), Some(step)) = (here, self.position().step()) else {
            return;
        };
        let Some(q) = quiz.questions.get(index) else {
            return;
        };
        if forward
            && self.timer_on
            && step == deck::asking_step(q)
            && self.countdown.is_none()
            && let Some(total) = self.timer_for(q, false)
        {
            self.countdown = Some((index, Countdown::started(total, now)));
        }
    }

    /// The countdown length of `q` (`manual`: T pressed, so fall back to a default).
    fn timer_for(&self, q: &Question, manual: bool) -> Option<Duration> {
        let fallback = manual.then_some(FALLBACK_TIMER_S);
        q.time_limit_s
            .or(self.default_timer_s)
            .or(fallback)
            .map(|s| Duration::from_secs(u64::from(s)))
    }

    fn toggle_blank(&mut self, blank: Blank) {
        self.blank = if self.blank == Some(blank) {
            None
        } else {
            Some(blank)
        };
    }

    fn toggle_timer(&mut self, quiz: &Quiz, now: Duration) {
        let Some(index) = self.current_question() else {
            return;
        };
        match &mut self.countdown {
            Some((q, c)) if *q == index => c.toggle(now),
            _ => {
                if let Some(total) = quiz
                    .questions
                    .get(index)
                    .and_then(|q| self.timer_for(q, true))
                {
                    self.countdown = Some((index, Countdown::started(total, now)));
                }
            }
        }
    }
}

/// Ids of the quiz's levels, plus any level used by a question but not declared.
pub fn level_ids(quiz: &Quiz) -> Vec<String> {
    let mut ids: Vec<String> = quiz.levels.iter().map(|l| l.id.clone()).collect();
    for q in &quiz.questions {
        if !ids.contains(&q.level) {
            ids.push(q.level.clone());
        }
    }
    ids
}

/// Whether the session is showing `step` or a later one of question `index`.
pub fn reached(position: Position, index: usize, step: Step) -> bool {
    matches!(position, Position::Question { index: i, step: s } if i == index && s >= step)
}
