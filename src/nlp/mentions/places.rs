//! The place tables under `data/places/`: cities with coordinates (derived from GeoNames by
//! `scripts/derive_places.py`), hand-written regions and disputed territories with the
//! country they are coded to, and the stop list of city names that are common words or
//! person names. See data/PLACES-LICENSE.md.

use crate::nlp::types::GeoPoint;
use crate::nlp::NlpError;

const CITIES_TSV: &str = include_str!("../../../data/places/cities.tsv");
const REGIONS_TSV: &str = include_str!("../../../data/places/regions.tsv");
const STOPLIST_TXT: &str = include_str!("../../../data/places/stoplist.txt");

/// One name of a place: a city (or one of its alternate spellings) or a region.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceName {
    pub name: &'static str,
    /// CAMEO country code, or "---" for a place of no country (bare "Kashmir").
    pub code: &'static str,
    pub geo: GeoPoint,
    /// A hand-written region: its reading overrides the one countries.tsv gives the name.
    pub region: bool,
}

fn err(name: &'static str, line: usize, message: &str) -> NlpError {
    NlpError::BuiltinData {
        name,
        message: format!("line {line}: {message}"),
    }
}

fn data_lines(src: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l))
}

fn geo(lat: &str, lon: &str) -> Option<GeoPoint> {
    let (lat, lon) = (lat.parse::<f64>().ok()?, lon.parse::<f64>().ok()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        .then_some(GeoPoint { lat, lon })
}

/// Cities (name and alternates, each with the city's coordinates), then regions.
pub fn place_names() -> Result<Vec<PlaceName>, NlpError> {
    let mut out = Vec::with_capacity(12_500);
    for (line, l) in data_lines(CITIES_TSV) {
        let f: Vec<&'static str> = l.split('\t').collect();
        let [name, code, lat, lon, _pop, alts] = f[..] else {
            return Err(err("cities.tsv", line, "6 fields expected"));
        };
        let geo = geo(lat, lon).ok_or_else(|| err("cities.tsv", line, "bad coordinates"))?;
        for n in std::iter::once(name).chain(alts.split('|').filter(|a| !a.is_empty())) {
            out.push(PlaceName {
                name: n,
                code,
                geo,
                region: false,
            });
        }
    }
    for (line, l) in data_lines(REGIONS_TSV) {
        let f: Vec<&'static str> = l.split('\t').collect();
        let [name, code, lat, lon, ..] = f[..] else {
            return Err(err("regions.tsv", line, "4 or 5 fields expected"));
        };
        let geo = geo(lat, lon).ok_or_else(|| err("regions.tsv", line, "bad coordinates"))?;
        out.push(PlaceName {
            name,
            code,
            geo,
            region: true,
        });
    }
    Ok(out)
}

/// City names never matched (lower case): common words and person names.
pub fn stoplist() -> impl Iterator<Item = &'static str> {
    data_lines(STOPLIST_TXT).map(|(_, l)| l.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_and_carry_coordinates() {
        let names = place_names().expect("place tables");
        let find = |n: &str| names.iter().find(|p| p.name == n).cloned();
        let kyiv = find("Kyiv").expect("Kyiv");
        assert_eq!(kyiv.code, "UKR");
        assert!((kyiv.geo.lat - 50.45).abs() < 0.1 && (kyiv.geo.lon - 30.52).abs() < 0.1);
        // an alternate spelling carries the city's own coordinates
        assert_eq!(find("Kiev").map(|p| p.geo), Some(kyiv.geo));
        assert_eq!(
            find("Crimea").map(|p| (p.code, p.region)),
            Some(("UKR", true))
        );
        assert!(stoplist().any(|w| w == "reading"));
    }
}
