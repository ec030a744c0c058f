//! Whether a predicate's own clause dates it in the past: "fought a war with Y in 2008",
//! "as recently as 2019, X flew to Y", "has deployed troops since last year", "made peace in
//! 2018, and later fought alongside Y". The frame only reads the date; the gate compares a
//! year with the article's date (`background`), since the parse does not know that date.
use super::{has, Sentence};

/// A past date the parse attaches to a predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// A year ("in 2008", "since 2022", "in July 2023").
    Year(i32),
    /// A date relative to the article, always before it ("last year", "decades ago").
    Before,
    /// A month named without a day or a year ("in August"), dating a past-tense act: the
    /// gate reads it as before the article when the article is dated in another month.
    Month(u32),
}

impl Dated {
    /// The path segment `annotate --explain` shows and the gate reads back.
    pub fn text(self) -> String {
        match self {
            Dated::Year(y) => format!("dated: {y}"),
            Dated::Before => "dated: before".into(),
            Dated::Month(m) => format!("dated: month {m}"),
        }
    }
}

/// The date a frame's path records (see [`Dated::text`]), if any.
pub fn dated_in_path(path: &str) -> Option<Dated> {
    let value = path_segments(path).find_map(|s| s.strip_prefix("dated: "))?;
    match value {
        "before" => Some(Dated::Before),
        m if m.starts_with("month ") => m[6..].parse().ok().map(Dated::Month),
        y => y.parse().ok().map(Dated::Year),
    }
}

/// The segments of a path between its "; " separators, as `path.split("; ")` gives them,
/// found byte by byte: the article passes ask every earlier event's path, and a string
/// pattern's searcher costs more to set up than these short paths take to read.
fn path_segments(path: &str) -> impl Iterator<Item = &str> {
    let bytes = path.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let rest = bytes.get(from..).unwrap_or(&[]);
        let sep = rest.windows(2).position(|w| w == b"; ");
        // "; " is ASCII, so both cuts fall on character boundaries
        let end = sep.map_or(bytes.len(), |j| from + j);
        start = sep.map(|_| end + 2);
        path.get(from..end)
    })
}

/// Relations that open another clause: a date under them dates that clause, not `p`.
const CLAUSAL: [&str; 8] = [
    "ccomp",
    "advcl",
    "acl",
    "acl:relcl",
    "parataxis",
    "conj",
    "csubj",
    "appos",
];

/// How far below the predicate a date is looked for.
const MAX_DEPTH: usize = 4;

