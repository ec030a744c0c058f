//! The mentions layer: entity mentions and their actors, before coreference.
//!
//! One pass over the tokens of each sentence:
//! 1. proper-name dictionary matches (countries, nationalities, cities, persons,
//!    organisations, metonyms; capitalised text only), with composition
//!    "Russian troops" → RUSMIL, "Russia's foreign minister" → RUSGOV,
//!    "Hungarian and Romanian officials" → HUNGOV + ROUGOV, and ambiguity rules
//!    (Georgia, Jordan, Chad, Washington…);
//! 2. agents alone ("the rebels", "officials");
//! 3. rules for unknown names: title + capitalised sequence, organisation suffixes,
//!    "in <Capitalised>" → LOCATION, acronyms, capitalised sequences with a type guess;
//! 4. a few pronouns;
//!
//! then article-wide passes (nested places, determiners, coordinates, appositions).
//! All automata are compiled at load. Coreference (`nlp::coreference`) runs above
//! this layer; `nlp::entities` joins the two into the entities stage.
//!
//! Output conventions (for the event coder):
//! - mentions are sorted by start (ties: longer first) and MAY NEST: a composite
//!   "Russian troops" (RUSMIL) carries a nested "Russian" NATIONALITY (RUS); "ISIL tactical
//!   units" carries a nested "ISIL"; organisation names carry nested places without an
//!   actor ("al-Qaeda in Iraq" → "Iraq", actor None). Prefer the outermost mention with an
//!   actor for participants.
//! - actor codes: country + sector (`USAGOV`, `RUSMIL`), IGO / non-state codes as in the
//!   dictionaries (`IGOWSTNAT`, `IMGMUSISI`), a bare country for country names and
//!   nationalities (`RUS`), a bare sector for agents whose country is unknown (`MIL`,
//!   `GOV`; `Actor::country` empty). Compound PETRARCH codes keep their '/' (`ELR/GAL`).
//! - LOCATION mentions of countries / cities carry the country code; generic places
//!   ("the city", "a compound") and nested places carry none.
//! - pronoun mentions (he/she/I → PERSON, we/our → ORGANISATION) carry an actor only when
//!   coreference linked them (`antecedent`).
//!
//!
//! Files: `finder` (the per-sentence loop and agents), `dictionary` (dictionary names),
//! `names` (what the dictionary rules lean on), `modified_agent` (a nationality's agent
//! across modifiers the lists do not know, read from the parse),
//! `titles`, `capitalised` (unknown names), `nominal` (noun phrases without a name),
//! `apposition` (actors of unknown names from the title or apposition around them),
//! `candidate` (shared types), `words` (word classes from `data/lexicon/`), `gazetteer`
//! and `places` (the dictionaries).

mod apposition;
mod candidate;
mod capitalised;
mod dictionary;
mod finder;
pub mod gazetteer;
mod modified_agent;
mod names;
mod nominal;
pub mod places;
#[cfg(test)]
mod tests_agentmods;
mod titles;
mod words;

pub use candidate::{make_actor, make_agent, split_code, unplaced_code, ArticleTokens};
pub(crate) use candidate::{Cand, Ctx};
pub use finder::MentionFinder;
pub(crate) use modified_agent::sentence_parse;
