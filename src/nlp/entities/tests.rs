use super::*;
use crate::nlp::{EntityType, GeoPoint};

fn rec() -> &'static EntityRecognizer {
    use std::sync::OnceLock;
    static R: OnceLock<EntityRecognizer> = OnceLock::new();
    R.get_or_init(|| EntityRecognizer::load(&NlpConfig::default()).expect("load"))
}

pub(super) fn run(text: &str, date: Option<&str>) -> Vec<(String, &'static str, Option<String>)> {
    let d = date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let art = ArticleText {
        id: "t",
        text,
        published: d,
    };
    rec()
        .analyse(&art)
        .mentions
        .iter()
        .map(|m| {
            (
                m.span.slice(text).to_string(),
                m.entity_type.as_str(),
                m.actor.as_ref().map(|a| a.code.clone()),
            )
        })
        .collect()
}

/// Codes of the mentions whose text is exactly `surface`, in order (dated 2025-06-01).
pub(super) fn codes_of(text: &str, surface: &str) -> Vec<Option<String>> {
    run(text, Some("2025-06-01"))
        .into_iter()
        .filter(|m| m.0 == surface)
        .map(|m| m.2)
        .collect()
}

pub(super) fn actor_of(ms: &[(String, &str, Option<String>)], surface: &str) -> Option<String> {
    ms.iter().find(|m| m.0 == surface).and_then(|m| m.2.clone())
}

#[test]
fn agents_compose_with_nationalities() {
    let ms = run(
        "Russian troops crossed the border as Ukrainian protesters gathered.",
        None,
    );
    assert_eq!(actor_of(&ms, "Russian troops").as_deref(), Some("RUSMIL"));
    assert!(actor_of(&ms, "Ukrainian protesters").is_some_and(|c| c == "UKROPP" || c == "UKRCVL"));
    let ms = run(
        "The Iranian foreign minister met Hungarian and Romanian officials.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "Iranian foreign minister").as_deref(),
        Some("IRNGOV")
    );
    assert_eq!(actor_of(&ms, "Hungarian").as_deref(), Some("HUNGOV"));
    assert_eq!(
        actor_of(&ms, "Romanian officials").as_deref(),
        Some("ROUGOV")
    );
}

#[test]
fn dated_roles() {
    let ms = run("John Kerry arrived.", Some("2014-03-01"));
    assert_eq!(actor_of(&ms, "John Kerry").as_deref(), Some("USAGOV"));
    let ms = run("John Kerry arrived.", Some("2010-03-01"));
    assert_eq!(actor_of(&ms, "John Kerry").as_deref(), Some("USAGOVLEG"));
    let ms = run("Theresa May spoke in London.", Some("2017-03-01"));
    assert_eq!(actor_of(&ms, "Theresa May").as_deref(), Some("GBRGOV"));
}

/// A role is used only inside its dates: before and after a term the person is coded
/// by their country alone, never by a role that starts later or ended earlier.
#[test]
fn role_dates_before_during_after() {
    let at = |date: &str| {
        let ms = run("Antony Blinken arrived in Cairo.", Some(date));
        actor_of(&ms, "Antony Blinken")
    };
    assert_eq!(at("2019-06-01").as_deref(), Some("USA"));
    assert_eq!(at("2022-06-01").as_deref(), Some("USAGOV"));
    assert_eq!(at("2025-06-01").as_deref(), Some("USA"));
    // a term that starts later is not used as a fallback
    let ms = run("Pete Hegseth arrived.", Some("2023-01-10"));
    assert_eq!(actor_of(&ms, "Pete Hegseth").as_deref(), Some("USA"));
    let ms = run("Pete Hegseth arrived.", Some("2025-03-10"));
    assert_eq!(actor_of(&ms, "Pete Hegseth").as_deref(), Some("USAGOV"));
    // an IGO official outside the term has no country to fall back on
    let ms = run("Kaja Kallas arrived.", Some("2015-03-10"));
    assert_eq!(actor_of(&ms, "Kaja Kallas"), None);
}

