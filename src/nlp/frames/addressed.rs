//! An appeal in a participle or purpose clause of a message is addressed to the message's
//! "to" party: "wrote to Y asking for talks", "sent a letter to Y urging it to …". The
//! appeal verb has no object of its own; without this its target is left unresolved.
//! A note handed to someone speaks to its recipient: "handed Y a note demanding …",
//! "delivered a note to Y protesting …" (the participle hangs on the note, the recipient on
//! the handing verb as indirect object or "to" party).
use super::{has, Sentence};

impl Sentence<'_> {
    /// The "to" party of the verb or message noun an appeal verb `p` hangs from, or the
    /// recipient of a handed note whose appeal or complaint `p` is.
    pub(super) fn written_addressee(&self, p: usize) -> Option<Vec<u32>> {
        if !matches!(self.rel(p), "advcl" | "acl") {
            return None;
        }
        let h = self.heads[p]?;
        if !self.lex.is_appeal(&self.lower[p]) {
            return self.note_recipient(p, h);
        }
        // the head verb ("wrote to Y") or noun ("a letter to Y"), and a message noun the
        // head verb sends ("sent a letter to Y")
        let messages = self
            .kids(h, "obj")
            .filter(|&o| has(&self.lex.message_noun, &self.lower[o]));
        let holders: Vec<usize> = std::iter::once(h).chain(messages).collect();
        holders
            .into_iter()
            .find_map(|w| self.to_party(w))
            .or_else(|| self.note_recipient(p, h))
    }

    /// The actors of `w`'s "to" dependent (`obl` or `nmod`), if any.
    fn to_party(&self, w: usize) -> Option<Vec<u32>> {
        self.children[w]
            .iter()
            .copied()
            .filter(|&c| matches!(self.rel(c), "obl" | "nmod"))
            .filter(|&c| self.marker(c, "case") == Some("to"))
            .map(|c| self.actor(c))
            .find(|a| !a.is_empty())
    }

    /// "handed Y a note demanding …": `p` (an appeal or complaint) is an `acl` of a message
    /// noun `note` that is the object of a handing verb; the recipient is that verb's
    /// indirect object or an object before the note (a double object the parse labelled
    /// twice `obj`), else the "to" party of the verb or of the note.
    fn note_recipient(&self, p: usize, note: usize) -> Option<Vec<u32>> {
        let complaint = has(&self.lex.note_complaint, &self.lower[p]);
        if self.rel(p) != "acl"
            || !(complaint || self.lex.is_appeal(&self.lower[p]))
            || !has(&self.lex.message_noun, &self.lower[note])
            || self.rel(note) != "obj"
        {
            return None;
        }
        let v = self.heads[note].filter(|&v| has(&self.lex.handing_verb, &self.lower[v]))?;
        let first_object = self.kids(v, "obj").filter(|&o| o < note);
        let recipients: Vec<usize> = self.kids(v, "iobj").chain(first_object).collect();
        recipients
            .into_iter()
            .map(|r| self.recipient_actor(v, r))
            .find(|a| !a.is_empty())
            .or_else(|| self.to_party(v))
            .or_else(|| self.to_party(note))
    }

    /// The recipient of a note handed by a participle's head: checked before the appeal's
    /// own complement subject, since "handed Y a note demanding that the military keep
    /// away" asks Y, whoever "the military" is (`p` an `acl` of a handed message noun).
    pub(super) fn handed_note_recipient(&self, p: usize) -> Option<Vec<u32>> {
        let note = self.heads[p]?;
        self.note_recipient(p, note)
    }

    /// The actors of recipient word `r` of handing verb `v`; a pronoun with none ("handed
    /// him a note") stands for the object of the verb the handing is joined to: "summoned
    /// Y's ambassador and handed him a note", "called in Y's envoy and handed her …".
    fn recipient_actor(&self, v: usize, r: usize) -> Vec<u32> {
        let own = self.actor(r);
        let form = self.words[r].form.to_lowercase();
        if !own.is_empty() || !has(&self.lex.recipient_pronoun, &form) || self.rel(v) != "conj" {
            return own;
        }
        let Some(h) = self.heads[v].filter(|&h| h < v && self.is_verbal(h)) else {
            return own;
        };
        let called_in = self
            .kids(h, "obl")
            .filter(|&o| self.called_in(h, o))
            .map(|o| self.actor(o));
        self.object(h)
            .filter(|(_, how)| *how == "obj")
            .map(|(t, _)| t)
            .into_iter()
            .chain(called_in)
            .find(|a| !a.is_empty())
            .unwrap_or_default()
    }
}
