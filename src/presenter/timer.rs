//! The optional countdown: visible, calm, never scored.
//!
//! It only counts down and says when time is up; nothing happens automatically at zero, the
//! advisor decides when to reveal.

use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    pub total: Duration,
    /// Time left when last paused or started.
    left: Duration,
    /// Clock time when it was (re)started; `None` while paused.
    running_since: Option<Duration>,
}

impl Countdown {
    /// A countdown of `total`, started at `now`.
    pub fn started(total: Duration, now: Duration) -> Self {
        Self {
            total,
            left: total,
            running_since: Some(now),
        }
    }

    pub fn remaining(&self, now: Duration) -> Duration {
        match self.running_since {
            Some(since) => self.left.saturating_sub(now.saturating_sub(since)),
            None => self.left,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_finished(&self, now: Duration) -> bool {
        self.remaining(now).is_zero()
    }

    /// Pauses a running countdown, resumes a paused one, restarts a finished one.
    pub fn toggle(&mut self, now: Duration) {
        if self.is_finished(now) {
            *self = Self::started(self.total, now);
        } else if self.running_since.is_some() {
            self.left = self.remaining(now);
            self.running_since = None;
        } else {
            self.running_since = Some(now);
        }
    }

    /// Whole seconds left, rounded up (shows 30 … 1, then 0).
    pub fn seconds_left(&self, now: Duration) -> u64 {
        let r = self.remaining(now);
        r.as_secs() + u64::from(r.subsec_nanos() > 0)
    }

    /// Fraction of time left, 1 → 0.
    pub fn fraction_left(&self, now: Duration) -> f32 {
        if self.total.is_zero() {
            return 0.0;
        }
        (self.remaining(now).as_secs_f32() / self.total.as_secs_f32()).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_restarts() {
        let s = Duration::from_secs;
        let mut c = Countdown::started(s(30), s(100));
        assert_eq!(c.seconds_left(s(100)), 30);
        assert_eq!(c.seconds_left(Duration::from_millis(110_500)), 20);
        c.toggle(s(110));
        assert!(!c.is_running());
        assert_eq!(c.seconds_left(s(500)), 20, "paused");
        c.toggle(s(500));
        assert_eq!(c.seconds_left(s(515)), 5);
        assert!(c.is_finished(s(600)));
        assert!((c.fraction_left(s(600))).abs() < f32::EPSILON);
        c.toggle(s(600));
        assert_eq!(c.seconds_left(s(600)), 30, "a finished countdown restarts");
    }
}
