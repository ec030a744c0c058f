//! The target of a predicate from its object and obliques, with the fallbacks that
//! look for a party elsewhere in the clause.
use super::{has, push_unique, Frame, Sentence};

impl Sentence<'_> {
    /// The target: an object, an oblique with a target preposition, or the object noun's
    /// modifier ("imposed sanctions on Y", "held talks with Y"). An object that is a thing
    /// whose only actor is a modifier naming an agent without a country yields to a target
    /// oblique that names a party itself: "suspended military aid to Y" acts on Y, not on
    /// "military". An agent head ("sent troops to Y") keeps the object: where troops go is
    /// a destination, and the dictionary codes such sendings as force.
    pub(super) fn object(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        let obj = self.direct_object(p);
        let weak = obj.as_ref().is_some_and(|(t, how)| {
            matches!(*how, "obj" | "iobj") && self.only_countryless(t) && self.thing_object(p)
        });
        if obj.is_some() && !weak {
            return obj;
        }
        if obj.is_none() {
            return self.target_oblique(p);
        }
        // The party must be the oblique's own head ("to Y"), not a modifier of a thing
        // ("a solution to the Y crisis").
        let party = self
            .target_obliques(p)
            .find(|&o| self.groups[o].is_some())
            .map(|o| self.actor(o))
            .filter(|a| !self.only_countryless(a));
        match party {
            Some(a) => Some((a, "obl>over-agent-modifier")),
            None => self
                .object_party(p)
                .map(|a| (a, "obj>nmod>over-agent-modifier"))
                .or(obj),
        }
    }

    /// "Obama lifted the US embargo on Vietnam": an object that is a thing whose only party
    /// is a modifier of the source's own country names whose measure it is, not on whom;
    /// a party in a target oblique or the object's target modifier is the target.
    pub(super) fn past_own_modifier(
        &self,
        p: usize,
        f: &Frame,
    ) -> Option<(Vec<u32>, &'static str)> {
        let own = |g: &u32| {
            let country = |x: &u32| self.countries.iter().find(|(y, _)| y == x).map(|(_, c)| c);
            let c = country(g);
            c.is_some() && f.source.iter().any(|s| country(s) == c)
        };
        if f.source.is_empty() || f.target.is_empty() || !f.target.iter().all(own) {
            return None;
        }
        if !self.thing_object(p) {
            return None;
        }
        let other = |a: &Vec<u32>| !a.is_empty() && !a.iter().any(own);
        self.target_obliques(p)
            .map(|o| self.actor(o))
            .find(other)
            .map(|a| (a, "obl>past-own-modifier"))
            .or_else(|| {
                self.object_party(p)
                    .filter(other)
                    .map(|a| (a, "obj>nmod>past-own-modifier"))
            })
    }

    /// The same party attached to the object noun instead of the verb ("suspended military
    /// aid to Y over …" parses "to Y" as the noun's modifier): a target-case `nmod` of the
    /// object whose own head word names an actor with a country. The phrase may close a
    /// coordinated object ("suspended military aid and arms deals with Y"): the parser
    /// hangs it on the last conjunct, but it names the party of the whole object. An `obl`
    /// the parser hangs on the object noun is such a modifier too ("lifted US embargo on
    /// arms sales to Y" makes "to Y" an `obl` of "embargo").
    fn object_party(&self, p: usize) -> Option<Vec<u32>> {
        ["obj", "iobj"]
            .iter()
            .flat_map(|rel| self.kids(p, rel))
            .flat_map(|o| std::iter::once(o).chain(self.kids(o, "conj")))
            .flat_map(|o| self.kids(o, "nmod").chain(self.kids(o, "obl")))
            .filter(|&m| self.case_in(m, &self.lex.target_case))
            .find(|&m| self.groups[m].is_some())
            .map(|m| self.actor(m))
            .filter(|a| !self.only_countryless(a))
    }

    /// Is the first object of `p` that names an actor a thing whose modifier names it
    /// ("military aid"), not an agent word itself ("troops")?
    fn thing_object(&self, p: usize) -> bool {
        let named = ["obj", "iobj"]
            .iter()
            .flat_map(|rel| self.kids(p, rel))
            .find(|&o| !self.actor(o).is_empty());
        named.is_some_and(|o| self.groups[o].is_none())
    }

    /// The `obl` dependents of `p` with a target preposition ("to", "against", "with"),
    /// other than the forum a dispute is referred to. The obliques of what a verb of giving
    /// gives count too when the tagger reads the thing given as a gerund (`given_gerunds`).
    fn target_obliques(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        let given = self.given_gerunds(p);
        std::iter::once(p)
            .chain(given)
            .flat_map(|h| self.children[h].iter().copied())
            .filter(|&c| {
                self.rel(c) == "obl"
                    && self
                        .marker(c, "case")
                        .is_some_and(|m| has(&self.lex.target_case, m))
                    && !self.referral_forum(c)
                    && !self.third_party_adjunct(c)
                    && !self.journey_origin(c)
                    && !self.across_border(c)
            })
    }

    /// "provided (peacekeeping) training to Y": the tagger reads the thing a verb of giving
    /// gives as a gerund, an `xcomp` of the verb (or of such a gerund), so "to Y" hangs on
    /// the gerund. A gerund with no object, subject or marker of its own is the thing given:
    /// its obliques are the giving's.
    fn given_gerunds(&self, p: usize) -> Vec<usize> {
        let mut out = Vec::new();
        if !has(&self.lex.giving_verb, &self.lower[p]) {
            return out;
        }
        let mut cur = p;
        while let Some(g) = self.kids(cur, "xcomp").find(|&g| self.bare_gerund(g)) {
            out.push(g);
            cur = g;
        }
        out
    }

    /// A gerund (VBG) with no object, subject or marker ("to", "by") of its own.
    fn bare_gerund(&self, g: usize) -> bool {
        self.words[g].xpos == "VBG"
            && ["obj", "nsubj", "mark"]
                .iter()
                .all(|rel| self.kid(g, rel).is_none())
    }

    /// The `by` agent of a participle of looking on (`onlooker_verb`: "an election watched
    /// by observers from X", "a vote monitored by Y"): the agent watches the act and takes
    /// no part in it, so it is no party to the verb the watched noun hangs on.
    pub(super) fn onlooker_agent(&self, w: usize) -> bool {
        self.heads[w].is_some_and(|h| {
            self.rel(w) == "obl:agent"
                && self.rel(h) == "acl"
                && has(&self.lex.onlooker_verb, &self.lower[h])
        })
    }

    /// An actor named under a participle's onlooker agent ([`Sentence::onlooker_agent`]),
    /// wherever else a list of such actors is hung ("watched by observers from X, Y and Z"
    /// with Y parsed on the main verb): it watches the act and is no party to it.
    fn watcher(&self, g: u32) -> bool {
        const REACH: usize = 4;
        (0..self.words.len())
            .filter(|&w| self.groups[w] == Some(g))
            .any(|w| {
                std::iter::successors(Some(w), |&a| self.heads[a])
                    .take(REACH)
                    .any(|a| self.onlooker_agent(a))
            })
    }

    /// The `by` agent of a participle on a `joint_noun` ("talks mediated by Z"), or on a
    /// measure of one ("four days of talks hosted by Z": the parser may hang the participle
    /// on "days").
    pub(super) fn meeting_agent(&self, w: usize) -> bool {
        let participle =
            self.heads[w].filter(|&h| self.rel(w) == "obl:agent" && self.rel(h) == "acl");
        let joint = |n: usize| has(&self.lex.joint_noun, &self.lower[n]);
        let of_joint = |n: usize| {
            self.kids(n, "nmod")
                .any(|m| joint(m) && self.marker(m, "case") == Some("of"))
        };
        participle
            .and_then(|h| self.heads[h])
            .is_some_and(|n| joint(n) || of_joint(n))
    }

    /// "under Turkish mediation", "with the help of Norway": an adjunct headed by a
    /// `third_party_noun` names who made the act possible, not a party to it.
    pub(super) fn third_party_adjunct(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod")
            && has(&self.lex.third_party_noun, &self.lower[w])
    }

    /// Groups that are all agents without a country (see [`Sentence::mark_countryless`]).
    pub(super) fn only_countryless(&self, groups: &[u32]) -> bool {
        groups.iter().all(|g| self.countryless.contains(g))
    }

    /// Whether `groups` hold an actor with a country: a party an act can be aimed at
    /// (none, or only country-less agents, is no such party).
    pub(super) fn has_country(&self, groups: &[u32]) -> bool {
        groups.iter().any(|g| !self.countryless.contains(g))
    }

    /// The actor of an object (`iobj`, `obj`) or of its noun's target modifier. The indirect
    /// object first: in "offered Y money from the Z fund" Y receives, and the thing given
    /// names only where it comes from (branch recipient3).
    fn direct_object(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        for rel in ["iobj", "obj"] {
            for o in self.kids(p, rel) {
                if let Some(t) = self.judged_agent(p, o) {
                    return Some((t, "obj>agent"));
                }
                let a = self.actor(o);
                if !a.is_empty() {
                    return Some((a, rel));
                }
                if let Some(t) = self.noun_target(o) {
                    return Some((t, "obj>nmod"));
                }
            }
        }
        None
    }

    /// The actor of an `obl` with a target preposition, or of its noun's modifier. A place
    /// preposition that can also aim ("at") yields to a partner named with "with"/"against":
    /// "held talks at the Kremlin with Y" is a meeting with Y, held at a seat of government.
    fn target_oblique(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        let partner = self
            .target_obliques(p)
            .find(|&o| self.case_in(o, &self.lex.partner_case) && self.has_country(&self.actor(o)));
        let at_place = |o: usize| self.case_in(o, &self.lex.place_case);
        for o in self.target_obliques(p) {
            if partner.is_some_and(|w| w != o) && at_place(o) {
                continue;
            }
            let a = self.actor(o);
            if !a.is_empty() {
                return Some((a, "obl"));
            }
            if let Some(t) = self.noun_target(o) {
                return Some((t, "obl>nmod"));
            }
        }
        if let Some(t) = self.party_under_agent(p) {
            return Some((t, "obl:agent>nmod"));
        }
        self.partner_under_place(p).map(|t| (t, "obl>nmod(with)"))
    }

    /// "the talks hosted by X between A and B", "aid pledged by X to Y": the parser hangs
    /// the phrase after a passive's `by` agent under the agent's name, but a named actor
    /// takes no such modifier, so it belongs to the verb. Only when the agent's own head
    /// word names an actor with a country, and not an owner's preposition ("by fighters
    /// from Y" names who the fighters are).
    fn party_under_agent(&self, p: usize) -> Option<Vec<u32>> {
        if !self.passive(p) {
            return None;
        }
        let agent = self.agent(p)?;
        let named = self.groups[agent].is_some_and(|g| !self.countryless.contains(&g));
        if !named {
            return None;
        }
        self.kids(agent, "nmod")
            .filter(|&m| {
                self.marker(m, "case")
                    .is_some_and(|c| has(&self.lex.target_case, c) && !has(&self.lex.owner_case, c))
            })
            .map(|m| self.actor(m))
            .find(|a| self.has_country(a))
    }

    /// "held talks in X with Y", "fought in X against Y": the partner's phrase parsed as a
    /// modifier of the verb's place oblique belongs to the verb. Only "with" / "against"
    /// (a partner or an opponent; "from" or "to" under a place is a route), and only a
    /// phrase whose own head word names the party.
    fn partner_under_place(&self, p: usize) -> Option<Vec<u32>> {
        self.kids(p, "obl")
            .filter(|&o| self.case_in(o, &self.lex.place_case))
            .flat_map(|o| self.kids(o, "nmod"))
            .filter(|&m| self.case_in(m, &self.lex.partner_case))
            .find(|&m| self.groups[m].is_some())
            .map(|m| self.actor(m))
            .filter(|a| self.has_country(a))
    }

    /// The target of a demand or appeal is the subject of its complement: "demanded that
    /// Y withdraw", "urged [Y to approve]" parsed with Y as the complement's subject. Only
    /// for a coded verb that embeds its complement (not speech: "said Y attacked" is no act
    /// on Y; not an aspect verb: "continued to"). A `mandative_speech` verb's complement counts
    /// when it is mandative ("insisted that Y stop"), and so does a mandative clause on the verb's
    /// object noun ("reiterated its demand that Y withdraw").
    pub(super) fn complement_subject(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        let lemma = self.lower[p].as_str();
        if !self.predicates[p] || has(&self.lex.factive, lemma) {
            return None;
        }
        let speech = self.lex.is_speech(lemma);
        let mandative = has(&self.lex.mandative_speech, lemma);
        let clause = self.children[p]
            .iter()
            .copied()
            .find(|&c| {
                (matches!(self.rel(c), "ccomp" | "xcomp") || self.particle_clause(p, c))
                    && (self.is_verbal(c) || self.mistagged_clause(c))
            })
            .filter(|&c| !speech || mandative && self.mandative_clause(c))
            .or_else(|| self.object_noun_mandative(p))?;
        let subject = self
            .kids(clause, "nsubj")
            .next()
            .filter(|&s| !self.owned_by_subjects(p, s))?;
        let a = self.actor(subject);
        (!a.is_empty()).then_some((a, "ccomp>nsubj"))
    }

    /// A `ccomp` the tagger read as a noun but the parse built as a clause: opened by "that"
    /// with a subject of its own ("demanding that Y \"reconsider …\"", the verb after an
    /// opening quote tagged a noun).
    fn mistagged_clause(&self, c: usize) -> bool {
        self.rel(c) == "ccomp"
            && self.kids(c, "mark").any(|m| self.lower[m] == "that")
            && self.kid(c, "nsubj").is_some()
    }

    /// "called on Y to repeal it" parsed with the particle "on" as the marker of an
    /// adverbial clause whose subject is Y: the clause is the verb's complement.
    fn particle_clause(&self, p: usize, c: usize) -> bool {
        self.rel(c) == "advcl"
            && p + 1 < self.lower.len()
            && self.lower[p + 1] == "on"
            && self.kids(c, "mark").any(|m| m == p + 1)
    }

    /// The actor nearest to `p` in its own clause (breadth first, not entering subjects,
    /// other clauses or coordinated predicates), other than the source: the target when no
    /// object or target oblique names one (a mis-attached prepositional phrase).
    pub(super) fn nearest_actor(&self, p: usize, source: &[u32]) -> Option<Vec<u32>> {
        let mut queue: std::collections::VecDeque<(usize, usize)> = self.children[p]
            .iter()
            .filter(|&&c| {
                let clause = matches!(
                    self.base_rel(c),
                    "nsubj" | "csubj" | "ccomp" | "parataxis" | "advcl" | "conj"
                ) || self.rel(c) == "xcomp"
                    && self.is_verbal(c)
                    && !self.title_participle(p, c);
                !clause && self.rel(c) != "obl:agent"
            })
            .map(|&c| (c, 0))
            .collect();
        while let Some((w, depth)) = queue.pop_front() {
            // The nearest name is only what kind of thing the object is: the clause names
            // no party, and a name further away is a guess no better than none.
            if self.kind_modifier(w) && self.names_below(w) {
                return None;
            }
            // A time adjunct ("during the ministers' talks", "before the summit in Y") says
            // when the act happened, a journey's origin where its traveller came from; a name
            // inside either is the occasion's or the route's, not a party. A name under a
            // relational noun ("all partners of Somalia") is its owner, not the party named.
            if self.time_adjunct(w)
                || self.attribution(w)
                || self.referral_forum(w)
                || self.third_party_adjunct(w)
                || self.journey_origin(w)
                || self.venue(w)
                || self.sea_feature(w)
                || self.offshore(p, w)
                || self.meeting_place(p, w, source)
                || self.relational(w)
                || self.across_border(w)
                || self.comparison_clause(w)
            {
                continue;
            }
            // The agent of a participle describing a meeting or a deal ("in talks brokered
            // by Z") brought the parties together; it is no party of their act. (The author
            // of a thing, "welcomed memos sent by Z", is.)
            if self.meeting_agent(w) || self.occasion_host(w) || self.onlooker_agent(w) {
                continue;
            }
            // The nearest name is the author of a journey or meeting whose `by` phrase the
            // parse hung on the clause ("signed a pact during a trip to Y by Z"): no party,
            // and a name further away in such a tree is a guess no better than none.
            if self.stray_occasion_agent(w) {
                return None;
            }
            if let Some(g) = self.groups[w].filter(|g| !source.contains(g) && !self.watcher(*g)) {
                let mut out = vec![g];
                for c in self.kids(w, "conj") {
                    for g in self.actor(c) {
                        push_unique(&mut out, g);
                    }
                }
                return Some(out);
            }
            if depth < 4 {
                for &c in &self.children[w] {
                    // Not into a clause: "accused the Gulf state [of supplying weapons to
                    // Z]": Z takes part in the accusation's content, not in the accusation
                    // ("sanctions targeting Z", an unmarked participle, still names Z).
                    let clause = matches!(
                        self.rel(c),
                        "acl:relcl" | "ccomp" | "advcl" | "parataxis" | "csubj"
                    ) || self.rel(c) == "acl" && self.kid(c, "mark").is_some();
                    if !clause {
                        queue.push_back((c, depth + 1));
                    }
                }
            }
        }
        None
    }

    /// Does `c`, a modifier of a thing noun, say what kind of thing it is or where it comes
    /// from rather than who takes part: a sector adjective ("proposed
    /// military talks", "cut naval aid") or a participle of origin ("spare parts for
    /// Russian-made jets")? Such a modifier is never the other party of the act on the thing.
    pub(super) fn kind_modifier(&self, c: usize) -> bool {
        // Under a subject the modifier is the actor itself, misattached ("The US military
        // yesterday gave …" parses "military" as a modifier of "yesterday").
        if self.heads[c].is_some_and(|h| self.base_rel(h) == "nsubj") {
            return false;
        }
        let origin = matches!(self.rel(c), "amod" | "compound")
            && has(&self.lex.origin_participle, &self.lower[c]);
        // A lower-case adjective names a sector ("military"), a capitalised one a nation
        // ("Israeli strikes": the nation is the strikes' author, a party). Only a sector the
        // coder gave a country (the speaker's own, "Seoul proposed military talks"): one
        // with none already leaves the act without a resolved party and is dropped as such.
        let sector = self.rel(c) == "amod"
            && self.words[c].upos == "ADJ"
            && self.groups[c].is_some_and(|g| !self.countryless.contains(&g))
            && self.words[c].form.starts_with(char::is_lowercase);
        origin || sector
    }

    /// Is `w` the place a journey set out from ("visiting from Suva": `origin_case` under a
    /// `travel_verb`), or where a speaker spoke from ("speaking from the camps in Y" under
    /// a `remote_speech_verb`, or under its means, "speaking by telephone from …", which the
    /// parse may hang the place on)? The traveller's or speaker's whereabouts are no party
    /// of the visit or the call.
    pub(super) fn journey_origin(&self, w: usize) -> bool {
        let Some(h) = self.heads[w] else {
            return false;
        };
        let travel = self.base_rel(w) == "obl" && has(&self.lex.travel_verb, &self.lower[h]);
        let speech = |v: usize| has(&self.lex.remote_speech_verb, &self.lower[v]);
        let means = self.base_rel(h) == "obl" && self.heads[h].is_some_and(speech);
        let spoken = self.base_rel(w) == "obl" && speech(h) || self.base_rel(w) == "nmod" && means;
        self.case_in(w, &self.lex.origin_case) && (travel || spoken)
    }

    /// Is `w` a nominal marked by a time preposition (`time_case`)?
    pub(super) fn time_adjunct(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod") && self.case_in(w, &self.lex.time_case)
    }

    /// "according to a Venezuelan government statement": the report's source (an
    /// `attribution_case` adjunct) is the sentence's speaker, not a party of the act.
    pub(super) fn attribution(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod") && self.case_in(w, &self.lex.attribution_case)
    }

    /// "take the tariffs to the WTO", "bring the case before the court": the forum a
    /// dispute is sent to (a `referral_case` adjunct of a `referral_verb` naming an
    /// international organisation) hears the complaint; it is not the party the complaint
    /// is against. A state there is a party ("take the war to Y"). So is a body a complaint
    /// is filed with or sent to (`complaint_with`).
    /// The phrase may hang under the verb's object ("take [the case to the court]").
    pub(super) fn referral_forum(&self, w: usize) -> bool {
        let referral = |h: usize| has(&self.lex.referral_verb, &self.lower[h]);
        let sent_by_verb = self.heads[w].is_some_and(|h| {
            referral(h) || self.rel(h) == "obj" && self.heads[h].is_some_and(referral)
        });
        let phrase = matches!(self.base_rel(w), "obl" | "nmod");
        // (threats6) an organisation's court ("to Mercosur's tribunal") is a forum too
        let forum = phrase
            && (self.groups[w].is_some_and(|g| self.organisations.contains(&g))
                || self.owned_forum(w));
        let referred = forum
            && (self.case_in(w, &self.lex.referral_case) && sent_by_verb
                || self.case_in(w, &self.lex.complaint_case) && self.complaint_with(w));
        referred || phrase && self.raised_forum(w)
    }

    /// "filed a complaint with the council", "a complaint to the UN": `w` hangs on a
    /// complaint noun, or on a verb whose object is one.
    fn complaint_with(&self, w: usize) -> bool {
        let complaint = |n: usize| has(&self.lex.complaint_noun, &self.lower[n]);
        self.heads[w].is_some_and(|h| complaint(h) || self.kids(h, "obj").any(complaint))
    }

    /// The body where the act took place ("in parliament", "in the assembly"): a
    /// `venue_case` adjunct headed by a `venue_noun`.
    fn venue(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod")
            && has(&self.lex.venue_noun, &self.lower[w])
            && self.case_in(w, &self.lex.venue_case)
    }

    /// Where a seizure or a firing at sea took place ("off the island of Z", "near Y
    /// Shoal"): a `sea_feature_case` adjunct headed by a `sea_feature_noun`. The feature's
    /// name, or its owner's, is no party unless the clause names it elsewhere.
    fn sea_feature(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod")
            && has(&self.lex.sea_feature_noun, &self.lower[w])
            && self.case_in(w, &self.lex.sea_feature_case)
    }

    /// Where an act at sea took place off a coast ("struck a boat off Somalia", "off the
    /// coast of Y"): an `offshore_case` adjunct past the verb's object; the coastal state is
    /// no party unless the clause names it elsewhere. Right after the verb the word is the
    /// verb's particle the parse took for a preposition ("cordoned off the roads into Y").
    fn offshore(&self, p: usize, w: usize) -> bool {
        let case = self
            .kid(w, "case")
            .filter(|&c| has(&self.lex.offshore_case, &self.lower[c]));
        matches!(self.base_rel(w), "obl" | "nmod") && case.is_some_and(|c| c > p + 1)
    }

    /// "A and B met in Qatar", "the two agreed to meet at a forum in Panama": with two or
    /// more parties as the subject of a meeting verb (`meeting_verb`), a name in an "in" or
    /// "at" phrase (`meeting_place_case`) is where they met, not a party; left without a
    /// target, the co-subjects are each other's partners.
    fn meeting_place(&self, p: usize, w: usize, source: &[u32]) -> bool {
        has(&self.lex.meeting_verb, &self.lower[p])
            && matches!(self.base_rel(w), "obl" | "nmod")
            && self.case_in(w, &self.lex.meeting_place_case)
            && (source.len() >= 2 || self.paired_subject(p))
    }

    /// Is the subject of `p` (an infinitive's: its governor's, "agreed to meet") two
    /// parties: coordinated ("A and B", one list group to the coder) or a pair word
    /// (`pair_subject`: "the two", "both sides", "the two leaders")?
    fn paired_subject(&self, p: usize) -> bool {
        let v = match self.heads[p] {
            Some(h) if self.rel(p) == "xcomp" => h,
            _ => p,
        };
        let pair = |w: usize| has(&self.lex.pair_subject, &self.lower[w]);
        self.kids(v, "nsubj").any(|s| {
            self.kid(s, "conj").is_some() || pair(s) || self.children[s].iter().any(|&c| pair(c))
        })
    }

    /// Does `w` or one of its dependents carry an actor mark ("Russian" under "made")?
    fn names_below(&self, w: usize) -> bool {
        self.groups[w].is_some() || self.children[w].iter().any(|&c| self.groups[c].is_some())
    }

    /// "met visiting Foreign Minister X": a title participle right after the predicate,
    /// read as a verb, is no clause of its own; the name under it is the object.
    fn title_participle(&self, p: usize, c: usize) -> bool {
        c == p + 1
            && has(
                &self.lex.title_participle,
                &self.words[c].form.to_lowercase(),
            )
    }
}
