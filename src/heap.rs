//! The allocator of the shipped `.wasm` (feature `tiny`): power-of-two size classes, one free
//! list per class, fresh blocks cut from pages that `memory.grow` adds. Blocks are never split
//! or merged, so every operation is O(1) and the code is a few hundred bytes where dlmalloc is
//! ~5 KB. The price is up to 2× internal waste on a block, which a ticket module can afford;
//! linear memory stays flat across repeated calls because each call frees what it took and the
//! next one finds the same classes on their free lists.

use core::alloc::Layout;

/// Every block is aligned to this; stricter alignments are refused (nothing here needs one).
const ALIGN: usize = 16;
const MIN_CLASS: u32 = ALIGN.trailing_zeros();
const CLASSES: usize = usize::BITS as usize;
const PAGE: usize = 65536;

/// The heap's state. `grow(pages)` adds pages to the memory and returns the address of the
/// first new byte (wasm's `memory.grow`), or `None` when the memory cannot grow.
pub struct Heap {
    free: [usize; CLASSES],
    next: usize,
    end: usize,
    /// Pages this heap has added so far.
    pages: usize,
    grow: fn(usize) -> Option<usize>,
}

/// The size class of a request: the power of two that holds it, at least [`ALIGN`].
fn class(layout: Layout) -> Option<u32> {
    if layout.align() > ALIGN {
        return None;
    }
    let size = layout.size().max(ALIGN);
    let c = usize::BITS - (size - 1).leading_zeros();
    (c < usize::BITS).then_some(c.max(MIN_CLASS))
}

impl Heap {
    pub const fn new(grow: fn(usize) -> Option<usize>) -> Heap {
        Heap { free: [0; CLASSES], next: 0, end: 0, pages: 0, grow }
    }

    /// A block for `layout`, or null when the memory is exhausted.
    ///
    /// # Safety
    /// Memory handed out earlier and given back through [`Heap::dealloc`] must not be used by
    /// the caller anymore (the free list lives inside freed blocks).
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        match class(layout) {
            Some(c) => unsafe { self.take(c) },
            None => core::ptr::null_mut(),
        }
    }

    unsafe fn take(&mut self, c: u32) -> *mut u8 {
        let head = self.free[c as usize];
        if head != 0 {
            // SAFETY: `head` is a freed block of this class; its first word holds the next one.
            self.free[c as usize] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << c;
        if self.end - self.next < size {
            // An eighth of what the heap holds at least: a batch of many MB then grows the
            // memory a few dozen times instead of hundreds, and each `memory.grow` may move the
            // buffer (a first review of 100,000 tickets took 9 s in Node instead of 2.5 s).
            let pages = size.div_ceil(PAGE).max(16).max(self.pages / 8);
            let Some(base) = (self.grow)(pages) else { return core::ptr::null_mut() };
            self.pages += pages;
            // Contiguous with what is left: keep it; otherwise the remainder is abandoned.
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
        }
        let block = self.next;
        self.next += size;
        block as *mut u8
    }

    /// # Safety
    /// `ptr` came from this heap's `alloc`/`realloc` with the same `layout`, and is not used again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        if let Some(c) = class(layout) {
            // SAFETY: the block is at least ALIGN bytes and ALIGN-aligned, so it holds the link.
            unsafe { *(ptr as *mut usize) = self.free[c as usize] };
            self.free[c as usize] = ptr as usize;
        }
    }

    /// Grows or shrinks in place when the class stays the same (a `Vec` doubling within its
    /// block, or any shrink that stays above half), else moves to a block of the new class.
    ///
    /// # Safety
    /// As for [`Heap::dealloc`]; `new_size` rounded up to `layout.align()` must not overflow.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else { return core::ptr::null_mut() };
        let (Some(old_c), Some(new_c)) = (class(layout), class(new)) else { return core::ptr::null_mut() };
        if old_c == new_c {
            return ptr;
        }
        let to = unsafe { self.take(new_c) };
        if !to.is_null() {
            // SAFETY: distinct blocks, both at least min(old, new) bytes long.
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        to
    }
}

