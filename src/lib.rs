//! ticket-guard: classify, prioritise, SLA-time, validate and mask customer-service tickets.
//!
//! The core (`mask`, `classify`, `sla`, `validate`) is plain Rust over `crate::json::Value`
//! inputs; `wasm.rs` is the only place that knows about JavaScript.
//!
//! The crate needs only `core` and `alloc`. The shipped `.wasm` is built with the `tiny` feature:
//! no std, a panic handler that only traps and a size-class allocator (`heap.rs`) instead of
//! dlmalloc, which drops std's panic machinery and ~5 KB of allocator from the binary.
//! Every other build (host tests, wasm-bindgen-test) links std as usual.

#![no_std]

extern crate alloc;
#[cfg(not(feature = "tiny"))]
extern crate std;

#[cfg(all(feature = "tiny", not(all(target_arch = "wasm32", not(target_feature = "atomics")))))]
compile_error!("the `tiny` feature is for single-threaded wasm32 only");

/// Nothing panics by design; should a bug panic anyway, trapping is what `panic = "abort"` does.
#[cfg(feature = "tiny")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// What std's prelude would bring; every module starts with `use crate::prelude::*`.
pub mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    /// Tests only: messages use `cat!`, which keeps core::fmt out of the `.wasm`.
    #[cfg(test)]
    pub use alloc::format;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
    pub use crate::FloatMath as _;
    pub(crate) use crate::text::cat;
}

/// The `f64` methods std adds to core, from libm (which is what std calls on wasm32 anyway).
/// With std linked, the inherent methods take precedence; under `tiny` these are the ones.
pub trait FloatMath {
    fn floor(self) -> Self;
    fn round(self) -> Self;
    fn fract(self) -> Self;
    fn ln(self) -> Self;
    fn exp(self) -> Self;
    fn powi(self, n: i32) -> Self;
}

impl FloatMath for f64 {
    fn floor(self) -> f64 {
        libm::floor(self)
    }
    fn round(self) -> f64 {
        libm::round(self)
    }
    fn fract(self) -> f64 {
        self - libm::trunc(self)
    }
    fn ln(self) -> f64 {
        libm::log(self)
    }
    fn exp(self) -> f64 {
        libm::exp(self)
    }
    fn powi(self, n: i32) -> f64 {
        libm::pow(self, f64::from(n))
    }
}

pub mod classify;
pub mod error;
pub mod guard;
pub mod heap;
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
