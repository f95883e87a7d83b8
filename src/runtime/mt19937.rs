//! MT19937 Mersenne Twister, bit-for-bit compatible with CPython's `_random` module.

use num_bigint::BigUint;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Generator state; `index == 624` means the next draw regenerates the block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn init_genrand(s: u32) -> Self {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            let prev = state[i - 1];
            // The index is < 624, so the cast cannot truncate.
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// Seeds from a key exactly as CPython's `init_by_array` does.
    ///
    /// An empty key is treated as `[0]`, which is what CPython feeds for seed 0;
    /// the reference algorithm would otherwise index out of bounds.
    pub fn from_seed_key(key: &[u32]) -> Self {
        let zero = [0u32];
        let key = if key.is_empty() { &zero[..] } else { key };
        let mut g = Self::init_genrand(19_650_218);
        let mt = &mut g.state;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            // `j as u32` deliberately wraps for absurdly long keys, like C's cast.
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Guarantees a non-zero state whatever the key was.
        mt[0] = 0x8000_0000;
        g
    }

    /// Seeds from the absolute value of a Python int (the caller drops the sign,
    /// as CPython does), split into little-endian 32-bit words.
    pub fn from_int_seed(n: &BigUint) -> Self {
        let key = n.to_u32_digits();
        Self::from_seed_key(&key)
    }

    fn generate_block(&mut self) {
        let mt = &mut self.state;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.index = 0;
    }

    /// CPython's `genrand_uint32`.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate_block();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// CPython's `genrand_res53`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// CPython's `getrandbits(k)` for `k >= 0`; the caller rejects negative k.
    pub fn getrandbits(&mut self, k: u32) -> BigUint {
        if k == 0 {
            return BigUint::default();
        }
        if k <= 32 {
            // Keeping the high bits rather than masking matches CPython's stream.
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut remaining = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            digits.push(r);
            remaining = remaining.saturating_sub(32);
        }
        BigUint::from_slice(&digits)
    }

    /// The 624 state words and the position, as CPython's `getstate` exposes them.
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// Restores a state from `getstate`, with CPython's validation messages.
    pub fn setstate(&mut self, state: &[u32], index: usize) -> Result<(), String> {
        if state.len() != N {
            return Err("state vector is the wrong size".to_string());
        }
        if index > N {
            return Err("invalid state".to_string());
        }
        self.state.copy_from_slice(state);
        self.index = index;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: u64) -> Mt19937 {
        Mt19937::from_int_seed(&BigUint::from(n))
    }

    #[test]
    fn seed_42_first_float() {
        assert_eq!(seeded(42).random(), 0.6394267984578837);
    }

    #[test]
    fn seed_42_first_words() {
        let mut g = seeded(42);
        let words: Vec<u32> = (0..3).map(|_| g.next_u32()).collect();
        assert_eq!(words, vec![2746317213, 478163327, 107420369]);
    }

    #[test]
    fn seed_zero() {
        let mut g = seeded(0);
        assert_eq!(g.random(), 0.8444218515250481);
        assert_eq!(g.getrandbits(32), BigUint::from(3255389356u32));
        // An empty key must behave like CPython's [0] key.
        assert_eq!(Mt19937::from_seed_key(&[]), seeded(0));
    }

    #[test]
    fn getrandbits_100_after_seed_1() {
        let mut g = seeded(1);
        let expected: BigUint = "1017878568110080782349472477685".parse().unwrap();
        assert_eq!(g.getrandbits(100), expected);
    }

    #[test]
    fn getrandbits_various_widths() {
        let mut g = seeded(5);
        let got: Vec<String> = [1u32, 7, 31, 32, 33, 64, 65]
            .iter()
            .map(|&k| g.getrandbits(k).to_string())
            .collect();
        let expected = [
            "1",
            "32",
            "1592975436",
            "1539898300",
            "7710297655",
            "15523137368101252074",
            "30474605916943154729",
        ];
        assert_eq!(got, expected);
        assert_eq!(seeded(5).getrandbits(0), BigUint::default());
    }

    #[test]
    fn big_seed_over_two_pow_64() {
        // 2**100 + 12345; a negative seed of the same magnitude is identical
        // because the caller passes the absolute value.
        let n: BigUint = (BigUint::from(1u32) << 100u32) + BigUint::from(12345u32);
        assert_eq!(Mt19937::from_int_seed(&n).random(), 0.44487310994347073);
    }

    #[test]
    fn seed_two_pow_32_uses_two_words() {
        let n = BigUint::from(1u64 << 32);
        assert_eq!(Mt19937::from_int_seed(&n).random(), 0.11299430095636409);
    }

    #[test]
    fn state_after_seed_7() {
        let (state, index) = seeded(7).getstate();
        assert_eq!(index, 624);
        assert_eq!(&state[..3], &[2147483648, 2261207994, 869397079]);
    }

    #[test]
    fn state_roundtrip_and_validation() {
        let mut g = seeded(3);
        g.random();
        let (state, index) = g.getstate();
        let expected: Vec<f64> = (0..700).map(|_| g.random()).collect();
        let mut h = seeded(99);
        h.setstate(&state, index).unwrap();
        let got: Vec<f64> = (0..700).map(|_| h.random()).collect();
        assert_eq!(got, expected);
        assert!(h.setstate(&state[..10], 0).is_err());
        assert!(h.setstate(&state, 625).is_err());
    }
}