/// Leaders of 2025 outside the Phoenix files, by surname in running text, and a
/// handover: the outgoing president is only the country after the successor's first day.
#[test]
fn leaders_current_in_2025_by_surname() {
    let ms = run(
        "Tinubu spoke to Petro and Lukashenko before Orban arrived.",
        Some("2025-06-01"),
    );
    for (surface, code) in [
        ("Tinubu", "NGAGOV"),
        ("Petro", "COLGOV"),
        ("Lukashenko", "BLRGOV"),
        ("Orban", "HUNGOV"),
    ] {
        assert_eq!(actor_of(&ms, surface).as_deref(), Some(code), "{surface}");
    }
    let ms = run("Filipe Nyusi met Daniel Chapo.", Some("2025-03-01"));
    assert_eq!(actor_of(&ms, "Filipe Nyusi").as_deref(), Some("MOZ"));
    assert_eq!(actor_of(&ms, "Daniel Chapo").as_deref(), Some("MOZGOV"));
    let ms = run("Filipe Nyusi met Daniel Chapo.", Some("2024-03-01"));
    assert_eq!(actor_of(&ms, "Filipe Nyusi").as_deref(), Some("MOZGOV"));
    assert_eq!(actor_of(&ms, "Daniel Chapo").as_deref(), Some("MOZ"));
}

/// The hand-written leaders file is never silently ignored: every row's name resolves,
/// on the row's first day, to the row's code in the compiled-in data. A stale
/// `actors.tsv` (leaders_recent.tsv edited without rerunning scripts/derive_actors.py)
/// fails here, naming the rows.
#[test]
fn every_curated_leader_row_is_in_the_compiled_data() {
    const LEADERS: &str = include_str!("../../../data/actors/leaders_recent.tsv");
    let mut stale = Vec::new();
    for line in LEADERS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (code, from, name) = (f[0], f[1], f[3]);
        let date = NaiveDate::parse_from_str(from, "%Y-%m-%d").ok();
        let got = rec().resolve_phrase(name, date).map(|a| a.code);
        if got.as_deref() != Some(code) {
            stale.push(format!("{name} on {from}: {got:?}, want {code}"));
        }
    }
    assert!(
        stale.is_empty(),
        "rerun scripts/derive_actors.py:\n{}",
        stale.join("\n")
    );
}

fn place(text: &str, surface: &str) -> Option<(Option<String>, Option<GeoPoint>)> {
    let art = ArticleText {
        id: "t",
        text,
        published: None,
    };
    let a = rec().analyse(&art);
    a.mentions
        .iter()
        .find(|m| m.span.slice(text) == surface && m.entity_type == EntityType::Location)
        .map(|m| (m.actor.as_ref().map(|a| a.code.clone()), m.geo))
}

#[test]
fn disputed_territories_follow_the_un_convention() {
    for (text, surface, code) in [
        ("Shelling hit Crimea on Monday.", "Crimea", "UKR"),
        ("Fighting continued in the Donbas region.", "Donbas", "UKR"),
        ("Aid trucks entered the Gaza Strip.", "Gaza Strip", "PSE"),
        (
            "Settlers moved into East Jerusalem.",
            "East Jerusalem",
            "PSE",
        ),
        (
            "Troops patrolled the Golan Heights.",
            "Golan Heights",
            "SYR",
        ),
        ("Clashes broke out in Tigray last week.", "Tigray", "ETH"),
        ("Refugees fled Darfur in June.", "Darfur", "SDN"),
        ("Voters in Ladakh went to the polls.", "Ladakh", "IND"),
        ("Floods hit Gilgit-Baltistan.", "Gilgit-Baltistan", "PAK"),
        (
            "Talks on Nagorno-Karabakh resumed.",
            "Nagorno-Karabakh",
            "AZE",
        ),
        ("Elections were held in Abkhazia.", "Abkhazia", "GEO"),
    ] {
        let got = place(text, surface);
        assert_eq!(
            got.as_ref().and_then(|g| g.0.as_deref()),
            Some(code),
            "{text}"
        );
        assert!(got.and_then(|g| g.1).is_some(), "{text}: no coordinates");
    }
    // Kashmir as a whole is disputed: a place, but no country
    let got = place("Tension rose in Kashmir.", "Kashmir").expect("Kashmir");
    assert_eq!(got.0, None);
}

