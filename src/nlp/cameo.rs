//! CAMEO code tables: Goldstein scores, PLOVER types, QuadClass.
//! PLACEHOLDER until the events work lands.
use super::NlpError;

pub struct CameoTable;

impl CameoTable {
    pub fn builtin() -> Result<Self, NlpError> {
        Ok(Self)
    }
    pub fn goldstein(&self, _code: &str) -> Option<f32> {
        None
    }
    pub fn plover(&self, _code: &str) -> Option<&str> {
        None
    }
    /// GDELT QuadClass 1..=4 from the CAMEO root.
    pub fn quad_class(&self, _code: &str) -> Option<u8> {
        None
    }
}
