//! Uop identities, numbered from the list the C side shares (src/uops/uop_list.h).

include!(concat!(env!("OUT_DIR"), "/uop_ids.rs"));

impl UopId {
    pub fn name(self) -> &'static str {
        UOP_NAMES[self as usize]
    }
}
