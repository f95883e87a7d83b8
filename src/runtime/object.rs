//! Heap objects: the header every object starts with, `Obj<T>` (the counted owning pointer
//! to one), and `Kind`, the per-layout table the collector dispatches on.
//!
//! An object is one allocation: for containers a `GcLink` (the collector's intrusive list
//! node), then the `#[repr(C)]` header C code reads (`refcnt` at offset 0, then the kind),
//! then the Rust value. An `Obj<T>` points at the header, so the same word is what a heap
//! value's payload holds and what uops dereference.

use super::gc;
use super::gc::GcLink;
use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// What C code sees at the address of every heap object.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    /// A `Cell` because an object changes kind when it becomes watched (`Header::watch`).
    kind: Cell<&'static Kind>,
}

/// Which built-in Python type a heap object is: what `Value::view` dispatches on. One Rust
/// layout may serve two types (a set and a frozenset are both `PySet`), so this is a
/// property of the object's kind, not of its Rust type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum TypeTag {
    /// An object that is never a Python value by itself (a test's leaf, say).
    Internal,
    /// An int in the i64 range that does not fit the value word's inline int.
    BoxedInt,
    /// A float whose bits do not fit the value word's inline float.
    BoxedFloat,
    BigInt,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Class,
    Instance,
    Module,
    Iter,
    Generator,
    Cell,
    Code,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Native,
    Deque,
    ByteArray,
    MemoryView,
}

/// One per Rust layout and type: how the collector walks, clears and frees an object it only
/// knows by its header, and which Python type it is.
#[repr(C)]
pub struct Kind {
    pub tag: TypeTag,
    pub name: &'static str,
    /// Containers: allocated with a `GcLink` before the header, kept on the collector's
    /// generation lists, traversed and cleared by it.
    pub gc: bool,
    traverse: unsafe fn(NonNull<Header>, &mut Visitor),
    clear: unsafe fn(NonNull<Header>),
    /// Runs when the count reaches zero: the plain kind frees at once; the watched twin
    /// first gives the object to `weakref::dying` (finalizer, weak references).
    free: unsafe fn(NonNull<Header>),
    /// Whether the object has a finalizer still to run (`HeapValue::has_finalizer`).
    has_finalizer: unsafe fn(NonNull<Header>) -> bool,
    /// The watched twin of a plain kind; `None` for a watched kind. An object is switched
    /// to its twin once it is weakly referenced, holds weak references, or may need its
    /// finalizer: only such objects pay for the check when they die.
    watched: Option<&'static Kind>,
}

/// A Rust type that lives in a heap object.
pub trait HeapValue: Sized + 'static {
    const NAME: &'static str;
    /// The Python type of an object holding this value (`Internal` for none).
    const TYPE_TAG: TypeTag = TypeTag::Internal;
    /// The second Python type this layout can hold (`Obj::retag`), if any.
    const ALT_TYPE_TAG: TypeTag = Self::TYPE_TAG;
    /// Whether the object can take part in a reference cycle (it holds other objects).
    const GC: bool = false;
    /// Reports every object this one references directly (only called when `GC`).
    fn traverse(&self, _visit: &mut Visitor) {}
    /// Drops the references this object holds, to break a cycle the collector found dead.
    fn clear(&self) {}
    /// Whether something must run before the object is freed (an instance whose class
    /// defines `__del__`). Only asked of watched objects.
    fn has_finalizer(&self) -> bool {
        false
    }
    /// Bytes stored right after the value in the same allocation (`Obj::new_with_tail`):
    /// what freeing the object must give back beyond the value itself.
    fn tail_len(&self) -> usize {
        0
    }
}

/// Receives the objects a container references, during a collection.
pub struct Visitor<'a> {
    sink: &'a mut dyn FnMut(NonNull<Header>),
}

