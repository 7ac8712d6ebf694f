//! What every stage reads text with: byte spans, ASCII and lower-case helpers, the calendar,
//! number words, the windows a very long sentence is read in, and the shared hash set.

pub(crate) mod ascii;
pub(crate) mod calendar;
pub(crate) mod fasthash;
pub(crate) mod lowered;
pub(crate) mod number_words;
pub(crate) mod span;
pub(crate) mod tokens;
pub(crate) mod window;
