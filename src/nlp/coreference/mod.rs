//! Within-article coreference, cheap and conservative:
//! - surnames and titled surnames ("Lavrov", "Mr. Lavrov") → the full name introduced
//!   earlier (new mentions are added for bare surnames the recogniser left alone);
//! - "the envoy", "the emir" → the one person introduced earlier with that title (`titled`);
//! - "the foreign minister" (agent without a country) → the latest earlier mention with
//!   the same sector and a country;
//! - "he"/"she" → the latest person mention before it in the same sentence, else the
//!   previous sentence's subject when that sentence names several people (the speaker of
//!   "Foreign Minister X said … Y …", from the dependency parse), else its latest person
//!   (`pronouns`).
//!
//! - "both governments", "the two countries", "the two men" → the states or people named
//!   earlier, by number, focus and recency (`collective`); "the two countries' foreign
//!   ministers" → each state's agent (`possessors`); "Its security minister" → the previous
//!   subject's state (`third_person`); "them" / "they" right after a collective phrase →
//!   its parties (`group_pronouns`).
//!
//! - "the (regional) bloc" → the IGO in focus; "his Indian counterpart" → INDGOV
//!   (`descriptors`); "his guest", "the hosts" → the parties of a visit (`guest`).
//!
//! - "the Gulf state", "the agency", "the rebel group" → the latest actor of that kind
//!   (`kinds`).
//! - "rejected the accusations / the criticism" → the actor who made them (`responses`).
//! - "it" / "they" opening a clause, "him" → the previous sentence's subject when number
//!   and kind fit (`third_person`); "we" in a quotation run on into its own sentence → the
//!   speaker of the quotation (`quoted`); "they" in a clause coordinated with the main
//!   one → the main clause's plural subject (`coordinated`).
//!
//! - "met X and urged him", "accusing them": an object pronoun whose antecedent is
//!   earlier in its own sentence, by binding, agreement and the previous verb's object
//!   (`bound`).
//!
//! Linked mentions get `antecedent` and inherit the antecedent's actor when they have none
//! (or only a country-less agent code).

pub(crate) mod acronyms;
mod addressed;
pub(crate) mod agents;
mod apposed_name;
mod apposed_office;
pub(crate) mod bare_names;
mod body_owner;
mod body_title;
mod bound;
mod clause_owner;
mod collective;
mod coordinated;
mod dateline;
mod descriptors;
mod documents;
mod dyad_other;
mod elected;
mod elliptical;
pub(crate) mod focus;
mod former;
mod fronted;
mod group_pronouns;
mod guest;
pub(crate) mod holder;
mod host;
mod index;
mod kinds;
pub(crate) mod late_names;
mod located;
mod named_head;
mod next_speaker;
mod offices;
mod opposed;
mod own_office;
mod owned;
mod possessors;
pub(crate) mod previous;
mod pronouns;
mod quoted;
mod responses;
mod sent;
mod short_names;
mod speaker_chain;
mod spokesperson;
mod summit;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_addressee2;
#[cfg(test)]
mod tests_appeals2;
#[cfg(test)]
mod tests_backrefs;
#[cfg(test)]
mod tests_backrefs4;
#[cfg(test)]
mod tests_backrefs5;
#[cfg(test)]
mod tests_collective3;
#[cfg(test)]
mod tests_dateline2;
#[cfg(test)]
mod tests_definites;
#[cfg(test)]
mod tests_falses2;
#[cfg(test)]
mod tests_falses6;
#[cfg(test)]
mod tests_fixes11;
#[cfg(test)]
mod tests_former;
#[cfg(test)]
mod tests_fresh12;
#[cfg(test)]
mod tests_fresh16;
#[cfg(test)]
mod tests_fresh3;
#[cfg(test)]
mod tests_gatedrop;
#[cfg(test)]
mod tests_groups3;
#[cfg(test)]
mod tests_groups4;
#[cfg(test)]
mod tests_homegov;
#[cfg(test)]
mod tests_host;
#[cfg(test)]
mod tests_igoaid;
#[cfg(test)]
mod tests_igoheads;
#[cfg(test)]
mod tests_igoheads2;
#[cfg(test)]
mod tests_itorg;
#[cfg(test)]
mod tests_joint;
#[cfg(test)]
mod tests_kingdom2;
#[cfg(test)]
mod tests_labels2;
#[cfg(test)]
mod tests_lists;
#[cfg(test)]
mod tests_located;
#[cfg(test)]
mod tests_minister2;
#[cfg(test)]
mod tests_names2;
#[cfg(test)]
mod tests_names3;
#[cfg(test)]
mod tests_note2;
#[cfg(test)]
mod tests_owngov2;
#[cfg(test)]
mod tests_owngov3;
#[cfg(test)]
mod tests_pairinf;
#[cfg(test)]
mod tests_pairs3;
#[cfg(test)]
mod tests_recall27;
#[cfg(test)]
mod tests_recall28;
#[cfg(test)]
mod tests_recall32;
#[cfg(test)]
mod tests_recall34;
#[cfg(test)]
mod tests_recall35;
#[cfg(test)]
mod tests_recall39;
#[cfg(test)]
mod tests_recall43;
#[cfg(test)]
mod tests_recall46;
#[cfg(test)]
mod tests_recall53;
#[cfg(test)]
mod tests_recall56;
#[cfg(test)]
mod tests_recall58;
#[cfg(test)]
mod tests_recall61;
#[cfg(test)]
mod tests_recall65;
#[cfg(test)]
mod tests_recall70;
#[cfg(test)]
mod tests_recall73;
#[cfg(test)]
mod tests_recall74;
#[cfg(test)]
mod tests_recall76;
#[cfg(test)]
mod tests_recall81;
#[cfg(test)]
mod tests_refs2;
#[cfg(test)]
mod tests_refs3;
#[cfg(test)]
mod tests_reported2;
#[cfg(test)]
mod tests_sides;
#[cfg(test)]
mod tests_sources3;
#[cfg(test)]
mod tests_sources4;
#[cfg(test)]
mod tests_sources5;
#[cfg(test)]
mod tests_sources6;
#[cfg(test)]
mod tests_speakers2;
#[cfg(test)]
mod tests_titles2;
mod third_person;
mod titled;
pub(crate) mod twin_names;

