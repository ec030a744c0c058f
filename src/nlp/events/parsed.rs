//! Glue between the word-level phrases and the dependency parse: clauses, groups, sides.
use super::*;

/// Pattern-matching windows per verb phrase: from the previous clause verb or a hard
/// boundary to the next one (the dictionaries' patterns are word sequences).
/// `attributive[i]`: the parse reads `vps[i]` as a participle or adjective before its noun
/// (`window::attributive_phrases`), no clause of its own, so it ends no window.
/// `prepositional[j]`: token `j` is a subordinator the parse reads as a preposition
/// (`window::prepositional_subordinators`), no boundary.
pub(super) fn clause_bounds(
    toks: &[Tok],
    vps: &[Vp],
    attributive: &[bool],
    prepositional: &[bool],
) -> (Vec<usize>, Vec<usize>) {
    let n = toks.len();
    let hard_tok = |tk: &Tok| tk.mention.is_none() && tk.is(BOUNDARY | COMPL | SUBORD | QUOTE);
    let hard = |j: usize| {
        hard_tok(&toks[j])
            && !prepositional.get(j).copied().unwrap_or(false)
            && !scare_quote(toks, j)
            && !short_quote(toks, j)
    };
    let clause_vp = |b: usize| !vps[b].modifier && !attributive.get(b).copied().unwrap_or(false);
    let mut left = Vec::with_capacity(vps.len());
    let mut right = Vec::with_capacity(vps.len());
    let mut prev_clause_vp: Option<usize> = None;
    for (vi, vp) in vps.iter().enumerate() {
        let ps = vp.aux_start.min(vp.phrase_start());
        let prev_end = prev_clause_vp.map_or(0, |p| vps[p].end.min(ps));
        let lb = (prev_end..ps)
            .rev()
            .find(|&j| hard(j))
            .map_or(prev_end, |j| j + 1);
        let next = (vi + 1..vps.len()).find(|&b| clause_vp(b)).map(|b| &vps[b]);
        let next_vp = next.map_or(n, |v| v.aux_start.min(v.phrase_start()));
        let rb = (vp.end..next_vp.max(vp.end))
            .find(|&j| hard(j) && !one_word_quote(toks, j))
            .map(|j| {
                super::quoted_object::quoted_object_end(toks, vp.end, j)
                    .map_or(j, |close| close.min(next_vp.max(vp.end)))
            })
            .unwrap_or_else(|| {
                // "ordered the envoys to leave": an infinitive right after the object is
                // the verb's complement, and the dictionaries' patterns span it
                // (`ORDER * TO LEAVE`), so the window takes in "to" and its verb.
                next.filter(|v| v.infinitive && v.end > vp.end)
                    .map_or(next_vp.max(vp.end), |v| v.end)
            });
        if clause_vp(vi) {
            prev_clause_vp = Some(vi);
        }
        left.push(lb);
        right.push(rb);
    }
    (left, right)
}

/// Per verb phrase: its right bound without the infinitive that `clause_bounds` takes into
/// the window ("provided $40 million to support Y's grid"). Only a pattern that names the
/// "to" reads the infinitive ("ORDER * TO LEAVE"); for the others the infinitive is a
/// purpose clause of its own, and its verb ("support") must not code the giving.
pub(super) fn bounds_before_infinitive(
    vps: &[Vp],
    attributive: &[bool],
    right: &[usize],
) -> Vec<usize> {
    let clause_vp = |b: usize| !vps[b].modifier && !attributive.get(b).copied().unwrap_or(false);
    vps.iter()
        .enumerate()
        .map(|(vi, vp)| {
            let next = (vi + 1..vps.len()).find(|&b| clause_vp(b)).map(|b| &vps[b]);
            match next {
                Some(v) if v.infinitive && v.end > vp.end && right[vi] == v.end => {
                    v.aux_start.min(v.phrase_start()).max(vp.end)
                }
                _ => right[vi],
            }
        })
        .collect()
}

