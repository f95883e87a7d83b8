//! Executable memory for JIT code: an arena of page chunks shared by every compiled trace.
//!
//! Chunks are mapped from the OS (`os`), kept executable and read-only at rest, and flipped
//! to writable only while a block is written (W^X: never writable and executable at once).
//! Blocks are carved out of chunks with a first-fit free list whose neighbours coalesce, so
//! freed code is reused instead of mapping more. The arena never maps past its byte cap:
//! past it `allocate` answers `None` and the program runs on in the lower tiers.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::rc::Rc;

use super::os;

/// Every block starts and ends on this boundary (the largest alignment a stencil's code or
/// data asks for).
pub const BLOCK_ALIGN: usize = 16;

/// Bytes mapped at a time, so that many traces share pages and one rarely spans two chunks.
const CHUNK_BYTES: usize = 64 * 1024;

/// A shared handle on the arena. Blocks hold one too, so a block can give its bytes back
/// when it is dropped, whoever holds the arena.
#[derive(Clone)]
pub struct CodeArena {
    state: Rc<RefCell<ArenaState>>,
}

struct ArenaState {
    max_bytes: usize,
    page: usize,
    /// Chunk start address → mapping.
    chunks: BTreeMap<usize, Mapping>,
    /// Free range start → length; never two adjacent ranges of the same chunk.
    free: BTreeMap<usize, usize>,
    mapped: usize,
    live: usize,
}

/// One OS mapping, unmapped when dropped.
struct Mapping {
    ptr: NonNull<u8>,
    len: usize,
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: `ptr..ptr+len` is a whole mapping from `os::map`; the arena drops a chunk
        // only when it is dropped itself, which happens after the last block (each holds the
        // arena) is gone, so nothing runs from or refers to these pages.
        unsafe { os::unmap(self.ptr, self.len) };
    }
}

/// A live range of the arena: the code of one trace. Its bytes go back to the arena's free
/// list when it is dropped.
pub struct CodeBlock {
    arena: CodeArena,
    addr: usize,
    len: usize,
}

/// The OS refused to change the protection of JIT pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtectError;

impl std::fmt::Display for ProtectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the OS refused to change the protection of JIT code pages")
    }
}

impl CodeArena {
    /// An empty arena that will never map more than `max_bytes` (rounded down to pages).
    pub fn new(max_bytes: usize) -> CodeArena {
        CodeArena {
            state: Rc::new(RefCell::new(ArenaState {
                max_bytes,
                page: os::page_size(),
                chunks: BTreeMap::new(),
                free: BTreeMap::new(),
                mapped: 0,
                live: 0,
            })),
        }
    }

    /// `len` bytes (rounded up to `BLOCK_ALIGN`) of executable memory, or `None` when they
    /// would take the arena past its cap or the OS has no memory to give.
    pub fn allocate(&self, len: usize) -> Option<CodeBlock> {
        let len = len.max(1).checked_next_multiple_of(BLOCK_ALIGN)?;
        let addr = self.state.borrow_mut().take(len)?;
        Some(CodeBlock {
            arena: self.clone(),
            addr,
            len,
        })
    }

    /// Bytes mapped from the OS (live code, free ranges, and the rest of partly used chunks).
    pub fn mapped_bytes(&self) -> usize {
        self.state.borrow().mapped
    }

    /// Bytes currently allocated to live blocks.
    pub fn code_bytes(&self) -> usize {
        self.state.borrow().live
    }

    pub fn max_bytes(&self) -> usize {
        self.state.borrow().max_bytes
    }
}

impl ArenaState {
    fn take(&mut self, len: usize) -> Option<usize> {
        let found = self
            .free
            .iter()
            .find(|&(_, &flen)| flen >= len)
            .map(|(&a, &l)| (a, l));
        let (start, flen) = match found {
            Some(r) => r,
            None => self.map_chunk(len)?,
        };
        self.free.remove(&start);
        if flen > len {
            self.free.insert(start + len, flen - len);
        }
        self.live += len;
        Some(start)
    }

