//! The annotation layer, the top of the library: the [`Extractor`] the stages call,
//! and the `annotate` JSON records built from its output.

mod extractor;
mod records;
mod verdicts;

pub use extractor::Extractor;
pub use records::*;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests_agentless2;
#[cfg(test)]
mod tests_agentmods;
#[cfg(test)]
mod tests_appeals3;
#[cfg(test)]
mod tests_conjsrc;
#[cfg(test)]
mod tests_falses4;
#[cfg(test)]
mod tests_falses5;
#[cfg(test)]
mod tests_fixes13;
#[cfg(test)]
mod tests_fixes9;
#[cfg(test)]
mod tests_fresh10;
#[cfg(test)]
mod tests_fresh13;
#[cfg(test)]
mod tests_fresh18;
#[cfg(test)]
mod tests_fresh19;
#[cfg(test)]
mod tests_fresh20;
#[cfg(test)]
mod tests_fresh4;
#[cfg(test)]
mod tests_fresh5;
#[cfg(test)]
mod tests_fresh6;
#[cfg(test)]
mod tests_fresh7;
#[cfg(test)]
mod tests_fresh8;
#[cfg(test)]
mod tests_fresh9;
#[cfg(test)]
mod tests_gatedrop;
#[cfg(test)]
mod tests_hopes2;
#[cfg(test)]
mod tests_passive2;
#[cfg(test)]
mod tests_precision18;
#[cfg(test)]
mod tests_precision30;
#[cfg(test)]
mod tests_purpose;
#[cfg(test)]
mod tests_quad11;
#[cfg(test)]
mod tests_quad13;
#[cfg(test)]
mod tests_quad17;
#[cfg(test)]
mod tests_quad18;
#[cfg(test)]
mod tests_quad19;
#[cfg(test)]
mod tests_quad2;
#[cfg(test)]
mod tests_quad20;
#[cfg(test)]
mod tests_quad21;
#[cfg(test)]
mod tests_quad22;
#[cfg(test)]
mod tests_quad23;
#[cfg(test)]
mod tests_quad25;
#[cfg(test)]
mod tests_recall62;
#[cfg(test)]
mod tests_recall63;
#[cfg(test)]
mod tests_recall68;
#[cfg(test)]
mod tests_recall71;
#[cfg(test)]
mod tests_requests4;
#[cfg(test)]
mod tests_summons2;
