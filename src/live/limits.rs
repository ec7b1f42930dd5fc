//! Every bound of the phone server in one place, and the wrong-code rate limiter.
//!
//! A room is at most a few dozen people; the numbers leave a wide margin for that and none
//! for a flood: whoever sends more is refused with a 4xx, and nothing they send is kept
//! beyond these sizes. The limiter counts *wrong* codes only, per address and overall, in a
//! sliding minute; a phone that has joined holds a cookie and never goes through it again,
//! so a guessing neighbour can slow new joins down but never lock out the room.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::time::Duration;

/// Largest request body accepted (an answer is a few dozen bytes; open text ≤ 280 chars).
pub const MAX_BODY: usize = 4 * 1024;
/// Phones per session.
pub const MAX_PHONES: usize = 300;
/// Open connections at once (each phone holds one event stream and makes short requests).
pub const MAX_CONNECTIONS: usize = 1_200;
/// Time to send the request head (a slow-drip client is cut off after it).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// Time to send the body once the head is in.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(5);
/// Characters of an open answer.
pub const MAX_TEXT_CHARS: usize = 280;
/// Wrong codes from one address in [`WINDOW`].
pub const WRONG_PER_ADDRESS: usize = 5;
/// Wrong codes from everyone in [`WINDOW`].
pub const WRONG_OVERALL: usize = 30;
pub const WINDOW: Duration = Duration::from_mins(1);
/// Requests one phone may make in [`PHONE_WINDOW`] (taps, reloads, reconnections).
pub const PHONE_REQUESTS: usize = 60;
pub const PHONE_WINDOW: Duration = Duration::from_secs(10);
/// Addresses remembered by the limiter (oldest forgotten first).
const MAX_ADDRESSES: usize = 4_096;

/// Wrong-code attempts in the last [`WINDOW`], per address and overall.
#[derive(Debug, Default)]
pub struct WrongCodes {
    per_address: HashMap<IpAddr, VecDeque<Duration>>,
    overall: VecDeque<Duration>,
}

impl WrongCodes {
    /// Whether `ip` may try a code now.
    pub fn allowed(&mut self, ip: IpAddr, now: Duration) -> bool {
        prune(&mut self.overall, now);
        if self.overall.len() >= WRONG_OVERALL {
            return false;
        }
        self.per_address.get_mut(&ip).is_none_or(|q| {
            prune(q, now);
            q.len() < WRONG_PER_ADDRESS
        })
    }

    /// Counts a wrong code from `ip`.
    pub fn record(&mut self, ip: IpAddr, now: Duration) {
        if self.per_address.len() >= MAX_ADDRESSES && !self.per_address.contains_key(&ip) {
            self.per_address.retain(|_, q| {
                prune(q, now);
                !q.is_empty()
            });
            if self.per_address.len() >= MAX_ADDRESSES {
                // Still full of recent guessers: refuse everyone for the window instead of
                // forgetting one (the overall count already does).
                self.overall.push_back(now);
                return;
            }
        }
        self.per_address.entry(ip).or_default().push_back(now);
        self.overall.push_back(now);
    }
}

/// A sliding-window counter for one phone's requests.
#[derive(Clone, Debug, Default)]
pub struct Requests(VecDeque<Duration>);

impl Requests {
    /// Counts one request; false when the phone is over [`PHONE_REQUESTS`].
    pub fn take(&mut self, now: Duration) -> bool {
        while self
            .0
            .front()
            .is_some_and(|t| now.saturating_sub(*t) >= PHONE_WINDOW)
        {
            self.0.pop_front();
        }
        if self.0.len() >= PHONE_REQUESTS {
            return false;
        }
        self.0.push_back(now);
        true
    }
}

fn prune(queue: &mut VecDeque<Duration>, now: Duration) {
    while queue
        .front()
        .is_some_and(|t| now.saturating_sub(*t) >= WINDOW)
    {
        queue.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn ip(n: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(10, 0, 0, n))
    }

    #[test]
    fn an_address_is_slowed_then_forgiven() {
        let mut w = WrongCodes::default();
        let t = Duration::from_secs(100);
        for _ in 0..WRONG_PER_ADDRESS {
            assert!(w.allowed(ip(1), t));
            w.record(ip(1), t);
        }
        assert!(!w.allowed(ip(1), t));
        assert!(w.allowed(ip(2), t), "another address is not punished");
        assert!(w.allowed(ip(1), t + WINDOW));
    }

    #[test]
    fn many_addresses_hit_the_overall_limit() {
        let mut w = WrongCodes::default();
        let t = Duration::from_secs(5);
        for n in 0..u8::try_from(WRONG_OVERALL).unwrap_or(u8::MAX) {
            w.record(ip(n), t);
        }
        assert!(!w.allowed(ip(250), t));
        assert!(w.allowed(ip(250), t + WINDOW));
    }

    #[test]
    fn a_phone_has_a_request_budget() {
        let mut r = Requests::default();
        let t = Duration::from_secs(1);
        assert!((0..PHONE_REQUESTS).all(|_| r.take(t)));
        assert!(!r.take(t));
        assert!(r.take(t + PHONE_WINDOW));
    }
}
