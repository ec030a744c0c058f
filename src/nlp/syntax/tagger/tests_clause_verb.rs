use super::super::super::builtin;
use super::*;

/// Penn tags of `text` (words split on spaces) under the shipped model.
fn xpos(text: &str) -> Vec<String> {
    let model = builtin().expect("the shipped syntax model loads");
    let words: Vec<&str> = text.split(' ').collect();
    let classes = model.tagger.tag(&words);
    let tags = &model.tagger.tags;
    classes
        .iter()
        .map(|&c| tags[usize::from(c)].1.clone())
        .collect()
}

/// The tag of `word` in `text`.
fn tag_of(text: &str, word: &str) -> String {
    let i = text
        .split(' ')
        .position(|w| w == word)
        .expect("word in text");
    xpos(text)[i].clone()
}

fn fixes_of(text: &str, tags: &str) -> Vec<Fix> {
    let words: Vec<&str> = text.split(' ').collect();
    let xpos: Vec<&str> = tags.split(' ').collect();
    assert_eq!(words.len(), xpos.len());
    fixes(&words, &xpos)
}

/// An irregular past read as a noun after "after" and a subject, before an object: the
/// clause's verb, and "after" its conjunction.
#[test]
fn a_past_read_as_a_noun_after_a_clause_opener_is_the_verb() {
    let fixes = fixes_of(
        "Ruritania protested after a border guard shot a herder .",
        "NNP VBD IN DT NN NN NN DT NN .",
    );
    assert_eq!(fixes, vec![Fix::Past(6), Fix::Opener(2)]);
}

/// A participle followed by its agent, a time phrase or a later finite verb is a reduced
/// relative, and a noun that is no past form stays a noun.
#[test]
fn participles_of_reduced_relatives_are_left_alone() {
    for (text, tags) in [
        (
            "Talks resumed after a truce brokered by Sylvania .",
            "NNS VBD IN DT NN VBN IN NNP .",
        ),
        (
            "Troops deployed to the frontier have left .",
            "NNS VBN IN DT NN VBP VBN .",
        ),
        (
            "It ended after the deal signed last year .",
            "PRP VBD IN DT NN VBN JJ NN .",
        ),
        (
            "They met after the harvest report a week ago .",
            "PRP VBD IN DT NN NN DT NN RB .",
        ),
        (
            "They met after Sylvania - backed militias seized a town .",
            "PRP VBD IN NNP HYPH VBN NNS VBD DT NN .",
        ),
    ] {
        assert_eq!(fixes_of(text, tags), vec![], "{text}");
    }
}

/// The lead of a story: "shot" is no noun and "struck" no participle once the clause that
/// "after" opens is read as a clause.
#[test]
fn the_verb_of_an_after_clause_is_tagged_as_a_past_verb() {
    let text = "Ruritania summoned the Sylvanian envoy after a Sylvanian border guard shot and wounded a Ruritanian herder .";
    assert_eq!(tag_of(text, "shot"), "VBD");
    let text = "Ruritania protested to Sylvania after Sylvanian drones struck two villages near the border .";
    assert_eq!(tag_of(text, "struck"), "VBD");
}

/// A sentence whose only verb follows a list of subjects has that verb as its main verb.
#[test]
fn the_verb_after_a_list_of_subjects_is_tagged_as_a_past_verb() {
    let text =
        "Ruritania , Sylvania and the two northern republics expressed solidarity with Freedonia .";
    assert_eq!(tag_of(text, "expressed"), "VBD");
    let text = "Coast guard officers arrested nine fishermen .";
    assert_eq!(tag_of(text, "arrested"), "VBD");
}