/// Quotation marks around a single actor ("expected \"both sides\" to …") mark a phrase
/// as someone's words, not a clause boundary: the verb's patterns reach past them.
fn scare_quote(toks: &[Tok], j: usize) -> bool {
    let is_quote = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is(QUOTE) && t.mention.is_none())
    };
    let mention = |k: usize| toks.get(k).and_then(|t| t.mention);
    // opening: a mention follows and a quote closes right after it
    if let Some(m) = mention(j + 1) {
        let end = (j + 1..toks.len()).find(|&k| mention(k) != Some(m));
        if end.is_some_and(is_quote) {
            return true;
        }
    }
    // closing: a mention precedes and a quote opened right before it
    if let Some(m) = j.checked_sub(1).and_then(mention) {
        let start = (0..j).rev().find(|&k| mention(k) != Some(m));
        return start.is_some_and(is_quote);
    }
    false
}

/// Quotation marks around a few words that start with a determiner or a preposition and
/// have no punctuation inside ("called the detention \"a provocation\"", "would respond
/// \"in kind\"") quote a label or a manner, not a clause: the verb's patterns reach past
/// them as past a scare-quoted actor, and so does a short quoted noun phrase
/// (`quoted_noun_phrase`). A quoted topic ("discussed \"peace and stability\" and the
/// elections …") stays a boundary.
fn short_quote(toks: &[Tok], j: usize) -> bool {
    const MAX_WORDS: usize = 4;
    if !toks[j].is(QUOTE) {
        return false;
    }
    let plain = |k: usize| !toks[k].is(QUOTE | PUNCT | COMMA | BOUNDARY);
    let after = (j + 1..toks.len().min(j + MAX_WORDS + 2)).find(|&k| !plain(k));
    let before = (j.saturating_sub(MAX_WORDS + 1)..j)
        .rev()
        .find(|&k| !plain(k));
    let opener = |first: usize, close: usize| {
        toks[first].is(DET | PREP) || quoted_noun_phrase(toks, first, close)
    };
    let closes_after = after.is_some_and(|k| k > j + 1 && toks[k].is(QUOTE) && opener(j + 1, k));
    let opens_before = before.is_some_and(|k| k + 1 < j && toks[k].is(QUOTE) && opener(k + 1, j));
    closes_after || opens_before
}

/// Quote `j` opens or closes a quotation of exactly one word ("expressed \"solidarity\" with
/// Y", "said it \"regretted\" the decision"): the speaker's term, so a verb before it reads
/// on past it to its partner. It still ends the left context of a verb after it ("called
/// the claims \"propaganda\" meant to …": the claims are not the next verb's subject).
fn one_word_quote(toks: &[Tok], j: usize) -> bool {
    let plain = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !t.is(QUOTE | PUNCT | COMMA | BOUNDARY))
    };
    let quote_at = |k: usize| toks.get(k).is_some_and(|t| t.is(QUOTE));
    let opens = quote_at(j) && quote_at(j + 2) && plain(j + 1);
    let closes = quote_at(j) && j >= 2 && quote_at(j - 2) && plain(j - 1);
    opens || closes
}

/// The words `first..close` between two quotation marks are a short quoted noun phrase
/// ("expressed \"full solidarity\" with Y"): two or three words, the first lower-case (a
/// quoted sentence opens with a capital), none a conjunction (a quoted topic list) or a
/// negation ("had \"no problem\" with", whose reading the verb's patterns must not take).
fn quoted_noun_phrase(toks: &[Tok], first: usize, close: usize) -> bool {
    let n = close - first;
    (2..=3).contains(&n) && !toks[first].cap && (first..close).all(|k| !toks[k].is(CONJ | NEG))
}

/// The actor group marked on each word: the group whose mention covers the word's token.
pub(super) fn word_groups(
    words: &[crate::nlp::syntax::Word],
    toks: &[Tok],
    groups: &[Group],
) -> Vec<Option<u32>> {
    let mut out = Vec::with_capacity(words.len());
    let mut t = 0;
    for w in words {
        while t < toks.len() && toks[t].span.end <= w.start {
            t += 1;
        }
        let mark = toks
            .get(t)
            .filter(|tk| tk.span.start <= w.start)
            .and_then(|tk| {
                tk.mention?;
                groups
                    .iter()
                    .position(|g| g.start <= t && t < g.end)
                    .map(|g| g as u32)
            });
        out.push(mark);
    }
    out
}

