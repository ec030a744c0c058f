use super::*;
use crate::nlp::{Mention, Sentence};

/// Throwaway mention finder for tests: exact surface strings → actors.
pub(super) fn analyse(text: &str, actors: &[(&str, &str, EntityType)]) -> EntityAnalysis {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sentences.push(Sentence {
            span: Span::new(start, i + 1),
        });
        start = i + 2;
    }
    sentences.push(Sentence {
        span: Span::new(start, text.len()),
    });
    let mut mentions = Vec::new();
    for (surface, code, ty) in actors {
        for (i, _) in text.match_indices(surface) {
            let span = Span::new(i, i + surface.len());
            let sentence = sentences
                .iter()
                .position(|s| s.span.contains(span))
                .unwrap_or(0);
            let actor = (!code.is_empty()).then(|| Actor {
                code: code.to_string(),
                name: surface.to_string(),
                country: code.get(..3).unwrap_or("").to_string(),
                sector: code.get(3..).unwrap_or("").to_string(),
            });
            mentions.push(Mention {
                span,
                entity_type: *ty,
                actor,
                sentence,
                antecedent: None,
                geo: None,
            });
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    // Drop mentions nested in longer ones.
    let mut kept: Vec<Mention> = Vec::new();
    for m in mentions {
        if let Some(last) = kept.last() {
            if last.span.overlaps(m.span) {
                if m.span.len() > last.span.len() {
                    kept.pop();
                } else {
                    continue;
                }
            }
        }
        kept.push(m);
    }
    EntityAnalysis {
        sentences,
        mentions: kept,
    }
}

/// The three invented states of the event tests, as places and nationalities.
const THREE_STATES: [(&str, &str, EntityType); 6] = [
    ("Freedonia", "FRE", Location),
    ("Ruritania", "RUR", Location),
    ("Sylvania", "SYL", Location),
    ("Freedonian", "FRE", Nationality),
    ("Ruritanian", "RUR", Nationality),
    ("Sylvanian", "SYL", Nationality),
];

/// Four real states, as places, and two of them as nationalities, for the tests of passes
/// that read the dictionaries' codes.
pub(super) const FOUR_STATES: [(&str, &str, EntityType); 6] = [
    ("Norway", "NOR", Location),
    ("Peru", "PER", Location),
    ("Chile", "CHL", Location),
    ("Ghana", "GHA", Location),
    ("Peruvian", "PER", Nationality),
    ("Chilean", "CHL", Nationality),
];

/// Chile and Peru by name and by capital, for the tests of threats and responses between
/// two governments.
pub(super) const CHILE_PERU: [(&str, &str, EntityType); 4] = [
    ("Chile", "CHL", Location),
    ("Santiago", "CHL", Location),
    ("Peru", "PER", Location),
    ("Lima", "PER", Location),
];

/// `THREE_STATES` and a test file's own actors (the order of the rows does not matter:
/// `analyse` keeps the longest of overlapping mentions).
pub(super) fn three_states_and(
    extra: &[(&'static str, &'static str, EntityType)],
) -> Vec<(&'static str, &'static str, EntityType)> {
    THREE_STATES.iter().chain(extra).copied().collect()
}

fn coder() -> EventCoder {
    EventCoder::load(&NlpConfig::default()).unwrap()
}

pub(super) fn run(text: &str, actors: &[(&str, &str, EntityType)]) -> Vec<CodedEvent> {
    code_text(&coder(), text, actors)
}

fn code_text(
    coder: &EventCoder,
    text: &str,
    actors: &[(&str, &str, EntityType)],
) -> Vec<CodedEvent> {
    let ents = analyse(text, actors);
    let article = ArticleText {
        id: "t",
        text,
        published: None,
    };
    coder.code(&article, &ents)
}

/// Codes `text` with the built-in dictionaries plus one operator verb file `dict` (written
/// to a temporary directory named after `name`, which keeps parallel tests apart).
pub(super) fn run_with_verbs(
    dict: &str,
    name: &str,
    text: &str,
    actors: &[(&str, &str, EntityType)],
) -> Vec<CodedEvent> {
    let dir = std::env::temp_dir().join(format!("demarche-verbs-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("test.verbs.txt");
    std::fs::write(&path, dict).unwrap();
    let config = NlpConfig {
        verb_dictionaries: vec![path],
        ..NlpConfig::default()
    };
    let coder = EventCoder::load(&config).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    code_text(&coder, text, actors)
}

/// Whether `evs` hold the event `src` → `tgt` with exactly the CAMEO `code`.
pub(super) fn has_code(evs: &[CodedEvent], src: &str, tgt: &str, code: &str) -> bool {
    triples(evs)
        .iter()
        .any(|(s, t, c)| s == src && t == tgt && c == code)
}

/// Whether `evs` hold the event `src` → `tgt` with a CAMEO code under `root`.
pub(super) fn has_root(evs: &[CodedEvent], src: &str, tgt: &str, root: &str) -> bool {
    triples(evs)
        .iter()
        .any(|(s, t, c)| s == src && t == tgt && c.starts_with(root))
}

/// Whether `evs` hold an event whose source, target and CAMEO code start with `src`, `tgt`
/// and `root` ("FRE" also takes FREGOV; an empty `root` takes any code).
pub(super) fn has_sides(evs: &[CodedEvent], src: &str, tgt: &str, root: &str) -> bool {
    triples(evs)
        .iter()
        .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(root))
}

/// The (source, target) pairs of the events `run` codes from `text` under the CAMEO `root`.
pub(super) fn pairs_coded(
    text: &str,
    actors: &[(&str, &str, EntityType)],
    root: &str,
) -> Vec<(String, String)> {
    triples(&run(text, actors))
        .into_iter()
        .filter(|(_, _, c)| c.starts_with(root))
        .map(|(s, t, _)| (s, t))
        .collect()
}

/// The threats (13x) of `evs` with a target, as (source, target) pairs.
pub(super) fn threats(evs: &[CodedEvent]) -> Vec<(String, String)> {
    triples(evs)
        .into_iter()
        .filter(|(_, t, c)| c.starts_with("13") && !t.is_empty())
        .map(|(s, t, _)| (s, t))
        .collect()
}

pub(super) fn pair(s: &str, t: &str) -> (String, String) {
    (s.to_string(), t.to_string())
}

pub(super) fn triples(evs: &[CodedEvent]) -> Vec<(String, String, String)> {
    evs.iter()
        .map(|e| {
            (
                e.source.actor.code.clone(),
                e.target
                    .as_ref()
                    .map(|t| t.actor.code.clone())
                    .unwrap_or_default(),
                e.cameo.clone(),
            )
        })
        .collect()
}

/// Every target the source `src` is given.
pub(super) fn targets_of(evs: &[CodedEvent], src: &str) -> Vec<String> {
    triples(evs)
        .into_iter()
        .filter(|(s, _, _)| s == src)
        .map(|(_, t, _)| t)
        .collect()
}

use EntityType::*;

#[test]
fn flagship_example() {
    let text = "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in London; the talks broke down; Washington threatened sanctions; Russia held military exercises near Ukraine's border.";
    let actors = [
        ("Secretary of State John Kerry", "USAGOV", Person),
        ("Russian Foreign Minister Sergei Lavrov", "RUSGOV", Person),
        ("London", "GBR", Location),
        ("Washington", "USAGOV", Location),
        ("Russia", "RUSGOV", Location),
        ("Ukraine", "UKR", Location),
    ];
    let evs = run(text, &actors);
    let tr = triples(&evs);
    eprintln!("{tr:?}");
    let meet = evs
        .iter()
        .find(|e| e.cameo.starts_with("04"))
        .expect("a meeting event");
    assert_eq!(meet.source.actor.code, "USAGOV");
    assert_eq!(meet.target.as_ref().unwrap().actor.code, "RUSGOV");
    assert_eq!(meet.trigger.slice(text), "met");
    let loc = meet.location.expect("location");
    let ents = analyse(text, &actors);
    assert_eq!(ents.mentions[loc].span.slice(text), "London");
    assert!(evs
        .iter()
        .any(|e| e.cameo.starts_with("13") && e.source.actor.code == "USAGOV"));
    assert!(evs
        .iter()
        .any(|e| e.cameo.starts_with("15") && e.source.actor.code == "RUSGOV"));
    // Exactly one event per verb phrase.
    assert_eq!(evs.iter().filter(|e| e.cameo.starts_with("04")).count(), 1);
}

#[test]
fn passive_voice_swaps_roles() {
    let evs = run(
        "The Ukrainian convoy was attacked by Russian forces on Monday.",
        &[
            ("Ukrainian convoy", "UKRMIL", Nationality),
            ("Russian forces", "RUSMIL", Nationality),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert_eq!(tr[0].0, "RUSMIL");
    assert_eq!(tr[0].1, "UKRMIL");
    assert!(
        tr[0].2.starts_with("19") || tr[0].2.starts_with("18"),
        "{tr:?}"
    );
}

#[test]
fn negation_blocks_the_event() {
    let evs = run(
        "France did not attack Germany.",
        &[("France", "FRA", Location), ("Germany", "DEU", Location)],
    );
    assert!(evs.is_empty(), "{:?}", triples(&evs));
    let evs = run(
        "Iran refused to meet the United States.",
        &[
            ("Iran", "IRN", Location),
            ("United States", "USA", Location),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert!(tr[0].2.starts_with("12"), "{tr:?}");
    assert_eq!(evs[0].modality, Modality::Negated);
}

#[test]
fn threatened_to_gives_a_threat_code() {
    let evs = run(
        "North Korea threatened to attack South Korea.",
        &[
            ("North Korea", "PRK", Location),
            ("South Korea", "KOR", Location),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr, vec![("PRK".into(), "KOR".into(), "138".into())]);
    assert_eq!(evs[0].modality, Modality::Threatened);
    assert_eq!(
        evs[0]
            .trigger
            .slice("North Korea threatened to attack South Korea."),
        "threatened to attack"
    );
    let evs = run(
        "The government did not rule out military action against the rebels.",
        &[
            ("The government", "SYRGOV", Organisation),
            ("the rebels", "SYRREB", Organisation),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert_eq!(tr[0].2, "138");
}

#[test]
fn reported_speech_keeps_the_content_event() {
    // CAMEO/PETRARCH convention: "X said Y attacked" is X accusing Y (112), attributed.
    let text = "Russia said Ukraine had attacked its border posts.";
    let evs = run(
        text,
        &[("Russia", "RUS", Location), ("Ukraine", "UKR", Location)],
    );
    let tr = triples(&evs);
    assert_eq!(tr, vec![("RUS".into(), "UKR".into(), "112".into())]);
    assert_eq!(evs[0].modality, Modality::Reported);
    assert_eq!(evs[0].speaker.as_ref().unwrap().actor.code, "RUS");
    // …and a reported cooperative act keeps its own code, attributed to the speaker.
    let evs = run(
        "Russia said Ukraine had released the prisoners to Poland.",
        &[
            ("Russia", "RUS", Location),
            ("Ukraine", "UKR", Location),
            ("Poland", "POL", Location),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert_eq!(tr[0].0, "UKR");
    assert!(tr[0].2.starts_with("08"), "{tr:?}");
    assert_eq!(evs[0].modality, Modality::Reported);
    assert_eq!(evs[0].speaker.as_ref().unwrap().actor.code, "RUS");
    let text = "Arnor will meet Gondor next week, a senior official said.";
    let evs = run(
        text,
        &[("Arnor", "ARN", Location), ("Gondor", "GON", Location)],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert_eq!(tr[0].0, "ARN");
}

#[test]
fn compound_actors_give_one_event_each() {
    let evs = run(
        "Hungarian and Romanian officials condemned Russia.",
        &[
            ("Hungarian", "HUNGOV", Nationality),
            ("Romanian officials", "ROUGOV", Nationality),
            ("Russia", "RUS", Location),
        ],
    );
    let mut tr = triples(&evs);
    tr.sort();
    assert_eq!(tr.len(), 2, "{tr:?}");
    assert_eq!(tr[0].0, "HUNGOV");
    assert_eq!(tr[1].0, "ROUGOV");
    assert!(
        tr.iter().all(|t| t.1 == "RUS" && t.2.starts_with("11")),
        "{tr:?}"
    );
}

#[test]
fn one_event_per_verb_phrase_and_none_without_verb() {
    let evs = run(
        "Israeli strikes hit Gaza.",
        &[("Israeli", "ISR", Nationality), ("Gaza", "PSE", Location)],
    );
    assert_eq!(evs.len(), 1, "{:?}", triples(&evs));
    let evs = run(
        "The talks between France and Germany in Paris.",
        &[
            ("France", "FRA", Location),
            ("Germany", "DEU", Location),
            ("Paris", "FRA", Location),
        ],
    );
    assert!(evs.is_empty(), "{:?}", triples(&evs));
    let evs = run(
        "Sunny weather in Berlin on Tuesday.",
        &[("Berlin", "DEU", Location)],
    );
    assert!(evs.is_empty());
}

#[test]
fn editorial_sarcasm_codes_no_actor_event() {
    let text = "The minister met Germany's chancellor. Apparently the minister forgot that part. One wonders whether anyone in the room was surprised.";
    let evs = run(
        text,
        &[
            ("The minister", "FRAGOV", Person),
            ("the minister", "FRAGOV", Person),
            ("Germany's chancellor", "DEUGOV", Person),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert_eq!(evs[0].sentence, 0);
}

#[test]
fn announced_own_action_is_intent_and_announced_violence_a_threat() {
    let evs = run(
        "The rebels said they will release the hostages to Colombia.",
        &[
            ("The rebels", "COLREB", Organisation),
            ("Colombia", "COL", Location),
        ],
    );
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert!(tr[0].2.starts_with("03"), "{tr:?}");
    assert_eq!(evs[0].modality, Modality::Intended);
    let evs = run(
        "Iran will attack Israel.",
        &[("Iran", "IRN", Location), ("Israel", "ISR", Location)],
    );
    let tr = triples(&evs);
    assert_eq!(tr, vec![("IRN".into(), "ISR".into(), "138".into())]);
}

#[test]
fn a_plan_is_an_intent_but_the_reporters_future_keeps_the_act() {
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    // A plan is the actor's intention: the coder makes it 03x.
    let evs = run("Peru plans to restore diplomatic ties with Chile.", &actors);
    let tr = triples(&evs);
    assert_eq!(tr.len(), 1, "{tr:?}");
    assert!(tr[0].2.starts_with("03"), "{tr:?}");
    assert_eq!(evs[0].modality, Modality::Intended);
    // "is about to": the coder keeps the act's own code and marks it intended (the gate
    // decides what an announced act is coded as).
    let done = triples(&run("Peru restored diplomatic ties with Chile.", &actors));
    let evs = run(
        "Peru is about to restore diplomatic ties with Chile.",
        &actors,
    );
    assert_eq!(triples(&evs), done);
    assert!(!done[0].2.starts_with("03"), "{done:?}");
    assert_eq!(evs[0].modality, Modality::Intended);
}

#[test]
fn co_subjects_act_on_each_other_only_for_reciprocal_codes() {
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    // Praise is each subject's own act, not one aimed at the other.
    let tr = triples(&run("Peru and Chile both praised the new treaty.", &actors));
    assert!(
        !tr.iter().any(|(s, t, _)| s == "PER" && t == "CHL"),
        "{tr:?}"
    );
    // Meeting is mutual.
    let tr = triples(&run("Peru and Chile met in Lima on Monday.", &actors));
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "PER" && t == "CHL" && c.starts_with("04")),
        "{tr:?}"
    );
    assert!(reciprocal_code("057") && reciprocal_code("036"));
    assert!(!reciprocal_code("045") && !reciprocal_code("051"));
    assert!(!reciprocal_code("033") && !reciprocal_code("0331"));
}

#[test]
fn a_home_city_is_the_venue_of_a_meeting_not_its_target() {
    let text = "Peru's president invited the envoy to Lima.";
    let mut ents = analyse(text, &[("Lima", "PER", Location)]);
    ents.mentions[0].geo = Some(crate::nlp::GeoPoint {
        lat: -12.0,
        lon: -77.0,
    });
    let gov = Actor {
        code: "PERGOV".into(),
        country: "PER".into(),
        sector: "GOV".into(),
        name: "Peru's president".into(),
    };
    let lima = Actor {
        code: "PER".into(),
        country: "PER".into(),
        sector: String::new(),
        name: "Lima".into(),
    };
    assert!(home_place(&ents, (9, &gov), (0, &lima), "040"));
    // An invitation is an appeal (026): the home capital is where to come, not who is asked.
    assert!(home_place(&ents, (9, &gov), (0, &lima), "026"));
    // Force against one's own city is a domestic event with that target.
    assert!(!home_place(&ents, (9, &gov), (0, &lima), "190"));
    // A foreign capital stands for its state.
    let chl = Actor {
        code: "CHLGOV".into(),
        country: "CHL".into(),
        sector: "GOV".into(),
        name: "Chile's president".into(),
    };
    assert!(!home_place(&ents, (9, &chl), (0, &lima), "040"));
}

#[test]
fn leading_a_delegation_is_not_cooperation() {
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    let text = "The talks with Peru were led by Chile's deputy minister on Monday.";
    let tr = triples(&run(text, &actors));
    assert!(!tr.iter().any(|(_, _, c)| c.starts_with("06")), "{tr:?}");
}

#[test]
fn ordering_someone_to_act_is_a_demand_not_an_agreement() {
    let actors = [("Peru", "PER", Location), ("Chilean", "CHL", Nationality)];
    let text = "Peru ordered Chilean diplomats to leave Lima on Monday.";
    let tr = triples(&run(text, &actors));
    assert!(!tr.iter().any(|(_, _, c)| c.starts_with("03")), "{tr:?}");
    assert!(
        tr.iter()
            .any(|(s, _, c)| s == "PER" && (c == "166" || c == "100")),
        "{tr:?}"
    );
}

#[test]
fn a_weekday_after_a_particle_is_a_date_not_a_phrasal_verb() {
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    let text = "Peru pressed Chile on Tuesday to reopen the border.";
    let tr = triples(&run(text, &actors));
    assert!(!tr.iter().any(|(_, _, c)| c.starts_with("19")), "{tr:?}");
}

#[test]
fn three_co_subjects_meeting_make_no_pairs() {
    let actors = [
        ("Peru", "PER", Location),
        ("Chile", "CHL", Location),
        ("Bolivia", "BOL", Location),
    ];
    let tr = triples(&run("Peru, Chile and Bolivia met on Monday.", &actors));
    assert!(tr.iter().all(|(_, t, _)| t.is_empty()), "{tr:?}");
}

#[test]
fn a_city_after_in_is_the_venue_not_the_target() {
    let text = "Peru and Chile met in Quito on Monday.";
    let actors = [
        ("Peru", "PER", Location),
        ("Chile", "CHL", Location),
        ("Quito", "ECU", Location),
    ];
    let mut ents = analyse(text, &actors);
    ents.mentions[2].geo = Some(crate::nlp::GeoPoint {
        lat: -0.2,
        lon: -78.5,
    });
    let article = ArticleText {
        id: "t",
        text,
        published: None,
    };
    let tr = triples(&coder().code(&article, &ents));
    assert!(!tr.iter().any(|(_, t, _)| t == "ECU"), "{tr:?}");
    // The venue gone, the pair meets each other.
    assert!(
        tr.iter()
            .any(|(s, t, c)| s == "PER" && t == "CHL" && c.starts_with("04")),
        "{tr:?}"
    );
    // Force still hits the place's country.
    let toks_text = "Gondor shelled targets in Quito.";
    let mut ents = analyse(
        toks_text,
        &[("Gondor", "GON", Location), ("Quito", "ECU", Location)],
    );
    ents.mentions[1].geo = Some(crate::nlp::GeoPoint {
        lat: -0.2,
        lon: -78.5,
    });
    let article = ArticleText {
        id: "t",
        text: toks_text,
        published: None,
    };
    let tr = triples(&coder().code(&article, &ents));
    assert!(
        tr.iter().any(|(s, t, _)| s == "GON" && t == "ECU"),
        "{tr:?}"
    );
}

#[test]
fn a_negation_the_pattern_codes_starts_the_trigger() {
    // An operator's dictionary may code the negation itself ("won't quarrel over" → 904):
    // the event is asserted, and the trigger holds the negation so the gate does not read
    // it again as the event's modality.
    let dict = "&NEGAUX\n+WO N'T\n+WILL NOT\n\n--- QUARREL [121] ---\nQUARREL\n- &NEGAUX * OVER PLANS [904]\n- * OVER PLANS [121]\n";
    let text = "Peru won't quarrel over plans of Chile to build a dam.";
    let evs = run_with_verbs(
        dict,
        "negpat",
        text,
        &[("Peru", "PER", Location), ("Chile", "CHL", Location)],
    );
    let e = evs.iter().find(|e| e.cameo == "904");
    let e = e.unwrap_or_else(|| panic!("{:?}", triples(&evs)));
    assert_eq!(e.source.actor.code, "PER");
    assert_eq!(e.modality, Modality::Asserted);
    assert!(
        e.trigger.slice(text).starts_with("won't"),
        "{:?}",
        e.trigger
    );
}

/// Leaving an international body is a cut in relations (16x); withdrawing troops from a
/// country stays a military retreat (087x).
#[test]
fn withdrawing_from_an_organisation_reduces_relations() {
    let text =
        "Burundi withdrew from the African Union on Monday. Chad withdrew its troops from Sudan.";
    let actors = [
        ("Burundi", "BDI", Location),
        ("African Union", "IGOAFRAU", Organisation),
        ("Chad", "TCD", Location),
        ("Sudan", "SDN", Location),
    ];
    let evs = run(text, &actors);
    let tr = triples(&evs);
    let left = tr.iter().find(|t| t.0 == "BDI");
    assert_eq!(
        left.map(|t| (t.1.as_str(), t.2.as_str())),
        Some(("IGOAFRAU", "160")),
        "{tr:?}"
    );
    let retreat = tr.iter().find(|t| t.0 == "TCD");
    assert!(
        retreat.is_some_and(|t| t.1 == "SDN" && t.2.starts_with("087")),
        "{tr:?}"
    );
}

#[test]
fn an_actor_opening_the_next_clause_is_not_a_target_of_this_one() {
    let text = "Chile voiced support for Peru, and the Bolivian ambassador in Lima called the vote unfair.";
    let actors = [
        ("Chile", "CHL", Location),
        ("Peru", "PER", Location),
        ("Bolivian ambassador", "BOLGOV", Person),
        ("Lima", "PER", Location),
    ];
    let tr = triples(&run(text, &actors));
    assert!(
        tr.iter().any(|(s, t, _)| s == "CHL" && t == "PER"),
        "{tr:?}"
    );
    assert!(
        !tr.iter().any(|(s, t, _)| s == "CHL" && t == "BOLGOV"),
        "{tr:?}"
    );
    // A list joined by ", and" with no verb of its own stays one group.
    let text = "Chile condemned Peru, Ecuador, and Bolivia over the vote.";
    let actors = [
        ("Chile", "CHL", Location),
        ("Peru", "PER", Location),
        ("Ecuador", "ECU", Location),
        ("Bolivia", "BOL", Location),
    ];
    let tr = triples(&run(text, &actors));
    assert!(
        tr.iter().any(|(s, t, _)| s == "CHL" && t == "BOL"),
        "{tr:?}"
    );
}

#[test]
fn a_fronted_place_and_its_comma_do_not_open_a_list_of_subjects() {
    let text = "In Lima, the Chilean envoy met the Peruvian president.";
    let evs = run(
        text,
        &[
            ("Lima", "PER", Location),
            ("the Chilean envoy", "CHLGOV", Person),
            ("the Peruvian president", "PERGOV", Person),
        ],
    );
    assert!(
        has_root(&evs, "CHLGOV", "PERGOV", "04"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !triples(&evs).iter().any(|(s, _, _)| s == "PER"),
        "{:?}",
        triples(&evs)
    );
    // the fronted phrase may be longer, and end in a partner: "In talks with X, Y said"
    let evs = run(
        "In talks on Monday with the Peruvian president, the Chilean envoy said trade would grow.",
        &[
            ("the Peruvian president", "PERGOV", Person),
            ("the Chilean envoy", "CHLGOV", Person),
        ],
    );
    assert!(
        has_root(&evs, "CHLGOV", "PERGOV", "04"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "PERGOV" || t == "CHLGOV"),
        "{:?}",
        triples(&evs)
    );
    // a place named before the partner inside the phrase does not end it
    let evs = run(
        "After talks in Lima with the Peruvian president, the Chilean envoy said trade would grow.",
        &[
            ("Lima", "PER", Location),
            ("the Peruvian president", "PERGOV", Person),
            ("the Chilean envoy", "CHLGOV", Person),
        ],
    );
    assert!(
        has_root(&evs, "CHLGOV", "PERGOV", "04"),
        "{:?}",
        triples(&evs)
    );
    assert!(
        !triples(&evs)
            .iter()
            .any(|(s, t, _)| s == "PERGOV" || t == "CHLGOV"),
        "{:?}",
        triples(&evs)
    );
    // a list after a fronted comma still joins: "In Lima, Chile and Peru signed …"
    let text = "On Monday, Chile, Bolivia and Peru signed a water accord.";
    let evs = run(
        text,
        &[
            ("Chile", "CHL", Location),
            ("Bolivia", "BOL", Location),
            ("Peru", "PER", Location),
        ],
    );
    assert!(
        triples(&evs).iter().any(|(s, _, _)| s == "BOL"),
        "{:?}",
        triples(&evs)
    );
}