/// "which" followed by a plural-looking word and a name: the describing clause's verb.
#[test]
fn a_describing_which_takes_a_present_verb() {
    let fixes = fixes_of(
        "Freedonia , which borders Sylvania , asked for help .",
        "NNP , WDT NNS NNP , VBD IN NN .",
    );
    assert_eq!(fixes, vec![Fix::Present(3)]);
    let text = "Freedonia , which borders Sylvania , asked for help .";
    assert_eq!(tag_of(text, "borders"), "VBZ");
    // after an adverb the word is the verb whatever follows; without one, a preposition
    // after it leaves it a noun ("which talks on Y" may be a fragment)
    let fixes = fixes_of(
        "Freedonia , which seldom comments on Sylvania , said no .",
        "NNP , WDT RB NNS IN NNP , VBD DT .",
    );
    assert_eq!(fixes, vec![Fix::Present(4)]);
    let fixes = fixes_of(
        "Freedonia , which talks on Sylvania",
        "NNP , WDT NNS IN NNP",
    );
    assert!(fixes.is_empty());
}

/// A capitalised first word read as a verb or an adjective before a past form and its
/// object is the clause's subject name; the past form is the verb.
#[test]
fn a_first_word_misread_before_a_past_and_its_object_is_a_name() {
    let fixes = fixes_of("Chile withdrew its troops .", "VB IN PRP$ NNS .");
    assert_eq!(fixes, vec![Fix::Name(0), Fix::Past(1)]);
    let fixes = fixes_of("Fiji sent aid to Peru .", "JJ VBN NN TO NNP .");
    assert_eq!(fixes, vec![Fix::Name(0), Fix::Past(1)]);
    // a name in "-ing" read as a gerund ("Freeling lodged a protest")
    let fixes = fixes_of("Freeling lodged a protest .", "VBG VBN DT NN .");
    assert_eq!(fixes, vec![Fix::Name(0), Fix::Past(1)]);
    // an adverb in "-ly", a past with no object, a verb already finite: left alone
    assert!(fixes_of("Highly recommended for families .", "RB VBN IN NNS .").is_empty());
    assert!(fixes_of("Very impressed .", "RB JJ .").is_empty());
    assert!(fixes_of("Chile withdrew its troops .", "NNP VBD PRP$ NNS .").is_empty());
}

/// The shipped tagger reads a few country names that open a sentence as verbs or
/// adjectives; with the fix the next word is the sentence's past verb.
#[test]
fn a_country_opening_a_sentence_leaves_the_verb_after_it_a_verb() {
    for text in [
        "Chile withdrew its ambassador from Peru .",
        "Finland cut ties with the junta .",
        "Honduras accused Peru of meddling .",
        "Fiji sent aid to Tonga .",
    ] {
        let tags = xpos(text);
        assert_eq!(
            (tags[0].as_str(), tags[1].as_str()),
            ("NNP", "VBD"),
            "{text}"
        );
    }
}

/// A floating "both" between a coordinated subject and an "-ed" verb read as an adjective:
/// the word is an adverb and the verb the clause's past (branch recall17).
#[test]
fn a_floating_quantifier_before_a_past_is_an_adverb() {
    let fixes = fixes_of(
        "Ruritania and Sylvania both expressed support for Freedonia .",
        "NNP CC NNP CC JJ NN IN NNP .",
    );
    assert_eq!(fixes, vec![Fix::Past(4), Fix::Adverb(3)]);
    let text = "Ruritania and Sylvania both expressed support for Freedonia .";
    assert_eq!(tag_of(text, "expressed"), "VBD");
    assert_eq!(tag_of(text, "both"), "RB");
}

/// The correlative "both" of "both A and B" before the subject is left alone.
#[test]
fn a_correlative_both_is_no_floating_quantifier() {
    let fixes = fixes_of(
        "Both Ruritania and Sylvania expressed support for Freedonia .",
        "CC NNP CC NNP VBD NN IN NNP .",
    );
    assert!(
        !fixes.iter().any(|f| matches!(f, Fix::Adverb(_))),
        "{fixes:?}"
    );
}

