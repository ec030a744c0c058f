//! Plain data types shared by every extraction step. No I/O, no Kafka, no protobuf:
//! the stages convert these to and from the wire format.
//!
//! All spans are UTF-8 **byte** offsets into the article text; conversion to Unicode
//! character offsets happens only at the output edge (`annotate`, `DiplomaticEvent`).

use chrono::NaiveDate;

/// The text the extractors read, borrowed from whatever carried it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleText<'a> {
    pub id: &'a str,
    pub text: &'a str,
    /// Publication date: resolves dated roles ("Kerry" in 2014 is USAGOV, in 2010 USALEG).
    pub published: Option<NaiveDate>,
}

/// Half-open byte range `[start, end)` into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    Person,
    Organisation,
    Location,
    Nationality,
}

impl EntityType {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Organisation => "ORGANISATION",
            EntityType::Location => "LOCATION",
            EntityType::Nationality => "NATIONALITY",
        }
    }
}

/// A canonical actor, CAMEO style: `USAGOV` = country `USA` + sector `GOV`;
/// `IGOWSTNAT` (NATO) has no country. Empty strings mean "unknown".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Actor {
    pub code: String,
    /// Human-readable canonical name ("John Kerry", "Russia", "NATO").
    pub name: String,
    /// Three-letter country code, empty for international / non-state actors.
    pub country: String,
    /// Sector / role code(s) after the country: `GOV`, `MIL`, `OPP`, `REB`…
    pub sector: String,
}

impl Actor {
    /// The side an actor stands for: its country, or the whole code of an international one.
    pub fn side(&self) -> &str {
        if self.country.is_empty() {
            &self.code
        } else {
            &self.country
        }
    }

    /// A sector code with no country ("COP", "MIL", "---"): an agent the text must place.
    pub fn agent_only(&self) -> bool {
        self.country.is_empty() && (1..=3).contains(&self.code.len())
    }

    /// An intergovernmental or non-governmental organisation with no country ("IGOAFRAU",
    /// "NGOHRW"): its envoys, delegations and spokespeople speak for it, not for a state.
    pub fn organisation(&self) -> bool {
        self.country.is_empty() && ["IGO", "NGO"].iter().any(|h| self.code.starts_with(h))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Span,
}

/// WGS 84 latitude / longitude in degrees (from GeoNames or the hand-written regions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub entity_type: EntityType,
    /// The actor this mention resolves to, when it resolves to one.
    pub actor: Option<Actor>,
    /// Index into `EntityAnalysis::sentences`.
    pub sentence: usize,
    /// Index of the earlier mention this one refers back to ("Mr. Lavrov" → "Sergei Lavrov").
    pub antecedent: Option<usize>,
    /// Coordinates of a LOCATION mention that names a known city or region.
    pub geo: Option<GeoPoint>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntityAnalysis {
    pub sentences: Vec<Sentence>,
    /// Sorted by span start.
    pub mentions: Vec<Mention>,
}

/// A side of an event: the actor and, when there is one, the mention it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub actor: Actor,
    pub mention: Option<usize>,
    /// Surface text of the mention (or of the phrase that named the actor).
    pub text: String,
}

/// How the verb phrase was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Modality {
    #[default]
    Asserted,
    /// "refused to", "did not" — the event did not happen as stated.
    Negated,
    /// "threatened to", "warned it would".
    Threatened,
    /// "plans to", "will", "is about to".
    Intended,
    /// "X said Y would …": attributed to a speaker.
    Reported,
    /// "if Y vetoes", "unless", "would … if": depends on a condition (set by the coder from
    /// the parse, or by the gate).
    Conditional,
    /// A question, or "could / might / may": a possibility (set by the gate).
    Hypothetical,
    /// "Y must / should withdraw": the speaker's demand, not Y's act (set by the gate).
    Demanded,
}

/// One coded interaction: one per verb phrase, never one per sentence by default.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    pub sentence: usize,
    pub source: Participant,
    pub target: Option<Participant>,
    /// Full CAMEO code, e.g. "0431"; the root is its first two digits.
    pub cameo: String,
    /// The verb phrase that triggered the code.
    pub trigger: Span,
    pub modality: Modality,
    /// For reported speech: who said it.
    pub speaker: Option<Participant>,
    /// Mention index of a LOCATION named in the same sentence, if any.
    pub location: Option<usize>,
    /// 0..=1
    pub confidence: f32,
    /// The dependency path from the trigger to source and target (`annotate --explain`).
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StanceLabel {
    Cooperative,
    Hostile,
    Neutral,
}

impl StanceLabel {
    pub fn as_str(&self) -> &'static str {
        match self {
            StanceLabel::Cooperative => "cooperative",
            StanceLabel::Hostile => "hostile",
            StanceLabel::Neutral => "neutral",
        }
    }
}

/// Stance one actor expresses toward another, aggregated over the article.
#[derive(Debug, Clone, PartialEq)]
pub struct DyadStance {
    pub holder: Actor,
    pub target: Actor,
    pub label: StanceLabel,
    /// −1 (hostile) ..= +1 (cooperative)
    pub score: f32,
    pub evidence: Vec<Span>,
}

/// Stance of the article's author (not of any actor) toward an actor.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorialStance {
    pub target: Actor,
    pub label: StanceLabel,
    pub score: f32,
    pub evidence: Vec<Span>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StanceAnalysis {
    pub dyads: Vec<DyadStance>,
    pub editorial: Vec<EditorialStance>,
    /// Lexicon tone of the whole article, −1 ..= +1.
    pub tone: f32,
}
