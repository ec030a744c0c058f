//! Source and target of a predicate from its dependents.
use super::judged::JUDGED_PATIENT;
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
        f.judged_agent = matches!(target_path.as_slice(), ["obj>agent" | JUDGED_PATIENT])
            || target_path.last() == Some(&">agent");
        if !passive && subject.is_some_and(|s| self.each_other(p, s)) {
            // "each side accused the other of arming rebels": the other side is the target,
            // not a name in the accusation's content
            f.target.clear();
            target_path = vec!["the other"];
        }
        f.joint_object = f.target.is_empty() && !passive && self.joint_object(p, subject);
        f.shared_object = !passive && self.joint_modified(p, subject);
        f.joint_act = !passive && self.joint_marked_object(p);
        f.joint_partner = !passive && self.joint_partner(p);
        // Co-subjects who "each" act ("A and B each promised $N") act apart, as givers do:
        // not on each other; so do co-subjects who each want something for themselves.
        f.giving = has(&self.lex.giving_verb, &self.lower[p])
            || self
                .kids(p, "advmod")
                .any(|d| has(&self.lex.distributive, &self.lower[d]))
            || self.separate_wish(p)
            || self.hosting(p)
            || !f.shared_object && !f.joint_object && self.transfer(p);
        f.topic_target = !passive
            && matches!(
                target_path.as_slice(),
                ["obj" | "iobj" | "obl" | "obj>nmod" | "obl>nmod"]
            )
            && self.topical(p, &f.target);
        // Also with a target: the event coder may find that target is the donor itself
        // (a currency named after its country) and take the party aided instead.
        (f.beneficiary, f.helped) = self.beneficiary(p);
        f.beneficiary
            .retain(|g| !f.source.contains(g) && !f.target.contains(g));
        if !f.target.is_empty() && self.only_countryless(&f.target) {
            let taken: Vec<u32> = f.source.iter().chain(&f.target).copied().collect();
            f.placed_below = self
                .nearest_actor(p, &taken)
                .filter(|a| !self.only_countryless(a))
                .unwrap_or_default();
        }
        // co-subjects of an exchange clash with each other, not with the place they met in
        if f.target.is_empty() && !passive && !self.exchange_of_conjuncts(p, subject) {
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
            } else if let Some(a) = subject.and_then(|s| self.holder_of_released(p, s)) {
                // "the men who were detained by Y were released": Y released them
                f.source = self.actor(a);
                f.source_word = Some(a);
                source_path.push("nsubj:pass>acl>obl:agent (the holder)");
            }
            self.summons(p, subject, f, &mut source_path);
            if let Some(s) = subject {
                f.target = self.actor(s);
                target_path.extend(route);
                target_path.push("nsubj:pass");
                // "the offer of help by Y was welcomed": the judged act's author
                if let Some(t) = self.judged_agent(p, s).filter(|_| f.target.is_empty()) {
                    f.target = t;
                    target_path.push(">agent");
                }
                // "the truce between A and B was mediated by Z": the parties.
                if f.target.is_empty() {
                    if let Some(t) = self.noun_target(s) {
                        f.target = t;
                        target_path.push(">nmod");
                    }
                }
            }
        } else if let Some(s) = subject {
            f.source = if self.thing_subject(s) {
                Vec::new()
            } else {
                self.actor(s)
            };
            f.source_word = Some(s);
            f.source_pronoun = (f.source.is_empty() && has(&self.lex.pronoun, &self.lower[s]))
                || self.own_state_subject(s);
            source_path.extend(route);
            source_path.push("nsubj");
        }
        (source_path, target_path)
    }

    /// "the Mexican tariffs violate …", "Iran's programme threatens …": a subject whose head
    /// is a thing (a measure, a policy, a good) and no name of its own; the state its
    /// modifiers name owns the thing and does not act through the verb.
    fn thing_subject(&self, s: usize) -> bool {
        self.groups[s].is_none() && has(&self.lex.thing_head, &self.lower[s])
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
        // "summoned Y's envoy to demand …": the demand is put to the envoy's state
        let envoy = self.summons_purpose(p).map(|e| self.actor(e));
        if let Some(t) = envoy.filter(|t| !t.is_empty()) {
            f.target = t;
            *target_path = vec!["advcl^ obj (the summoned envoy)"];
            return;
        }
        // "condemned the attack on civilians": the victim is not the one judged
        if self.judged_patient_only(p) {
            f.target.clear();
            *target_path = vec![JUDGED_PATIENT];
            return;
        }
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
            if let Some(t) = self.own_envoy_post(p, &f.source, &f.target) {
                f.target = t;
                *target_path = vec!["obj>nmod(in) (the recalled envoy's post)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        self.drop_forum_target(p, f, target_path);
        if f.target.is_empty() && !f.passive {
            if let Some(t) = self.handed_to(p) {
                f.target = t;
                *target_path = vec!["conj to (the receiver of a handover)"];
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
            if let Some(t) = self.handed_note_recipient(p) {
                f.target = t;
                *target_path = vec!["acl^ obj^ iobj (the note's recipient)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        // (pairs2) "told parliament that X would ask … if Y …": an addressee with no country
        // is the audience, not the party the conditional measure is announced against
        if !f.target.is_empty() && self.only_countryless(&f.target) {
            if let Some(w) = self.said_threat(p) {
                said_threat_target(f, target_path, w);
            }
        }
        if f.target.is_empty() {
            if let Some((t, how)) = self.complement_subject(p).or_else(|| self.cost_bearer(p)) {
                f.target = t;
                *target_path = vec![how];
            } else if let Some(w) = self.warned_party(p) {
                f.target = w.target;
                *target_path = vec![w.how];
                f.threat_agent = Some(w.agent);
            } else if let Some(w) = self.said_threat(p) {
                said_threat_target(f, target_path, w);
            } else if let Some(t) = self.speaker_possessed(p, &f.source) {
                f.target = t;
                *target_path = vec!["obj>poss(speaker)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() {
            if let Some(t) = self.invited_destination(p) {
                f.target = t;
                *target_path = vec!["obj>acl>obj (the destination of an offered journey)"];
            }
        }
        f.target.retain(|g| !f.source.contains(g));
        if f.target.is_empty() && !self.exchange_of_conjuncts(p, subject) {
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
        // (threats6) nor by a later fallback: a name inside the forum's phrase is not it
        self.drop_forum_target(p, f, target_path);
    }

    /// A target that is only the forum a dispute is sent to ([`Sentence::forum_only`]) is no
    /// party of the act: cleared with its path (threats6).
    fn drop_forum_target(&self, p: usize, f: &mut Frame, target_path: &mut Vec<&'static str>) {
        if self.forum_only(p, &f.target) {
            f.target.clear();
            target_path.clear();
        }
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
            && self.case_in(n, &self.lex.meeting_case)
    }

    /// Coordinated subjects ("A and B") whose object is an event of their own ("their
    /// meeting", `joint_noun` possessed by `joint_possessive`), or whose verb is a two-way
    /// act (`exchange_verb`: "exchanged fire", "traded accusations", "clashed").
    fn joint_object(&self, p: usize, subject: Option<usize>) -> bool {
        // An exchange takes any subject: its two parties may be adjectives of one noun
        // ("Indian and Pakistani troops"); the coder pairs them only when the source has
        // exactly two actors.
        let coordinated = subject.is_some_and(|s| self.kid(s, "conj").is_some());
        subject.is_some() && self.exchange_verb(p)
            || subject.is_some_and(|s| self.each_other(p, s))
            || coordinated
                && self.kids(p, "obj").any(|o| {
                    has(&self.lex.joint_noun, &self.lower[o])
                        && self
                            .kids(o, "nmod:poss")
                            .any(|d| has(&self.lex.joint_possessive, &self.lower[d]))
                })
    }

    /// A two-way act (`exchange_verb`: "exchanged", "traded", "clashed").
    fn exchange_verb(&self, p: usize) -> bool {
        let form = self.words[p].form.to_lowercase();
        self.lex
            .exchange_verb
            .iter()
            .any(|v| form.starts_with(v.trim_end_matches('e')))
    }

    /// "Indian and Pakistani troops exchanged fire …, killing five civilians": co-subjects
    /// (or coordinated modifiers of one subject) of a two-way act are each other's
    /// parties, so a name that only the nearest-name fallback would find below the verb is
    /// a victim or a place of the exchange, not a third party; so is a state named in a
    /// place phrase (`struck_place`). An object or a "with" partner still counts ("A and
    /// B clashed with C" is found before the fallback).
    fn exchange_of_conjuncts(&self, p: usize, subject: Option<usize>) -> bool {
        !self.passive(p) && self.exchange_verb(p) && subject.is_some_and(|s| self.coordinated(s))
    }

    /// A subject that coordinates parties: "A and B", or its modifiers ("the A and B
    /// navies", "Indian and Pakistani troops").
    fn coordinated(&self, s: usize) -> bool {
        self.kid(s, "conj").is_some()
            || self
                .kids(s, "amod")
                .chain(self.kids(s, "compound"))
                .any(|m| self.kid(m, "conj").is_some())
    }

    /// Coordinated subjects whose object is marked as their shared act (`joint_modifier`:
    /// "A and B agreed to hold joint exercises"): the object is a thing, not a party, so an
    /// unresolved object word does not keep them from acting on each other. The subject
    /// may coordinate its modifiers ("the A and B navies"), and the shared act may be the
    /// object's `nmod` ("began a new round of joint exercises").
    fn joint_modified(&self, p: usize, subject: Option<usize>) -> bool {
        subject.is_some_and(|s| self.coordinated(s)) && self.joint_marked_object(p)
    }

    /// An object of `p` marked as a shared act ("joint drills"), or its `nmod` ("a new
    /// round of joint exercises").
    fn joint_marked_object(&self, p: usize) -> bool {
        let joint = |n: usize| self.joint_marked(n);
        self.kids(p, "obj")
            .any(|o| joint(o) || self.kids(o, "nmod").any(joint))
    }

    /// A shared act with a partner ("set up a joint commission with C", "agreed to form a
    /// joint task force with C"): an object of `p` or of its complement marked by a
    /// `joint_modifier`, and a `comitative_case` phrase on that object or on its verb. A
    /// place ("joint drills near C") or an opponent ("a joint operation against C") is no
    /// partner.
    fn joint_partner(&self, p: usize) -> bool {
        let with = |n: usize| self.case_in(n, &self.lex.comitative_case);
        std::iter::once(p).chain(self.kids(p, "xcomp")).any(|v| {
            self.kids(v, "obj").any(|o| {
                self.joint_marked(o)
                    && (self.kids(o, "nmod").any(with) || self.kids(v, "obl").any(with))
            })
        })
    }

    /// A noun marked as a shared act by a `joint_modifier` ("joint drills").
    fn joint_marked(&self, n: usize) -> bool {
        self.kids(n, "amod")
            .any(|a| has(&self.lex.joint_modifier, &self.lower[a]))
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
        let topic = |x: usize| self.case_in(x, &self.lex.topic_case);
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

    /// A verb of wanting whose object is no shared act or relation ("are seeking consular
    /// access", not "want closer ties"): each co-subject wants it for itself, not of the other.
    /// Not under a control verb: "agreed to seek a stronger presence" is agreed together.
    fn separate_wish(&self, p: usize) -> bool {
        has(&self.lex.desire_verb, &self.lower[p])
            && self.rel(p) != "xcomp"
            && !self
                .kids(p, "obj")
                .any(|o| has(&self.lex.joint_noun, &self.lower[o]))
    }

    /// "A and B will host the talks", "A and B offered to host talks": the predicate or its
    /// infinitive is a verb of hosting, whose parties are others than the hosts.
    fn hosting(&self, p: usize) -> bool {
        std::iter::once(p)
            .chain(self.kids(p, "xcomp"))
            .any(|v| has(&self.lex.hosting_verb, &self.lower[v]))
    }

    /// "A and B sent teams": the predicate is a verb of sending or paying, done for a third
    /// party or for the senders themselves. Not its infinitive: "A and B agreed to send
    /// ambassadors back" or "agreed to fund a port" is still an agreement between the two.
    fn transfer(&self, p: usize) -> bool {
        has(&self.lex.transfer_verb, &self.lower[p]) && self.rel(p) != "xcomp"
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
}

/// Relations joined by spaces; "none" when no relation gave the role.
fn path_text(rels: &[&str]) -> String {
    if rels.is_empty() {
        "none".into()
    } else {
        rels.join(" ")
    }
}

/// The frame's target is the party a statement's conditional measure threatens
/// (`said_threat`): the statement is the threat.
fn said_threat_target(
    f: &mut Frame,
    target_path: &mut Vec<&'static str>,
    w: super::warned::Warned,
) {
    f.target = w.target;
    *target_path = vec![w.how];
    f.threat_agent = Some(w.agent);
    f.said_threat = true;
}