impl<'a> Visitor<'a> {
    pub fn new(sink: &'a mut dyn FnMut(NonNull<Header>)) -> Visitor<'a> {
        Visitor { sink }
    }

    /// Reports the object at `h` if it is a container.
    ///
    /// # Safety
    /// `h` must be the header of a live object.
    #[inline]
    pub(super) unsafe fn header(&mut self, h: NonNull<Header>) {
        // SAFETY: the caller guarantees the object is alive.
        if unsafe { h.as_ref() }.kind().gc {
            (self.sink)(h);
        }
    }

    #[inline]
    pub fn obj<T: HeapValue>(&mut self, o: &Obj<T>) {
        if T::GC {
            (self.sink)(o.ptr.cast());
        }
    }
}

/// Tails start right after `Inner<T>`, aligned for any element up to a word.
const TAIL_ALIGN: usize = std::mem::align_of::<usize>();

#[repr(C)]
struct Inner<T> {
    header: Header,
    value: T,
}

/// A counted reference to a heap object holding a `T` (std's `Rc`, with a header C reads
/// and no weak count). One word, the header's address: the same word a heap `Value` is.
#[repr(transparent)]
pub struct Obj<T: HeapValue> {
    ptr: NonNull<Inner<T>>,
    _owns: PhantomData<Inner<T>>,
}

impl<T: HeapValue> Obj<T> {
    const WATCHED_KIND: &'static Kind = &Self::kind(T::TYPE_TAG, None);
    const WATCHED_ALT_KIND: &'static Kind = &Self::kind(T::ALT_TYPE_TAG, None);
    const KIND: &'static Kind = &Self::kind(T::TYPE_TAG, Some(Self::WATCHED_KIND));
    const ALT_KIND: &'static Kind = &Self::kind(T::ALT_TYPE_TAG, Some(Self::WATCHED_ALT_KIND));

    /// `T`'s kind table as type `tag`: plain when it has a `watched` twin, else watched.
    const fn kind(tag: TypeTag, watched: Option<&'static Kind>) -> Kind {
        Kind {
            tag,
            name: T::NAME,
            gc: T::GC,
            traverse: traverse_erased::<T>,
            clear: clear_erased::<T>,
            free: if watched.is_some() {
                free_erased::<T>
            } else {
                watched_free::<T>
            },
            has_finalizer: has_finalizer_erased::<T>,
            watched,
        }
    }

    /// The Python type this object is.
    #[inline(always)]
    pub fn type_tag(this: &Obj<T>) -> TypeTag {
        this.inner().header.kind().tag
    }

    /// Makes the object the other type its layout can hold (`HeapValue::ALT_TYPE_TAG`, or
    /// back). Only an unshared object changes type; a shared one is handed back, for the
    /// caller to copy, since changing it would change every other holder's value.
    pub fn retag(this: Obj<T>, tag: TypeTag) -> Result<Obj<T>, Obj<T>> {
        let watched = this.inner().header.kind().watched.is_none();
        let kind = match (tag == T::TYPE_TAG, tag == T::ALT_TYPE_TAG, watched) {
            (true, _, false) => Self::KIND,
            (true, _, true) => Self::WATCHED_KIND,
            (_, true, false) => Self::ALT_KIND,
            (_, true, true) => Self::WATCHED_ALT_KIND,
            _ => return Err(this),
        };
        if Obj::type_tag(&this) == tag {
            return Ok(this);
        }
        if Obj::strong_count(&this) != 1 {
            return Err(this);
        }
        // Both kinds share `T`'s traverse, clear and free, so only the type tag differs.
        this.inner().header.kind.set(kind);
        Ok(this)
    }

    /// Gives up this reference, returning the header's address (the value word).
    #[inline(always)]
    pub fn into_header(this: Obj<T>) -> NonNull<Header> {
        let h = this.ptr.cast();
        std::mem::forget(this);
        h
    }

    /// Borrows the word at `w` as an `Obj<T>`.
    ///
    /// # Safety
    /// `w` must hold the header address of a live object whose kind belongs to `T`.
    #[inline(always)]
    pub unsafe fn borrow_word(w: &NonNull<u8>) -> &Obj<T> {
        // SAFETY: `Obj<T>` is a transparent wrapper of one non-null pointer, as `w` is;
        // the caller guarantees what it points at.
        unsafe { &*(w as *const NonNull<u8>).cast::<Obj<T>>() }
    }

