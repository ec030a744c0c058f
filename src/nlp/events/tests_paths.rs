//! The explain path of verb and noun events has one format: "source: …; target: …;
//! clause: …", then the notes of how the event was coded.
use super::tests::run;
use super::*;
use EntityType::*;

/// The path's first three parts, without their names; the rest as they are.
fn parts(path: &str) -> (Vec<&str>, Vec<&str>) {
    let all: Vec<&str> = path.split("; ").collect();
    let named = ["source: ", "target: ", "clause: "]
        .iter()
        .zip(&all)
        .map(|(name, part)| part.strip_prefix(name).unwrap_or("(missing)"))
        .collect();
    (named, all.iter().skip(3).copied().collect())
}

#[test]
fn a_verb_event_names_subject_object_and_clause() {
    let evs = run(
        "Norland expelled Sudria's ambassador on Tuesday.",
        &[
            ("Norland", "NOR", Location),
            ("Sudria's ambassador", "SUDGOV", Person),
        ],
    );
    let e = evs.first().expect("an expulsion");
    let (named, rest) = parts(&e.path);
    assert_eq!(named, ["nsubj", "obj", "main"], "{}", e.path);
    assert!(rest.is_empty(), "{}", e.path);
}

#[test]
fn a_noun_event_names_its_roles_in_the_same_format() {
    let text = "Sudrian air strikes on Norland wounded dozens of civilians.";
    let evs = run(
        text,
        &[("Sudrian", "SUD", Location), ("Norland", "NOR", Location)],
    );
    let e = evs.first().expect("a strike");
    assert_eq!(e.trigger.slice(text), "strikes");
    let (named, rest) = parts(&e.path);
    assert_eq!(named, ["noun modifier", "nmod", "main"], "{}", e.path);
    assert_eq!(rest, ["noun: subject of a verb"], "{}", e.path);
}
