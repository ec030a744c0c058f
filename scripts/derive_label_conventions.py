#!/usr/bin/env python3
"""Derives data/syntax/label_conventions.tsv from UD English-EWT train (CC BY-SA 4.0).

Label conventions of the EWT annotators, each read by one label-only parse repair in
src/nlp/syntax/repair/ (the head never moves). A key goes in when the train gold trees give
it the label at least MIN_COUNT times and in at least SHARE of its uses in the same place:

  time_det / time_noun  a noun in "this week", "last night", "every time" (a listed
                        determiner, no preposition) under a predicate: `obl:unmarked`, not
                        `obj`/`obl` (time_modifier.rs; the news days of
                        data/lexicon/frames.txt count too)
  predicative FORM      a verb form whose bare nominal or adjective after it is `xcomp`, not
                        `obj` ("became a member", "remained calm") (predicative_complement.rs)
  particle LEMMA WORD LABEL  a verb lemma and an adverb or particle under it: `compound:prt`
                        ("carry out") or `advmod` ("come in"), for particles train shows as both
                        (particle_label.rs)
  passive_predicative LEMMA  a verb lemma whose passive ("was named", "is considered") has
                        its bare nominal or adjective after it as `xcomp`, not `obj` ("was
                        named envoy") (passive_predicative.rs)
  adjective_suffix SUF  an ending of English derived adjectives and participles ("-ous",
                        "-ive", "-ed"…, from the candidates in SUFFIXES): a word of at least
                        MIN_LENGTH letters with it, modifying a following noun, is `amod`, not
                        `compound` (derived_adjective.rs)
  adjective_suffix_not SUF  a one-letter-longer ending of a kept suffix that is not
                        adjectival ("-eed" of "speed", "seed"): `amod` in under half its uses

    python3 scripts/derive_label_conventions.py UD_DIR > data/syntax/label_conventions.tsv
"""
import collections
import os
import sys

from conllu import sentences

MIN_COUNT = 3
SHARE = 0.95
TIME_DETS = ("this", "last", "next", "every", "each", "that")
PREDICATES = ("VERB", "ADJ", "AUX")
NOMINALS = ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
# the derivational endings of English adjectives and participles tested (a grammar's list;
# those the train trees do not confirm are dropped by `kept`)
SUFFIXES = (
    "ous", "ive", "ful", "less", "able", "ible", "ian", "ese", "ical", "ular", "ior", "ern",
    "ary", "ic", "al", "an", "ent", "ant", "ish", "est", "ly", "ed", "ing",
)
MIN_LENGTH = 5


def children(sent, wid):
    return [w for w in sent if w[4] == wid]


def kept(counts, label):
    """The keys whose uses carry `label` often and nearly always."""
    return sorted(
        k
        for k, c in counts.items()
        if c[label] >= MIN_COUNT and c[label] >= SHARE * sum(c.values())
    )


def count(sents):
    time = collections.defaultdict(collections.Counter)
    pred = collections.defaultdict(collections.Counter)
    prt = collections.defaultdict(collections.Counter)
    suf = collections.defaultdict(collections.Counter)
    passive = collections.defaultdict(collections.Counter)
    for sent in sents:
        for wid, form, _, upos, head, rel in sent:
            if head == 0:
                continue
            h = sent[head - 1]
            kids = children(sent, wid)
            if (
                rel in ("obj", "obl", "obl:unmarked")
                and upos == "NOUN"
                and h[3] in PREDICATES
                and not any(k[5] == "case" for k in kids)
                and any(k[1].lower() in TIME_DETS for k in kids)
            ):
                time[form.lower()][rel] += 1
            if rel in ("obj", "xcomp") and upos in NOMINALS and head < wid and h[3] in ("VERB", "AUX"):
                pred[h[1].lower()][rel] += 1
            if (
                rel in ("obj", "iobj", "xcomp")
                and upos in NOMINALS
                and head < wid
                and h[3] == "VERB"
                and any(k[5] == "aux:pass" for k in children(sent, head))
            ):
                passive[h[2].lower()][rel] += 1
            if rel in ("compound:prt", "advmod") and h[3] == "VERB":
                prt[(h[2].lower(), form.lower())][rel] += 1
            if rel in ("amod", "compound") and head > wid and h[3] in ("NOUN", "PROPN"):
                low = form.lower()
                if len(low) >= MIN_LENGTH:
                    for n in range(2, 6):
                        suf[low[-n:]][rel] += 1
    return time, pred, prt, suf, passive


def adjective_suffixes(suf):
    """The kept endings, and the longer endings of them that are not adjectival."""
    keep = [s for s in kept({s: suf[s] for s in SUFFIXES}, "amod")]
    not_adj = sorted(
        longer
        for s in keep
        for longer, c in suf.items()
        if len(longer) == len(s) + 1
        and longer.endswith(s)
        and sum(c.values()) >= MIN_COUNT
        and c["amod"] < 0.5 * sum(c.values())
    )
    return keep, not_adj


def main():
    ud = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/ud"
    sents = list(sentences(os.path.join(ud, "en_ewt-ud-train.conllu")))
    time, pred, prt, suf, passive = count(sents)
    particles = {p for _, p in kept(prt, "compound:prt")}
    print("# Label conventions of the UD English-EWT train trees (CC BY-SA 4.0, like")
    print("# data/syntax/model.bin): each key carries its label at least %d times and in %d%% or" % (MIN_COUNT, SHARE * 100))
    print("# more of its uses there. Derived by scripts/derive_label_conventions.py (which says what")
    print("# each kind means); read by the label repairs in src/nlp/syntax/repair/.")
    for d in TIME_DETS:
        print("time_det\t%s" % d)
    for f in kept(time, "obl:unmarked"):
        print("time_noun\t%s" % f)
    for f in kept(pred, "xcomp"):
        print("predicative\t%s" % f)
    for label in ("compound:prt", "advmod"):
        for lemma, p in kept(prt, label):
            if p in particles:
                print("particle\t%s\t%s\t%s" % (lemma, p, label))
    for lemma in kept(passive, "xcomp"):
        print("passive_predicative\t%s" % lemma)
    keep, not_adj = adjective_suffixes(suf)
    for s in keep:
        print("adjective_suffix\t%s" % s)
    for s in not_adj:
        print("adjective_suffix_not\t%s" % s)


if __name__ == "__main__":
    main()
