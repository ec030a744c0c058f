//! Office holders 2023-2026 (issue 8): every row of the audit list
//! `tests/fixtures/officials_2025.tsv` resolves, on the row's article date, to the row's
//! code, by the full name and by the bare surname news uses on second reference. Invented
//! sentences.
use super::tests::run;

const AUDIT: &str = include_str!("../../../tests/fixtures/officials_2025.tsv");

/// One audit row: name, article date, expected code (`None` for "-"), surname.
struct Row<'a> {
    name: &'a str,
    date: &'a str,
    code: Option<&'a str>,
    surname: &'a str,
}

fn rows() -> impl Iterator<Item = Row<'static>> {
    AUDIT
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 4).then(|| Row {
                name: f[0],
                date: f[1],
                code: (f[2] != "-").then_some(f[2]),
                surname: f[3],
            })
        })
}

/// The code of the first mention overlapping bytes `[a, b)` of `text` read on `date`.
fn code_at(text: &str, date: &str, a: usize, b: usize) -> Option<String> {
    let mut from = 0;
    run(text, Some(date)).into_iter().find_map(|(s, _, code)| {
        // mentions come sorted by start: search each surface from the previous one on
        let start = from + text.get(from..)?.find(&s)?;
        from = start;
        (start < b && a < start + s.len()).then_some(code).flatten()
    })
}

fn misses(second_reference: bool) -> Vec<String> {
    let mut wrong = Vec::new();
    for r in rows() {
        if second_reference && r.surname.is_empty() {
            continue;
        }
        let (text, at, len) = if second_reference {
            let lead = format!("{} arrived in Geneva on Monday. ", r.name);
            let t = format!("{lead}{} said the talks would go on.", r.surname);
            (t, lead.len(), r.surname.len())
        } else {
            let t = format!("{} said on Monday that the talks would go on.", r.name);
            (t, 0, r.name.len())
        };
        let got = code_at(&text, r.date, at, at + len);
        if got.as_deref() != r.code {
            let shown = if second_reference { r.surname } else { r.name };
            wrong.push(format!("{shown} on {}: {got:?}, want {:?}", r.date, r.code));
        }
    }
    wrong
}

#[test]
fn every_audited_office_holder_resolves_on_the_article_date() {
    let wrong = misses(false);
    assert!(wrong.is_empty(), "{}:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_bare_surname_after_the_full_name_takes_the_same_code() {
    let wrong = misses(true);
    assert!(wrong.is_empty(), "{}:\n{}", wrong.len(), wrong.join("\n"));
}

/// The bare surname news repeats after a full name: a surname that is also a place
/// ("Austin") or a nationality ("Türk"), a two-letter family name written first ("Xi"), and one with an Arabic
/// article in lower case ("al-Ansari") take the person's code. Without a full name before
/// it, a place stays a place.
#[test]
fn a_repeated_surname_is_the_person_named_before() {
    for (text, surface, code) in [
        (
            "Lloyd Austin flew to Manila. Austin said the drills would go on.",
            "Austin",
            "USAGOV",
        ),
        (
            "Xi Jinping met the envoy. Xi said trade would grow.",
            "Xi",
            "CHNGOV",
        ),
        (
            "Majed al-Ansari spoke in Doha. al-Ansari said the talks went on.",
            "al-Ansari",
            "QATGOV",
        ),
        (
            "Volker Türk visited Geneva. Türk said the camps were full.",
            "Türk",
            "IGOUNO",
        ),
        ("Floods hit Austin on Monday.", "Austin", "USA"),
    ] {
        let at = text.rfind(surface).unwrap_or(0);
        let got = code_at(text, "2024-06-01", at, at + surface.len());
        assert_eq!(got.as_deref(), Some(code), "{text}");
    }
}

/// A leader's one-word name that is also a first name ("Abbas") before an unknown
/// capitalised word is another person's first name, not the leader; alone, or before a
/// weekday, it is still the leader.
#[test]
fn a_leader_name_used_as_a_first_name_is_another_person() {
    let text = "Abbas Kiarostami said on Monday that the film would open.";
    let ms = run(text, Some("2025-06-01"));
    assert!(
        ms.iter().all(|m| m.2.as_deref() != Some("PSEGOV")),
        "{ms:?}"
    );
    for text in [
        "Abbas said on Monday that the talks would go on.",
        "Abbas Monday rejected the plan.",
    ] {
        assert_eq!(
            code_at(text, "2025-06-01", 0, 5).as_deref(),
            Some("PSEGOV"),
            "{text}"
        );
    }
}

/// Two dictionary entries can spell one name ("Ismail Haniya": an old entry and a curated
/// one): the entry holding a role on the article's date is used.
#[test]
fn a_shared_name_is_the_entry_in_office_on_the_date() {
    let text = "Ismail Haniya said on Monday that the talks would go on.";
    for (date, code) in [("2024-03-01", "PSEREBHMS"), ("2006-06-01", "PSEGOV")] {
        assert_eq!(code_at(text, date, 0, 13).as_deref(), Some(code), "{date}");
    }
}
