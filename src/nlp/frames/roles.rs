//! Source and target of a predicate from its dependents.
use super::{has, Frame, Sentence};

/// How far up `xcomp` / `conj` chains a subject is looked for.
pub(super) const MAX_HOPS: usize = 6;

impl Sentence<'_> {
    /// Source and target of predicate `p` (status and negation are set by the caller).
    pub(super) fn roles(&self, p: usize) -> Frame {
        let passive = self.passive(p);
        let mut f = Frame {
            passive,
            ..Frame::default()
        };
        let mut route = Vec::new();
        let subject = self.subject_word(p, 0, &mut route);
        let (source_path, mut target_path) = self.subject_roles(p, subject, route, &mut f);
        self.target_roles(p, subject, &mut f, &mut target_path);
        f.judged_agent = target_path == ["obj>agent"];
        if !passive && subject.is_some_and(|s| self.each_other(p, s)) {
            // "each side accused the other of arming rebels": the other side is the target,
            // not a name in the accusation's content
            f.target.clear();
            target_path = vec!["the other"];
        }
        f.joint_object = f.target.is_empty() && !passive && self.joint_object(p, subject);
        f.shared_object = !passive && self.joint_modified(p, subject);
        f.giving = has(&self.lex.giving_verb, &self.lower[p]);
        f.topic_target = !passive
            && matches!(
                target_path.as_slice(),
                ["obj" | "iobj" | "obl" | "obj>nmod" | "obl>nmod"]
            )
            && self.topical(p, &f.target);
        // Also with a target: the event coder may find that target is the donor itself
        // (a currency named after its country) and take the party aided instead.
        f.beneficiary = self.beneficiary(p);
        f.beneficiary
            .retain(|g| !f.source.contains(g) && !f.target.contains(g));
        if !f.target.is_empty() && self.only_countryless(&f.target) {
            let taken: Vec<u32> = f.source.iter().chain(&f.target).copied().collect();
            f.placed_below = self
                .nearest_actor(p, &taken)
                .filter(|a| !self.only_countryless(a))
                .unwrap_or_default();
        }
        if f.target.is_empty() && !passive {
            f.struck_place = self.struck_place(p).unwrap_or_default();
            f.struck_place.retain(|g| !f.source.contains(g));
        }
        f.path = format!(
            "source: {}; target: {}",
            path_text(&source_path),
            path_text(&target_path)
        );
        f
    }

    /// The source from the subject, or from the agent of a passive, whose subject is then
    /// the target. Returns the source's and the target's dependency paths.
    fn subject_roles(
        &self,
        p: usize,
        subject: Option<usize>,
        route: Vec<&'static str>,
        f: &mut Frame,
    ) -> (Vec<&'static str>, Vec<&'static str>) {
        let mut source_path = Vec::new();
        let mut target_path = Vec::new();
        if f.passive {
            if let Some(a) = self.agent(p) {
                f.source = self.actor(a);
                f.source_word = Some(a);
                source_path.push("obl:agent");
            }
            self.summons(p, subject, f, &mut source_path);
            if let Some(s) = subject {
                f.target = self.actor(s);
                target_path.extend(route);
                target_path.push("nsubj:pass");
                // "the truce between A and B was mediated by Z": the parties.
                if f.target.is_empty() {
                    if let Some(t) = self.noun_target(s) {
                        f.target = t;
                        target_path.push(">nmod");
                    }
                }
            }
        } else if let Some(s) = subject {
            f.source = self.actor(s);
            f.source_word = Some(s);
            f.source_pronoun = (f.source.is_empty() && has(&self.lex.pronoun, &self.lower[s]))
                || self.own_state_subject(s);
            source_path.extend(route);
            source_path.push("nsubj");
        }
        (source_path, target_path)
    }

    /// "her government", "his country": a state named only through a possessive pronoun is
    /// the state of whoever the pronoun stands for, in reported speech the speaker's.
    fn own_state_subject(&self, s: usize) -> bool {
        has(&self.lex.own_state_noun, &self.lower[s])
            && self
                .kids(s, "nmod:poss")
                .any(|d| has(&self.lex.own_state_possessive, &self.lower[d]))
    }

    /// The target: the threatened party or the object, else the first weaker reading (a
    /// first conjunct's pronoun, a complement's subject, the party warned, the speaker's
    /// possession, the nearest actor, a hosted meeting's parties); never the source.
    fn target_roles(
        &self,
        p: usize,
        subject: Option<usize>,
        f: &mut Frame,
        target_path: &mut Vec<&'static str>,
    ) {
        if let Some(t) = self.threatened(p).filter(|_| !f.passive) {
            f.target = t;
            *target_path = vec!["threatened party"];
        } else if !f.passive || f.target.is_empty() {
            if let Some((t, how)) = self.object(p) {
                f.target = t;
                *target_path = vec![how];
            }
            if let Some((t, how)) = self.past_own_modifier(p, f) {
                f.target = t;
                *target_path = vec![how];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.pronoun_of_first_conjunct(p) {
                f.target = t;
                *target_path = vec!["conj^ obj"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some((t, how)) = self.complement_subject(p).or_else(|| self.cost_bearer(p)) {
                f.target = t;
                *target_path = vec![how];
            } else if let Some(w) = self.warned_party(p) {
                f.target = w.target;
                *target_path = vec![w.how];
                f.threat_agent = Some(w.agent);
            } else if let Some(t) = self.speaker_possessed(p, &f.source) {
                f.target = t;
                *target_path = vec!["obj>poss(speaker)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.nearest_actor(p, &f.source) {
                f.target = t;
                *target_path = vec!["subtree"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.stationed_place(p) {
                f.target = t;
                *target_path = vec!["obj>acl:relcl>in"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.written_addressee(p) {
                f.target = t;
                *target_path = vec!["advcl^ obl(to)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.complement_partner(p) {
                f.target = t;
                *target_path = vec!["xcomp>obl(with)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.meeting_parties(p, subject) {
                f.target = t;
                *target_path = vec!["acl^ adjunct^ nsubj"];
                f.hosted_parties = true;
            }
        }
        f.target.retain(|g| !f.source.contains(g));
    }

    /// "A and B agreed … after talks hosted by Z": the parties to a shared event that a
    /// passive participle's agent hosted or brokered, when the noun names none itself, are
    /// the subject of the clause the noun is an adjunct of.
    fn meeting_parties(&self, p: usize, noun: Option<usize>) -> Option<Vec<u32>> {
        let n = noun.filter(|_| self.rel(p) == "acl" && self.passive(p))?;
        if !self.presupposed_meeting(n) && !self.meeting_of_clause(n) {
            return None;
        }
        // The parse may hang the adjunct under the object ("to end the dispute, after …").
        let mut clause = self.heads[n]?;
        for _ in 0..MAX_HOPS {
            if self.is_verbal(clause) {
                break;
            }
            clause = self.heads[clause]?;
        }
        if !self.is_verbal(clause) {
            return None;
        }
        let parties = self.roles(clause).source;
        self.has_country(&parties).then_some(parties)
    }

    /// "agreed in talks brokered by Z": a joint noun in an adjunct naming the meeting
    /// where the clause's act took place (`meeting_case`).
    fn meeting_of_clause(&self, n: usize) -> bool {
        matches!(self.rel(n), "obl" | "nmod")
            && has(&self.lex.joint_noun, &self.lower[n])
            && self
                .marker(n, "case")
                .is_some_and(|c| has(&self.lex.meeting_case, c))
    }

    /// Coordinated subjects ("A and B") whose object is an event of their own ("their
    /// meeting", `joint_noun` possessed by `joint_possessive`), or whose verb is a two-way
    /// act (`exchange_verb`: "exchanged fire", "traded accusations", "clashed").
    fn joint_object(&self, p: usize, subject: Option<usize>) -> bool {
        // An exchange takes any subject: its two parties may be adjectives of one noun
        // ("Indian and Pakistani troops"); the coder pairs them only when the source has
        // exactly two actors.
        let coordinated = subject.is_some_and(|s| self.kid(s, "conj").is_some());
        let form = self.words[p].form.to_lowercase();
        let exchange = self
            .lex
            .exchange_verb
            .iter()
            .any(|v| form.starts_with(v.trim_end_matches('e')));
        subject.is_some() && exchange
            || subject.is_some_and(|s| self.each_other(p, s))
            || coordinated
                && self.kids(p, "obj").any(|o| {
                    has(&self.lex.joint_noun, &self.lower[o])
                        && self
                            .kids(o, "nmod:poss")
                            .any(|d| has(&self.lex.joint_possessive, &self.lower[d]))
                })
    }

    /// Coordinated subjects whose object is marked as their shared act (`joint_modifier`:
    /// "A and B agreed to hold joint exercises"): the object is a thing, not a party, so an
    /// unresolved object word does not keep them from acting on each other. The subject
    /// may coordinate its modifiers ("the A and B navies"), and the shared act may be the
    /// object's `nmod` ("began a new round of joint exercises").
    fn joint_modified(&self, p: usize, subject: Option<usize>) -> bool {
        let joint = |n: usize| {
            self.kids(n, "amod")
                .any(|a| has(&self.lex.joint_modifier, &self.lower[a]))
        };
        let coordinated = |s: usize| {
            self.kid(s, "conj").is_some()
                || self
                    .kids(s, "amod")
                    .chain(self.kids(s, "compound"))
                    .any(|m| self.kid(m, "conj").is_some())
        };
        subject.is_some_and(coordinated)
            && self
                .kids(p, "obj")
                .any(|o| joint(o) || self.kids(o, "nmod").any(joint))
    }

    /// "each side blamed the other": a subject under a `distributive` determiner and an
    /// object that is the `reciprocal_object` ("the other"): the parties act on each other.
    fn each_other(&self, p: usize, s: usize) -> bool {
        self.kids(s, "det")
            .any(|d| has(&self.lex.distributive, &self.lower[d]))
            && self
                .kids(p, "obj")
                .any(|o| has(&self.lex.reciprocal_object, &self.lower[o]))
    }

    /// Is the target only what the act of `p` is about? Its word, or a word between it and
    /// `p`'s dependent, takes a `topic_case` ("cooperate on Y's programme"), or it only
    /// modifies a thing object through case-less modifiers ("seek a stronger Y presence",
    /// "cooperation on trade and Y's programmes"). Not under a verb of helping: "support
    /// Y's reconstruction" is done for Y.
    fn topical(&self, p: usize, target: &[u32]) -> bool {
        if target.is_empty() || has(&self.lex.benefit_verb, &self.lower[p]) {
            return false;
        }
        let named = |w: usize| self.groups[w].is_some_and(|g| target.contains(&g));
        let Some(w) = (0..self.words.len()).find(|&w| named(w) && self.below(w, p)) else {
            return false;
        };
        let topic = |x: usize| {
            self.marker(x, "case")
                .is_some_and(|c| has(&self.lex.topic_case, c))
        };
        let (mut cur, mut plain) = (w, true);
        while let Some(h) = self.heads[cur].filter(|&h| h != p) {
            if topic(cur) {
                return true;
            }
            plain &= matches!(self.rel(cur), "compound" | "amod" | "nmod:poss" | "conj")
                || self.rel(cur) == "nmod" && self.marker(cur, "case").is_none();
            cur = h;
        }
        topic(cur)
            || cur != w
                && plain
                && matches!(self.rel(cur), "obj" | "iobj")
                && self.groups[cur].is_none()
    }

    /// Is `w` inside the subtree of `p` (within `MAX_HOPS` steps up)?
    fn below(&self, w: usize, p: usize) -> bool {
        let mut cur = w;
        for _ in 0..=MAX_HOPS {
            match self.heads[cur] {
                Some(h) if h == p => return true,
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    }

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
    fn past_own_modifier(&self, p: usize, f: &Frame) -> Option<(Vec<u32>, &'static str)> {
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
            .filter(|&m| {
                self.marker(m, "case")
                    .is_some_and(|c| has(&self.lex.target_case, c))
            })
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

    /// The `by` agent of a participle on a `joint_noun` ("talks mediated by Z").
    fn meeting_agent(&self, w: usize) -> bool {
        let participle =
            self.heads[w].filter(|&h| self.rel(w) == "obl:agent" && self.rel(h) == "acl");
        participle
            .and_then(|h| self.heads[h])
            .is_some_and(|n| has(&self.lex.joint_noun, &self.lower[n]))
    }

    /// "under Turkish mediation", "with the help of Norway": an adjunct headed by a
    /// `third_party_noun` names who made the act possible, not a party to it.
    fn third_party_adjunct(&self, w: usize) -> bool {
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

    /// The actor of an object (`obj`, `iobj`) or of its noun's target modifier.
    fn direct_object(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        for rel in ["obj", "iobj"] {
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
        let partner = self.target_obliques(p).find(|&o| {
            self.marker(o, "case")
                .is_some_and(|c| has(&self.lex.partner_case, c))
                && self.has_country(&self.actor(o))
        });
        let at_place = |o: usize| {
            self.marker(o, "case")
                .is_some_and(|c| has(&self.lex.place_case, c))
        };
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
            .filter(|&o| {
                self.marker(o, "case")
                    .is_some_and(|c| has(&self.lex.place_case, c))
            })
            .flat_map(|o| self.kids(o, "nmod"))
            .filter(|&m| {
                self.marker(m, "case")
                    .is_some_and(|c| has(&self.lex.partner_case, c))
            })
            .find(|&m| self.groups[m].is_some())
            .map(|m| self.actor(m))
            .filter(|a| self.has_country(a))
    }

    /// The target of a demand or appeal is the subject of its complement: "demanded that
    /// Y withdraw", "urged [Y to approve]" parsed with Y as the complement's subject. Only
    /// for a coded verb that embeds its complement (not speech: "said Y attacked" is no act
    /// on Y; not an aspect verb: "continued to").
    fn complement_subject(&self, p: usize) -> Option<(Vec<u32>, &'static str)> {
        let lemma = self.lower[p].as_str();
        if !self.predicates[p] || self.lex.is_speech(lemma) || has(&self.lex.factive, lemma) {
            return None;
        }
        let clause = self.children[p]
            .iter()
            .copied()
            .find(|&c| matches!(self.rel(c), "ccomp" | "xcomp") && self.is_verbal(c))?;
        let subject = self.kids(clause, "nsubj").next()?;
        let a = self.actor(subject);
        (!a.is_empty()).then_some((a, "ccomp>nsubj"))
    }

    /// The actor nearest to `p` in its own clause (breadth first, not entering subjects,
    /// other clauses or coordinated predicates), other than the source: the target when no
    /// object or target oblique names one (a mis-attached prepositional phrase).
    fn nearest_actor(&self, p: usize, source: &[u32]) -> Option<Vec<u32>> {
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
            // when the act happened; a name inside it is the occasion's, not a party.
            if self.time_adjunct(w) || self.referral_forum(w) || self.third_party_adjunct(w) {
                continue;
            }
            // The agent of a participle describing a meeting or a deal ("in talks brokered
            // by Z") brought the parties together; it is no party of their act. (The author
            // of a thing, "welcomed memos sent by Z", is.)
            if self.meeting_agent(w) {
                continue;
            }
            if let Some(g) = self.groups[w].filter(|g| !source.contains(g)) {
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
    fn kind_modifier(&self, c: usize) -> bool {
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

    /// Is `w` a nominal marked by a time preposition (`time_case`)?
    fn time_adjunct(&self, w: usize) -> bool {
        matches!(self.base_rel(w), "obl" | "nmod")
            && self
                .marker(w, "case")
                .is_some_and(|c| has(&self.lex.time_case, c))
    }

    /// "take the tariffs to the WTO", "bring the case before the court": the forum a
    /// dispute is sent to (a `referral_case` adjunct of a `referral_verb` naming an
    /// international organisation) hears the complaint; it is not the party the complaint
    /// is against. A state there is a party ("take the war to Y").
    /// The phrase may hang under the verb's object ("take [the case to the court]").
    fn referral_forum(&self, w: usize) -> bool {
        let referral = |h: usize| has(&self.lex.referral_verb, &self.lower[h]);
        let sent_by_verb = self.heads[w].is_some_and(|h| {
            referral(h) || self.rel(h) == "obj" && self.heads[h].is_some_and(referral)
        });
        matches!(self.base_rel(w), "obl" | "nmod")
            && self.groups[w].is_some_and(|g| self.organisations.contains(&g))
            && self
                .marker(w, "case")
                .is_some_and(|c| has(&self.lex.referral_case, c))
            && sent_by_verb
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

    /// The actor a noun's modifiers name: "sanctions against Y", "talks with Y", "the
    /// resumption of ties between A and B" (down the noun's `nmod` chain).
    pub(super) fn noun_target(&self, n: usize) -> Option<Vec<u32>> {
        self.noun_target_at(n, 0)
    }

    fn noun_target_at(&self, n: usize, depth: usize) -> Option<Vec<u32>> {
        if depth > 3 {
            return None;
        }
        for &m in &self.children[n] {
            if !matches!(self.rel(m), "nmod" | "nmod:poss" | "compound" | "amod")
                || self.kind_modifier(m)
            {
                continue;
            }
            let case = self.marker(m, "case");
            let linked =
                case.is_none_or(|c| has(&self.lex.target_case, c) || has(&self.lex.owner_case, c));
            if !linked {
                continue;
            }
            let a = self.actor(m);
            if !a.is_empty() {
                return Some(a);
            }
            if let Some(a) = self.noun_target_at(m, depth + 1) {
                return Some(a);
            }
        }
        None
    }

    /// Actor groups a nominal head names: its own mark, marks on its name-internal
    /// dependents, its owner ("ministers of A"), coordinated heads, a relative pronoun's
    /// antecedent.
    pub(super) fn actor(&self, w: usize) -> Vec<u32> {
        let mut out = Vec::new();
        self.collect_actor(w, 0, &mut out);
        out
    }

    /// An agent without a country whose own possessor or owner names one is that owner's
    /// ("Libya's internationally recognised government", "the fighters of Y" where the
    /// mention finder could not join the words): the owner's actors stand for it.
    fn owner_of_agent(&self, w: usize, g: u32, depth: usize) -> Option<Vec<u32>> {
        if !self.countryless.contains(&g) {
            return None;
        }
        self.children[w]
            .iter()
            .filter(|&&c| {
                self.rel(c) == "nmod:poss"
                    || self.rel(c) == "nmod"
                        && self
                            .marker(c, "case")
                            .is_some_and(|m| has(&self.lex.owner_case, m))
            })
            .map(|&c| {
                let mut owner = Vec::new();
                self.collect_actor(c, depth + 1, &mut owner);
                owner
            })
            .find(|owner| self.has_country(owner))
    }

    fn collect_actor(&self, w: usize, depth: usize, out: &mut Vec<u32>) {
        if depth > 3 {
            return;
        }
        let before = out.len();
        if let Some(g) = self.groups[w] {
            match self.owner_of_agent(w, g, depth) {
                Some(owner) => owner.into_iter().for_each(|o| push_unique(out, o)),
                None => push_unique(out, g),
            }
        } else if has(&self.lex.relative, &self.lower[w]) {
            // "who" / "which" as a subject: the noun the relative clause modifies.
            let clause = self.heads[w].filter(|&h| self.rel(h) == "acl:relcl");
            if let Some(noun) = clause.and_then(|h| self.heads[h]) {
                self.collect_actor(noun, depth + 1, out);
            }
        } else if has(&self.lex.nonstate_head, &self.lower[w]) {
            // "Taiwan's largest chipmaker": a company or a work of the country is not it.
            return;
        } else {
            for &c in &self.children[w] {
                // `nmod:desc`: a title or description before a name ("Hamas official
                // Osama Hamdan", "President Bush"), UD's label where others say compound
                let name_part = matches!(
                    self.rel(c),
                    "compound" | "amod" | "flat" | "nmod:poss" | "appos" | "nmod:desc"
                ) && !self.kind_modifier(c);
                let owner = self.rel(c) == "nmod"
                    && self
                        .marker(c, "case")
                        .is_none_or(|m| has(&self.lex.owner_case, m));
                if name_part || owner {
                    self.collect_actor(c, depth + 1, out);
                    if out.len() > before {
                        break;
                    }
                }
            }
        }
        for c in self.kids(w, "conj").collect::<Vec<_>>() {
            self.collect_actor(c, depth + 1, out);
        }
    }
}

/// Relations joined by spaces; "none" when no relation gave the role.
fn path_text(rels: &[&str]) -> String {
    if rels.is_empty() {
        "none".into()
    } else {
        rels.join(" ")
    }
}

fn push_unique(out: &mut Vec<u32>, g: u32) {
    if !out.contains(&g) {
        out.push(g);
    }
}
