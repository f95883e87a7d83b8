//! Growing memory without aborting. Rust's collections abort the process when the
//! allocator refuses; CPython raises MemoryError where its malloc fails, so the places that
//! grow by the program's say (repetition, `list(...)`, appends) ask fallibly and the VM
//! turns a refusal into MemoryError.

/// The allocator refused.
#[derive(Debug)]
pub struct OutOfMemory;

/// `v.push(x)`, growing `v` fallibly (by doubling, as `push` does).
#[inline(always)]
pub fn try_push<T>(v: &mut Vec<T>, x: T) -> Result<(), OutOfMemory> {
    if v.len() == v.capacity() {
        grow(v)?;
    }
    v.push(x);
    Ok(())
}

#[cold]
#[inline(never)]
fn grow<T>(v: &mut Vec<T>) -> Result<(), OutOfMemory> {
    v.try_reserve(v.len().max(4)).map_err(|_| OutOfMemory)
}

/// An empty vector with room for `n` items.
pub fn try_with_capacity<T>(n: usize) -> Result<Vec<T>, OutOfMemory> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| OutOfMemory)?;
    Ok(v)
}

/// `items` repeated `n` times.
pub fn try_repeat<T: Clone>(items: &[T], n: usize) -> Result<Vec<T>, OutOfMemory> {
    let total = items.len().checked_mul(n).ok_or(OutOfMemory)?;
    let mut out = try_with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_errors_not_aborts() {
        assert!(try_with_capacity::<u64>(usize::MAX / 4).is_err());
        assert!(try_repeat(&[1u64, 2], usize::MAX / 2).is_err());
        assert_eq!(try_repeat(&[1, 2], 3).expect("small"), [1, 2, 1, 2, 1, 2]);
        let mut v = Vec::new();
        for i in 0..100 {
            try_push(&mut v, i).expect("small");
        }
        assert_eq!(v.len(), 100);
    }
}
