//! An announced response: "Moscow would respond to the expulsion", "we will respond if …".
//! News reports a state's announced response to another party's act as a threat of
//! unstated means (CAMEO 130), as the dictionary already codes "would respond in kind". The
//! dictionaries give a bare "respond" no code, rightly for a past "responded to the letter";
//! so only the future ("will / would respond"), not negated, and not a response to a message
//! ("would respond to the request / to questions", the `message` list) is coded here. The
//! target is the frame's, the party of the condition (frames/warned.rs does the same for a
//! warning), or the author of the earlier act it answers ("to the expulsion", reactions.rs).
//! Lists: `data/lexicon/responses.txt`.
use super::context::SentenceCx;
use super::patterns::VpCode;
use super::*;

const LISTS: &str = include_str!("../../../data/lexicon/responses.txt");

struct Lists {
    verb: Vec<String>,
    message: Vec<String>,
}

fn lists() -> Option<&'static Lists> {
    static L: std::sync::OnceLock<Option<Lists>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        Some(Lists {
            verb: crate::nlp::lexicon::cue_line(LISTS, "verb")?,
            message: crate::nlp::lexicon::cue_line(LISTS, "message")?,
        })
    })
    .as_ref()
}

/// The code of an announced response at predicate word `p` of the phrase `vp`, when the
/// dictionary coded none.
pub(super) fn announced_response(cx: &SentenceCx, vp: &Vp, p: usize) -> Option<VpCode> {
    let l = lists()?;
    let lemma = cx.words.get(p)?.lemma.to_lowercase();
    if !vp.future || vp.negated || vp.control.is_some() || !l.verb.contains(&lemma) {
        return None;
    }
    if answers_message(cx.words, p, &l.message) {
        return None;
    }
    Some(VpCode::asserted("130"))
}

/// Does the response at `p` answer a message ("respond to the request / to questions")?
fn answers_message(words: &[syntax::Word], p: usize, message: &[String]) -> bool {
    let head = p + 1;
    words.iter().any(|w| {
        let lemma = w.lemma.to_lowercase();
        let singular = lemma.strip_suffix('s').unwrap_or(&lemma);
        w.head as usize == head
            && w.deprel.starts_with("obl")
            && message.iter().any(|m| m == &lemma || m == singular)
    })
}