#[test]
fn cities_carry_coordinates() {
    let (code, geo) = place("Missiles struck Kharkiv overnight.", "Kharkiv").expect("Kharkiv");
    assert_eq!(code.as_deref(), Some("UKR"));
    let g = geo.expect("coordinates");
    assert!(
        (g.lat - 49.98).abs() < 0.1 && (g.lon - 36.25).abs() < 0.1,
        "{g:?}"
    );
    // a city the country table only knew by name gains coordinates
    let (_, geo) = place("Delegates met in Nairobi.", "Nairobi").expect("Nairobi");
    assert!(geo.is_some());
    // an older spelling resolves to the same city
    let (code, geo) = place("Talks were held in Kiev.", "Kiev").expect("Kiev");
    assert_eq!(code.as_deref(), Some("UKR"));
    assert!(geo.is_some());
}

/// City names that are common words or person names are not places.
#[test]
fn tricky_city_names_are_not_places() {
    for (text, word) in [
        ("Reading the statement, the minister paused.", "Reading"),
        ("Split between factions, the council adjourned.", "Split"),
        ("Nice words were not enough, the envoy said.", "Nice"),
        ("Mobile networks were cut in the north.", "Mobile"),
        ("Victoria Nuland met the delegation.", "Victoria"),
        ("Regina Lopez spoke to reporters.", "Regina"),
        ("Police said the crowd dispersed.", "Police"),
        ("Most of the delegates left early.", "Most"),
    ] {
        assert!(
            place(text, word).is_none(),
            "{text}: {word} read as a place"
        );
    }
}

#[test]
fn metonyms() {
    let ms = run(
        "The Kremlin rejected the plan. Washington threatened sanctions.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "Kremlin")
            .or(actor_of(&ms, "The Kremlin"))
            .as_deref(),
        Some("RUSGOV")
    );
    assert_eq!(actor_of(&ms, "Washington").as_deref(), Some("USAGOV"));
    let ms = run("He lives in Washington state near Seattle.", None);
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("USAGOV")));
}

/// The sources spell the Union "the EU"; a lowercase "the" is outside the mention, so the bare
/// acronym must resolve too (as object, as a modifier, and not only at a sentence start).
#[test]
fn the_bare_eu_acronym_is_the_union() {
    let ms = run(
        "Chile asked the EU for help. EU ministers met in Lima.",
        None,
    );
    let eus: Vec<_> = ms.iter().filter(|m| m.0 == "EU").collect();
    assert_eq!(eus.len(), 2, "{ms:?}");
    assert!(
        eus.iter().all(|m| m.2.as_deref() == Some("IGOEUREEC")),
        "{ms:?}"
    );
}

#[test]
fn ambiguity() {
    let ms = run("He flew to Atlanta, Georgia on Monday.", None);
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("GEO")), "{ms:?}");
    let ms = run("Russia invaded Georgia in 2008.", None);
    assert_eq!(actor_of(&ms, "Georgia").as_deref(), Some("GEO"));
    let ms = run("Fans cheered Michael Jordan at the game.", None);
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("JOR")), "{ms:?}");
    let ms = run("We ate a turkey dinner.", None);
    assert!(ms.iter().all(|m| m.2.as_deref() != Some("TUR")), "{ms:?}");
    let ms = run(
        "Officials will meet in May to discuss trade.",
        Some("2017-01-01"),
    );
    assert!(
        ms.iter().all(|m| m.2.as_deref() != Some("GBRGOV")),
        "{ms:?}"
    );
    let ms = run("The bush fire spread.", Some("2005-01-01"));
    assert!(ms.iter().all(|m| m.1 != "PERSON"), "{ms:?}");
    let ms = run("President George W. Bush met troops.", Some("2005-01-01"));
    assert!(
        ms.iter().any(|m| m.2.as_deref() == Some("USAGOV")),
        "{ms:?}"
    );
}

