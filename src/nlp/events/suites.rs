//! The event coder's test suites, one file per theme beside this one (`tests_*.rs`; their
//! shared helpers are `tests.rs`). They are declared here, not in `events.rs`, so that the
//! coder's file holds the coder; the paths keep each file where it was. A suite reads the
//! coder's items through this module (`use super::*`), as it did from `events`.
use super::*;

#[path = "tests_accuse2.rs"]
mod tests_accuse2;
#[path = "tests_accuse3.rs"]
mod tests_accuse3;
#[path = "tests_actforms.rs"]
mod tests_actforms;
#[path = "tests_actnouns.rs"]
mod tests_actnouns;
#[path = "tests_actnouns2.rs"]
mod tests_actnouns2;
#[path = "tests_actnouns3.rs"]
mod tests_actnouns3;
#[path = "tests_acts3.rs"]
mod tests_acts3;
#[path = "tests_appos2.rs"]
mod tests_appos2;
#[path = "tests_arrests2.rs"]
mod tests_arrests2;
#[path = "tests_aux_chain.rs"]
mod tests_aux_chain;
#[path = "tests_awaited.rs"]
mod tests_awaited;
#[path = "tests_calls.rs"]
mod tests_calls;
#[path = "tests_claims.rs"]
mod tests_claims;
#[path = "tests_clause.rs"]
mod tests_clause;
#[path = "tests_collective2.rs"]
mod tests_collective2;
#[path = "tests_compared.rs"]
mod tests_compared;
#[path = "tests_conjuncts.rs"]
mod tests_conjuncts;
#[path = "tests_dated2.rs"]
mod tests_dated2;
#[path = "tests_dateline3.rs"]
mod tests_dateline3;
#[path = "tests_demands.rs"]
mod tests_demands;
#[path = "tests_demands2.rs"]
mod tests_demands2;
#[path = "tests_deployment.rs"]
mod tests_deployment;
#[path = "tests_desired.rs"]
mod tests_desired;
#[path = "tests_detained2.rs"]
mod tests_detained2;
#[path = "tests_detainees.rs"]
mod tests_detainees;
#[path = "tests_domestic2.rs"]
mod tests_domestic2;
#[path = "tests_ellipsis.rs"]
mod tests_ellipsis;
#[path = "tests_employer.rs"]
mod tests_employer;
#[path = "tests_falses2.rs"]
mod tests_falses2;
#[path = "tests_fixes10.rs"]
mod tests_fixes10;
#[path = "tests_fixes12.rs"]
mod tests_fixes12;
#[path = "tests_fixes6.rs"]
mod tests_fixes6;
#[path = "tests_forecast.rs"]
mod tests_forecast;
#[path = "tests_fresh.rs"]
mod tests_fresh;
#[path = "tests_fresh1.rs"]
mod tests_fresh1;
#[path = "tests_fresh12.rs"]
mod tests_fresh12;
#[path = "tests_fresh14.rs"]
mod tests_fresh14;
#[path = "tests_fresh15.rs"]
mod tests_fresh15;
#[path = "tests_fresh2.rs"]
mod tests_fresh2;
#[path = "tests_fresh21.rs"]
mod tests_fresh21;
#[path = "tests_fresh24.rs"]
mod tests_fresh24;
#[path = "tests_fresh3.rs"]
mod tests_fresh3;
#[path = "tests_fresh4.rs"]
mod tests_fresh4;
#[path = "tests_fresh5.rs"]
mod tests_fresh5;
#[path = "tests_hopes2.rs"]
mod tests_hopes2;
#[path = "tests_igoheads3.rs"]
mod tests_igoheads3;
#[path = "tests_implicit.rs"]
mod tests_implicit;
#[path = "tests_incursions.rs"]
mod tests_incursions;
#[path = "tests_intj.rs"]
mod tests_intj;
#[path = "tests_joins.rs"]
mod tests_joins;
#[path = "tests_joint.rs"]
mod tests_joint;
#[path = "tests_labels.rs"]
mod tests_labels;
#[path = "tests_labels3.rs"]
mod tests_labels3;
#[path = "tests_lists.rs"]
mod tests_lists;
#[path = "tests_mediated.rs"]
mod tests_mediated;
#[path = "tests_nounacts2.rs"]
mod tests_nounacts2;
#[path = "tests_nouns.rs"]
mod tests_nouns;
#[path = "tests_objects.rs"]
mod tests_objects;
#[path = "tests_offers2.rs"]
mod tests_offers2;
#[path = "tests_offers3.rs"]
mod tests_offers3;
#[path = "tests_own_country.rs"]
mod tests_own_country;
#[path = "tests_pairs2.rs"]
mod tests_pairs2;
#[path = "tests_pairs4.rs"]
mod tests_pairs4;
#[path = "tests_pairs5.rs"]
mod tests_pairs5;
#[path = "tests_parser18.rs"]
mod tests_parser18;
#[path = "tests_parser21.rs"]
mod tests_parser21;
#[path = "tests_participles.rs"]
mod tests_participles;
#[path = "tests_partner.rs"]
mod tests_partner;
#[path = "tests_paths.rs"]
mod tests_paths;
#[path = "tests_pattern_conjuncts.rs"]
mod tests_pattern_conjuncts;
#[path = "tests_people.rs"]
mod tests_people;
#[path = "tests_places.rs"]
mod tests_places;
#[path = "tests_precision21.rs"]
mod tests_precision21;
#[path = "tests_precision22.rs"]
mod tests_precision22;
#[path = "tests_precision23.rs"]
mod tests_precision23;
#[path = "tests_precision24.rs"]
mod tests_precision24;
#[path = "tests_precision25.rs"]
mod tests_precision25;
#[path = "tests_precision28.rs"]
mod tests_precision28;
#[path = "tests_precision31.rs"]
mod tests_precision31;
#[path = "tests_predicates.rs"]
mod tests_predicates;
#[path = "tests_protested.rs"]
mod tests_protested;
#[path = "tests_quad10.rs"]
mod tests_quad10;
#[path = "tests_quad12.rs"]
mod tests_quad12;
#[path = "tests_quad13.rs"]
mod tests_quad13;
#[path = "tests_quad14.rs"]
mod tests_quad14;
#[path = "tests_quad5.rs"]
mod tests_quad5;
#[path = "tests_quad6.rs"]
mod tests_quad6;
#[path = "tests_quad7.rs"]
mod tests_quad7;
#[path = "tests_quad8.rs"]
mod tests_quad8;
#[path = "tests_quad9.rs"]
mod tests_quad9;
#[path = "tests_reactions.rs"]
mod tests_reactions;
#[path = "tests_reactions3.rs"]
mod tests_reactions3;
#[path = "tests_reactions4.rs"]
mod tests_reactions4;
#[path = "tests_recall.rs"]
mod tests_recall;
#[path = "tests_recall10.rs"]
mod tests_recall10;
#[path = "tests_recall11.rs"]
mod tests_recall11;
#[path = "tests_recall13.rs"]
mod tests_recall13;
#[path = "tests_recall15.rs"]
mod tests_recall15;
#[path = "tests_recall19.rs"]
mod tests_recall19;
#[path = "tests_recall21.rs"]
mod tests_recall21;
#[path = "tests_recall22.rs"]
mod tests_recall22;
#[path = "tests_recall23.rs"]
mod tests_recall23;
#[path = "tests_recall24.rs"]
mod tests_recall24;
#[path = "tests_recall26.rs"]
mod tests_recall26;
#[path = "tests_recall27.rs"]
mod tests_recall27;
#[path = "tests_recall28.rs"]
mod tests_recall28;
#[path = "tests_recall29.rs"]
mod tests_recall29;
#[path = "tests_recall30.rs"]
mod tests_recall30;
#[path = "tests_recall31.rs"]
mod tests_recall31;
#[path = "tests_recall32.rs"]
mod tests_recall32;
#[path = "tests_recall33.rs"]
mod tests_recall33;
#[path = "tests_recall34.rs"]
mod tests_recall34;
#[path = "tests_recall36.rs"]
mod tests_recall36;
#[path = "tests_recall37.rs"]
mod tests_recall37;
#[path = "tests_recall38.rs"]
mod tests_recall38;
#[path = "tests_recall40.rs"]
mod tests_recall40;
#[path = "tests_recall41.rs"]
mod tests_recall41;
#[path = "tests_recall42.rs"]
mod tests_recall42;
#[path = "tests_recall45.rs"]
mod tests_recall45;
#[path = "tests_recall47.rs"]
mod tests_recall47;
#[path = "tests_recall48.rs"]
mod tests_recall48;
#[path = "tests_recall49.rs"]
mod tests_recall49;
#[path = "tests_recall50.rs"]
mod tests_recall50;
#[path = "tests_recall52.rs"]
mod tests_recall52;
#[path = "tests_recall53.rs"]
mod tests_recall53;
#[path = "tests_recall57.rs"]
mod tests_recall57;
#[path = "tests_recall62.rs"]
mod tests_recall62;
#[path = "tests_recall69.rs"]
mod tests_recall69;
#[path = "tests_recall78.rs"]
mod tests_recall78;
#[path = "tests_recall79.rs"]
mod tests_recall79;
#[path = "tests_recall81.rs"]
mod tests_recall81;
#[path = "tests_recall82.rs"]
mod tests_recall82;
#[path = "tests_recall83.rs"]
mod tests_recall83;
#[path = "tests_recall9.rs"]
mod tests_recall9;
#[path = "tests_recipient2.rs"]
mod tests_recipient2;
#[path = "tests_recipient3.rs"]
mod tests_recipient3;
#[path = "tests_reject1.rs"]
mod tests_reject1;
#[path = "tests_rejects2.rs"]
mod tests_rejects2;
#[path = "tests_rejects3.rs"]
mod tests_rejects3;
#[path = "tests_rejects4.rs"]
mod tests_rejects4;
#[path = "tests_relative_conjunct.rs"]
mod tests_relative_conjunct;
#[path = "tests_release.rs"]
mod tests_release;
#[path = "tests_responses.rs"]
mod tests_responses;
#[path = "tests_saidstance.rs"]
mod tests_saidstance;
#[path = "tests_sanctions2.rs"]
mod tests_sanctions2;
#[path = "tests_seas2.rs"]
mod tests_seas2;
#[path = "tests_seas3.rs"]
mod tests_seas3;
#[path = "tests_seas4.rs"]
mod tests_seas4;
#[path = "tests_senses.rs"]
mod tests_senses;
#[path = "tests_senses2.rs"]
mod tests_senses2;
#[path = "tests_senses3.rs"]
mod tests_senses3;
#[path = "tests_signed.rs"]
mod tests_signed;
#[path = "tests_skip.rs"]
mod tests_skip;
#[path = "tests_sole_partner.rs"]
mod tests_sole_partner;
#[path = "tests_sources3.rs"]
mod tests_sources3;
#[path = "tests_speechacts.rs"]
mod tests_speechacts;
#[path = "tests_support2.rs"]
mod tests_support2;
#[path = "tests_synset_gap.rs"]
mod tests_synset_gap;
#[path = "tests_targets.rs"]
mod tests_targets;
#[path = "tests_targets3.rs"]
mod tests_targets3;
#[path = "tests_threats.rs"]
mod tests_threats;
#[path = "tests_threats2.rs"]
mod tests_threats2;
#[path = "tests_threats3.rs"]
mod tests_threats3;
#[path = "tests_threats4.rs"]
mod tests_threats4;
#[path = "tests_threats5.rs"]
mod tests_threats5;
#[path = "tests_threats6.rs"]
mod tests_threats6;
#[path = "tests_transfers.rs"]
mod tests_transfers;
#[path = "tests_two_senses.rs"]
mod tests_two_senses;
#[path = "tests_warned.rs"]
mod tests_warned;
#[path = "tests_welcomed.rs"]
mod tests_welcomed;
#[path = "tests_window.rs"]
mod tests_window;
