//! The phones' part of a presenting session, as plain data (issue 12).
//!
//! The server lives in the app layer (`app::live_ops`); what the presenter state keeps is its
//! snapshot: the join address and code, the QR code's modules, the latest [`LiveStatus`]
//! (connected phones, answers per question) and a failure, if the server stopped. Tallies
//! shown and exported are the hands typed plus the phones' answers ([`merged`]).

use std::sync::Arc;

use super::tally::Tally;
use crate::live::addr::Candidate;
use crate::live::qr::QrMatrix;
use crate::live::session::LiveStatus;

#[derive(Clone, Debug, PartialEq)]
pub struct PhonesView {
    /// `http://192.168.1.23:8080/`
    pub url: String,
    pub code: String,
    pub port: u16,
    pub qr: Option<QrMatrix>,
    /// Addresses the advisor may choose from (best first); empty: no network.
    pub addresses: Vec<Candidate>,
    pub chosen: usize,
    pub status: Arc<LiveStatus>,
    /// Why the server stopped, shown on the console; the session goes on.
    pub failure: Option<String>,
}

impl PhonesView {
    /// The view of a server listening on `port` (`bound`: a specific address it was told).
    pub fn new(code: String, port: u16, addresses: Vec<Candidate>, bound: Option<String>) -> Self {
        let mut view = Self {
            url: String::new(),
            code,
            port,
            qr: None,
            addresses,
            chosen: 0,
            status: Arc::new(LiveStatus::default()),
            failure: None,
        };
        view.set_url(bound);
        view
    }

    fn set_url(&mut self, bound: Option<String>) {
        let host = bound.or_else(|| self.addresses.get(self.chosen).map(|c| c.ip.to_string()));
        if let Some(host) = host {
            self.url = format!("http://{host}:{}/", self.port);
            self.qr = QrMatrix::of(&self.url);
        } else {
            self.url.clear();
            self.qr = None;
        }
    }

    /// The advisor picked another address in the console.
    pub fn choose(&mut self, index: usize) {
        if index < self.addresses.len() {
            self.chosen = index;
            self.set_url(None);
        }
    }

    /// Phones that answered question `index`.
    pub fn answered(&self, index: usize) -> u32 {
        self.status.tallies.get(&index).map_or(0, |t| t.answered)
    }
}

/// Hands typed plus phones' answers, field by field.
pub fn merged(hands: Option<&Tally>, phones: Option<&[u32]>) -> Option<Tally> {
    match (hands, phones) {
        (None, None) => None,
        (Some(h), None) => Some(h.clone()),
        (None, Some(p)) => Some(Tally { counts: p.to_vec() }),
        (Some(h), Some(p)) => Some(Tally {
            counts: (0..h.counts.len().max(p.len()))
                .map(|i| h.counts.get(i).copied().unwrap_or(0) + p.get(i).copied().unwrap_or(0))
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hands_and_phones_add_up() {
        let hands = Tally {
            counts: vec![1, 0, 2],
        };
        assert_eq!(
            merged(Some(&hands), Some(&[2, 1, 0])).unwrap().counts,
            [3, 1, 2]
        );
        assert_eq!(merged(None, Some(&[2])).unwrap().counts, [2]);
        assert_eq!(merged(None, None), None);
    }
}