/// A participle before its noun inside a list of subjects ("the internationally recognised
/// government") belongs to the subject; the past after the subject is the verb, though a
/// reporting clause follows ("…, officials said").
#[test]
fn an_attributive_participle_in_the_subject_leaves_the_verb_after_it() {
    let fixes = fixes_of(
        "The rebels and the internationally recognised council agreed in talks to swap prisoners , officials said .",
        "DT NNS CC DT RB VBN NN VBN IN NNS TO VB NNS , NNS VBD .",
    );
    assert_eq!(fixes, vec![Fix::Past(7)]);
}

/// A main clause's subject may hold any preposition phrase and a time phrase before its
/// verb ("the envoy to Y on Monday"), and insets: an apposition between commas, an acronym
/// in brackets (branch tagger2).
#[test]
fn a_past_after_a_long_main_subject_is_the_verb() {
    for (text, tags, at) in [
        (
            "The envoy to Sylvania on Monday rejected the charges .",
            "DT NN IN NNP IN NNP VBN DT NNS .",
            6,
        ),
        (
            "Ana Ruiz , a Ruritanian spokeswoman , welcomed the decision .",
            "NNP NNP , DT JJ NN , VBN DT NN .",
            7,
        ),
        (
            "The Border Office ( BO ) recently expressed concern .",
            "DT NNP NNP -LRB- NNP -RRB- RB VBN NN .",
            7,
        ),
    ] {
        assert_eq!(fixes_of(text, tags), vec![Fix::Past(at)], "{text}");
    }
    let text = "A Ruritanian court on Friday freed three opposition activists .";
    assert_eq!(tag_of(text, "freed"), "VBD");
    let text = "Ana Ruiz , a Ruritanian spokeswoman , welcomed Sylvania 's decision .";
    assert_eq!(tag_of(text, "welcomed"), "VBD");
}

/// Guard: the longer subject leaves a participle alone where the sentence has its own
/// finite verb later, where a lone comma follows the first phrase (a list), and in a
/// subordinate clause, which keeps the short list of prepositions.
#[test]
fn a_long_subject_leaves_reduced_relatives_alone() {
    for (text, tags) in [
        (
            "The aid for Sylvania , delivered on Monday , reached the camps .",
            "DT NN IN NNP , VBN IN NNP , VBD DT NNS .",
        ),
        (
            "Convoys to the border escorted by police have arrived .",
            "NNS IN DT NN VBN IN NNS VBP VBN .",
        ),
        (
            "Ruritania , pleased with the vote .",
            "NNP , VBN IN DT NN .",
        ),
        (
            "They left after the talks with Sylvania ended the truce .",
            "PRP VBD IN DT NNS IN NNP VBN DT NN .",
        ),
    ] {
        assert_eq!(fixes_of(text, tags), vec![], "{text}");
    }
}

/// A present "-s" verb read as a plural noun after a singular subject and before a
/// determiner, a number, "more" or "that" and a clause (branch tagger2).
#[test]
fn a_present_read_as_a_plural_noun_after_a_subject_is_the_verb() {
    let fixes = fixes_of(
        "Ruritania accepts more than 900 refugees .",
        "NNP NNS JJR IN CD NNS .",
    );
    assert_eq!(fixes, vec![Fix::MainPresent(1)]);
    let fixes = fixes_of(
        "The council reaffirms that every party must protect civilians .",
        "DT NN NNS WDT DT NN MD VB NNS .",
    );
    assert_eq!(fixes, vec![Fix::MainPresent(2)]);
    let text = "Ruritania accepts more than 900 refugees from Sylvania .";
    assert_eq!(tag_of(text, "accepts"), "VBZ");
}

/// Guard: a noun compound in "-s" before a verb, a plural before a relative "that" with
/// its verb, and a plural after an adjective stay nouns.
#[test]
fn plural_nouns_after_a_noun_stay_nouns() {
    for (text, tags) in [
        (
            "The border talks ended the dispute .",
            "DT NN NNS VBD DT NN .",
        ),
        (
            "Government plans that were leaked the day before .",
            "NN NNS WDT VBD VBN DT NN RB .",
        ),
        ("New rules the ministry wrote .", "JJ NNS DT NN VBD ."),
    ] {
        assert_eq!(fixes_of(text, tags), vec![], "{text}");
    }
}

