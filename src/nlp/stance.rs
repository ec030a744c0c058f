//! Stance and tone. PLACEHOLDER until the stance work lands.
use super::cameo::CameoTable;
use super::{ArticleText, CodedEvent, EntityAnalysis, StanceAnalysis};

pub fn analyse(
    _article: &ArticleText,
    _entities: &EntityAnalysis,
    _events: &[CodedEvent],
    _cameo: &CameoTable,
) -> StanceAnalysis {
    StanceAnalysis::default()
}
