//! Executable memory on Windows: `VirtualAlloc` and `VirtualProtect`, so a page is either
//! writable or executable, never both (W^X), and `FlushInstructionCache` after every write
//! (required on AArch64, and the documented contract on x86-64 too). The few kernel32
//! functions are declared here rather than pulling in a bindings crate.

use std::ffi::c_void;
use std::ptr::NonNull;

const MEM_COMMIT: u32 = 0x1000;
const MEM_RESERVE: u32 = 0x2000;
const MEM_RELEASE: u32 = 0x8000;
const PAGE_READWRITE: u32 = 0x04;
const PAGE_EXECUTE_READ: u32 = 0x20;

#[repr(C)]
struct SystemInfo {
    processor_architecture: u16,
    reserved: u16,
    page_size: u32,
    minimum_application_address: *mut c_void,
    maximum_application_address: *mut c_void,
    active_processor_mask: usize,
    number_of_processors: u32,
    processor_type: u32,
    allocation_granularity: u32,
    processor_level: u16,
    processor_revision: u16,
}

#[link(name = "kernel32")]
unsafe extern "system" {
    fn VirtualAlloc(addr: *mut c_void, size: usize, kind: u32, protect: u32) -> *mut c_void;
    fn VirtualFree(addr: *mut c_void, size: usize, kind: u32) -> i32;
    fn VirtualProtect(addr: *mut c_void, size: usize, protect: u32, old: *mut u32) -> i32;
    fn FlushInstructionCache(process: *mut c_void, addr: *const c_void, size: usize) -> i32;
    fn GetCurrentProcess() -> *mut c_void;
    fn GetSystemInfo(info: *mut SystemInfo);
}

pub fn page_size() -> usize {
    let mut info = std::mem::MaybeUninit::<SystemInfo>::zeroed();
    // SAFETY: GetSystemInfo fills the struct it is given and cannot fail.
    let info = unsafe {
        GetSystemInfo(info.as_mut_ptr());
        info.assume_init()
    };
    if info.page_size > 0 {
        info.page_size as usize
    } else {
        4096
    }
}

/// Maps `len` (a multiple of the page size) fresh zeroed bytes, readable and writable.
pub fn map(len: usize) -> Option<NonNull<u8>> {
    // SAFETY: reserving and committing fresh pages at an address of the system's choosing
    // touches no existing memory.
    let p = unsafe {
        VirtualAlloc(
            std::ptr::null_mut(),
            len,
            MEM_RESERVE | MEM_COMMIT,
            PAGE_READWRITE,
        )
    };
    NonNull::new(p.cast())
}

/// # Safety
/// `ptr` is the start of a region returned by `map`, and nothing refers to it any more.
pub unsafe fn unmap(ptr: NonNull<u8>, _len: usize) {
    // SAFETY: MEM_RELEASE with size 0 frees the whole allocation the caller hands over.
    unsafe { VirtualFree(ptr.as_ptr().cast(), 0, MEM_RELEASE) };
}

/// # Safety
/// The pages lie inside a region returned by `map`, and no code runs from them until
/// `make_executable`.
pub unsafe fn make_writable(ptr: NonNull<u8>, len: usize) -> bool {
    let mut old = 0u32;
    // SAFETY: the caller guarantees the range is ours and idle.
    unsafe { VirtualProtect(ptr.as_ptr().cast(), len, PAGE_READWRITE, &mut old) != 0 }
}

/// # Safety
/// The pages lie inside a region returned by `map`, and nothing writes them until
/// `make_writable`.
pub unsafe fn make_executable(ptr: NonNull<u8>, len: usize) -> bool {
    let mut old = 0u32;
    // SAFETY: the caller guarantees the range is ours; dropping write permission is what W^X
    // asks for.
    unsafe { VirtualProtect(ptr.as_ptr().cast(), len, PAGE_EXECUTE_READ, &mut old) != 0 }
}

/// Makes instruction fetches see the bytes just written to `ptr..ptr+len`.
pub fn flush_instruction_cache(ptr: NonNull<u8>, len: usize) {
    // SAFETY: flushing a range of our own process has no effect on data.
    unsafe { FlushInstructionCache(GetCurrentProcess(), ptr.as_ptr().cast(), len) };
}
