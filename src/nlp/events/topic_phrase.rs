//! The topic of a verb of speech or pressure: "Germany pressed Turkey over the
//! detentions", "complained to Y about the arrests", "lobbied Y on the sanctions". The act
//! noun after "over", "about" or "on" is what the pressure or the complaint is about; it is
//! not the verb's object. The dictionaries' patterns are word sequences that skip any words
//! between the verb and their noun ("PRESS * &DETENTION", 173, written for "pressed for the
//! detention of …"), so they read the topic as the act and coded the pressure as an arrest.
//! A pattern element of such a verb (`topic_verb` in `data/lexicon/phrase_words.txt`) is
//! not looked for past a topic preposition (`topic_preposition`) it does not itself name.
//! Parties (`$`, `+`) are still found there: "protested to Y over Z's arrest" is the
//! frames' to place.
use super::*;

/// The word ids of the verbs and prepositions of a topic phrase.
pub(super) struct TopicWords {
    verbs: Vec<u32>,
    preps: Vec<u32>,
}

impl TopicWords {
    pub(super) fn load(dict: &mut VerbDictionary) -> Result<Self, NlpError> {
        Ok(Self {
            verbs: phrase_words::verb_form_ids(dict, "topic_verb")?,
            preps: phrase_words::word_ids(dict, "topic_preposition")?,
        })
    }

    /// Would a pattern element of `vp` found at token `j` lie in a topic phrase: `vp`'s verb
    /// is one of speech or pressure, `e` is a word or a word set (not a party), and the
    /// words `from..j` the pattern skips end in a topic preposition's noun phrase
    /// ([`opens_phrase_of`]).
    pub(super) fn past_topic(
        &self,
        toks: &[Tok],
        vp: &Vp,
        e: &crate::nlp::verbs::Elem,
        from: usize,
        j: usize,
    ) -> bool {
        let content = matches!(e.kind, ElemKind::Word { .. } | ElemKind::Synset(_));
        content
            && toks
                .get(vp.start)
                .is_some_and(|t| self.verbs.contains(&t.id))
            && (from..j)
                .rev()
                .find(|&k| self.preps.contains(&toks[k].id))
                .is_some_and(|k| opens_phrase_of(toks, k, j))
    }
}

/// Closed-class words that end a topic preposition's noun phrase before `j`, or make the
/// preposition one of time or quantity: "pressed Y on Monday to release …", "about 200
/// migrants", "over the past week".
const NOT_IN_TOPIC: u32 = PREP | TO | COMMA | PUNCT | BOUNDARY | TIME | NUM | COMPL | SUBORD;

/// Preposition `k` heads the noun phrase that token `j` is in: no word between them ends
/// the phrase or makes the preposition one of time, and the phrase is short (a determiner
/// and a modifier or two).
fn opens_phrase_of(toks: &[Tok], k: usize, j: usize) -> bool {
    const MAX_BETWEEN: usize = 3;
    j - k <= MAX_BETWEEN + 1
        && toks[k + 1..j].iter().all(|t| !t.is(NOT_IN_TOPIC))
        && toks.get(j).is_some_and(|t| !t.is(TIME | NUM))
}