#[test]
fn ambiguity_people_rivers_states() {
    let ms = run(
        "Georgia's governor signed the bill. Chad Smith scored twice.",
        None,
    );
    assert!(
        ms.iter()
            .all(|m| m.2.as_deref() != Some("GEO") && m.2.as_deref() != Some("TCD")),
        "{ms:?}"
    );
    assert!(
        ms.iter().any(|m| m.0 == "Chad Smith" && m.1 == "PERSON"),
        "{ms:?}"
    );
    let ms = run("Troops from Chad joined. The Jordan River flooded.", None);
    assert_eq!(actor_of(&ms, "Chad").as_deref(), Some("TCD"));
    assert!(
        ms.iter()
            .any(|m| m.0.ends_with("Jordan River") && m.1 == "LOCATION" && m.2.is_none()),
        "{ms:?}"
    );
    let ms = run("George Washington was the first president.", None);
    assert!(
        ms.iter().all(|m| m.2.as_deref() != Some("USAGOV")),
        "{ms:?}"
    );
    let ms = run(
        "Jordan's King Abdullah met Russian Foreign Minister Sergei Lavrov.",
        Some("2016-01-01"),
    );
    assert_eq!(actor_of(&ms, "King Abdullah").as_deref(), Some("JORGOV"));
    assert_eq!(
        actor_of(&ms, "Russian Foreign Minister Sergei Lavrov").as_deref(),
        Some("RUSGOV")
    );
    let ms = run(
        "Theresa May met Trump. May said talks went well. In May, talks resumed.",
        Some("2017-03-01"),
    );
    let mays: Vec<_> = ms.iter().filter(|m| m.0 == "May").collect();
    assert_eq!(mays.len(), 1, "{ms:?}");
    assert_eq!(mays[0].2.as_deref(), Some("GBRGOV"));
}