    /// The allocation and the offset of the header within it.
    fn layout() -> (Layout, usize) {
        let inner = Layout::new::<Inner<T>>();
        if T::GC {
            let (layout, offset) = Layout::new::<GcLink>()
                .extend(inner)
                .expect("object layout fits");
            (layout, offset)
        } else {
            (inner, 0)
        }
    }

    /// The layout of an object whose value is followed by `tail` bytes, and where the
    /// tail starts (right after `Inner<T>`, whose size is a multiple of its alignment).
    fn layout_with_tail(tail: usize) -> Layout {
        let (layout, _) = Self::layout();
        if tail == 0 {
            return layout;
        }
        let tail = Layout::from_size_align(tail, TAIL_ALIGN).expect("object tail fits");
        let (layout, _) = layout.extend(tail).expect("object layout fits");
        layout
    }

    pub fn new(value: T) -> Obj<T> {
        debug_assert_eq!(
            value.tail_len(),
            0,
            "a value with a tail needs new_with_tail"
        );
        // SAFETY: no tail.
        unsafe { Self::alloc_with(value, std::ptr::null(), 0) }
    }

    /// An object whose value is followed, in the same allocation, by `tail`'s elements
    /// (moved in): `value.tail_len()` must be their size in bytes; the value reads them
    /// back with `Obj::tail_of`/`tail_of_mut`. Freeing the object does not drop them, so
    /// a tail of elements with drop glue is emptied by the value's own `Drop`.
    pub fn new_with_tail<E>(value: T, tail: Vec<E>) -> Obj<T> {
        const { assert!(std::mem::align_of::<E>() <= TAIL_ALIGN) };
        let bytes = std::mem::size_of_val(tail.as_slice());
        assert_eq!(
            value.tail_len(),
            bytes,
            "tail length disagrees with the value"
        );
        let mut tail = std::mem::ManuallyDrop::new(tail);
        // SAFETY: checked above; the elements are moved into the object (`alloc_with`
        // copies them bitwise) and the Vec's buffer is then freed without dropping them.
        unsafe {
            let o = Self::alloc_with(value, tail.as_ptr().cast(), bytes);
            tail.set_len(0);
            std::mem::ManuallyDrop::drop(&mut tail);
            o
        }
    }

    /// An object whose value is followed by a copy of the bytes `tail`
    /// (`new_with_tail` for plain bytes, with no `Vec` to give up).
    pub fn new_with_bytes(value: T, tail: &[u8]) -> Obj<T> {
        assert_eq!(
            value.tail_len(),
            tail.len(),
            "tail length disagrees with the value"
        );
        // SAFETY: checked above; bytes need no drop.
        unsafe { Self::alloc_with(value, tail.as_ptr(), tail.len()) }
    }

    /// # Safety
    /// `value.tail_len() == len`, and `tail` points at `len` readable bytes (unless 0).
    #[inline(always)]
    unsafe fn alloc_with(value: T, tail: *const u8, len: usize) -> Obj<T> {
        let (_, offset) = Self::layout();
        let layout = Self::layout_with_tail(len);
        // Containers find their link at a fixed distance before the header.
        debug_assert!(!T::GC || offset == std::mem::size_of::<GcLink>());
        // SAFETY: the layout is non-zero sized (it holds the header); a null result is
        // handled; the header, value and tail are written before the pointer escapes.
        unsafe {
            let base = alloc(layout);
            if base.is_null() {
                handle_alloc_error(layout);
            }
            let inner = base.add(offset).cast::<Inner<T>>();
            if len > 0 {
                // The tail starts right after `Inner<T>`, whose size is a multiple of its
                // alignment (at least `TAIL_ALIGN`'s), where `layout_with_tail` put it.
                let at = inner.cast::<u8>().add(std::mem::size_of::<Inner<T>>());
                std::ptr::copy_nonoverlapping(tail, at, len);
            }
            inner.write(Inner {
                header: Header {
                    refcnt: Cell::new(1),
                    kind: Cell::new(Self::KIND),
                },
                value,
            });
            let ptr = NonNull::new_unchecked(inner);
            if T::GC {
                gc::track(NonNull::new_unchecked(base.cast::<GcLink>()));
            }
            Obj {
                ptr,
                _owns: PhantomData,
            }
        }
    }