use crate::nlp::mentions::gazetteer::{Gazetteer, Hit};
use crate::nlp::mentions::{make_actor, sentence_parse, Cand, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashMap;

/// Words of `data/lexicon/` that coreference uses.
struct Titles {
    coref: std::collections::HashSet<&'static str>,
    not_surname: std::collections::HashSet<&'static str>,
    /// Generational suffixes ("Jr.", "III") that end a name but are not its surname.
    name_suffix: std::collections::HashSet<&'static str>,
    /// Words before "May" that make it the month ("in May"), not a surname.
    month_context: std::collections::HashSet<&'static str>,
    /// Particles that are never a first-name key ("abu", "bin").
    not_first_key: std::collections::HashSet<&'static str>,
    /// Lower-case words after "May" that make it a surname acting ("May said").
    subject_verb_next: std::collections::HashSet<&'static str>,
    /// Arabic articles stripped from a name word ("al-", "el-").
    article_prefixes: Vec<&'static str>,
}

fn titles() -> &'static Titles {
    use crate::nlp::lexicon::List;
    static T: std::sync::OnceLock<Titles> = std::sync::OnceLock::new();
    T.get_or_init(|| Titles {
        coref: List::Titles.set("coref-title"),
        not_surname: List::Titles.set("not-surname"),
        name_suffix: List::Titles.set("name-suffix"),
        month_context: List::MentionWords.set("month-context"),
        not_first_key: List::MentionWords.set("not-first-key"),
        subject_verb_next: List::MentionWords.set("subject-verb-next"),
        article_prefixes: List::MentionWords.words("article-prefix"),
    })
}

fn is_place_token(ctx: &Ctx, gaz: &Gazetteer, k: usize) -> bool {
    gaz.name_at(ctx.norm, k, k + 1).is_some_and(|m| {
        gaz.name_hits[m.pattern]
            .iter()
            .any(|h| matches!(h, Hit::Place(_)))
    })
}

/// "al-assad" → "assad".
pub(super) fn strip_article(s: &str) -> &str {
    for p in &titles().article_prefixes {
        if let Some(r) = s.strip_prefix(p) {
            if !r.is_empty() {
                return r;
            }
        }
    }
    s
}