    /// Maps a chunk big enough for `len` (a whole `CHUNK_BYTES` when the cap allows, else
    /// just the pages `len` needs), puts it on the free list and returns it.
    fn map_chunk(&mut self, len: usize) -> Option<(usize, usize)> {
        let need = len.checked_next_multiple_of(self.page)?;
        let room = self.max_bytes.saturating_sub(self.mapped) / self.page * self.page;
        let size = need.max(CHUNK_BYTES.next_multiple_of(self.page)).min(room);
        if size < need {
            return None;
        }
        let ptr = os::map(size)?;
        // SAFETY: the whole fresh mapping is ours and nothing runs from it yet; at rest every
        // chunk is executable and read-only.
        if !unsafe { os::make_executable(ptr, size) } {
            drop(Mapping { ptr, len: size });
            return None;
        }
        let start = ptr.as_ptr() as usize;
        self.chunks.insert(start, Mapping { ptr, len: size });
        self.mapped += size;
        self.free.insert(start, size);
        Some((start, size))
    }

    fn give_back(&mut self, mut start: usize, mut len: usize) {
        self.live -= len;
        // Coalesce with the following range unless it starts a different chunk.
        if !self.chunks.contains_key(&(start + len))
            && let Some(next) = self.free.remove(&(start + len))
        {
            len += next;
        }
        // And with the preceding range, unless this range starts a chunk.
        if !self.chunks.contains_key(&start)
            && let Some((&pstart, &plen)) = self.free.range(..start).next_back()
            && pstart + plen == start
        {
            self.free.remove(&pstart);
            start = pstart;
            len += plen;
        }
        self.free.insert(start, len);
    }

    /// Copies `bytes` to `addr`, flipping the pages they touch to writable and back.
    fn write(&self, addr: usize, bytes: &[u8]) -> Result<(), ProtectError> {
        if bytes.is_empty() {
            return Ok(());
        }
        let first = addr & !(self.page - 1);
        let end = (addr + bytes.len()).next_multiple_of(self.page);
        let pages = NonNull::new(first as *mut u8).ok_or(ProtectError)?;
        // SAFETY: the pages lie in one of our chunks (blocks never span chunks). Other blocks
        // may share them, so their code must not run meanwhile: the VM compiles and runs
        // traces on one thread, and compiling is not running.
        if !unsafe { os::make_writable(pages, end - first) } {
            return Err(ProtectError);
        }
        // SAFETY: `addr..addr+len` is a live block of this arena (so inside a mapping), now
        // writable, and `bytes` is ordinary memory that cannot overlap it.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), addr as *mut u8, bytes.len()) };
        // SAFETY: as above; this restores the pages' state at rest.
        let ok = unsafe { os::make_executable(pages, end - first) };
        let code = NonNull::new(addr as *mut u8).ok_or(ProtectError)?;
        os::flush_instruction_cache(code, bytes.len());
        if ok { Ok(()) } else { Err(ProtectError) }
    }
}

impl CodeBlock {
    pub fn addr(&self) -> usize {
        self.addr
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The block's bytes as they are now (for dumps, disassembly and tests).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the block is live, inside a mapping that stays mapped while the arena (held
        // by the block) lives, and readable in both its states; it is only written through
        // `write`, which takes `&mut self`, so no write overlaps this borrow.
        unsafe { std::slice::from_raw_parts(self.addr as *const u8, self.len) }
    }

    /// Writes `bytes` at the start of the block; it is executable again when this returns.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), ProtectError> {
        assert!(
            bytes.len() <= self.len,
            "write past the end of a code block"
        );
        self.arena.state.borrow().write(self.addr, bytes)
    }
}