/// The mentions of the actor groups a frame names.
pub(super) fn side_of(groups: &[Group], ids: &[u32]) -> Side {
    let mut mentions = Vec::new();
    for &g in ids {
        for &m in groups.get(g as usize).map_or(&[][..], |g| &g.mentions) {
            if !mentions.contains(&m) {
                mentions.push(m);
            }
        }
    }
    Side {
        mentions,
        tokens: None,
        named: false,
    }
}

impl EventCoder {
    /// Tags and parses the sentence of `toks` (the article is tokenised for the parser on
    /// first use, only when a sentence needs it). `names` are the byte spans of the
    /// sentence's place names: one the parse read as no name ("Norway," as "No,") is told
    /// to the tagger, and the sentence parsed again (`syntax::misread_names`).
    pub(super) fn parse(
        &self,
        text: &str,
        article_tokens: &mut Option<Vec<text::Token>>,
        toks: &[Tok],
        names: &[(usize, usize)],
    ) -> Analysis {
        let all = article_tokens.get_or_insert_with(|| text::tokenize(text));
        let (start, end) = match (toks.first(), toks.last()) {
            (Some(f), Some(l)) => (f.span.start, l.span.end),
            _ => (0, 0),
        };
        let a = all.partition_point(|t| t.end <= start);
        let b = all.partition_point(|t| t.start < end).max(a);
        let a = a + text::dateline_len(text, &all[a..b]);
        let analysis = self.syntax.analyse_sentence_reusing(text, &all[a..b]);
        if !syntax::misread_names(&analysis.words, names) {
            return analysis;
        }
        self.syntax.analyse_sentence_naming(text, &all[a..b], names)
    }

    /// Dictionary verbs the parse tags as verbs where the word-level finder saw none
    /// ("Israeli strikes hit Gaza": "hit" read as the object of "strikes").
    pub(super) fn add_parse_verbs(&self, toks: &[Tok], words: &[syntax::Word], vps: &mut Vec<Vp>) {
        let covered = |vps: &[Vp], k: usize| {
            vps.iter()
                .any(|v| (v.phrase_start().min(v.start)..v.end).contains(&k))
        };
        let mut added = false;
        for w in words.iter().filter(|w| w.upos == "VERB") {
            let Some(k) = toks.iter().position(|t| t.span.start == w.start) else {
                continue;
            };
            if covered(vps, k) || toks[k].mention.is_some() {
                continue;
            }
            let Some((forms, len)) = self.form_at(toks, k) else {
                continue;
            };
            let mut vp = Vp {
                start: k,
                end: k + len,
                forms,
                tense: tense_of(toks, k, &self.dict),
                control: None,
                aux_start: k,
                passive: false,
                negated: false,
                intended: false,
                speech: toks[k].is(SPEECH),
                modifier: false,
                infinitive: false,
                future: false,
                possible: false,
            };
            self.qualify(toks, &mut vp);
            vps.push(vp);
            added = true;
        }
        if added {
            vps.sort_by_key(|v| v.start);
        }
    }

    /// A present form the word-level finder took for a verb right after an agent mention
    /// or a capitalised modifier ("held joint military exercises": "military exercises"
    /// read as "the military exercises"; "joined Western sanctions"), where the parse makes it a noun the mention modifies (`amod`,
    /// `compound`): one noun phrase, no clause verb. As a verb it ended the window of the
    /// verb before it, so that verb's pattern ("* {JOINT MILITARY EXERCISES}") was cut.
    pub(super) fn drop_modified_nouns(toks: &[Tok], words: &[syntax::Word], vps: &mut Vec<Vp>) {
        let word_at = |k: usize| words.iter().position(|w| w.start == toks[k].span.start);
        let nominal = |v: &Vp| {
            if !matches!(v.tense, Tense::Base | Tense::S)
                || v.aux_start != v.start
                || v.control.is_some()
                || v.end - v.start != 1
                || v.start == 0
                || !Self::modifier_before(toks, v.start)
            {
                return false;
            }
            let (Some(n), Some(m)) = (word_at(v.start), word_at(v.start - 1)) else {
                return false;
            };
            words[n].upos == "NOUN"
                && words[m].head as usize == n + 1
                && matches!(words[m].deprel.as_str(), "amod" | "compound")
        };
        vps.retain(|v| !nominal(v));
    }