/// A state or its government, whole ("CAN", "CANGOV"), as its government: the side a
/// person speaks for when a state sends or voices them (`sent`, `speaker_chain`).
pub(super) fn state_government(a: &Actor) -> Option<Actor> {
    let whole = !a.country.is_empty() && !a.code.contains('/');
    (whole && matches!(a.sector.as_str(), "" | "GOV"))
        .then(|| make_actor(&format!("{}GOV", a.country), &a.name))
}

/// The resolvers in the order they run: each sees the links the earlier ones made.
pub(crate) fn resolve(
    ctx: &Ctx,
    gaz: &Gazetteer,
    cands: &[Cand],
    mentions: &mut Vec<Mention>,
    ranges: &[(usize, usize)],
) {
    // The passes below parse sentences of this one text: it is known by address.
    let _parses = crate::nlp::syntax::keep_article(ctx.text);
    // 0-. "X sent an envoy": the envoy is X's (before 0 links "the envoy" to it)
    sent::resolve(ctx, cands, mentions);
    // 0. "the envoy", "the emir" → the one person introduced with that title
    titled::resolve(ctx, ranges, cands, mentions);
    // 0a. "the Commission" after "the European Commission": the body of that name
    short_names::resolve(ctx.text, mentions);
    // 0a'. "X, the commissioner for trade," after the body: the body's office-holder
    apposed_office::resolve(ctx.text, mentions);
    // 0a''. "Guinean army spokesman Ali Diallo": the body's office-holder (before 1, whose
    //       "he" then takes the body's actor)
    body_title::resolve(ctx.text, mentions);
    // 1. surnames of multi-word person names ("he"/"she" resolved on the way)
    let surnames = person_names(ctx, gaz, cands, mentions, ranges);
    // 2a. single-token non-person mentions that are the surname of an earlier person
    //     ("Scott C. Dayton … Dayton's family")
    surname_mentions(ctx, cands, &surnames, mentions);
    // 2. bare surnames not yet covered by a mention
    bare_surnames(ctx, cands, &surnames, mentions, ranges);
    // 2b. "the authorities in <capital>", "<capital>'s authorities": the seat's country,
    //     before 3 could give them the speaker's
    located::resolve(ctx, gaz, cands, mentions);
    // 2b''. "The Fund urged the government": the story's state, not the latest one named
    //       (before 2b', which gives the dateline's state to any later institution)
    addressed::resolve(ctx, |c| gaz.country_name(c), ranges, mentions);
    // 2b'. "NAIROBI — The foreign ministry …": the dateline capital's institution, in its
    //      sentence, and later when the dateline's country is an uncontested party
    dateline::resolve(ctx, gaz, cands, mentions);
    // 2c. "the foreign minister", "the ministry" → the office named earlier with its state
    offices::resolve(ctx, cands, mentions);
    // 2c'. "A spokesman said …" after "Ottawa summoned …"; "the spokesman" → the last one's
    speaker_chain::resolve(ctx, cands, mentions, ranges);
    // 2c''. "… summoned Y's envoy. Foreign Minister NAME said …": the official is that state's
    next_speaker::resolve(ctx, cands, mentions, ranges);
    // 2d. "the president-elect" → the government of the one state whose election is told
    elected::resolve(ctx, cands, mentions);
    // 2e. "Z's government and the rebels": the rebels are Z's
    opposed::joined_to_government(ctx.text, mentions);
    // 3. country-less agents → latest earlier mention with the same sector and a country
    countryless_agents(ctx, cands, mentions, ranges);
    // 3a. "the North", "the South" in a story naming both Koreas
    elliptical::resolve(ctx, ranges, mentions);
    // 4. collective descriptions of states named earlier
    collective::resolve(ctx, ranges, mentions);
    // 4b. "urged them" right after "both governments": the same parties
    group_pronouns::resolve(ctx, ranges, mentions);
    // 4a. "the two countries' foreign ministers": each state's agent
    possessors::resolve(ctx.text, mentions);
    // 5. "the regional bloc", "his Indian counterpart"
    descriptors::resolve(ctx, ranges, mentions);
    // 5c. "his guest", "the visiting president", "the hosts": the parties of a visit
    guest::resolve(ctx, ranges, mentions);
    // 5b. "Honduras sent a protest note …. The note demanded": the sender
    documents::resolve(ctx, ranges, mentions);
    // 5a. "Leaders also called on Y" in a story of one body's summit: that body
    summit::resolve(ctx, ranges, mentions);
    // 6. "the Gulf state", "the agency", "the rebel group"
    kinds::resolve(ctx, ranges, mentions);
    // 6a. "the front", "the committee" after "the … Liberation Front": the body of that name
    named_head::resolve(ctx, ranges, mentions);
    // 7. "rejected the accusations": their maker
    responses::resolve(ctx, ranges, mentions);
    // 7a. "met X and urged him": an object pronoun bound inside its own sentence
    bound::resolve(ctx, ranges, mentions);
    // 8. "It accused …", "They called on …", "thanked him": the previous subject
    third_person::resolve(ctx, ranges, mentions);
    // 8a. ""…," she said. "We have asked Y …"": a quotation run on is its speaker's
    quoted::resolve(ctx, ranges, mentions);
    // 8b. "A and B said …, and they called on C": the main clause's plural subject
    coordinated::resolve(ctx, ranges, mentions);
    // 9. "X said its drones …": the speaker's armed force
    owned::resolve(ctx, ranges, mentions);
    // 9a. "X said its embassy / his government …": the speaker's state's government
    own_office::resolve(ctx, ranges, mentions);
    // 10. "A closed the road, and its trade minister accused B": the first clause's subject
    clause_owner::resolve(ctx, ranges, mentions);
    // 10a. "its neighbour's ambassador": the other state of a two-state story
    dyad_other::resolve(ctx, ranges, mentions);
    // 11. "a former foreign minister": the office holder acts for no state
    former::resolve(ctx, cands, mentions);
    // 11a. "its foreign minister, X,": the office's holder
    apposed_name::resolve(ctx.text, mentions);
    // 12. "an ECOWAS mission … the delegation": the body's owner, over the speaker's state
    body_owner::resolve(ctx, cands, mentions);
}

