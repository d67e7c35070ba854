//! The values of the ordered classes: months, weekdays and number words.

use super::Class;

/// The month a name or abbreviation stands for (1 to 12), and whether it is abbreviated:
/// `March`, `march` (3, false), `Sept` (9, true). An abbreviation stands for the month whose
/// name starts with it.
pub(crate) fn month_number(w: &str) -> Option<(u32, bool)> {
    if let Some(n) = Class::Month.position(w) {
        return Some((n as u32 + 1, false));
    }
    if !Class::MonthAbbreviation.has(w) {
        return None;
    }
    let n = Class::Month.words().iter().position(|m| m.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))?;
    Some((n as u32 + 1, true))
}

/// The ISO weekday (1 for Monday to 7) of a weekday name, ignoring ASCII case.
pub(crate) fn weekday_number(w: &str) -> Option<u32> {
    Class::Weekday.position(w).map(|n| n as u32 + 1)
}

/// The value of a number word below a hundred (`seven`, `forty`), ignoring ASCII case.
pub(crate) fn number_value(w: &str) -> Option<f64> {
    if let Some(n) = Class::NumberUnderTwenty.position(w) {
        return Some(n as f64);
    }
    Class::Tens.position(w).map(|n| (n as f64 + 2.0) * 10.0)
}

/// The value of a scale word (`hundred`, `thousand`, `million`, `billion`, `trillion`), ignoring ASCII case.
pub(crate) fn scale_value(w: &str) -> Option<f64> {
    // In the order of `scales.txt`.
    const VALUES: [f64; 5] = [1e2, 1e3, 1e6, 1e9, 1e12];
    Class::Scale.position(w).and_then(|n| VALUES.get(n).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert_eq!(month_number("March"), Some((3, false)));
        assert_eq!(month_number("sept"), Some((9, true)));
        assert_eq!(month_number("Jun"), Some((6, true)));
        assert_eq!(month_number("Ju"), None);
        assert_eq!(weekday_number("Sunday"), Some(7));
        assert_eq!(number_value("forty"), Some(40.0));
        assert_eq!(number_value("Nineteen"), Some(19.0));
        assert_eq!(scale_value("billion"), Some(1e9));
        assert_eq!(Class::Scale.words().len(), 5);
    }
}
