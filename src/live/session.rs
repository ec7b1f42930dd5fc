//! The phones' side of a session as a pure state machine: who joined, what each answered,
//! what each may see, and the tallies the presenter adds to the hands it counted.
//!
//! Rules (docs/LIVE.md): a phone joins with the 4-digit code and gets a random token (its
//! cookie); it has at most one answer per question, replaced by a newer one until the
//! question is revealed and refused after; an answer names the question number it was
//! given for, so a late one never lands on the next question. What a phone may read is
//! built here and only here ([`LiveSession::phone_state`]): the stage's reveal is copied in
//! once the question is closed, never before. No clock of its own and no randomness: the
//! server passes the time and a fresh token, so every rule is unit-tested.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;
use std::time::Duration;

use super::limits::{self, Requests, WrongCodes};
use super::protocol::{
    Answer, AnswerKey, AnswerRequest, CardKind, ErrorCode, PhoneScreen, PhoneState, Stage,
    StageQuestion, StageScreen,
};

/// A phone counts as connected while it holds an event stream or asked within this time.
pub const SEEN_FOR: Duration = Duration::from_secs(30);

/// The phones' answers to one question, by the quiz's original fields (as hands are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneTally {
    pub counts: Vec<u32>,
    /// Phones that answered.
    pub answered: u32,
    /// Open answers, in the order they came (plain text for the console).
    pub texts: Vec<String>,
}

/// What the presenter reads from the server (a snapshot, never a lock on the session).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LiveStatus {
    /// Phones that joined and are still there.
    pub connected: usize,
    /// Phones that joined since the start.
    pub joined: usize,
    /// Answers by quiz question index.
    pub tallies: BTreeMap<usize, PhoneTally>,
}

#[derive(Debug, Default)]
struct Phone {
    requests: Requests,
    last_seen: Duration,
    streams: u32,
}

#[derive(Debug)]
pub struct LiveSession {
    code: String,
    stage: Stage,
    version: u64,
    phones: HashMap<String, Phone>,
    wrong: WrongCodes,
    /// By quiz question index, by token: the answer as sent.
    answers: BTreeMap<usize, HashMap<String, Answer>>,
    /// The key of every question shown, to count its answers.
    keys: BTreeMap<usize, AnswerKey>,
    /// Questions whose reveal was reached: no more answers.
    closed: BTreeSet<usize>,
    tallies: BTreeMap<usize, PhoneTally>,
}

