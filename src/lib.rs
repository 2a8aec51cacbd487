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
    pub(crate) use crate::json::key;
}

/// The `f64` methods std adds to core: floor/round/trunc from libm (which is what std calls on
/// wasm32 anyway), `ln`/`exp` below. With std linked, the inherent methods take precedence;
/// under `tiny` these are the ones.
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
        ln(self)
    }
    fn exp(self) -> f64 {
        exp(self)
    }
    fn powi(self, n: i32) -> f64 {
        libm::pow(self, f64::from(n))
    }
}

/// ln x = e·ln2 + ln m for m = x / 2^e in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its
/// series (13 terms, truncation below 1e-20). `ln` and `exp` serve only the confidence curve and
/// the naive-Bayes model: these two loops are a fraction of libm's table-driven versions.
pub fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 || x == f64::INFINITY {
        return if x == 0.0 { f64::NEG_INFINITY } else { x };
    }
    let (x, mut e) = if x < f64::MIN_POSITIVE { (x * pow2(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    e += ((bits >> 52) & 0x7FF) as i32 - 1023;
    let mut m = f64::from_bits((bits & ((1 << 52) - 1)) | (1023 << 52));
    if m > core::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let t = (m - 1.0) / (m + 1.0);
    let (t2, mut term, mut sum) = (t * t, t, 0.0);
    for k in 0..13 {
        sum += term / f64::from(2 * k + 1);
        term *= t2;
    }
    f64::from(e) * core::f64::consts::LN_2 + 2.0 * sum
}

/// e^x = 2^k·e^r, |r| ≤ ln2/2, e^r by its Taylor series (15 terms, error below 1e-18).
pub fn exp(x: f64) -> f64 {
    if x.is_nan() || x > 709.8 {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x < -745.2 {
        return 0.0;
    }
    let k = libm::round(x * core::f64::consts::LOG2_E);
    // ln 2 in two parts, so that k·ln2 is exact enough for the largest k.
    let r = x - k * 6.931_471_803_691_238e-1 - k * 1.908_214_929_270_587_7e-10;
    let (mut term, mut sum) = (1.0, 1.0);
    for n in 1..15 {
        term *= r / f64::from(n);
        sum += term;
    }
    // 2^k in two halves: each stays a normal number down to the subnormal results.
    let k = k as i32;
    sum * pow2(k / 2) * pow2(k - k / 2)
}

/// 2^k for k in the normal exponent range, from its bits.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

pub mod classify;
pub mod error;
pub mod guard;
pub mod heap;
pub mod json;
pub mod level;
pub mod locale;
pub mod mask;
pub mod pack;
#[cfg(any(feature = "tiny", test))]
mod squeeze;
pub mod review;
pub mod sla;
pub mod text;
pub mod time;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(test)]
mod tests {
    /// Against std's (correctly rounded in practice) functions: a few ulps at most.
    #[test]
    fn ln_and_exp_match_std() {
        let close = |a: f64, b: f64| a == b || (a - b).abs() <= 4.0 * f64::EPSILON * b.abs().max(f64::MIN_POSITIVE);
        let mut x = 1e-300;
        while x < 1e300 {
            for y in [x, x * 1.37, x * 2.99] {
                assert!(close(super::ln(y), y.ln()), "ln {y}: {} vs {}", super::ln(y), y.ln());
            }
            x *= 7.3;
        }
        for y in [1.0, 2.0, 0.5, 1.0 + 1e-12, 1.0 - 1e-12, 5e-324, f64::MAX] {
            assert!(close(super::ln(y), y.ln()), "ln {y}");
        }
        let mut x = -740.0;
        while x < 709.0 {
            for y in [x, x + 0.123, -x / 1000.0] {
                assert!(close(super::exp(y), y.exp()), "exp {y}: {} vs {}", super::exp(y), y.exp());
            }
            x += 0.917;
        }
        assert_eq!((super::exp(0.0), super::exp(-800.0), super::exp(800.0)), (1.0, 0.0, f64::INFINITY));
        assert!(super::ln(-1.0).is_nan() && super::exp(f64::NAN).is_nan());
        assert_eq!(super::ln(0.0), f64::NEG_INFINITY);
    }
}