    /// The first `len` tail elements stored after `value` (`Obj::new_with_tail`).
    ///
    /// # Safety
    /// `value` must be the value of a live object made by `new_with_tail` or
    /// `new_with_bytes` with at least `len` initialized elements of type `E`.
    #[inline(always)]
    pub unsafe fn tail_of<E>(value: &T, len: usize) -> &[E] {
        // SAFETY: the value sits at the end of an `Inner<T>` (repr(C), header first), and
        // the caller guarantees `len` initialized `E`s follow that `Inner<T>`, aligned
        // for them (`TAIL_ALIGN`); `value` outlives the borrow, as the allocation does.
        unsafe { std::slice::from_raw_parts(Self::tail_start(value).cast::<E>(), len) }
    }

    /// `tail_of`, mutably.
    ///
    /// # Safety
    /// As for `tail_of`.
    #[inline(always)]
    pub unsafe fn tail_of_mut<E>(value: &mut T, len: usize) -> &mut [E] {
        // SAFETY: as for `tail_of`, borrowed mutably through the value.
        unsafe {
            let start = Self::tail_start(std::ptr::from_mut(value).cast_const());
            std::slice::from_raw_parts_mut(start.cast::<E>(), len)
        }
    }

    /// Where the tail of the object holding `value` starts. The pointer comes from a
    /// reference to the value and addresses bytes past it, within the same allocation:
    /// what Rust's Tree Borrows model allows (Stacked Borrows would limit it to the
    /// value's own bytes); C code reads the same layout from the header.
    #[inline(always)]
    fn tail_start(value: *const T) -> *mut u8 {
        let past_value = std::mem::size_of::<Inner<T>>() - std::mem::offset_of!(Inner<T>, value);
        value.cast::<u8>().cast_mut().wrapping_add(past_value)
    }

