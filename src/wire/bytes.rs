//! The byte layer: LEB128 numbers, length-prefixed text and lists, and a reader that answers
//! every short or malformed input with a [`WireError`] instead of a panic (the bytes come from
//! another module, possibly a stale cached one).

use thiserror::Error;

/// Why a message could not be read. `at` is the byte offset where reading went wrong, for a
/// bug report.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WireError {
    #[error("the message ends early (byte {at})")]
    Truncated { at: usize },
    #[error("a number at byte {at} is too large")]
    Overflow { at: usize },
    #[error("unknown {what} (tag {tag} at byte {at})")]
    Tag { what: &'static str, tag: u8, at: usize },
    #[error("text at byte {at} is not UTF-8")]
    Utf8 { at: usize },
    #[error("{what} at byte {at} is out of range")]
    Range { what: &'static str, at: usize },
    #[error("the message is in format {found}, this page reads format {expected}")]
    Version { found: u8, expected: u8 },
    #[error("{extra} bytes left over after the message")]
    Trailing { extra: usize },
}

/// A value that can cross between the engine's module and the page's.
pub(super) trait Wire: Sized {
    fn put(&self, out: &mut Writer);
    fn take(input: &mut Reader<'_>) -> Result<Self, WireError>;
}

pub(super) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Self {
        Self { bytes: Vec::with_capacity(capacity) }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn byte(&mut self, byte: u8) {
        self.bytes.push(byte);
    }

    /// Unsigned LEB128: the offsets and counts of an article are mostly one to three bytes.
    pub fn number(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }
}

pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    pub fn at(&self) -> usize {
        self.at
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    pub fn byte(&mut self) -> Result<u8, WireError> {
        let byte = *self.bytes.get(self.at).ok_or(WireError::Truncated { at: self.at })?;
        self.at += 1;
        Ok(byte)
    }

    pub fn number(&mut self) -> Result<u64, WireError> {
        let start = self.at;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            // The tenth byte may carry only the top bit of a u64.
            if shift == 63 && bits > 1 {
                return Err(WireError::Overflow { at: start });
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(WireError::Overflow { at: start })
    }

    pub fn raw(&mut self, len: usize) -> Result<&'a [u8], WireError> {
        let end = self.at.checked_add(len).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or(WireError::Truncated { at: self.at })?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    /// A length prefix, checked against what is left: every item takes at least one byte, so
    /// a garbled length fails here instead of reserving gigabytes.
    pub fn len(&mut self) -> Result<usize, WireError> {
        let at = self.at;
        let len = self.number()?;
        usize::try_from(len)
            .ok()
            .filter(|&len| len <= self.remaining())
            .ok_or(WireError::Truncated { at })
    }

    pub fn finish(self) -> Result<(), WireError> {
        match self.remaining() {
            0 => Ok(()),
            extra => Err(WireError::Trailing { extra }),
        }
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Writer) {
        out.byte(u8::from(*self));
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            tag => Err(WireError::Tag { what: "bool", tag, at }),
        }
    }
}

/// Unsigned numbers of every width travel as LEB128 and are checked against their width on the
/// way in (a wasm32 `usize` is 32 bits, a native one 64).
macro_rules! unsigned {
    ($($ty:ty),+) => {$(
        impl Wire for $ty {
            fn put(&self, out: &mut Writer) {
                out.number(*self as u64);
            }

            fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
                let at = input.at();
                <$ty>::try_from(input.number()?).map_err(|_| WireError::Overflow { at })
            }
        }
    )+};
}

unsigned!(u8, u16, u32, u64, usize);

/// Zigzag, so a small negative year stays short.
impl Wire for i32 {
    fn put(&self, out: &mut Writer) {
        out.number(u64::from(((*self << 1) ^ (*self >> 31)) as u32));
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        let zigzag = u32::try_from(input.number()?).map_err(|_| WireError::Overflow { at })?;
        Ok(((zigzag >> 1) as i32) ^ -((zigzag & 1) as i32))
    }
}

/// Bit for bit, so a figure's value comes back exactly.
impl Wire for f64 {
    fn put(&self, out: &mut Writer) {
        out.raw(&self.to_le_bytes());
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(input.raw(8)?);
        Ok(f64::from_le_bytes(bytes))
    }
}

impl Wire for String {
    fn put(&self, out: &mut Writer) {
        out.number(self.len() as u64);
        out.raw(self.as_bytes());
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let len = input.len()?;
        let at = input.at();
        let bytes = input.raw(len)?;
        std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| WireError::Utf8 { at })
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Writer) {
        match self {
            None => out.byte(0),
            Some(value) => {
                out.byte(1);
                value.put(out);
            }
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => Ok(None),
            1 => T::take(input).map(Some),
            tag => Err(WireError::Tag { what: "option", tag, at }),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Writer) {
        out.number(self.len() as u64);
        for item in self {
            item.put(out);
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let len = input.len()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::take(input)?);
        }
        Ok(items)
    }
}