/// Surname (and first-name) keys of person mentions, in order of start: a later person
/// mention whose last name word is a key links to the mention that introduced it; person
/// pronouns are resolved as they come, against the persons seen so far.
fn person_names(
    ctx: &Ctx,
    gaz: &Gazetteer,
    cands: &[Cand],
    mentions: &mut [Mention],
    ranges: &[(usize, usize)],
) -> HashMap<String, usize> {
    let mut surnames: HashMap<String, usize> = HashMap::new();
    // person mentions in order of start
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start_tok);
    // person candidates seen so far, in order of start
    let mut persons: Vec<usize> = Vec::new();
    for &ci in &order {
        let c = &cands[ci];
        if c.pronoun {
            if c.etype == EntityType::Person {
                let seen = pronouns::Seen {
                    persons: &persons,
                    surnames: &surnames,
                };
                if let Some(p) = pronouns::antecedent(ctx, ranges, cands, mentions, seen, ci) {
                    mentions[ci].antecedent = Some(p);
                    mentions[ci].actor = mentions[p].actor.clone();
                    // "X said … He did not … He warned …": a resolved pronoun keeps its
                    // person in sight for the next sentence's pronoun
                    persons.push(ci);
                }
            }
            continue;
        }
        if c.etype == EntityType::Person {
            person_keys(ctx, gaz, c, ci, &mut surnames, mentions);
            persons.push(ci);
        } else if spokesperson::speaks_for_body(ctx, c) {
            // "the foreign ministry spokesman": a person for "he" / "she", no name key
            persons.push(ci);
        }
    }
    surnames
}

/// The keys of person candidate `ci`: its first name as a second key ("Saddam" for
/// "Saddam Hussein"), and its last name word, which links it to an earlier bearer or
/// becomes a key when the name has two words or more.
fn person_keys(
    ctx: &Ctx,
    gaz: &Gazetteer,
    c: &Cand,
    ci: usize,
    surnames: &mut HashMap<String, usize>,
    mentions: &mut [Mention],
) {
    let (words, named) = name_words(ctx, gaz, c);
    let last = words.last().copied();
    // a first name / kunya as a second key ("Saddam" for "Saddam Hussein")
    if words.len() >= 2 && !c.weak {
        let fk = strip_article(ctx.norm.token(words[0]));
        if !titles().not_surname.contains(fk)
            && !titles().not_first_key.contains(fk)
            && fk.len() >= 2
        {
            surnames.entry(fk.to_string()).or_insert(ci);
        }
    }
    let Some(lk) = last else {
        return;
    };
    let key = strip_article(ctx.norm.token(lk)).to_string();
    if let Some(&ante) = surnames.get(&key) {
        if ante != ci && mentions[ci].antecedent.is_none() {
            mentions[ci].antecedent = Some(ante);
            if mentions[ci]
                .actor
                .as_ref()
                .is_none_or(|a| a.country.is_empty())
            {
                mentions[ci].actor = mentions[ante].actor.clone();
            }
        }
    } else if named >= 2 && !titles().not_surname.contains(key.as_str()) {
        surnames.insert(key, ci);
    }
}

