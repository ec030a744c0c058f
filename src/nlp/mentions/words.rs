//! Word classes of the mention finder, read once from `data/lexicon/`: one hash probe
//! per token instead of a scan per list.

// ---- word-class lookup: one hash probe instead of linear scans over the lists above
pub(super) const F_STOP_CAPS: u64 = 1 << 0;
pub(super) const F_ORG_SUFFIXES: u64 = 1 << 1;
pub(super) const F_PARTICLES: u64 = 1 << 2;
pub(super) const F_TITLES: u64 = 1 << 3;
pub(super) const F_CORE_TITLES: u64 = 1 << 4;
pub(super) const F_MONTHS_DAYS: u64 = 1 << 5;
pub(super) const F_NOMINAL_ORGS: u64 = 1 << 6;
pub(super) const F_CONNECTORS: u64 = 1 << 7;
pub(super) const F_AGENT_VERBS: u64 = 1 << 8;
pub(super) const F_NOMINAL_PLACES: u64 = 1 << 9;
pub(super) const F_LOC_PREPS: u64 = 1 << 10;
pub(super) const F_AGENT_MODIFIERS: u64 = 1 << 11;
pub(super) const F_GENERIC_PLACES: u64 = 1 << 12;
pub(super) const F_GENERIC_PERSONS: u64 = 1 << 13;
pub(super) const F_GENERIC_ORGS: u64 = 1 << 14;
pub(super) const F_GENERIC_MODS: u64 = 1 << 15;
pub(super) const F_DETERMINERS: u64 = 1 << 16;
pub(super) const F_HUMAN_HEADS: u64 = 1 << 17;
pub(super) const F_COLLECTIVE_AGENT_HEADS: u64 = 1 << 18;
pub(super) const F_PLACE_SUFFIXES: u64 = 1 << 19;
pub(super) const F_MILITARY_TITLES: u64 = 1 << 20;
pub(super) const F_TEMPORAL_OR_DOC: u64 = 1 << 21;
pub(super) const F_PLACE_PREFIXES: u64 = 1 << 22;
pub(super) const F_ARABIC_ARTICLES: u64 = 1 << 23;
pub(super) const F_SHIP_PREFIXES: u64 = 1 << 24;
pub(super) const F_NOT_ACRONYM: u64 = 1 << 25;
pub(super) const F_ARABIC_GROUPS: u64 = 1 << 26;
pub(super) const F_UNIT_MEMBERS: u64 = 1 << 27;
pub(super) const F_PLACE_NOUNS_AFTER: u64 = 1 << 28;
pub(super) const F_PERSON_VERBS: u64 = 1 << 29;
pub(super) const F_REGION_TAILS: u64 = 1 << 30;
pub(super) const F_OPERATION_HEADS: u64 = 1 << 31;
pub(super) const F_PLACE_OF: u64 = 1 << 32;
pub(super) const F_APPEAL_BEFORE: u64 = 1 << 33;
pub(super) const F_ARMED_GROUP_HEADS: u64 = 1 << 34;
/// "an appeal from Brussels": a noun of a party's act before "from" + the party.
pub(super) const F_ACT_FROM: u64 = 1 << 35;
pub(super) const F_STORM_PREFIXES: u64 = 1 << 36;
/// "Gulf of Oman": a capitalised water noun before "of" + a name (`water-of`).
pub(super) const F_WATER_OF: u64 = 1 << 37;
/// "Lake Chad", "Khor Abdullah": a capitalised water noun right before a name (`water-before`).
pub(super) const F_WATER_BEFORE: u64 = 1 << 38;
/// "Sgt. 1st Class X": an ordinal inside a rank before "Class" (`rank-ordinal`).
pub(super) const F_RANK_ORDINALS: u64 = 1 << 39;
/// "first deputy foreign minister": an ordinal before a rank word (`office-ordinal`).
pub(super) const F_OFFICE_ORDINALS: u64 = 1 << 40;
/// "deputy", "vice": a post inside an office (`office-rank`).
pub(super) const F_OFFICE_RANKS: u64 = 1 << 41;

