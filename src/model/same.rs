//! Shared values that props compare by identity. A digest, a text or a set of kept lines is
//! never changed in place: each new reading comes in a new allocation, so the same allocation
//! means the same value. `Rc`'s own `PartialEq` compares contents, and for a type that is not
//! `Eq` (a `Digest` holds `f64`s) it walks the whole value on every render, which for a long
//! report costs more than rendering the cards.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` compared by address.
pub struct Same<T: ?Sized>(Rc<T>);

impl<T: ?Sized> Same<T> {
    pub fn new(value: Rc<T>) -> Self {
        Self(value)
    }
}

impl<T: ?Sized> From<Rc<T>> for Same<T> {
    fn from(value: Rc<T>) -> Self {
        Self(value)
    }
}

impl<T: ?Sized> Clone for Same<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> Deref for Same<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Same<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Default> Default for Same<T> {
    fn default() -> Self {
        Self(Rc::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_when_the_same_allocation() {
        let one: Same<str> = Same::new(Rc::from("a digest"));
        let copy: Same<str> = Same::new(Rc::from("a digest"));
        assert!(one == one.clone());
        assert!(one != copy, "equal contents in another allocation are a new value");
        assert_eq!(&*one, "a digest");
    }
}
