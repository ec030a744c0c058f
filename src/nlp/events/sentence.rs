//! Per sentence: mark the verb phrases, parse, build one frame per phrase (`vp_frames`), code
//! each frame (`vp_events`), keep the events that survive the sentence's filters, then add
//! the event nouns' events (`nouns`).
use super::context::{ArticleState, SentenceCx, SentenceInput};
use super::vp_events::VerbEvents;
use super::vp_frames::VpFrame;
use super::*;
use crate::nlp::Mention;

impl EventCoder {
    pub(super) fn code_sentence(
        &self,
        input: &SentenceInput,
        state: &mut ArticleState,
        out: &mut Vec<CodedEvent>,
    ) {
        let toks = input.toks;
        let mut groups = actor_groups(toks);
        super::described::split_descriptions(input.text, input.ents, toks, &mut groups);
        let actors = compose_actors(input.ents, toks, &mut groups);
        let mut vps = self.verb_phrases(toks);
        // A sentence with no dictionary verb is parsed only for an act a later label of a
        // wrong may name (`told.rs`), and codes nothing.
        let told_only = vps.is_empty() && super::told::tells_listed_verb(input.text, toks);
        if !self.worth_parsing(input, &groups, told_only || !vps.is_empty()) {
            return;
        }
        let analysis = self.parse(input.text, &mut state.tokens, toks, &place_names(input));
        if !told_only {
            self.add_parse_verbs(toks, &analysis.words, &mut vps);
        }
        Self::drop_modified_nouns(toks, &analysis.words, &mut vps);
        // the repaired tree: a reduced relative the frames re-read as an "after" clause's
        // verb ("after a patrol boat fired on a trawler") is a clause there (branch after2)
        let words = frames::repaired(&analysis.words);
        Self::clausal_past_forms(toks, &words, &mut vps);
        split_at_new_subjects(&analysis.words, toks, &mut groups);
        super::relative_conjunct::split_at_relative_conjuncts(
            &analysis.words,
            toks,
            self.frame_lex,
            &mut groups,
        );
        let marks = word_groups(&analysis.words, toks, &groups);
        let mut sent = frames::Sentence::new(&words, &marks, self.frame_lex);
        mark_countryless(&mut sent, &groups, &actors);
        let preds = mark_predicates(&mut sent, toks, &vps);
        let cx = SentenceCx {
            text: input.text,
            ents: input.ents,
            si: input.si,
            toks,
            locations: input.locations,
            last_source: &state.last_source,
            groups: &groups,
            actors: &actors,
            words: &words,
            sent: &sent,
            has_actors: !groups.is_empty(),
            according: according_to(toks, &groups),
        };
        state.told.extend(super::told::record(&cx));
        if told_only {
            return;
        }
        let vfs = self.vp_frames(&cx, vps, &preds);
        let first = out.len();
        keep_verb_events(self.code_frames(&cx, &vfs), &vfs, out);
        self.code_nouns(&cx, first, out);
        let (earlier, new) = out.split_at_mut(first);
        super::own_side::own_population(new, earlier, input.text, toks, &actors);
        super::own_agent::own_agents(&mut out[first..], input.text, input.ents, &actors);
        super::held_nationals::partitive_nationals(out, first, input.text, toks, &actors);
        super::crew::crew_of_vessel(out, first, input.text, toks);
        super::deployment::forces_sent_to_help(&mut out[first..], input.text, toks, &actors);
        super::labour::labour_strikes(&mut out[first..], input.text, toks);
        super::state_protest::state_protests(&mut out[first..], input.text, input.ents);
        let (start, end) = (toks[0].span.start, toks[toks.len() - 1].span.end);
        if self.sport.names_sport(&input.text[start..end]) {
            // Sport diplomacy stays; everything else in a sentence about sport is the game.
            let kept: Vec<CodedEvent> = out
                .drain(first..)
                .filter(|e| self.sport.diplomatic(e))
                .collect();
            out.extend(kept);
        }
        state.trees.keep(input.si, words.into_owned());
    }

    /// Only a sentence with a dictionary verb phrase, an actor or a named participant, and
    /// not a match result, is parsed (a sentence about sport keeps only sport diplomacy).
    fn worth_parsing(&self, input: &SentenceInput, groups: &[Group], verbs: bool) -> bool {
        if !verbs {
            return false;
        }
        let toks = input.toks;
        if groups.is_empty() && !toks.iter().any(|t| t.named) {
            // No actor to code: nothing is parsed, nothing is emitted.
            return false;
        }
        let (first, last) = (toks[0].span.start, toks[toks.len() - 1].span.end);
        !self.sport.is_game(&input.text[first..last])
    }

    pub(super) fn location(
        &self,
        ents: &EntityAnalysis,
        toks: &[Tok],
        locations: &[usize],
        src: &Side,
        tgt: &Side,
    ) -> Option<usize> {
        let used =
            |m: usize| src.mentions.contains(&(m as u32)) || tgt.mentions.contains(&(m as u32));
        let mut best = None;
        for &mi in locations {
            if used(mi) {
                continue;
            }
            let start = ents.mentions[mi].span.start;
            let ti = toks.iter().position(|t| t.span.end > start);
            let after_prep = ti.is_some_and(|i| i > 0 && toks[i - 1].is(LOCPREP));
            if after_prep {
                return Some(mi);
            }
            best.get_or_insert(mi);
        }
        best
    }
}

