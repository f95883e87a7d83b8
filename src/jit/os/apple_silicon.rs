//! Executable memory on Apple Silicon macOS. The hardened runtime only allows JIT code in
//! `MAP_JIT` regions, which are mapped read-write-execute once; W^X is then enforced per
//! thread: `pthread_jit_write_protect_np(0)` makes every `MAP_JIT` page writable and not
//! executable for the calling thread, `(1)` the reverse. The instruction cache is not
//! coherent with stores, so `sys_icache_invalidate` runs after every write.

use std::ffi::c_void;
use std::ptr::NonNull;

unsafe extern "C" {
    fn pthread_jit_write_protect_np(enabled: libc::c_int);
    fn sys_icache_invalidate(start: *mut c_void, len: libc::size_t);
}

pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 { n as usize } else { 16384 }
}

/// Maps `len` (a multiple of the page size) fresh zeroed bytes, writable by this thread.
pub fn map(len: usize) -> Option<NonNull<u8>> {
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no
    // existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
            libc::MAP_PRIVATE | libc::MAP_ANON | libc::MAP_JIT,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    // SAFETY: switching this thread's view of MAP_JIT pages to writable has no other effect.
    unsafe { pthread_jit_write_protect_np(0) };
    NonNull::new(p.cast())
}

/// # Safety
/// `ptr..ptr+len` is exactly one region returned by `map`, and nothing refers to it any more.
pub unsafe fn unmap(ptr: NonNull<u8>, len: usize) {
    // SAFETY: the caller hands over a whole mapping nobody uses.
    unsafe { libc::munmap(ptr.as_ptr().cast(), len) };
}

/// # Safety
/// No code runs from any `MAP_JIT` page on this thread until `make_executable`.
pub unsafe fn make_writable(_ptr: NonNull<u8>, _len: usize) -> bool {
    // SAFETY: the caller guarantees this thread executes no JIT code meanwhile.
    unsafe { pthread_jit_write_protect_np(0) };
    true
}

/// # Safety
/// The range lies inside a region returned by `map`.
pub unsafe fn make_executable(_ptr: NonNull<u8>, _len: usize) -> bool {
    // SAFETY: write-protecting this thread's view of the JIT pages is always allowed.
    unsafe { pthread_jit_write_protect_np(1) };
    true
}

/// Makes instruction fetches see the bytes just written to `ptr..ptr+len`.
pub fn flush_instruction_cache(ptr: NonNull<u8>, len: usize) {
    // SAFETY: the range is memory we mapped; invalidation changes no data.
    unsafe { sys_icache_invalidate(ptr.as_ptr().cast(), len) };
}
