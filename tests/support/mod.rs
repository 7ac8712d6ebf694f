//! Helpers shared by integration tests. Each test crate uses a different part of them.
#![allow(dead_code)]

pub mod corpus;
pub mod spans;