/// The name words of person candidate `c` and how many words the name has: capitalised
/// (or "al-" + capital), not titles, and not the place or nationality words that lead it
/// ("Iraqi President …"), which still count as words of a name ("Wellington Koo"). A
/// place word after the first name word is the surname ("Lloyd Austin"), which news
/// repeats alone. A first word of two letters is a key too: East Asian names put the
/// family name first ("Xi Jinping … Xi said").
fn name_words(ctx: &Ctx, gaz: &Gazetteer, c: &Cand) -> (Vec<usize>, usize) {
    let mut words = Vec::new();
    let mut leading = 0;
    for k in c.start_tok..c.end_tok {
        let t = &ctx.tokens[k];
        let cap = t.cap || article_then_cap(ctx, k);
        let norm = ctx.norm.token(k);
        // "Ferdinand Marcos Jr.": the suffix is no name word, so "Marcos" keys the name
        let skipped = titles().coref.contains(norm) || titles().name_suffix.contains(norm);
        if t.kind != TokenKind::Word || !cap || skipped {
            continue;
        }
        if words.is_empty() && is_place_token(ctx, gaz, k) {
            leading += 1;
            continue;
        }
        words.push(k);
    }
    let named = words.len() + leading;
    (words, named)
}

/// Single-token non-person mentions that are the surname of an earlier multi-word person
/// become that person.
fn surname_mentions(
    ctx: &Ctx,
    cands: &[Cand],
    surnames: &HashMap<String, usize>,
    mentions: &mut [Mention],
) {
    for ci in 0..cands.len() {
        let c = &cands[ci];
        if c.etype == EntityType::Person
            || c.etype == EntityType::Nationality
            || c.pronoun
            || c.end_tok != c.start_tok + 1
        {
            continue;
        }
        let key = strip_article(ctx.norm.token(c.start_tok));
        if let Some(&ante) = surnames.get(key) {
            if mentions[ante].span.end <= mentions[ci].span.start
                && cands[ante].end_tok > cands[ante].start_tok + 1
            {
                mentions[ci].entity_type = EntityType::Person;
                mentions[ci].antecedent = Some(ante);
                mentions[ci].actor = mentions[ante].actor.clone();
            }
        }
    }
}

/// New person mentions for capitalised words outside every candidate that are the
/// surname of an earlier person, unless "May" is the month.
fn bare_surnames(
    ctx: &Ctx,
    cands: &[Cand],
    surnames: &HashMap<String, usize>,
    mentions: &mut Vec<Mention>,
    ranges: &[(usize, usize)],
) {
    if surnames.is_empty() {
        return;
    }
    let mut covered = vec![false; ctx.tokens.len()];
    for c in cands {
        for flag in covered.iter_mut().take(c.end_tok).skip(c.start_tok) {
            *flag = true;
        }
    }
    let mut sentence_of = vec![0usize; ctx.tokens.len()];
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for s in sentence_of.iter_mut().take(b).skip(a) {
            *s = si;
        }
    }
    let mut added = Vec::new();
    for (k, t) in ctx.tokens.iter().enumerate() {
        if covered[k] || t.kind != TokenKind::Word || !(t.cap || article_then_cap(ctx, k)) {
            continue;
        }
        let key = strip_article(ctx.norm.token(k));
        let Some(&ante) = surnames.get(key) else {
            continue;
        };
        if mentions[ante].span.start >= t.start || not_the_surname(ctx, k, key) {
            continue;
        }
        added.push(Mention {
            span: Span::new(t.start, t.end),
            entity_type: EntityType::Person,
            actor: mentions[ante].actor.clone(),
            sentence: sentence_of[k],
            antecedent: Some(ante),
            geo: None,
        });
    }
    mentions.extend(added);
}