/// A lead's present "-s" verb read as a noun after a name or a singular noun and before a
/// name or "for" / "over" / "on" (branch tagger3).
#[test]
fn a_lead_present_read_as_a_noun_before_a_name_or_preposition_is_the_verb() {
    for (text, tags, at) in [
        (
            "Ruritania thanks Sylvania for its help .",
            "NNP NN NNP IN PRP$ NN .",
            1,
        ),
        (
            "Osterlich warns Ruritania over the dam .",
            "NNP NNS NNP IN DT NN .",
            1,
        ),
        ("The League calls for calm .", "DT NNP NNS IN NN .", 2),
        (
            "The minister calls on the rebels to disarm .",
            "DT NN NNS IN DT NNS TO VB .",
            2,
        ),
    ] {
        assert_eq!(fixes_of(text, tags), vec![Fix::MainPresent(at)], "{text}");
    }
    for (text, word) in [
        (
            "Ruritania thanks Sylvania for its help with the flood .",
            "thanks",
        ),
        ("The League calls for calm in the capital .", "calls"),
        (
            "The minister calls on the rebels to lay down their arms .",
            "calls",
        ),
    ] {
        assert_eq!(tag_of(text, word), "VBZ", "{text}");
    }
}

/// Guard: a plural subject whose verb comes later, a plural after "the", "-us" / "-is"
/// nouns and a plural before a preposition not in the lead list stay nouns.
#[test]
fn plural_nouns_before_a_name_or_preposition_stay_nouns() {
    for (text, tags) in [
        (
            "Ruritania calls for restraint grew louder .",
            "NNP NNS IN NN VBD JJR .",
        ),
        ("The thanks of the minister .", "DT NNS IN DT NN ."),
        (
            "The Sylvania crisis for the region .",
            "DT NNP NN IN DT NN .",
        ),
        ("Sylvania status over the years .", "NNP NN IN DT NNS ."),
        ("Ruritania exports of grain .", "NNP NNS IN NN ."),
    ] {
        assert_eq!(fixes_of(text, tags), vec![], "{text}");
    }
    let text = "The Ruritania calls for restraint grew louder on Monday .";
    assert_eq!(tag_of(text, "calls"), "NNS");
}

/// Two lead presents joined by "and", both read as nouns, before an object: both are the
/// clause's verbs (branch tagger4).
#[test]
fn two_lead_presents_joined_by_and_are_both_verbs() {
    let fixes = fixes_of(
        "The council rejects and condemns the raid .",
        "DT NN NNS CC NNS DT NN .",
    );
    assert_eq!(fixes, vec![Fix::MainPresent(2), Fix::MainPresent(4)]);
    // the second already a present: only the first is fixed
    let fixes = fixes_of(
        "Ruritania rejects and condemns the raid .",
        "NNP NNS CC VBZ DT NN .",
    );
    assert_eq!(fixes, vec![Fix::MainPresent(1)]);
    for word in ["rejects", "condemns"] {
        let text = "The government rejects and condemns the attack on its embassy .";
        assert_eq!(tag_of(text, word), "VBZ", "{word}");
    }
}

/// Guard: two plural nouns joined by "and" before a time phrase, or before the verb, stay
/// nouns.
#[test]
fn plural_nouns_joined_by_and_before_a_time_phrase_stay_nouns() {
    for (text, tags) in [
        (
            "Ruritania exports and imports this year rose .",
            "NNP NNS CC NNS DT NN VBD .",
        ),
        (
            "The port exports and imports rose .",
            "DT NN NNS CC NNS VBD .",
        ),
    ] {
        assert!(fixes_of(text, tags).is_empty(), "{text}");
    }
}
