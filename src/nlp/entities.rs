//! The entities stage: the mentions of an article (`nlp::mentions`) linked by
//! coreference (`nlp::coreference`).
//!
//! Output conventions (for the event coder) are those of `nlp::mentions`; in addition
//! mentions are sorted by start (ties: longer first) after coreference added its own,
//! and `antecedent` indexes point into the sorted list.
//!
//! Helpers: [`EntityRecognizer::resolve_phrase`] resolves an arbitrary phrase on a date;
//! [`EntityRecognizer::mentions_in`] lists the mentions inside a byte range.

use super::coreference;
use super::mentions::gazetteer::Gazetteer;
use super::mentions::{ArticleTokens, MentionFinder};
use super::{Actor, ArticleText, EntityAnalysis, Mention, NlpConfig, NlpError, Span};
use chrono::NaiveDate;

pub struct EntityRecognizer {
    finder: MentionFinder,
}

impl EntityRecognizer {
    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        Ok(Self {
            finder: MentionFinder::load(config)?,
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        self.finder.gazetteer()
    }

    pub fn analyse(&self, article: &ArticleText) -> EntityAnalysis {
        let doc = ArticleTokens::new(article);
        let (cands, mut mentions) = self.finder.find(&doc);
        let spans: Vec<Span> = doc.sentences().iter().map(|s| s.span).collect();
        // "Korea" alone: South Korea, unless the story names the North
        coreference::bare_names::resolve(article.text, &spans, &mut mentions);
        let ctx = doc.ctx();
        coreference::resolve(&ctx, self.gazetteer(), &cands, &mut mentions, &doc.ranges);
        sort_by_start(&mut mentions);
        let gaz = self.gazetteer();
        coreference::agents::place_agents(|c| gaz.country_name(c), article.text, &mut mentions);
        let sentences = doc.sentences();
        let name = |c: &str| gaz.country_name(c);
        coreference::focus::focus_agents(name, article.text, &sentences, &mut mentions);
        sort_by_start(&mut mentions);
        coreference::previous::previous_country_titles(name, article.text, &mut mentions);
        // "His foreign minister": once the focus has placed the leader it belongs to
        let known = |p: &str| self.finder.resolve_phrase(p, article.published);
        coreference::holder::resolve(&ctx, &doc.ranges, known, &mut mentions);
        coreference::acronyms::defined_acronyms(article.text, &mut mentions);
        coreference::twin_names::read_twin_names(name, article.text, &mut mentions);
        // "The interior minister, X, … X accused": once every pass has placed the title
        coreference::late_names::resolve(article.text, &mut mentions);
        EntityAnalysis {
            sentences,
            mentions,
        }
    }

    /// Resolves an arbitrary phrase ("the Iranian foreign minister", "Moscow", "NATO",
    /// "Sergei Lavrov") to an actor on `date`, or `None`.
    pub fn resolve_phrase(&self, phrase: &str, date: Option<NaiveDate>) -> Option<Actor> {
        self.finder.resolve_phrase(phrase, date)
    }

    /// Mentions (with actors) inside a byte range of an analysed article: a thin helper
    /// for the event coder.
    pub fn mentions_in(
        analysis: &EntityAnalysis,
        range: Span,
    ) -> impl Iterator<Item = (usize, &Mention)> {
        analysis
            .mentions
            .iter()
            .enumerate()
            .filter(move |(_, m)| range.contains(m.span))
    }
}

/// Coreference may add surname mentions: sorts by start (ties: longer first) and
/// renumbers the antecedents. The common case (already sorted) costs one scan.
fn sort_by_start(mentions: &mut Vec<Mention>) {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        (
            mentions[i].span.start,
            std::cmp::Reverse(mentions[i].span.end),
        )
    });
    if order.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let mut pos = vec![0usize; mentions.len()];
    for (new, &old) in order.iter().enumerate() {
        pos[old] = new;
    }
    let mut sorted: Vec<Mention> = order.iter().map(|&i| mentions[i].clone()).collect();
    for m in &mut sorted {
        if let Some(a) = m.antecedent {
            m.antecedent = Some(pos[a]);
        }
    }
    *mentions = sorted;
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_acronyms;
#[cfg(test)]
mod tests_focus;
#[cfg(test)]
mod tests_fresh21;
#[cfg(test)]
mod tests_igo;
#[cfg(test)]
mod tests_igoheads3;
#[cfg(test)]
mod tests_institutions;
#[cfg(test)]
mod tests_mentions;
#[cfg(test)]
mod tests_name_shapes;
#[cfg(test)]
mod tests_officials;
#[cfg(test)]
mod tests_person_shapes;
#[cfg(test)]
mod tests_places2;
#[cfg(test)]
mod tests_precision29;
#[cfg(test)]
mod tests_recall;
#[cfg(test)]
mod tests_twin_names;
