//! "China's foreign ministry spokesman said … He warned …": the mention finder reads the
//! body ("foreign ministry") as the mention and leaves its spokesperson's title outside it,
//! so the person the later "he" / "she" stands for was never seen as a person. A body
//! mention followed at once by a spokesperson's title (`speaker-title` in `titles.tsv`)
//! names that person too: the pronoun takes the body's actor, the government the
//! spokesperson speaks for. Other heads stay out ("a ministry building" is no person).
//! An organisation's name before one of its singular offices ("the ASEAN secretary-general,
//! who …") names its officer the same way (`igo-office-head`, as `own_office` reads "its
//! secretary-general"), so that "She also met …" speaks for the organisation.
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

fn speaker_titles() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::Titles.set("speaker-title"))
}

/// Candidate `c` is a placed organisation whose next word is a spokesperson's title, or an
/// intergovernmental or non-governmental one whose next word is one of its offices.
pub(super) fn speaks_for_body(ctx: &Ctx, c: &Cand) -> bool {
    let next = ctx.low(c.end_tok);
    let office = c.actor.as_ref().is_some_and(|a| a.organisation())
        && super::own_office::organisation_heads().contains(next);
    c.etype == EntityType::Organisation
        && !c.pronoun
        && c.actor.is_some()
        && (speaker_titles().contains(next) || office)
}

/// "a (MOD …) ministry" right before a spokesperson's title ("a ministry spokeswoman"),
/// of no country: the body's words (lower case, two at most), as `bare_definite` gives a
/// definite one's.
pub(super) fn indefinite_body(ctx: &Ctx, c: &Cand, m: &Mention) -> Option<Range<usize>> {
    let open = m.actor.as_ref().is_none_or(|a| a.agent_only());
    let article = matches!(ctx.low(c.start_tok), "a" | "an");
    let words = c.start_tok + 1..c.end_tok;
    let lower = words.clone().all(|k| {
        let t = ctx.tokens[k];
        t.kind == TokenKind::Word && !t.cap && !t.all_caps
    });
    let titled = speaker_titles().contains(ctx.low(c.end_tok));
    (open && article && lower && titled && !c.pronoun && (1..=2).contains(&words.len()))
        .then_some(words)
}
