//! A leader's one-word name used as another person's first name before an Arabic family
//! name opened by its article (branch fresh21); invented sentences.
use super::tests::run;

/// "Abdullah al-Yahya" is a Kuwaiti minister, not the Saudi king the bare "Abdullah" of
/// the dictionaries names.
#[test]
fn a_leader_name_before_an_al_family_name_is_another_person() {
    let text = "Kuwait's foreign minister, Abdullah al-Yahya, telephoned his Omani counterpart.";
    let ms = run(text, Some("2026-03-01"));
    assert!(
        ms.iter()
            .all(|m| m.2.as_deref() != Some("SAUGOV") && m.2.as_deref() != Some("SAUELI")),
        "{ms:?}"
    );
}

/// Alone, the name is still the dictionary's.
#[test]
fn a_bare_leader_name_keeps_its_code() {
    let ms = run(
        "Abdullah said on Monday that the talks would go on.",
        Some("2010-06-01"),
    );
    assert!(
        ms.iter()
            .any(|m| m.2.as_deref().is_some_and(|c| c.starts_with("SAU"))),
        "{ms:?}"
    );
}