impl Drop for CodeBlock {
    fn drop(&mut self) {
        self.arena.state.borrow_mut().give_back(self.addr, self.len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_aligned_and_disjoint() {
        let arena = CodeArena::new(1 << 20);
        let a = arena.allocate(10).unwrap();
        let b = arena.allocate(100).unwrap();
        assert_eq!(a.len(), 16);
        assert_eq!(b.len(), 112);
        assert_eq!(a.addr() % BLOCK_ALIGN, 0);
        assert!(a.addr() + a.len() <= b.addr() || b.addr() + b.len() <= a.addr());
        assert_eq!(arena.code_bytes(), 128);
        assert_eq!(
            arena.mapped_bytes(),
            CHUNK_BYTES.next_multiple_of(os::page_size())
        );
    }

    #[test]
    fn write_then_read_back() {
        let arena = CodeArena::new(1 << 20);
        let mut a = arena.allocate(64).unwrap();
        let bytes: Vec<u8> = (0..64).collect();
        a.write(&bytes).unwrap();
        assert_eq!(a.bytes(), &bytes[..]);
        // A neighbour's write leaves it alone.
        let mut b = arena.allocate(32).unwrap();
        b.write(&[0xcc; 32]).unwrap();
        assert_eq!(a.bytes(), &bytes[..]);
    }

    #[test]
    fn releasing_everything_returns_code_bytes_to_zero_and_reuses_pages() {
        let arena = CodeArena::new(16 << 20);
        let sizes: Vec<usize> = (0..300).map(|i| 16 + (i * 97) % 3000).collect();
        let round = |arena: &CodeArena| -> Vec<CodeBlock> {
            sizes.iter().map(|&n| arena.allocate(n).unwrap()).collect()
        };
        let blocks = round(&arena);
        let mapped = arena.mapped_bytes();
        assert!(arena.code_bytes() > 0);
        drop(blocks);
        assert_eq!(arena.code_bytes(), 0);
        // Freed ranges coalesced back into whole chunks: one range per chunk.
        assert_eq!(
            arena.state.borrow().free.len(),
            arena.state.borrow().chunks.len()
        );
        let blocks = round(&arena);
        assert_eq!(
            arena.mapped_bytes(),
            mapped,
            "the second round maps nothing new"
        );
        // Release in an interleaved order, then take one block as large as a whole chunk.
        let (odd, even): (Vec<_>, Vec<_>) = blocks
            .into_iter()
            .enumerate()
            .partition(|(i, _)| i % 2 == 1);
        drop(odd);
        drop(even);
        assert_eq!(arena.code_bytes(), 0);
        let chunk = CHUNK_BYTES.next_multiple_of(os::page_size());
        let big = arena.allocate(chunk).unwrap();
        assert_eq!(arena.mapped_bytes(), mapped);
        drop(big);
    }

    #[test]
    fn the_cap_holds() {
        let page = os::page_size();
        let chunk = CHUNK_BYTES.next_multiple_of(page);
        // Room for one whole chunk and two more pages.
        let arena = CodeArena::new(chunk + 2 * page);
        let mut live = Vec::new();
        while let Some(b) = arena.allocate(1000) {
            live.push(b);
            assert!(arena.mapped_bytes() <= arena.max_bytes());
        }
        assert!(!live.is_empty());
        assert_eq!(arena.mapped_bytes(), chunk + 2 * page);
        assert!(arena.allocate(1).is_none() || arena.mapped_bytes() == chunk + 2 * page);
        // More than the cap in one piece: refused, nothing mapped for it.
        let small = CodeArena::new(3 * page);
        assert!(small.allocate(4 * page).is_none());
        assert_eq!(small.mapped_bytes(), 0);
        // Exactly the cap still fits.
        let fits = small.allocate(3 * page).unwrap();
        assert_eq!(small.mapped_bytes(), 3 * page);
        assert!(small.allocate(16).is_none());
        drop(fits);
        assert!(small.allocate(16).is_some());
        // A zero cap maps nothing.
        let none = CodeArena::new(0);
        assert!(none.allocate(16).is_none());
        assert_eq!(none.mapped_bytes(), 0);
    }
}