impl<T: Wire, E: Wire> Wire for Result<T, E> {
    fn put(&self, out: &mut Writer) {
        match self {
            Ok(value) => {
                out.byte(0);
                value.put(out);
            }
            Err(error) => {
                out.byte(1);
                error.put(out);
            }
        }
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = input.at();
        match input.byte()? {
            0 => T::take(input).map(Ok),
            1 => E::take(input).map(Err),
            tag => Err(WireError::Tag { what: "result", tag, at }),
        }
    }
}

impl Wire for std::ops::Range<usize> {
    fn put(&self, out: &mut Writer) {
        let std::ops::Range { start, end } = self;
        start.put(out);
        end.put(out);
    }

    fn take(input: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(std::ops::Range { start: Wire::take(input)?, end: Wire::take(input)? })
    }
}

/// A fieldless enum as one byte. Encoding matches every variant, so a new variant breaks the
/// build until it has a tag here; decoding is generated from the same list.
macro_rules! wire_enum {
    ($ty:ident { $($variant:ident = $tag:literal),+ $(,)? }) => {
        impl $crate::wire::bytes::Wire for $ty {
            fn put(&self, out: &mut $crate::wire::bytes::Writer) {
                out.byte(match self {
                    $($ty::$variant => $tag,)+
                });
            }

            fn take(
                input: &mut $crate::wire::bytes::Reader<'_>,
            ) -> Result<Self, $crate::wire::bytes::WireError> {
                let at = input.at();
                match input.byte()? {
                    $($tag => Ok($ty::$variant),)+
                    tag => Err($crate::wire::bytes::WireError::Tag {
                        what: stringify!($ty),
                        tag,
                        at,
                    }),
                }
            }
        }
    };
}

pub(super) use wire_enum;

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Wire + PartialEq + std::fmt::Debug>(value: T) {
        let mut out = Writer::with_capacity(0);
        value.put(&mut out);
        let bytes = out.into_bytes();
        let mut input = Reader::new(&bytes);
        assert_eq!(T::take(&mut input).as_ref(), Ok(&value));
        assert_eq!(input.finish(), Ok(()));
    }

    #[test]
    fn numbers_of_every_width_come_back() {
        for value in [0, 1, 127, 128, 300, 16_383, 16_384, u64::from(u32::MAX), u64::MAX] {
            round_trip(value);
        }
        for value in [0, 1, -1, 63, -64, 2009, -2009, i32::MIN, i32::MAX] {
            round_trip(value);
        }
        for value in [0.0, -0.5, 17_300_000.0, f64::MAX, f64::MIN_POSITIVE] {
            round_trip(value);
        }
        round_trip(usize::MAX);
        round_trip(String::from("naïve — “quoted”"));
        round_trip(vec![Some(3u16), None]);
        round_trip::<Result<u8, String>>(Err("no".into()));
    }

    #[test]
    fn a_number_too_wide_for_its_type_is_refused() {
        let mut out = Writer::with_capacity(0);
        out.number(256);
        let bytes = out.into_bytes();
        assert_eq!(u8::take(&mut Reader::new(&bytes)), Err(WireError::Overflow { at: 0 }));
        // Eleven continuation bytes: longer than any u64.
        let long = [0xff; 11];
        assert_eq!(Reader::new(&long).number(), Err(WireError::Overflow { at: 0 }));
        let mut top = [0xff; 10];
        top[9] = 0x02;
        assert_eq!(Reader::new(&top).number(), Err(WireError::Overflow { at: 0 }));
    }

    #[test]
    fn a_huge_length_is_refused_before_anything_is_reserved() {
        let mut out = Writer::with_capacity(0);
        out.number(u64::MAX);
        let bytes = out.into_bytes();
        assert_eq!(Vec::<u8>::take(&mut Reader::new(&bytes)), Err(WireError::Truncated { at: 0 }));
        assert_eq!(String::take(&mut Reader::new(&bytes)), Err(WireError::Truncated { at: 0 }));
    }

    #[test]
    fn text_that_is_not_utf8_is_refused() {
        let bytes = [2, 0xc3, 0x28];
        assert_eq!(String::take(&mut Reader::new(&bytes)), Err(WireError::Utf8 { at: 1 }));
    }
}