#[test]
fn invariants_sorted_spans_antecedents() {
    let texts = [
        "Sergei Lavrov met John Kerry. Lavrov said Mr. Kerry agreed. He left. The Kremlin's envoy, al-Assad's aide, and Iraqi troops near 33°47′N 44°30′E.",
        "",
        "   \n\n ",
        "Zelenskyy’s envoy met Škoda’s chief in Kyiv; Erdoğan’s aide — İstanbul — said “no.”",
        "U.S.-led counter-ISIL coalition. ISIL-held town. THE END",
    ];
    for text in texts {
        let art = ArticleText {
            id: "t",
            text,
            published: None,
        };
        let a = rec().analyse(&art);
        for (k, m) in a.mentions.iter().enumerate() {
            assert!(m.span.start < m.span.end && m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert!(m.sentence < a.sentences.len());
            if let Some(ante) = m.antecedent {
                assert!(ante < k, "antecedent must precede: {k} -> {ante}");
            }
            if k > 0 {
                assert!(a.mentions[k - 1].span.start <= m.span.start);
            }
        }
    }
}

#[test]
fn title_rule_and_types() {
    let ms = run(
        "Iraqi President Fuad Masum met Gen. Joseph L. Votel in Baghdad.",
        Some("2016-01-01"),
    );
    assert!(
        ms.iter()
            .any(|m| m.0.contains("Fuad Masum") && m.1 == "PERSON"),
        "{ms:?}"
    );
    assert!(
        ms.iter()
            .any(|m| m.0 == "Gen. Joseph L. Votel" && m.1 == "PERSON"),
        "{ms:?}"
    );
    assert!(
        ms.iter().any(|m| m.0 == "Baghdad" && m.1 == "LOCATION"),
        "{ms:?}"
    );
    assert!(
        ms.iter().any(|m| m.0 == "Iraqi" && m.1 == "NATIONALITY"),
        "{ms:?}"
    );
}

#[test]
fn resolve_phrase_api() {
    let r = rec();
    let d = NaiveDate::from_ymd_opt(2016, 1, 1);
    assert_eq!(
        r.resolve_phrase("the Iranian foreign minister", d)
            .map(|a| a.code)
            .as_deref(),
        Some("IRNGOV")
    );
    assert_eq!(
        r.resolve_phrase("Moscow", d).map(|a| a.code).as_deref(),
        Some("RUSGOV")
    );
    assert_eq!(
        r.resolve_phrase("NATO", d).map(|a| a.code).as_deref(),
        Some("IGOWSTNAT")
    );
}

#[test]
fn the_european_union_by_its_bare_short_name() {
    // Without "the" ("EU ministers", "EU and UN officials") the union is still named.
    let ms = run("EU foreign ministers met in Brussels.", Some("2024-02-01"));
    assert!(
        actor_of(&ms, "EU").is_some_and(|c| c == "IGOEUREEC"),
        "{ms:?}"
    );
    let ms = run(
        "Peru welcomed the offer of the E.U. on Friday.",
        Some("2024-02-01"),
    );
    assert_eq!(
        actor_of(&ms, "E.U.").as_deref(),
        Some("IGOEUREEC"),
        "{ms:?}"
    );
}

#[test]
fn plural_demonyms_of_two_words_are_their_people() {
    // "-an" demonyms of two words take the plural like one-word ones ("Chileans").
    let ms = run(
        "Chile thanked South Koreans on Monday. Peru praised Sri Lankans.",
        None,
    );
    let south = ms.iter().find(|m| m.0 == "South Koreans");
    assert!(
        south.is_some_and(|m| m.1 == "ORGANISATION" && m.2.as_deref() == Some("KOR")),
        "{ms:?}"
    );
    assert_eq!(
        actor_of(&ms, "Sri Lankans").as_deref(),
        Some("LKA"),
        "{ms:?}"
    );
}

#[test]
fn a_sentence_opening_pronoun_is_the_previous_subject() {
    // the latest person is the prime minister; the speaker is the subject
    let text = "Ukrainian Foreign Minister Andrii Sybiha said on Monday that Sweden's prime \
                minister Ulf Kristersson had promised more aid. He thanked Sweden for its support.";
    let ms = run(text, Some("2025-03-01"));
    assert_eq!(actor_of(&ms, "He").as_deref(), Some("UKRGOV"));
    // within one sentence the latest person stays the antecedent
    let text = "Sergei Lavrov met Antony Blinken, who said he was hopeful.";
    let ms = run(text, Some("2023-03-01"));
    assert_eq!(actor_of(&ms, "he").as_deref(), Some("USAGOV"));
}

#[test]
fn a_bare_surname_before_the_pronoun_is_its_antecedent() {
    let text = "Emmanuel Macron pressed Viktor Orban on Friday. Orban, who is close to the \
                Kremlin, did not lift his veto, but he did not rule out doing so.";
    let ms = run(text, Some("2024-02-01"));
    assert_eq!(actor_of(&ms, "he"), actor_of(&ms, "Viktor Orban"));
    assert!(actor_of(&ms, "he").is_some_and(|c| c.starts_with("HUN")));
}

#[test]
fn a_plural_agent_of_a_list_of_countries_is_each_countrys_agent() {
    let text = "The foreign ministers of Poland, Lithuania, Latvia and Estonia met in Vilnius.";
    let ms = run(text, Some("2025-03-01"));
    for (country, code) in [
        ("Poland", "POLGOV"),
        ("Lithuania", "LTUGOV"),
        ("Latvia", "LVAGOV"),
        ("Estonia", "ESTGOV"),
    ] {
        assert_eq!(actor_of(&ms, country).as_deref(), Some(code), "{country}");
    }
    // a country that only follows the list keeps its own reading
    assert_eq!(actor_of(&ms, "Vilnius").as_deref(), Some("LTU"));
    // one country, or a list not closed by "and", is left as it was
    let ms = run(
        "Officials from Serbia, Kosovo police said.",
        Some("2025-03-01"),
    );
    assert_eq!(actor_of(&ms, "Officials").as_deref(), Some("SRBGOV"));
    assert_ne!(actor_of(&ms, "Serbia").as_deref(), Some("SRBGOV"));
}

#[test]
fn serbia_keeps_its_capital_and_nationality() {
    let ms = run(
        "Serbian police stayed in Belgrade while Montenegro voted.",
        Some("2025-03-01"),
    );
    assert_eq!(actor_of(&ms, "Belgrade").as_deref(), Some("SRB"));
    assert!(actor_of(&ms, "Serbian police").is_some_and(|c| c.starts_with("SRB")));
    assert_eq!(actor_of(&ms, "Montenegro").as_deref(), Some("MNE"));
}

#[test]
fn collective_phrases_name_the_states_in_focus() {
    // "both governments": the two states of the sentence before, by number.
    let ms = run(
        "India suspended a water treaty with Pakistan on Monday. The UN chief urged both governments to show restraint.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "both governments").as_deref(),
        Some("INDGOV/PAKGOV")
    );
    // "the three countries": the list of three.
    let ms = run(
        "Brazil, Colombia and Chile condemned the raid. The three countries recalled their envoys.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "The three countries").as_deref(),
        Some("BRA/COL/CHL")
    );
    // The list in focus wins over a later list of bystanders of the same size.
    let ms = run(
        "Ghana and Togo agreed on a new border line on Friday. Ghanaian and Togolese surveyors will mark it. Envoys of France and Japan attended. Both sides praised the deal.",
        None,
    );
    assert_eq!(actor_of(&ms, "Both sides").as_deref(), Some("GHA/TGO"));
}

#[test]
fn collective_phrases_need_the_right_number() {
    // Three states named, "the two countries" refers to none of them for sure.
    let ms = run(
        "Mali, Niger and Chad closed their borders. The two countries blamed the drought.",
        None,
    );
    assert_eq!(actor_of(&ms, "The two countries"), None);
    // A comma alone is an apposition, not a list: "Gaza, the Qatari …" is no pair.
    let ms = run(
        "Egypt hosted the talks. The emir spoke about Gaza, the Qatari agency said, and the two countries signed nothing.",
        None,
    );
    assert_eq!(actor_of(&ms, "the two countries"), None);
}

#[test]
fn the_two_men_are_the_people_just_named() {
    let ms = run(
        "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi, where the two men signed a pipeline accord.",
        Some("2024-05-01"),
    );
    assert_eq!(
        actor_of(&ms, "the two men").as_deref(),
        Some("KENGOV/UGAGOV")
    );
}

/// "The Gulf" is a region; "The Gulf Cooperation Council" is the longer organisation name
/// and takes its code, also in a coordination; the region alone gets no actor.
#[test]
fn a_name_after_the_article_beats_the_region_it_starts_with() {
    let ms = run(
        "The Gulf Cooperation Council and Jordan backed the plan. Tankers waited in the Gulf.",
        None,
    );
    assert_eq!(
        actor_of(&ms, "The Gulf Cooperation Council").as_deref(),
        Some("IGOPGSGCC")
    );
    assert_eq!(actor_of(&ms, "Jordan").as_deref(), Some("JOR"));
    assert!(ms.iter().all(|m| m.0 != "the Gulf" || m.2.is_none()));
}

#[test]
fn an_operator_dictionary_country_takes_a_plural_agent_like_a_gazetteer_country() {
    // An operator's actor file lists its countries as actors with bare three-letter codes;
    // "the envoys of A, B and C" is each country's government, as for built-in countries.
    let dir = std::env::temp_dir().join(format!("demarche-opcountry-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("t.actors.txt");
    let dict = "NORLAND [NRL]\nVESTMARK [VSM]\nSUDRIA [SDR]\nTALLCORP [NRLBUS]\n";
    std::fs::write(&path, dict).expect("write");
    let config = NlpConfig {
        actor_dictionaries: vec![path],
        ..NlpConfig::default()
    };
    let r = EntityRecognizer::load(&config).expect("load");
    let _ = std::fs::remove_dir_all(&dir);
    let mentions = |text: &'static str| -> Vec<(String, Option<String>)> {
        let art = ArticleText {
            id: "t",
            text,
            published: None,
        };
        r.analyse(&art)
            .mentions
            .iter()
            .map(|m| {
                let code = m.actor.as_ref().map(|a| a.code.clone());
                (m.span.slice(text).to_string(), code)
            })
            .collect()
    };
    let ms = mentions("The ambassadors of Norland, Vestmark and Sudria met on Tuesday.");
    for (name, code) in [
        ("Norland", "NRLGOV"),
        ("Vestmark", "VSMGOV"),
        ("Sudria", "SDRGOV"),
    ] {
        let got = ms.iter().find(|m| m.0 == name).and_then(|m| m.1.clone());
        assert_eq!(got.as_deref(), Some(code), "{name}: {ms:?}");
    }
    // an entry whose code is not a bare country (a company) is no country of a list
    let ms = mentions("The ambassadors of Tallcorp, Vestmark and Sudria met on Tuesday.");
    let got = ms
        .iter()
        .find(|m| m.0 == "Vestmark")
        .and_then(|m| m.1.clone());
    assert_eq!(got.as_deref(), Some("VSM"), "{ms:?}");
}

#[test]
fn an_actor_spelt_with_its_article_is_found_after_a_lower_case_the() {
    // "THE_ZORVAN_REACH": the entry holds the article; inside a sentence the article is written
    // in lower case, and the name alone ("Zorvan Reach") is no entry.
    let dir = std::env::temp_dir().join(format!("demarche-article-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("t.actors.txt");
    std::fs::write(&path, "NORLAND [NRL]\nTHE_ZORVAN_REACH [ZRV]\n").expect("write");
    let config = NlpConfig {
        actor_dictionaries: vec![path],
        ..NlpConfig::default()
    };
    let r = EntityRecognizer::load(&config).expect("load");
    let _ = std::fs::remove_dir_all(&dir);
    for text in [
        "Norland and the Zorvan Reach signed a pact.",
        "The Zorvan Reach and Norland signed a pact.",
    ] {
        let art = ArticleText {
            id: "t",
            text,
            published: None,
        };
        let codes: Vec<_> = r
            .analyse(&art)
            .mentions
            .iter()
            .filter_map(|m| m.actor.as_ref().map(|a| a.code.clone()))
            .collect();
        assert!(codes.iter().any(|c| c == "ZRV"), "{text}: {codes:?}");
    }
}

#[test]
fn a_name_after_a_water_noun_names_the_water() {
    // "Gulf of X", "Sea of X": the name is part of the water's name, a place with no party
    let ms = run(
        "The navy stopped a freighter in the Gulf of Oman. Drills went on in the Sea of Japan.",
        None,
    );
    for name in ["Oman", "Japan"] {
        assert!(
            ms.iter()
                .any(|m| m.0 == name && m.1 == "LOCATION" && m.2.is_none()),
            "{name}: {ms:?}"
        );
    }
    // contrast: the state itself, and a lower-case "sea of" (no water's name)
    let ms = run(
        "Troops from Oman arrived. A sea of Japan's fans filled the stadium.",
        None,
    );
    assert_eq!(actor_of(&ms, "Oman").as_deref(), Some("OMN"));
    assert_eq!(actor_of(&ms, "Japan").as_deref(), Some("JPN"));
}

#[test]
fn a_name_right_after_a_water_noun_names_the_water() {
    // "Lake X", "Khor X": the name is part of the water's name, a place with no party
    let ms = run(
        "Rebels camped on the islands of Lake Chad. Ships wait in the Khor Abdullah channel.",
        None,
    );
    for name in ["Chad", "Abdullah"] {
        assert!(
            ms.iter()
                .any(|m| m.0 == name && m.1 == "LOCATION" && m.2.is_none()),
            "{name}: {ms:?}"
        );
    }
    // contrast: the state after an ordinary capitalised word keeps its party
    let ms = run("Troops from Chad arrived at the lake.", None);
    assert_eq!(actor_of(&ms, "Chad").as_deref(), Some("TCD"));
}