#[cfg(feature = "tiny")]
mod wasm {
    use super::{Heap, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    fn grow(pages: usize) -> Option<usize> {
        match core::arch::wasm32::memory_grow(0, pages) {
            usize::MAX => None,
            old => Some(old * PAGE),
        }
    }

    struct Global(UnsafeCell<Heap>);

    #[global_allocator]
    static ALLOC: Global = Global(UnsafeCell::new(Heap::new(grow)));

    // SAFETY: `tiny` only compiles for wasm32 without atomics (see lib.rs): one thread, and the
    // heap is never re-entered (nothing here allocates).
    unsafe impl Sync for Global {}

    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            unsafe { (*self.0.get()).alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { (*self.0.get()).dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use std::sync::Mutex;

    // A fake linear memory: 2 GiB of address space is not needed, a reserved arena is.
    const ARENA_PAGES: usize = 512;
    static ARENA: Mutex<(usize, usize)> = Mutex::new((0, 0)); // (base, pages used)

    fn grow(pages: usize) -> Option<usize> {
        let mut a = ARENA.lock().ok()?;
        if a.0 == 0 {
            let mem: &'static mut [u8] = Vec::leak(vec![0u8; ARENA_PAGES * PAGE + ALIGN]);
            a.0 = (mem.as_mut_ptr() as usize).next_multiple_of(ALIGN);
        }
        if a.1 + pages > ARENA_PAGES {
            return None;
        }
        let at = a.0 + a.1 * PAGE;
        a.1 += pages;
        Some(at)
    }

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 8).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Random allocs, frees and reallocs: live blocks never overlap, keep their contents, are
    /// aligned; freed blocks are reused (the arena is far smaller than the total allocated).
    #[test]
    fn blocks_are_disjoint_aligned_and_reused() {
        let mut heap = Heap::new(grow);
        let mut live: Vec<(*mut u8, usize, u8)> = Vec::new();
        let mut seed = 0x9E37_79B9u32;
        let mut rand = move |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % n
        };
        let mut total = 0usize;
        for step in 0..200_000u32 {
            let op = rand(10);
            if op < 4 || live.is_empty() {
                let size = match rand(100) {
                    0 => 1 + rand(300_000) as usize,
                    1..=10 => 1 + rand(5_000) as usize,
                    _ => 1 + rand(200) as usize,
                };
                let p = unsafe { heap.alloc(layout(size)) };
                assert!(!p.is_null() && p as usize % ALIGN == 0, "step {step}");
                let tag = (step % 251) as u8;
                unsafe { core::ptr::write_bytes(p, tag, size) };
                live.push((p, size, tag));
                total += size;
            } else if op < 8 {
                let (p, size, tag) = live.swap_remove(rand(live.len() as u32) as usize);
                assert!(unsafe { core::slice::from_raw_parts(p, size) }.iter().all(|&b| b == tag), "step {step}");
                unsafe { heap.dealloc(p, layout(size)) };
            } else {
                let i = rand(live.len() as u32) as usize;
                let (p, size, tag) = live[i];
                let new_size = 1 + rand(2 * size as u32 + 64) as usize;
                let q = unsafe { heap.realloc(p, layout(size), new_size) };
                assert!(!q.is_null(), "step {step}");
                let kept = size.min(new_size);
                assert!(unsafe { core::slice::from_raw_parts(q, kept) }.iter().all(|&b| b == tag), "step {step}");
                unsafe { core::ptr::write_bytes(q, tag, new_size) };
                live[i] = (q, new_size, tag);
            }
            if step % 5_000 == 0 {
                let mut spans: Vec<(usize, usize)> = live.iter().map(|&(p, s, _)| (p as usize, p as usize + s)).collect();
                spans.sort();
                assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "overlap at step {step}");
            }
        }
        assert!(total > ARENA_PAGES * PAGE, "the test must allocate more than the arena holds");
        assert!(unsafe { heap.alloc(Layout::from_size_align(64, 64).unwrap_or_else(|e| panic!("{e}"))) }.is_null());
    }
}
