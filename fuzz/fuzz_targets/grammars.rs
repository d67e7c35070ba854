//! The time and amount grammars alone, on arbitrary text, with and without a
//! reference date (a leap day, to reach the calendar's edges): never panics,
//! spans valid, every time value a TIMEX3 value, every amount finite.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsbrief_parser::{Date, internals};
use newsbrief_tests::{amounts_hold, times_hold};

fuzz_target!(|text: &str| {
    for reference in [None, Date::parse_iso("2024-02-29")] {
        times_hold(text, &internals::times(text, reference)).unwrap();
    }
    amounts_hold(text, &internals::amounts(text)).unwrap();
});
