//! ticket-guard: classify, prioritise, SLA-time, validate and mask customer-service tickets.
//!
//! The core (`mask`, `classify`, `sla`, `validate`) is plain Rust over `crate::json::Value`
//! inputs; `wasm.rs` is the only place that knows about JavaScript.

pub mod classify;
pub mod error;
pub mod guard;
pub mod json;
pub mod level;
pub mod locale;
pub mod mask;
pub mod review;
pub mod sla;
pub mod text;
pub mod time;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
