//! Calendar dates for the `created` / `modified` fields, without a date-time dependency.

use std::time::{SystemTime, UNIX_EPOCH};

/// `YYYY-MM-DD` (UTC) of a moment given in seconds since 1970-01-01.
pub fn iso_date(unix_seconds: i64) -> String {
    let (y, m, d) = civil_from_days(unix_seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today's date where the user is (local time zone; UTC if the OS does not say).
pub fn today() -> String {
    let now = jiff::ZonedDateTime::now();
    now.date().strftime("%Y-%m-%d").to_string()
}

/// The local time of day as `HH:MM`, for the presenter console's clock.
pub fn local_time() -> String {
    jiff::ZonedDateTime::now()
        .time()
        .strftime("%H:%M")
        .to_string()
}

/// Today's date in UTC, for callers that need it without the time zone.
pub fn today_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    iso_date(secs)
}

/// Howard Hinnant's `civil_from_days`: proleptic Gregorian date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both values are within their documented small ranges, so the casts are lossless.
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_795_737_600), "2026-11-27");
        assert_eq!(iso_date(-86_400), "1969-12-31");
    }

    #[test]
    fn local_date_is_today_or_a_day_off_utc() {
        let (local, utc) = (today(), today_utc());
        assert!(local.len() == 10 && local.as_bytes()[4] == b'-', "{local}");
        let day = |s: &str| s[8..10].parse::<i32>().unwrap();
        assert!(
            (day(&local) - day(&utc)).abs() <= 1 || day(&local) == 1 || day(&utc) == 1,
            "{local} vs {utc}"
        );
        let time = local_time();
        let (h, m) = time.split_once(':').unwrap();
        assert!(
            h.parse::<u8>().unwrap() < 24 && m.parse::<u8>().unwrap() < 60,
            "{time}"
        );
    }
}