    /// "signed a deal after their ministers met in Accra": the token pass takes a past form
    /// after a noun phrase that a preposition-like word opens for a reduced relative ("a
    /// soldier killed in"), but when the parse gives the verb a subject of its own and a
    /// subordinator ("after", "when") it is a finite clause, and its act is coded. So is
    /// the sentence's root with a subject of its own ("A and B border commissions agreed
    /// on Friday on …"): a reduced relative modifies a noun and is never the root.
    pub(super) fn clausal_past_forms(toks: &[Tok], words: &[syntax::Word], vps: &mut [Vp]) {
        let word_at = |k: usize| words.iter().position(|w| w.start == toks[k].span.start);
        let has_kid = |n: usize, rel: &str| {
            words
                .iter()
                .any(|w| w.head as usize == n + 1 && w.deprel == rel)
        };
        for v in vps.iter_mut().filter(|v| v.modifier && !v.passive) {
            let Some(n) = word_at(v.end - 1) else {
                continue;
            };
            let clause = has_kid(n, "mark") || words[n].head == 0;
            if words[n].xpos == "VBD" && has_kid(n, "nsubj") && clause {
                v.modifier = false;
            }
        }
    }

    /// The token before `k` may modify it as one noun phrase: an actor mention, or a
    /// capitalised word that does not open the sentence ("Western", "European").
    fn modifier_before(toks: &[Tok], k: usize) -> bool {
        toks[k - 1].mention.is_some() || k >= 2 && toks[k - 1].cap
    }

    /// The source side of a frame: its actor groups; a pronoun subject takes the previous
    /// sentence's source; a named person the dictionaries do not know stays a named side.
    pub(super) fn source_side(
        &self,
        sent: &frames::Sentence,
        toks: &[Tok],
        groups: &[Group],
        f: &frames::Frame,
        last_source: &Option<Vec<u32>>,
    ) -> Side {
        let mut side = side_of(groups, &f.source);
        if side.known() {
            return side;
        }
        if f.source_pronoun {
            if let Some(ls) = last_source {
                side.mentions = ls.clone();
                return side;
            }
        }
        let word = f.source_word.and_then(|w| sent.word_span(w));
        if let Some((ws, we)) = word {
            let t = toks
                .iter()
                .position(|t| t.span.start < we && ws < t.span.end);
            if let Some(t) = t {
                side.named = toks[t].named;
                side.tokens = Some((t, t + 1));
            }
        }
        side
    }
}

/// "voiced support for the Philippines, and the U.S. ambassador … called": the word lists
/// join actors that only ", and" separates (`actor_groups`), but when the parse makes the
/// later actor the subject of a verb, a new clause begins there: the group splits, so
/// neither clause's actor is taken as the other's.
pub(super) fn split_at_new_subjects(
    words: &[crate::nlp::syntax::Word],
    toks: &[Tok],
    groups: &mut Vec<Group>,
) {
    super::actors::split_groups(toks, groups, |between, ts, te, _| {
        let after_comma = between.iter().any(|t| t.is(COMMA)) && between.iter().any(|t| t.is(CONJ));
        after_comma && subject_of_verb(words, &toks[ts..te])
    });
}

/// Is the syntactic head of the words under `toks` (the one whose head lies outside them)
/// a subject?
fn subject_of_verb(words: &[crate::nlp::syntax::Word], toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    let (s, e) = (first.span.start, last.span.end);
    let inside: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].start >= s && words[i].end <= e)
        .collect();
    inside.iter().any(|&i| {
        let head = (words[i].head as usize).checked_sub(1);
        let outside = head.is_none_or(|h| !inside.contains(&h));
        outside && words[i].deprel.starts_with("nsubj")
    })
}