#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordClasses = std::collections::HashMap<&'static str, u64, std::hash::BuildHasherDefault<Fnv>>;

fn word_classes() -> &'static WordClasses {
    static CLASSES: std::sync::OnceLock<WordClasses> = std::sync::OnceLock::new();
    CLASSES.get_or_init(|| {
        use crate::nlp::lexicon::{words_in, List};
        use List::{MentionWords as M, OrgWords as O, PlaceWords as P, Titles as T};
        let lists: [(u64, Vec<&'static str>); 42] = [
            (F_STOP_CAPS, M.words("stop-cap")),
            (F_ORG_SUFFIXES, O.words("name-tail")),
            (F_PARTICLES, M.words("name-particle")),
            (F_TITLES, T.words("title")),
            (F_CORE_TITLES, T.words("core")),
            (F_MONTHS_DAYS, M.words("month-day")),
            (F_NOMINAL_ORGS, O.words("nominal-org")),
            (F_CONNECTORS, M.words("connector")),
            (F_AGENT_VERBS, M.words("agent-verb")),
            (F_NOMINAL_PLACES, P.words("nominal-place")),
            (F_LOC_PREPS, M.words("loc-prep")),
            (F_AGENT_MODIFIERS, words_in(&[M, T], "agent-modifier")),
            (F_GENERIC_PLACES, P.words("generic-place")),
            (F_GENERIC_PERSONS, words_in(&[M, T], "generic-person")),
            (F_GENERIC_ORGS, O.words("generic-org")),
            (F_GENERIC_MODS, M.words("generic-mod")),
            (F_DETERMINERS, M.words("determiner")),
            (F_HUMAN_HEADS, words_in(&[M, T, O], "human-head")),
            (F_COLLECTIVE_AGENT_HEADS, O.words("collective-head")),
            (F_PLACE_SUFFIXES, P.words("name-tail")),
            (F_MILITARY_TITLES, T.words("military")),
            (F_TEMPORAL_OR_DOC, M.words("temporal-or-doc")),
            (F_PLACE_PREFIXES, P.words("place-prefix")),
            (F_ARABIC_ARTICLES, M.words("arabic-article")),
            (F_SHIP_PREFIXES, M.words("ship-prefix")),
            (F_NOT_ACRONYM, M.words("not-acronym")),
            (F_ARABIC_GROUPS, O.words("arabic-group")),
            (F_UNIT_MEMBERS, words_in(&[M, O], "unit-members")),
            (F_PLACE_NOUNS_AFTER, P.words("place-noun-after")),
            (F_PERSON_VERBS, M.words("person-verb")),
            (F_REGION_TAILS, P.words("region-tail")),
            (F_OPERATION_HEADS, O.words("operation-head")),
            (F_PLACE_OF, words_in(&[M, P], "place-of")),
            (F_APPEAL_BEFORE, M.words("appeal-before")),
            (F_ARMED_GROUP_HEADS, O.words("armed-group-head")),
            (F_ACT_FROM, M.words("act-from")),
            (F_STORM_PREFIXES, M.words("storm-prefix")),
            (F_WATER_OF, P.words("water-of")),
            (F_WATER_BEFORE, P.words("water-before")),
            (F_RANK_ORDINALS, T.words("rank-ordinal")),
            (F_OFFICE_ORDINALS, T.words("office-ordinal")),
            (F_OFFICE_RANKS, T.words("office-rank")),
        ];
        let mut m = WordClasses::default();
        for (flag, words) in lists {
            for w in words {
                *m.entry(w).or_insert(0) |= flag;
            }
        }
        m
    })
}

/// Is `word` (normalised, lower case) in the list(s) named by `flag`?
#[inline]
pub(super) fn has(flag: u64, word: &str) -> bool {
    word_classes().get(word).is_some_and(|f| f & flag != 0)
}