/// The predicate word of each verb phrase (a verbal word of its span); then every phrase's
/// verb and control verb is marked a predicate, as only those govern a complement.
fn mark_predicates(sent: &mut frames::Sentence, toks: &[Tok], vps: &[Vp]) -> Vec<Option<usize>> {
    let preds = vps
        .iter()
        .map(|vp| {
            let p = sent.predicate_in(toks[vp.start].span.start, toks[vp.end - 1].span.end)?;
            sent.is_verbal(p).then_some(p)
        })
        .collect();
    for vp in vps {
        let control = vp.control.map_or(vp.start, |c| c.0);
        for k in [vp.start, control] {
            if let Some(w) = sent.word_at(toks[k].span.start) {
                sent.mark_predicate(w);
            }
        }
    }
    preds
}

/// Tells the frames which actor groups name only agents without a country ("troops"):
/// every actor of every mention carries the "---" prefix `compose_actors` gives them; and
/// which name only international organisations (codes "IGO…").
fn mark_countryless(sent: &mut frames::Sentence, groups: &[Group], actors: &ActorMap) {
    for (g, group) in groups.iter().enumerate() {
        let all = |f: &dyn Fn(&str) -> bool| {
            let mut codes = group
                .mentions
                .iter()
                .flat_map(|m| actors.get(m).into_iter().flatten());
            let mut any = false;
            codes.all(|a| {
                any = true;
                f(&a.code)
            }) && any
        };
        if all(&|c| c.starts_with("---")) {
            sent.mark_countryless(g as u32);
        }
        if all(&|c| c.starts_with("IGO")) {
            sent.mark_organisation(g as u32);
        }
        if let Some(c) = one_country(group, actors) {
            sent.mark_country(g as u32, c);
        }
    }
}

/// The one country every actor of a group is of, if any.
fn one_country<'a>(group: &Group, actors: &'a ActorMap) -> Option<&'a str> {
    let mut countries = group
        .mentions
        .iter()
        .flat_map(|m| actors.get(m).into_iter().flatten())
        .map(|a| a.country.as_str());
    let first = countries.next().filter(|c| !c.is_empty())?;
    countries.all(|c| c == first).then_some(first)
}

/// "according to X": the mentions of the actor group right after it.
fn according_to(toks: &[Tok], groups: &[Group]) -> Option<Vec<u32>> {
    let a = toks.iter().position(|t| t.is(ACCORDING))?;
    groups
        .iter()
        .find(|g| g.start > a && g.start <= a + 3)
        .map(|g| g.mentions.clone())
}

/// Moves the verb-phrase events that survive the sentence's filters to `out`.
fn keep_verb_events(ev: VerbEvents, vfs: &[VpFrame], out: &mut Vec<CodedEvent>) {
    // A speech verb whose content was coded is not an event of its own, unless the content
    // made it an accusation ("said Y had violated …": 112, the content's own code kept).
    let accusing = |vi: usize| {
        ev.pending
            .iter()
            .any(|(v, e)| *v == vi && e.cameo.starts_with("112"))
    };
    let suppressed: Vec<bool> = (0..vfs.len())
        .map(|vi| {
            vfs[vi].vp.speech
                && !accusing(vi)
                && (0..vfs.len()).any(|o| o != vi && vfs[o].speaker_of == Some(vi) && ev.emitted[o])
        })
        .collect();
    let mut pending = ev.pending;
    // Once a verb phrase of the sentence has a known source, events whose source is
    // unknown are parse noise more often than not.
    let any_known = pending
        .iter()
        .any(|(vi, e)| !suppressed[*vi] && !e.source.actor.code.is_empty());
    if any_known {
        // …but a weapon subject is not noise: it waits for a later claim (`claimed`)
        pending.retain(|(vi, e)| {
            !e.source.actor.code.is_empty()
                || ev.named_src[*vi]
                || super::claimed::weapon_subject(e)
        });
    }
    let first = out.len();
    for (vi, e) in pending {
        if suppressed[vi] {
            continue;
        }
        let dup = out[first..].iter().any(|o| {
            o.trigger == e.trigger
                && o.cameo == e.cameo
                && o.source.actor.code == e.source.actor.code
                && target_code(o) == target_code(&e)
        });
        if !dup {
            out.push(e);
        }
    }
}

/// The byte spans of the sentence's place names: its location mentions that are proper
/// names of the gazetteer (capitalised, resolved to a country or a known place), not place
/// words ("borders", "villages").
fn place_names(input: &SentenceInput) -> Vec<(usize, usize)> {
    let named = |m: &Mention| {
        let capital = input
            .text
            .get(m.span.start..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase);
        capital && (m.actor.is_some() || m.geo.is_some())
    };
    input
        .locations
        .iter()
        .map(|&m| &input.ents.mentions[m])
        .filter(|m| named(m))
        .map(|m| (m.span.start, m.span.end))
        .collect()
}