impl LiveSession {
    pub fn new(code: String) -> Self {
        Self {
            code,
            stage: Stage::default(),
            version: 1,
            phones: HashMap::new(),
            wrong: WrongCodes::default(),
            answers: BTreeMap::new(),
            keys: BTreeMap::new(),
            closed: BTreeSet::new(),
            tallies: BTreeMap::new(),
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// Grows whenever what phones see changes.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The presenter moved: returns whether phones must be told.
    pub fn set_stage(&mut self, stage: Stage) -> bool {
        if stage == self.stage {
            return false;
        }
        if let StageScreen::Question(q) = &stage.screen {
            self.keys.insert(q.index, q.key.clone());
            if q.revealed {
                self.closed.insert(q.index);
            }
        }
        self.stage = stage;
        self.version += 1;
        true
    }

    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// Joins with `code`, or recognises `existing`. `fresh` is the token a new phone gets.
    pub fn join(
        &mut self,
        code: &str,
        existing: Option<&str>,
        fresh: String,
        ip: IpAddr,
        now: Duration,
    ) -> Result<String, ErrorCode> {
        if let Some(token) = existing.filter(|t| self.phones.contains_key(*t)) {
            self.seen(token, now);
            return Ok(token.to_owned());
        }
        if !self.wrong.allowed(ip, now) {
            return Err(ErrorCode::TooManyTries);
        }
        if code.trim() != self.code {
            self.wrong.record(ip, now);
            return Err(ErrorCode::WrongCode);
        }
        if self.phones.len() >= limits::MAX_PHONES {
            return Err(ErrorCode::Full);
        }
        let phone = Phone {
            last_seen: now,
            ..Phone::default()
        };
        self.phones.insert(fresh.clone(), phone);
        Ok(fresh)
    }

    pub fn is_joined(&self, token: &str) -> bool {
        self.phones.contains_key(token)
    }

    /// Counts a request of `token` against its budget; false when it asks too often.
    pub fn take_request(&mut self, token: &str, now: Duration) -> bool {
        match self.phones.get_mut(token) {
            Some(p) => {
                p.last_seen = now;
                p.requests.take(now)
            }
            None => true,
        }
    }

    fn seen(&mut self, token: &str, now: Duration) {
        if let Some(p) = self.phones.get_mut(token) {
            p.last_seen = now;
        }
    }

    /// An event stream of `token` opened (`true`) or closed.
    pub fn stream(&mut self, token: &str, open: bool, now: Duration) {
        if let Some(p) = self.phones.get_mut(token) {
            p.last_seen = now;
            p.streams = if open {
                p.streams.saturating_add(1)
            } else {
                p.streams.saturating_sub(1)
            };
        }
    }

    /// Records `request` from `token`: replaces its earlier answer to the same question.
    pub fn answer(&mut self, token: &str, request: AnswerRequest) -> Result<(), ErrorCode> {
        if !self.phones.contains_key(token) {
            return Err(ErrorCode::NotJoined);
        }
        let StageScreen::Question(q) = &self.stage.screen else {
            return Err(ErrorCode::NotNow);
        };
        if q.card.number != request.question {
            return Err(ErrorCode::NotNow);
        }
        if q.revealed || self.closed.contains(&q.index) {
            return Err(ErrorCode::Closed);
        }
        if !q.card.answers_shown {
            return Err(ErrorCode::NotNow);
        }
        let answer = checked(q, request.answer)?;
        let index = q.index;
        self.answers
            .entry(index)
            .or_default()
            .insert(token.to_owned(), answer);
        self.recount(index);
        Ok(())
    }

    fn recount(&mut self, index: usize) {
        let (Some(key), Some(answers)) = (self.keys.get(&index), self.answers.get(&index)) else {
            return;
        };
        let mut tally = PhoneTally {
            counts: vec![0; field_count(key)],
            ..PhoneTally::default()
        };
        for answer in answers.values() {
            tally.answered += 1;
            for field in fields(key, answer) {
                if let Some(c) = tally.counts.get_mut(field) {
                    *c += 1;
                }
            }
            if let Answer::Text { text } = answer {
                tally.texts.push(text.clone());
            }
        }
        tally.texts.sort();
        self.tallies.insert(index, tally);
    }

    /// The presenter's snapshot at time `now`.
    pub fn status(&self, now: Duration) -> LiveStatus {
        LiveStatus {
            connected: self
                .phones
                .values()
                .filter(|p| p.streams > 0 || now.saturating_sub(p.last_seen) < SEEN_FOR)
                .count(),
            joined: self.phones.len(),
            tallies: self.tallies.clone(),
        }
    }

    /// Everything `token` may know now.
    pub fn phone_state(&self, token: Option<&str>) -> PhoneState {
        let joined = token.is_some_and(|t| self.phones.contains_key(t));
        let screen = if joined {
            match &self.stage.screen {
                StageScreen::Waiting => PhoneScreen::Waiting,
                StageScreen::Ended => PhoneScreen::Ended,
                StageScreen::Question(q) => self.question_screen(q, token.unwrap_or_default()),
            }
        } else {
            PhoneScreen::Join
        };
        PhoneState {
            version: self.version,
            joined,
            lang: self.stage.lang,
            title: self.stage.title.clone(),
            screen,
        }
    }

    fn question_screen(&self, q: &StageQuestion, token: &str) -> PhoneScreen {
        let answer = self
            .answers
            .get(&q.index)
            .and_then(|a| a.get(token))
            .cloned();
        let closed = q.revealed || self.closed.contains(&q.index);
        let right = if closed {
            answer.as_ref().and_then(|a| is_right(&q.key, a))
        } else {
            None
        };
        PhoneScreen::Question {
            card: Box::new(q.card.clone()),
            answer,
            closed,
            reveal: closed.then(|| q.reveal.clone()),
            right,
        }
    }
}

/// The answer if it fits the question, cleaned (text trimmed, control characters dropped).
fn checked(q: &StageQuestion, answer: Answer) -> Result<Answer, ErrorCode> {
    let n = q.card.answers.len();
    let ok = match (&q.key, &answer) {
        (AnswerKey::Choices { multiple, .. }, Answer::Choices { shown }) => {
            let mut unique = shown.clone();
            unique.sort_unstable();
            unique.dedup();
            unique.len() == shown.len()
                && shown.iter().all(|&s| s < n)
                && if *multiple {
                    !shown.is_empty()
                } else {
                    shown.len() == 1
                }
        }
        (AnswerKey::TrueFalse { .. }, Answer::TrueFalse { .. }) => true,
        (AnswerKey::Ordering { order }, Answer::Order { shown }) => {
            let mut sorted = shown.clone();
            sorted.sort_unstable();
            sorted.len() == order.len() && sorted.iter().enumerate().all(|(i, &s)| i == s)
        }
        (AnswerKey::Hotspot { .. }, Answer::Point { x, y }) => [x, y]
            .iter()
            .all(|v| v.is_finite() && (0.0..=1.0).contains(*v)),
        (AnswerKey::Open, Answer::Text { text }) => {
            let clean: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let clean = clean.trim();
            if clean.is_empty() || clean.chars().count() > limits::MAX_TEXT_CHARS {
                return Err(ErrorCode::Invalid);
            }
            return Ok(Answer::Text {
                text: clean.to_owned(),
            });
        }
        _ => false,
    };
    if ok {
        Ok(answer)
    } else {
        Err(ErrorCode::Invalid)
    }
}

/// Tally fields of a key (as `presenter::tally::field_count`).
fn field_count(key: &AnswerKey) -> usize {
    match key {
        AnswerKey::Choices { order, .. } => order.len(),
        AnswerKey::TrueFalse { .. } | AnswerKey::Ordering { .. } | AnswerKey::Hotspot { .. } => 2,
        AnswerKey::Open => 0,
    }
}

/// The tally fields (original indices) an answer adds one to.
fn fields(key: &AnswerKey, answer: &Answer) -> Vec<usize> {
    match (key, answer) {
        (AnswerKey::Choices { order, .. }, Answer::Choices { shown }) => shown
            .iter()
            .filter_map(|&s| order.get(s).copied())
            .collect(),
        (AnswerKey::TrueFalse { .. }, Answer::TrueFalse { value }) => vec![usize::from(!value)],
        (AnswerKey::Ordering { .. } | AnswerKey::Hotspot { .. }, _) => {
            vec![usize::from(is_right(key, answer) != Some(true))]
        }
        _ => Vec::new(),
    }
}

/// Whether an answer is right (`None`: a poll or an open question has no right answer).
fn is_right(key: &AnswerKey, answer: &Answer) -> Option<bool> {
    match (key, answer) {
        (AnswerKey::Choices { order, correct, .. }, Answer::Choices { shown }) => {
            let correct = correct.as_ref()?;
            let mut chosen = vec![false; correct.len()];
            for &s in shown {
                if let Some(slot) = order.get(s).and_then(|&o| chosen.get_mut(o)) {
                    *slot = true;
                }
            }
            Some(chosen == *correct)
        }
        (AnswerKey::TrueFalse { answer }, Answer::TrueFalse { value }) => Some(answer == value),
        (AnswerKey::Ordering { order }, Answer::Order { shown }) => Some(
            shown
                .iter()
                .enumerate()
                .all(|(i, &s)| order.get(s) == Some(&i)),
        ),
        (AnswerKey::Hotspot { regions }, Answer::Point { x, y }) => Some(
            regions
                .iter()
                .any(|r| *x >= r.x && *x <= r.x + r.w && *y >= r.y && *y <= r.y + r.h),
        ),
        _ => None,
    }
}

/// Whether a card kind takes answers on the prompt step already (no answers to show first).
pub fn answers_on_prompt(kind: CardKind) -> bool {
    matches!(kind, CardKind::Hotspot | CardKind::Open)
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