impl Sentence<'_> {
    /// The past date of predicate `p`'s own clause; a conjunct that goes on with a sequel
    /// adverb ("and later fought") takes the date of the clause it continues.
    pub(super) fn dated(&self, p: usize) -> Option<Dated> {
        // "lifted on Wednesday sanctions imposed nine years ago": the day dates the act.
        let news_day = (0..self.words.len())
            .any(|w| has(&self.lex.news_day, &self.lower[w]) && self.in_own_clause(p, w));
        if news_day {
            return None;
        }
        let own = (0..self.words.len()).find_map(|w| self.date_of(p, w));
        own.or_else(|| self.meeting_dated(p))
            .or_else(|| {
                let h = self.continued(p)?;
                (0..self.words.len()).find_map(|w| self.date_of(h, w))
            })
            .or_else(|| self.participle_dated(p))
    }

    /// "mediated the release of soldiers held by Y in 2023": a year closing a participle
    /// that modifies the complement of `p`'s object noun may as well date the object's act
    /// (the release), and the parse cannot tell which; in news such a sentence retells a
    /// past act. A participle on the object itself dates only the thing ("rebuilt bridges
    /// destroyed in 1999" is no act of 1999), so it is not read. The preposition must date
    /// a point (`participle_date_case`): "held since 2023" runs on to today.
    fn participle_dated(&self, p: usize) -> Option<Dated> {
        let objects: Vec<usize> = self
            .kids(p, "obj")
            .flat_map(|o| self.kids(o, "nmod"))
            .collect();
        let year = |v: usize| {
            self.kids(v, "obl")
                .filter(|&w| self.case_in(w, &self.lex.participle_date_case))
                .find_map(|w| match self.date_word(w) {
                    Some(Dated::Year(y)) => Some(Dated::Year(y)),
                    _ => None,
                })
        };
        objects
            .into_iter()
            .flat_map(|o| self.kids(o, "acl"))
            .filter(|&v| self.words[v].xpos == "VBN")
            .find_map(year)
    }

    /// "agreed to the plan in talks in March 2019": the date of the meeting an adjunct names
    /// as where the act took place (a `joint_noun` after a `meeting_case` preposition) is the
    /// act's date, though two prepositions part the verb from the year.
    fn meeting_dated(&self, p: usize) -> Option<Dated> {
        // The parser hangs the adjunct on the verb or on its object's noun.
        (0..self.words.len())
            .filter(|&c| {
                matches!(self.rel(c), "obl" | "nmod")
                    && self.in_own_clause(p, c)
                    && has(&self.lex.joint_noun, &self.lower[c])
                    && self
                        .marker(c, "case")
                        .is_some_and(|m| has(&self.lex.meeting_case, m))
            })
            .find_map(|c| self.noun_dated(c, None))
    }

    /// The predicate whose time `p` shares: the clause a conjunct with a sequel adverb
    /// continues ("and later fought"), or the act an unmarked participle clause goes with
    /// ("fired on a boat in 2019, wounding two sailors": the wounding is part of the firing).
    fn continued(&self, p: usize) -> Option<usize> {
        let h = self.heads[p]?;
        if self.temporal_clause(p) {
            return Some(h);
        }
        match self.rel(p) {
            "conj" => {
                let adverb = self
                    .kids(p, "advmod")
                    .any(|c| has(&self.lex.sequel_adverb, &self.words[c].form.to_lowercase()));
                (adverb || self.sequel_span(p) || self.fronted_date(h)).then_some(h)
            }
            "advcl" => {
                let participle = self.words[p].xpos == "VBG";
                let marked = self.kids(p, "mark").next().is_some();
                (participle && !marked).then_some(h)
            }
            _ => None,
        }
    }

    /// Clause `h` opens with its date, before its subject ("In 2017 its navy seized four
    /// boats, and Y sent a team"): a date put first sets the time of the whole coordination,
    /// so its later conjuncts share it. Only a point in time (`participle_date_case`): a span
    /// put first ("Since 2022 X has shelled Y, and Y summoned X's envoy") runs on to today.
    fn fronted_date(&self, h: usize) -> bool {
        let subject = self.children[h]
            .iter()
            .copied()
            .find(|&c| self.rel(c).starts_with("nsubj"))
            .map_or(h, |s| self.leftmost(s));
        self.kids(h, "obl").any(|c| {
            c < subject
                && self.case_in(c, &self.lex.participle_date_case)
                && std::iter::once(c)
                    .chain(self.children[c].iter().copied())
                    .any(|w| self.date_of(h, w).is_some())
        })
    }

    /// Conjunct `p` says how long after its first conjunct it happened ("detained them in
    /// June 2023 and freed them after two weeks"): a span noun under a `sequel_case`
    /// preposition, which counts from that conjunct's time as "later" does.
    fn sequel_span(&self, p: usize) -> bool {
        self.kids(p, "obl").any(|c| {
            has(&self.lex.sequel_span, &self.lower[c]) && self.case_in(c, &self.lex.sequel_case)
        })
    }

    /// A clause hung on another that opens with a link placing it at or before that
    /// clause's time ("hit a low in 2009, when Y refused", "handed it over in 2008 after the
    /// court awarded it"): what a dated clause's "when" or "after" tells is no later than it.
    /// The parse hangs the link as the clause's `advmod` or `mark`, or as `case` on its
    /// subject, so it is read as the clause's first word.
    fn temporal_clause(&self, p: usize) -> bool {
        matches!(self.rel(p), "advcl" | "parataxis")
            && has(&self.lex.dated_clause_link, &self.lower[self.leftmost(p)])
    }

    /// The past date of event noun `n`: a date phrase after the noun with at most one
    /// other preposition between them, wherever the parse hangs it ("the invasion of Y in
    /// 2008", "talks in July 2019"), else the date of the clause `governor` carries it in
    /// ("held talks with Y in 2019").
    pub(super) fn noun_dated(&self, n: usize, governor: Option<usize>) -> Option<Dated> {
        let near = |w: usize| {
            let date = self.date_word(w)?;
            let clause =
                self.in_own_clause(n, w) || governor.is_some_and(|v| self.in_own_clause(v, w));
            let phrase = self.leftmost_date(w);
            let preps = (n + 1..phrase.max(n + 1))
                .filter(|&i| self.words[i].upos == "ADP" && self.rel(i) == "case")
                .count();
            let past = match date {
                Dated::Month(_) => governor.is_some_and(|v| self.month_of_past_act(v, w)),
                _ => !self.anaphoric(w) || governor.is_some_and(|v| self.told_in_past(v)),
            };
            (clause && phrase > n && preps <= 1 && past).then_some(date)
        };
        (n + 1..self.words.len())
            .find_map(near)
            .or_else(|| self.dated(governor?))
    }

    /// Word `w` as a date of predicate `p`: a year or a relative past date in `p`'s own
    /// clause, with at most one preposition between them. Each further prepositional
    /// phrase is another noun the date may belong to ("thanked Y for its role in an exchange
    /// between A and B in 2023"), which the parser tends to attach to the verb. A phrase of
    /// place (`date_place_case`: "declared an emergency on the border in 2023", "withdrew
    /// from the base at Agadez in 2024") names no act the date could belong to, so it is
    /// not counted when the date hangs on the verb itself.
    fn date_of(&self, p: usize, w: usize) -> Option<Dated> {
        let date = self.date_word(w)?;
        if !self.in_own_clause(p, w) {
            return None;
        }
        let phrase = self.leftmost_date(w);
        let (from, to) = if phrase > p {
            (p + 1, phrase)
        } else {
            (w + 1, p)
        };
        let on_verb = self.heads[self.date_head(w)] == Some(p);
        let preps = (from..to)
            .filter(|&i| self.words[i].upos == "ADP" && self.rel(i) == "case")
            .filter(|&i| !(on_verb && has(&self.lex.date_place_case, &self.lower[i])))
            .count();
        let past = match date {
            Dated::Month(_) => self.month_of_past_act(p, w),
            _ => !self.anaphoric(w) || self.told_in_past(p),
        };
        (preps <= 1 && past).then_some(date)
    }

    /// The word a date phrase hangs by: its month ("in July 2023"), else the year itself.
    fn date_head(&self, w: usize) -> usize {
        match self.heads[w] {
            Some(h) if has(&self.lex.month, &self.lower[h]) => h,
            _ => w,
        }
    }

    /// Month `w` dates past act `p` itself: the first verb above the month is `p`, not an
    /// infinitive `p` governs ("invited Y to open a crossing in April" names the opening's
    /// month, which may be after the invitation).
    fn month_of_past_act(&self, p: usize, w: usize) -> bool {
        let mut cur = self.heads[w];
        while let Some(h) = cur {
            if h == p || self.words[h].upos == "VERB" {
                return h == p && self.told_in_past(p);
            }
            cur = self.heads[h];
        }
        false
    }

    /// Is predicate `p` told in the past ("signed", "has signed", "was signed")? A month with
    /// no year dates a past act in the months before the article, a future one after it.
    fn told_in_past(&self, p: usize) -> bool {
        let modal = |c: &usize| {
            matches!(self.rel(*c), "aux" | "aux:pass" | "mark")
                && (self.words[*c].xpos == "MD" || self.lower[*c] == "to")
        };
        match self.words[p].xpos.as_str() {
            "VBD" => true,
            "VBN" => !self.children[p].iter().any(modal),
            _ => false,
        }
    }

    /// Year word `w` counts from an earlier date of the text ("the following year", "a year
    /// later"): it dates an act before the article only when the act is told in the past.
    fn anaphoric(&self, w: usize) -> bool {
        // Word forms, not lemmas: the lemma of "following" is "follow", of "later" "late".
        let form = |x: &usize| self.words[*x].form.to_lowercase();
        let modified = self.children[w]
            .iter()
            .any(|c| has(&self.lex.anaphoric_modifier, &form(c)));
        let after = (w + 1 < self.words.len())
            .then(|| form(&(w + 1)))
            .is_some_and(|n| has(&self.lex.anaphoric_after, &n));
        (has(&self.lex.past_relative, &self.lower[w]) && (modified || after)) || self.moment_told(w)
    }

    /// Word `w` is "time" in "at the time" / "at that time": the moment of an act told
    /// before, with nothing else under it ("at the same time" has a modifier).
    fn moment_told(&self, w: usize) -> bool {
        if !has(&self.lex.anaphoric_moment, &self.lower[w]) {
            return false;
        }
        let kids = &self.children[w];
        let cased = kids.iter().any(|&c| {
            self.rel(c) == "case" && has(&self.lex.anaphoric_moment_case, &self.lower[c])
        });
        let det = kids
            .iter()
            .any(|&c| self.rel(c) == "det" && has(&self.lex.anaphoric_moment_det, &self.lower[c]));
        let other = kids
            .iter()
            .any(|&c| !matches!(self.rel(c), "case" | "det" | "punct"));
        cased && det && !other
    }

    /// A month named with a date preposition and neither a day nor a year ("in August"); a
    /// capital letter tells the month "May" from the modal.
    fn bare_month(&self, w: usize) -> Option<u32> {
        let capital = self.words[w].form.starts_with(char::is_uppercase);
        if !capital || !has(&self.lex.month, &self.lower[w]) {
            return None;
        }
        let cased = self.children[w]
            .iter()
            .any(|&c| has(&self.lex.date_case, &self.lower[c]));
        let numbered = self.children[w]
            .iter()
            .any(|&c| self.words[c].upos == "NUM");
        let month = self.lower[w].parse::<chrono::Month>().ok()?;
        (cased && !numbered).then(|| month.number_from_month())
    }

    /// A year with a date preposition ("in 2008", "since 2022", "as recently as 2019"), a
    /// year after a month ("in July 2023"), or a relative past ("last year", "years ago").
    fn date_word(&self, w: usize) -> Option<Dated> {
        let lower = self.lower[w].as_str();
        if self.moment_told(w) {
            return Some(Dated::Before);
        }
        if has(&self.lex.past_relative, lower) {
            let last = self.children[w].iter().any(|&c| self.lower[c] == "last");
            let ago = self.words.get(w + 1).is_some_and(|n| n.form == "ago");
            return (last || ago || self.anaphoric(w)).then_some(Dated::Before);
        }
        if let Some(m) = self.bare_month(w) {
            return Some(Dated::Month(m));
        }
        let year = year_of(&self.words[w].form)?;
        let cased = |x: usize| {
            self.children[x]
                .iter()
                .any(|&c| has(&self.lex.date_case, &self.lower[c]))
        };
        let in_month =
            self.heads[w].is_some_and(|h| has(&self.lex.month, &self.lower[h]) && cased(h));
        (cased(w) || in_month || self.period_year(w)).then_some(Dated::Year(year))
    }

    /// Year `w` modifies a period noun under a `period_case` preposition ("during the 2008
    /// war"): the year dates the noun's time.
    fn period_year(&self, w: usize) -> bool {
        let modifier = matches!(self.rel(w), "nummod" | "compound" | "amod" | "nmod");
        modifier && self.heads[w].is_some_and(|h| self.case_in(h, &self.lex.period_case))
    }

    /// Is `w` below `p` without crossing into another clause?
    pub(super) fn in_own_clause(&self, p: usize, w: usize) -> bool {
        let mut cur = w;
        for _ in 0..MAX_DEPTH {
            let Some(h) = self.heads[cur] else {
                return false;
            };
            if has_str(&CLAUSAL, self.rel(cur)) {
                return false;
            }
            if h == p {
                return true;
            }
            cur = h;
        }
        false
    }

    /// The first word of a date phrase: its preposition, or its month's.
    fn leftmost_date(&self, w: usize) -> usize {
        let first_kid = |x: usize| self.children[x].iter().copied().min().unwrap_or(x).min(x);
        match self.heads[w] {
            Some(h) if has(&self.lex.month, &self.lower[h]) => first_kid(h),
            _ => first_kid(w),
        }
    }
}

/// The year a word names: "2008", or a decade's last year ("the 1990s" ended in 1999, so
/// "the 2020s" is not before an article of 2026).
fn year_of(form: &str) -> Option<i32> {
    let (digits, decade) = match form.strip_suffix('s') {
        Some(d) if d.ends_with('0') => (d, 9),
        _ => (form, 0),
    };
    let year: i32 = digits.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year + decade)
}

fn has_str(set: &[&str], w: &str) -> bool {
    set.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::path_segments;

    #[test]
    fn path_segments_are_the_split_on_semicolon_space() {
        let paths = [
            "",
            "; ",
            ";",
            "a",
            "a; b",
            "a;; b; ",
            "; ; dated: 2008",
            "verb: met; dated: before; x",
            "dated: month 3",
            "a;b; c ;  d",
            "é; dated: 1995; ü;",
        ];
        for p in paths {
            let ours: Vec<&str> = path_segments(p).collect();
            let split: Vec<&str> = p.split("; ").collect();
            assert_eq!(ours, split, "{p:?}");
        }
    }
}
