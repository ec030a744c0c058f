//! International and regional organisations (issue 8): every name of the audit list
//! `tests/fixtures/igo_names.tsv` resolves to its code in an invented sentence, and an
//! acronym that spells a function word ("WHO") names the body only in capitals.
use super::tests::run;

const AUDIT: &str = include_str!("../../../tests/fixtures/igo_names.tsv");

/// The code of the first mention with an actor that overlaps `surface` in `text`.
fn code_over(text: &str, surface: &str) -> Option<String> {
    let at = text.find(surface)?;
    let (a, b) = (at, at + surface.len());
    run(text, Some("2025-06-01"))
        .into_iter()
        .filter_map(|(s, _, code)| {
            let start = text.find(&s)?;
            (start < b && a < start + s.len()).then_some(code?)
        })
        .next()
}

#[test]
fn every_audited_organisation_name_resolves_to_its_code() {
    let mut wrong = Vec::new();
    for line in AUDIT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let Some((surface, code)) = line.split_once('\t') else {
            continue;
        };
        let text = format!("Officials said {surface} criticised the plan on Monday.");
        let got = code_over(&text, surface);
        if got.as_deref() != Some(code) {
            wrong.push(format!("{surface}: {got:?}, want {code}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_function_word_acronym_names_the_body_only_in_capitals() {
    let text = "Who will pay for the repairs? The WHO said clinics were short of fuel.";
    let ms = run(text, Some("2025-06-01"));
    let who: Vec<_> = ms.iter().filter(|m| m.0.contains("Who")).collect();
    assert!(who.iter().all(|m| m.2.is_none()), "{who:?}");
    assert_eq!(code_over(text, "WHO").as_deref(), Some("IGOUNOHLHWHO"));
}

#[test]
fn organisation_names_ending_in_community_or_forum_are_organisations() {
    let ms = run(
        "The East African Community and the Pacific Islands Forum met in Suva.",
        None,
    );
    for name in ["East African Community", "Pacific Islands Forum"] {
        let m = ms.iter().find(|m| m.0.ends_with(name)).expect(name);
        assert_eq!(m.1, "ORGANISATION", "{name}");
    }
}
