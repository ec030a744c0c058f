//! National institutions, metonyms and armed groups (issue 8): every row of the audit list
//! `tests/fixtures/institution_names.tsv` resolves to its code in an invented article.
use super::tests::run;

const AUDIT: &str = include_str!("../../../tests/fixtures/institution_names.tsv");

/// The code of the first mention with an actor that overlaps `[a, b)` of `text`.
fn code_over(text: &str, a: usize, b: usize) -> Option<String> {
    run(text, Some("2025-06-01"))
        .into_iter()
        .filter(|(s, _, _)| {
            text.match_indices(s.as_str())
                .any(|(start, _)| start < b && a < start + s.len())
        })
        .find_map(|(_, _, code)| code)
}

#[test]
fn every_audited_institution_name_resolves_to_its_code() {
    let mut wrong = Vec::new();
    for line in AUDIT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut f = line.split('\t');
        let (Some(surface), Some(code)) = (f.next(), f.next()) else {
            continue;
        };
        let context = f.next().map(|c| format!("{c} ")).unwrap_or_default();
        let lead = format!("{context}Officials said ");
        let text = format!("{lead}{surface} criticised the plan on Monday.");
        let got = code_over(&text, lead.len(), lead.len() + surface.len());
        if got.as_deref() != Some(code) {
            wrong.push(format!("{surface}: {got:?}, want {code}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_metonym_row_is_found_after_a_lower_case_article() {
    let ms = run(
        "Officials said the Blue House and the Elysee had agreed.",
        None,
    );
    assert!(
        ms.iter().any(|m| m.2.as_deref() == Some("KORGOV")),
        "{ms:?}"
    );
    assert!(
        ms.iter().any(|m| m.2.as_deref() == Some("FRAGOV")),
        "{ms:?}"
    );
}

#[test]
fn duma_is_the_parliament_only_as_an_agent() {
    let ms = run(
        "The Duma said on Tuesday it would vote. Shelling hit Duma near Damascus.",
        None,
    );
    let codes: Vec<_> = ms.iter().filter(|m| m.0.contains("Duma")).collect();
    assert_eq!(
        codes.first().and_then(|m| m.2.as_deref()),
        Some("RUSLEG"),
        "{ms:?}"
    );
    assert_ne!(
        codes.get(1).and_then(|m| m.2.as_deref()),
        Some("RUSLEG"),
        "{ms:?}"
    );
}

/// The code of the first mention whose text is `surface`.
fn code_of(text: &str, surface: &str) -> Option<String> {
    run(text, Some("2025-06-01"))
        .into_iter()
        .find(|m| m.0 == surface)
        .and_then(|m| m.2)
}

#[test]
fn a_hand_written_agent_takes_precedence_over_a_phoenix_agent_of_the_same_name() {
    // Phoenix codes "coast guard" MIL; agents_extra.txt codes it COP
    let text = "Greek coast guard officers stopped a trawler near the island.";
    let ms = run(text, Some("2025-06-01"));
    assert!(
        ms.iter().any(|m| m.2.as_deref() == Some("GRCCOP")),
        "{ms:?}"
    );
    assert!(
        !ms.iter().any(|m| m.2.as_deref() == Some("GRCMIL")),
        "{ms:?}"
    );
}

#[test]
fn a_capitalised_name_takes_the_sector_of_a_hand_written_agent_over_its_words() {
    // "Guard" alone reads MIL; the hand-written "coast guard" agent says COP
    let text = "The Norwegian Coast Guard said it had towed the trawler to port.";
    assert_eq!(
        code_of(text, "The Norwegian Coast Guard").as_deref(),
        Some("NORCOP")
    );
}

#[test]
fn a_capitalised_name_without_a_sector_word_takes_the_sector_of_its_agent() {
    let text = "The Turkish Central Bank said it would hold rates until spring.";
    assert_eq!(
        code_of(text, "The Turkish Central Bank").as_deref(),
        Some("TURGOVBUS")
    );
}

#[test]
fn a_name_the_data_spells_with_lower_case_words_runs_over_them() {
    let text = "The UN refugee agency and the UN nuclear watchdog criticised the plan.";
    assert_eq!(
        code_of(text, "The UN refugee agency").as_deref(),
        Some("IGOUNOREFHCR")
    );
    assert_eq!(
        code_of(text, "the UN nuclear watchdog").as_deref(),
        Some("IGOUNOIAE")
    );
    // a description the data does not spell stops at its first lower-case word
    let ms = run(
        "The UN weather agency criticised the plan.",
        Some("2025-06-01"),
    );
    assert!(
        ms.iter()
            .any(|m| m.0 == "The UN" && m.2.as_deref() == Some("IGOUNO")),
        "{ms:?}"
    );
}

#[test]
fn a_winner_before_taking_office_is_the_government_of_the_state_just_named() {
    let text = "Chile held a presidential run-off on Sunday. \
                The president-elect said he would keep the trade deal.";
    assert_eq!(
        code_of(text, "The president-elect").as_deref(),
        Some("CHLGOV")
    );
}

#[test]
fn a_party_is_ruling_or_opposition_by_the_article_date() {
    // the UK's two parties swapped roles at the July 2024 election
    let text = "Officials said the Labour Party and the Conservative Party had agreed.";
    let codes = |date| {
        let ms = run(text, Some(date));
        ["the Labour Party", "the Conservative Party"]
            .map(|s| ms.iter().find(|m| m.0 == s).and_then(|m| m.2.clone()))
    };
    assert_eq!(
        codes("2023-03-01"),
        [Some("GBROPP".to_string()), Some("GBRPTY".to_string())]
    );
    assert_eq!(
        codes("2025-03-01"),
        [Some("GBRPTY".to_string()), Some("GBROPP".to_string())]
    );
}