    #[inline(always)]
    fn inner(&self) -> &Inner<T> {
        // SAFETY: an `Obj` keeps its object alive (it owns one count).
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn ptr_eq(a: &Obj<T>, b: &Obj<T>) -> bool {
        a.ptr == b.ptr
    }

    /// The value's address (stable for the object's life), as std's `Rc::as_ptr`.
    #[inline]
    pub fn as_ptr(this: &Obj<T>) -> *const T {
        &this.inner().value
    }

    /// The header's address: the word a heap value's payload holds.
    #[inline]
    pub fn header(this: &Obj<T>) -> NonNull<Header> {
        this.ptr.cast()
    }

    /// Makes the object watched (`Header::watch`).
    pub fn watch(this: &Obj<T>) {
        this.inner().header.watch()
    }

    #[inline]
    pub fn strong_count(this: &Obj<T>) -> usize {
        this.inner().header.refcnt.get()
    }

    #[cold]
    #[inline(never)]
    fn drop_slow(&mut self) {
        // SAFETY: the count reached zero, so this was the last reference; the kind's free
        // (not `free_erased` directly) so that a watched object's death is seen.
        unsafe { Header::free(self.ptr.cast()) }
    }
}

impl<T: HeapValue> Clone for Obj<T> {
    #[inline(always)]
    fn clone(&self) -> Obj<T> {
        self.inner().header.incref();
        Obj {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T: HeapValue> Drop for Obj<T> {
    #[inline(always)]
    fn drop(&mut self) {
        let c = &self.inner().header.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            self.drop_slow();
        }
    }
}

impl<T: HeapValue> std::ops::Deref for Obj<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: HeapValue + PartialEq> PartialEq for Obj<T> {
    fn eq(&self, other: &Obj<T>) -> bool {
        **self == **other
    }
}

impl<T: HeapValue + Eq> Eq for Obj<T> {}

impl<T: HeapValue + std::hash::Hash> std::hash::Hash for Obj<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: HeapValue + std::fmt::Debug> std::fmt::Debug for Obj<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: HeapValue + std::fmt::Display> std::fmt::Display for Obj<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/// A counted reference to an object of any kind: what the collector holds while it clears
/// garbage, so nothing is freed under it.
pub struct AnyObj(NonNull<Header>);

impl AnyObj {
    /// Takes a new reference to the object at `h`.
    ///
    /// # Safety
    /// `h` must be the header of a live object.
    pub unsafe fn retain(h: NonNull<Header>) -> AnyObj {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { h.as_ref() }.incref();
        AnyObj(h)
    }

    pub fn header(&self) -> NonNull<Header> {
        self.0
    }

    pub fn clear(&self) {
        // SAFETY: this reference keeps the object alive; `clear` is the kind's own.
        unsafe { (self.0.as_ref().kind().clear)(self.0) }
    }
}

impl Drop for AnyObj {
    fn drop(&mut self) {
        // SAFETY: this value owns the reference it releases.
        unsafe { Header::decref(self.0) }
    }
}

impl Header {
    #[inline]
    pub fn refcnt(&self) -> usize {
        self.refcnt.get()
    }

    #[inline(always)]
    pub fn kind(&self) -> &'static Kind {
        self.kind.get()
    }

    /// Makes the object watched (see `Kind::watched`); nothing if it already is.
    pub fn watch(&self) {
        if let Some(w) = self.kind().watched {
            self.kind.set(w);
        }
    }

    /// Whether the object is watched.
    #[inline]
    pub fn is_watched(&self) -> bool {
        self.kind().watched.is_none()
    }

    /// Whether the object has a finalizer still to run.
    ///
    /// # Safety
    /// `h` must be the header of a live object.
    pub unsafe fn has_finalizer(h: NonNull<Header>) -> bool {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { (h.as_ref().kind().has_finalizer)(h) }
    }

    /// Sets the count of an object whose count reached zero back to one, for the caller
    /// to hold that reference (resurrection by a finalizer queue).
    ///
    /// # Safety
    /// `h` must be the header of an object being freed by its kind's `free`.
    pub unsafe fn resurrect(h: NonNull<Header>) {
        // SAFETY: the memory is still the object's; the caller takes the new reference.
        unsafe { h.as_ref().refcnt.set(1) }
    }

    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// Releases one reference; the last frees the object.
    ///
    /// # Safety
    /// `h` must be the header of a live object, and the caller must own the reference it
    /// releases.
    #[inline(always)]
    pub unsafe fn decref(h: NonNull<Header>) {
        // SAFETY: the caller guarantees the object is alive and that it owns a reference.
        unsafe {
            let c = &h.as_ref().refcnt;
            let n = c.get() - 1;
            c.set(n);
            if n == 0 {
                Header::free(h);
            }
        }
    }

    #[cold]
    #[inline(never)]
    unsafe fn free(h: NonNull<Header>) {
        // SAFETY: the count reached zero; the kind's `free` matches how it was allocated.
        unsafe { (h.as_ref().kind().free)(h) }
    }

    /// The link of a container (`kind.gc`), at a fixed distance before its header.
    ///
    /// # Safety
    /// `h` must be the header of a live container.
    #[inline]
    pub unsafe fn link(h: NonNull<Header>) -> NonNull<GcLink> {
        // SAFETY: containers are allocated with their link right before the header.
        unsafe { h.cast::<GcLink>().sub(1) }
    }

    /// The header of the container whose link is `l`.
    ///
    /// # Safety
    /// `l` must be the link of a live container.
    #[inline]
    pub unsafe fn of_link(l: NonNull<GcLink>) -> NonNull<Header> {
        // SAFETY: as in `link`.
        unsafe { l.add(1).cast() }
    }

    /// Reports the objects the container at `h` references.
    ///
    /// # Safety
    /// `h` must be the header of a live object.
    pub unsafe fn traverse(h: NonNull<Header>, visit: &mut Visitor) {
        // SAFETY: the caller guarantees the object is alive; `traverse` is its kind's.
        unsafe { (h.as_ref().kind().traverse)(h, visit) }
    }
}

unsafe fn traverse_erased<T: HeapValue>(h: NonNull<Header>, visit: &mut Visitor) {
    // SAFETY: the kind table of a `T` object is only reached through its own header.
    let inner = unsafe { h.cast::<Inner<T>>().as_ref() };
    inner.value.traverse(visit);
}

unsafe fn clear_erased<T: HeapValue>(h: NonNull<Header>) {
    // SAFETY: as in `traverse_erased`.
    let inner = unsafe { h.cast::<Inner<T>>().as_ref() };
    inner.value.clear();
}

unsafe fn has_finalizer_erased<T: HeapValue>(h: NonNull<Header>) -> bool {
    // SAFETY: as in `traverse_erased`.
    let inner = unsafe { h.cast::<Inner<T>>().as_ref() };
    inner.value.has_finalizer()
}

/// The `free` of a watched object: the weak-reference layer may keep it alive (its
/// finalizer is queued) or clears what refers to it weakly first.
unsafe fn watched_free<T: HeapValue>(h: NonNull<Header>) {
    // SAFETY: the count reached zero; `dying` either resurrects the object (and it is not
    // freed) or is done with it before it is freed.
    unsafe {
        if super::weakref::dying(h) {
            free_erased::<T>(h)
        }
    }
}

/// Drops the value and returns the memory; the count has reached zero.
unsafe fn free_erased<T: HeapValue>(h: NonNull<Header>) {
    let (_, offset) = Obj::<T>::layout();
    // SAFETY: the object is unreferenced: it is unlinked from the collector first (so no
    // collection can reach it while its value drops), then its value is dropped in place
    // and its allocation (with the tail the value reports, measured before the drop),
    // which starts `offset` bytes before the header, is returned.
    unsafe {
        if T::GC {
            gc::untrack(Header::link(h));
        }
        let inner = h.cast::<Inner<T>>().as_ptr();
        let layout = Obj::<T>::layout_with_tail((*inner).value.tail_len());
        std::ptr::drop_in_place(&mut (*inner).value);
        dealloc(h.as_ptr().cast::<u8>().sub(offset), layout);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Leaf(u64);
    impl HeapValue for Leaf {
        const NAME: &'static str = "leaf";
    }

    #[test]
    fn refcount_sits_at_offset_zero_and_counts_clones() {
        let a = Obj::new(Leaf(7));
        let h = Obj::header(&a);
        // SAFETY: `a` keeps the object alive.
        let word = unsafe { *h.cast::<usize>().as_ptr() };
        assert_eq!(word, 1);
        let b = a.clone();
        assert_eq!(Obj::strong_count(&a), 2);
        drop(b);
        assert_eq!(Obj::strong_count(&a), 1);
        assert_eq!(a.0, 7);
        assert_eq!(std::mem::size_of::<Header>(), 16);
    }

    struct Tailed(usize);
    impl HeapValue for Tailed {
        const NAME: &'static str = "tailed";
        fn tail_len(&self) -> usize {
            self.0
        }
    }

    #[test]
    fn a_tail_is_stored_after_the_value_and_freed_with_it() {
        for text in ["", "a", "seven b", &"x".repeat(1000)] {
            let o = Obj::new_with_bytes(Tailed(text.len()), text.as_bytes());
            // SAFETY: made by `new_with_bytes` with exactly this many bytes.
            let back = unsafe { Obj::tail_of::<u8>(&*o, o.0) };
            assert_eq!(back, text.as_bytes());
            let two = o.clone();
            drop(o);
            // SAFETY: as above; `two` keeps the object alive.
            assert_eq!(unsafe { Obj::tail_of::<u8>(&*two, two.0) }, text.as_bytes());
        }
        for n in [1usize, 3, 100] {
            let words: Vec<u64> = (0..n as u64).map(|i| i * 7).collect();
            let o = Obj::new_with_tail(Tailed(n * 8), words.clone());
            // SAFETY: made by `new_with_tail` with `n` u64s.
            assert_eq!(unsafe { Obj::tail_of::<u64>(&*o, n) }, &words[..]);
        }
    }

    #[test]
    #[should_panic(expected = "tail length disagrees")]
    fn a_tail_must_match_what_the_value_reports() {
        let _ = Obj::new_with_bytes(Tailed(3), b"ab");
    }
}