/// Word `k` is an Arabic article joined to a capitalised name ("al-Ansari", "el-Sisi"):
/// news repeats such surnames alone with the article in lower case.
fn article_then_cap(ctx: &Ctx, k: usize) -> bool {
    let word = ctx.tokens[k].text(ctx.text);
    titles().article_prefixes.iter().any(|p| {
        word.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && word[p.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// Word `k` (the key `key`) is not the surname here: a number follows it ("May 5", any
/// key), or "May" is the month ("in May") or the verb ("May continues").
fn not_the_surname(ctx: &Ctx, k: usize, key: &str) -> bool {
    let prev = if k > 0 { ctx.norm.token(k - 1) } else { "" };
    let next_is_num = ctx
        .tokens
        .get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Number);
    if titles().month_context.contains(prev) && key == "may" || next_is_num {
        return true;
    }
    key == "may"
        && ctx
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.cap)
        && !titles().subject_verb_next.contains(ctx.norm.token(k + 1))
}

/// Does the phrase name a state's office in another state ("embassy", `mission-abroad` in
/// `data/lexicon/org_words.tsv`)?
fn mission_abroad(phrase: &str) -> bool {
    static W: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = W.get_or_init(|| crate::nlp::lexicon::List::OrgWords.set("mission-abroad"));
    phrase
        .split_whitespace()
        .any(|w| words.contains(w.to_lowercase().as_str()))
}

/// "The ministry said …": a country-less agent after "the" takes the actor of the latest
/// earlier mention of the same type and sector that has a country; a government or army
/// addressed by a domestic group of the one state its sentence names before it is that
/// state's (`opposed::own_state_of_domestic_group`; else, for a government
/// or army, the country of its domestic opponents: `opposed`). A definite office ("the
/// foreign minister", "the ministry") takes only the same office named with its state
/// (`offices`): another official of the sector may be another state's.
fn countryless_agents(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &mut [Mention],
    ranges: &[(usize, usize)],
) {
    for ci in 0..cands.len() {
        let Some(actor) = mentions[ci].actor.clone() else {
            continue;
        };
        // a multi-code actor ("the ambassadors of A and B") is placed: its countries are
        // in its code
        if !actor.country.is_empty() || actor.code.contains('/') || cands[ci].pronoun {
            continue;
        }
        // the mention may already include its article ("The ministry said …")
        let first = cands[ci].start_tok;
        if ctx.low(first) != "the" && ctx.low(first.saturating_sub(1)) != "the" {
            continue;
        }
        // a definite office ("the foreign minister") is bound by `offices` or left open
        let office = offices::is_definite_office(ctx, &cands[ci], &mentions[ci]);
        // "Lesotho's opposition criticised the government": the group's own state, before
        // the latest office named in earlier sentences (which may be a foreign one)
        // the sentences' ranges rise without overlap: found by binary search, not a scan
        // of every sentence for each agent
        let sentence_start = ranges
            .get(ranges.partition_point(|&(_, b)| b <= first))
            .filter(|&&(a, b)| (a..b).contains(&first))
            .map(|&(a, _)| ctx.tokens[a].start);
        if let Some(a) = sentence_start
            .and_then(|s0| opposed::own_state_of_domestic_group(mentions, ci, &actor, s0))
        {
            mentions[ci].actor = Some(a);
            continue;
        }
        let start = mentions[ci].span.start;
        let abroad = |j: usize| mission_abroad(mentions[j].span.slice(ctx.text));
        let own_abroad = abroad(ci);
        let best = (0..mentions.len())
            .filter(|_| !office)
            .filter(|&j| j != ci && mentions[j].span.end <= start)
            .filter(|&j| {
                mentions[j].entity_type == mentions[ci].entity_type
                    && mentions[j]
                        .actor
                        .as_ref()
                        .is_some_and(|a| !a.country.is_empty() && a.sector == actor.sector)
            })
            // "the government" is not the embassy a state keeps abroad ("the embassy" is);
            // checked last: it reads the phrase's words, the filters above only codes
            .filter(|&j| own_abroad || !abroad(j))
            .max_by_key(|&j| mentions[j].span.start);
        if let Some(j) = best {
            mentions[ci].antecedent = Some(j);
            mentions[ci].actor = mentions[j].actor.clone();
        } else if let Some(a) = opposed::placed_by_opponents(mentions, ci, &actor) {
            mentions[ci].actor = Some(a);
        }
    }
}
