//! Executable memory on Linux, the BSDs and x86-64 macOS: `mmap` and `mprotect`, so a page
//! is either writable or executable, never both (W^X). AArch64 also needs the instruction
//! cache made coherent with what was just written; x86-64 keeps them coherent itself.

use std::ptr::NonNull;

pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 { n as usize } else { 4096 }
}

/// Maps `len` (a multiple of the page size) fresh zeroed bytes, readable and writable.
pub fn map(len: usize) -> Option<NonNull<u8>> {
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no
    // existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANON,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    NonNull::new(p.cast())
}

/// # Safety
/// `ptr..ptr+len` is exactly one region returned by `map`, and nothing refers to it any more.
pub unsafe fn unmap(ptr: NonNull<u8>, len: usize) {
    // SAFETY: the caller hands over a whole mapping nobody uses.
    unsafe { libc::munmap(ptr.as_ptr().cast(), len) };
}

/// # Safety
/// The pages lie inside a region returned by `map`, and no code runs from them until
/// `make_executable`.
pub unsafe fn make_writable(ptr: NonNull<u8>, len: usize) -> bool {
    // SAFETY: the caller guarantees the range is ours and idle.
    unsafe { libc::mprotect(ptr.as_ptr().cast(), len, libc::PROT_READ | libc::PROT_WRITE) == 0 }
}

/// # Safety
/// The pages lie inside a region returned by `map`, and nothing writes them until
/// `make_writable`.
pub unsafe fn make_executable(ptr: NonNull<u8>, len: usize) -> bool {
    // SAFETY: the caller guarantees the range is ours; dropping write permission is what W^X
    // asks for.
    unsafe { libc::mprotect(ptr.as_ptr().cast(), len, libc::PROT_READ | libc::PROT_EXEC) == 0 }
}

/// Makes instruction fetches see the bytes just written to `ptr..ptr+len`.
#[cfg(not(target_arch = "aarch64"))]
pub fn flush_instruction_cache(_ptr: NonNull<u8>, _len: usize) {
    // x86-64 snoops stores into the instruction stream: nothing to do.
}

/// Makes instruction fetches see the bytes just written to `ptr..ptr+len`: clean every data
/// cache line to the point of unification, then invalidate every instruction cache line
/// (what `__builtin___clear_cache` does, without depending on libgcc or compiler-rt).
#[cfg(target_arch = "aarch64")]
pub fn flush_instruction_cache(ptr: NonNull<u8>, len: usize) {
    let start = ptr.as_ptr() as usize;
    let end = start + len;
    let ctr: u64;
    // SAFETY: CTR_EL0 is readable from user space on Linux (the kernel traps and emulates it
    // where the hardware does not allow it); reading it has no side effects.
    unsafe { core::arch::asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack)) };
    let dline = 4usize << ((ctr >> 16) & 0xf);
    let iline = 4usize << (ctr & 0xf);
    let mut a = start & !(dline - 1);
    while a < end {
        // SAFETY: cache maintenance by address on memory we mapped; it changes no data.
        unsafe { core::arch::asm!("dc cvau, {}", in(reg) a, options(nostack)) };
        a += dline;
    }
    // SAFETY: a barrier has no operands.
    unsafe { core::arch::asm!("dsb ish", options(nostack)) };
    let mut a = start & !(iline - 1);
    while a < end {
        // SAFETY: as above, for the instruction cache.
        unsafe { core::arch::asm!("ic ivau, {}", in(reg) a, options(nostack)) };
        a += iline;
    }
    // SAFETY: barriers have no operands.
    unsafe { core::arch::asm!("dsb ish", "isb", options(nostack)) };
}
