//! The messages between the phone page and the laptop, as serde types.
//!
//! What a phone may read is [`PhoneState`]: built by [`crate::live::session`] from a
//! [`Stage`], it carries the reveal (right answers, explanation, source) only once the
//! presenter reached it, and never the notes (a [`Stage`] has no field for them). Answers
//! name answers by their *shown* position (letter A = 0), as the room sees them; the server maps
//! them back to the quiz's own order with the stage's private key.

use serde::{Deserialize, Serialize};

use crate::model::Region;

/// What the presenter shows, handed to the server at every change of screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stage {
    pub lang: &'static str,
    pub title: String,
    pub screen: StageScreen,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum StageScreen {
    /// Start screen or title slide: "wait for the first question".
    #[default]
    Waiting,
    Question(Box<StageQuestion>),
    /// Summary, credits: the session is over for the phones.
    Ended,
}

/// One question as the projector shows it, with its private key.
#[derive(Clone, Debug, PartialEq)]
pub struct StageQuestion {
    /// Index of the question in the quiz (answers are kept per question).
    pub index: usize,
    /// The public part, sent to phones as it is.
    pub card: QuestionCard,
    /// How an answer becomes tally fields; never sent.
    pub key: AnswerKey,
    /// Whether the reveal step is reached (answers closed, reveal sent).
    pub revealed: bool,
    /// Sent only when `revealed`.
    pub reveal: RevealCard,
    /// Images of the card (`/img/N`), bytes and media type.
    pub images: Vec<(&'static str, std::sync::Arc<[u8]>)>,
}

/// The private answer key of a question, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerKey {
    /// `order[shown] = original choice`; `correct` by original index (`None`: a poll).
    Choices {
        order: Vec<usize>,
        correct: Option<Vec<bool>>,
        multiple: bool,
    },
    TrueFalse {
        answer: bool,
    },
    /// `order[shown] = original item`; right when tapped in original order.
    Ordering {
        order: Vec<usize>,
    },
    /// Right when the point falls in one of the regions (fractions of the image).
    Hotspot {
        regions: Vec<Region>,
    },
    /// Free text, listed on the console only.
    Open,
}

/// The kind of answering widget a phone shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    Single,
    Multiple,
    TrueFalse,
    Poll,
    Ordering,
    Hotspot,
    Open,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageCard {
    /// `/img/N` on this server.
    pub url: String,
    pub alt: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerCard {
    pub text: String,
    pub image: Option<ImageCard>,
}

/// A question as a phone shows it: nothing in it says which answer is right.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionCard {
    /// 1-based number in the session, and the session's length.
    pub number: usize,
    pub total: usize,
    pub kind: CardKind,
    pub prompt: String,
    pub image: Option<ImageCard>,
    /// Answers (or items to order) in shown order: letter A first.
    pub answers: Vec<AnswerCard>,
    /// The projector shows the answers (else only the prompt is read aloud for now).
    pub answers_shown: bool,
}

/// What a phone learns at the reveal.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RevealCard {
    /// Shown positions of the right answers (choices; `[0]` Vrai or `[1]` Faux).
    pub correct: Vec<usize>,
    /// Ordering: the items in the right order.
    pub right_order: Vec<String>,
    /// Open question: the expected answer.
    pub expected: String,
    pub explanation: String,
    /// "Source : … — licence …", as on the projector.
    pub source: String,
}

/// What a phone sends for the current question, by shown positions.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// Single, multiple, poll: the letters chosen (A = 0).
    Choices {
        shown: Vec<usize>,
    },
    TrueFalse {
        value: bool,
    },
    /// Ordering: the shown items in the order tapped.
    Order {
        shown: Vec<usize>,
    },
    /// Hotspot: where the image was tapped, as fractions of its size.
    Point {
        x: f64,
        y: f64,
    },
    Text {
        text: String,
    },
}

/// `POST /api/join`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    pub code: String,
}

/// `POST /api/answer`: `question` is the number shown (so a late answer to the previous
/// question is refused, not counted on the next one).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    pub question: usize,
    pub answer: Answer,
}

impl JoinRequest {
    /// A join body as sent by a phone: JSON with only `code`.
    pub fn parse(bytes: &[u8]) -> Result<Self, ErrorCode> {
        serde_json::from_slice(bytes).map_err(|_| ErrorCode::Invalid)
    }
}

impl AnswerRequest {
    /// An answer body as sent by a phone (its meaning is checked by the session).
    pub fn parse(bytes: &[u8]) -> Result<Self, ErrorCode> {
        serde_json::from_slice(bytes).map_err(|_| ErrorCode::Invalid)
    }
}

/// Everything one phone may know now (`GET /api/state`, and each SSE event).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PhoneState {
    /// Grows at every change; the page ignores older states.
    pub version: u64,
    pub joined: bool,
    pub lang: &'static str,
    pub title: String,
    pub screen: PhoneScreen,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum PhoneScreen {
    /// Not joined yet: the code form.
    Join,
    Waiting,
    Question {
        card: Box<QuestionCard>,
        /// This phone's answer, as sent (so a reload shows it).
        answer: Option<Answer>,
        /// Answers are closed (the reveal is reached).
        closed: bool,
        /// Present once revealed.
        reveal: Option<RevealCard>,
        /// Whether this phone's answer was right (`None`: poll, open, no answer, not yet).
        right: Option<bool>,
    },
    Ended,
}

/// An error a phone is told about, with a stable code the page translates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    WrongCode,
    TooManyTries,
    Full,
    NotJoined,
    NotNow,
    Closed,
    Invalid,
    TooLarge,
    TooFast,
    NotFound,
}

impl ErrorCode {
    /// The HTTP status of the error.
    pub fn status(self) -> u16 {
        match self {
            Self::WrongCode => 403,
            Self::TooManyTries | Self::TooFast => 429,
            Self::Full => 503,
            Self::NotJoined => 401,
            Self::NotNow | Self::Closed => 409,
            Self::Invalid => 400,
            Self::TooLarge => 413,
            Self::NotFound => 404,
        }
    }
}

#[derive(Serialize)]
pub struct ErrorBody {
    pub error: ErrorCode,
}
