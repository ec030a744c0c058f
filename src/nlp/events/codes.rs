//! CAMEO code arithmetic: reciprocal codes, and the threat, rejection and intent forms of a code.

/// CAMEO's "deny responsibility", a statement.
pub(super) const DENY: &str = "016";
/// A rejection: what a denial answering a known accuser, or a rejected claim, is coded.
pub(super) const REJECT: &str = "120";
/// A protest by summoning an envoy (DM_SUMMON's and DM_CALL's "called in" envoy patterns in
/// `data/verbs/additions.verbs.txt`, and a passive summons).
pub(super) const SUMMONS: &str = "110";

/// CAMEO roots the reaction passes read: praise and support (05), criticism and
/// accusation (11), rejection (12).
pub(super) const PRAISE: u8 = 5;
pub(super) const ACCUSE: u8 = 11;
pub(super) const REJECTION: u8 = 12;

/// Codes that two co-subjects do to each other ("A and B met / agreed / signed a deal"):
/// intents (03), consultation (04) and cooperation (06), and signing an agreement (057).
/// Visiting, hosting and mediating (042, 043, 045) have a third party, and praise or
/// support (05x) is each subject's own act ("A and B both welcomed the deal"). Negotiating
/// (046) is done with each other: "A and B opened talks" is A ↔ B. A pledge of aid (033x)
/// has a recipient: "A and B pledged to help finance the line" gives to a third party, as
/// "A and B provided the relief" does (precision25).
pub(super) fn reciprocal_code(code: &str) -> bool {
    let directed = ["033", "042", "043", "045"];
    match crate::nlp::cameo::root(code) {
        Some(3 | 4 | 6) => !directed.iter().any(|d| code.starts_with(d)),
        Some(5) => code.starts_with("057"),
        // Refusing to meet or to negotiate (125) refuses an act done with each other: "the
        // two leaders refused to meet" is each refusing the other.
        Some(12) => code.starts_with("125"),
        _ => false,
    }
}

pub fn threat_code(inner: &str) -> &'static str {
    match crate::nlp::cameo::root(inner) {
        Some(18..=20) | Some(15) => "138",
        Some(17) => "137",
        Some(16) => match inner.get(..3) {
            Some("161") => "1313",
            Some("162") => "1311",
            Some("163") => "1312",
            Some("164") => "134",
            Some("165") => "135",
            Some("166") => "136",
            _ => "131",
        },
        Some(14) => "133",
        Some(13) => [
            "131", "1311", "1312", "1313", "132", "133", "134", "135", "136", "137", "138", "139",
        ]
        .into_iter()
        .find(|&c| c == inner)
        .unwrap_or("130"),
        _ => "130",
    }
}

/// "refused to X": CAMEO 12x for cooperative X, nothing for conflictual X.
pub fn reject_code(inner: &str) -> Option<&'static str> {
    Some(match crate::nlp::cameo::root(inner)? {
        4 => "125",
        3 | 5 => "120",
        6 => "121",
        7 => "122",
        8 => match inner.get(..3) {
            Some("081") => "1241",
            Some("083") => "1242",
            Some("084") => "1243",
            Some("085") => "1244",
            Some("086") => "1245",
            Some("087") => "1246",
            _ => "124",
        },
        // "declined to comment"
        1 => "011",
        2 | 9 | 10 | 11 => "120",
        12 => "120",
        _ => return None,
    })
}

/// The code as the target reads it. A "withdrawal" (087x, a military retreat) whose target
/// is an international organisation ("withdrew from the African Union") is a state leaving
/// the body: CAMEO 16x, reducing relations, not a retreat in the field.
pub fn code_for_target(code: &str, target: Option<&str>) -> String {
    let organisation = target.is_some_and(|t| t.starts_with("IGO"));
    if organisation && code.starts_with("087") {
        return "160".into();
    }
    code.to_string()
}

/// "promised/agreed to X": CAMEO 03x intent to do X.
pub fn intent_code(inner: &str) -> String {
    let s3 = inner.get(..3).unwrap_or(inner);
    match crate::nlp::cameo::root(inner) {
        Some(3) => inner.to_string(),
        Some(4) => "036".into(),
        Some(5) => "032".into(),
        Some(6) => match s3 {
            "061" => "0311",
            "062" => "0312",
            "063" => "0313",
            "064" => "0314",
            _ => "031",
        }
        .into(),
        Some(7) => match s3 {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        }
        .into(),
        Some(8) => match s3 {
            "081" => "0351",
            "083" => "0344",
            "084" => "0353",
            "085" => "0354",
            "086" => "0355",
            "087" => "0356",
            _ => "035",
        }
        .into(),
        _ => inner.to_string(),
    }
}
