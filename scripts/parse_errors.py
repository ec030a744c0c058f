#!/usr/bin/env python3
"""Where the shipped parse goes wrong on UD English-EWT dev, and what rules over the
finished tree could mend (EVALUATION.md, syntax8).

    REPAIR_DUMP=/tmp/dump.tsv target/release/examples/repair_syntax UD_DIR
    python3 scripts/parse_errors.py /tmp/dump.tsv UD_DIR

The dump is the pipeline's parse beside the gold tree (`examples/repair_syntax.rs`). Prints
the words UAS and LAS 0.86 / 0.83 still need, the commonest label confusions on words with
the right head, how many errors sit on mis-tagged words, and for each candidate rule the
words it would make right and wrong (a rule is worth writing only if it gains clearly).
The statistics a rule may learn come from train, never from dev.
"""
import collections
import sys
from pathlib import Path

TEMPORAL = set("today tonight yesterday tomorrow monday tuesday wednesday thursday "
               "friday saturday sunday".split())
TEMPORAL_UNITS = set("week weekend month year day night morning afternoon evening hour "
                     "minute time".split())
DATING_DETS = {"this", "last", "next", "every", "each"}
FINAL_PUNCT = {".", "?", "!", "..."}


def read_conllu(path):
    """Sentences of a CoNLL-U file as lists of the 10 columns (multiword and empty
    nodes left out)."""
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            f = line.split("\t")
            if "-" not in f[0] and "." not in f[0]:
                cur.append(f)
    if cur:
        sents.append(cur)
    return sents


def read_dump(path):
    """The dump's sentences: dicts of the parse (head, rel) and the gold tree (gh, gr)."""
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 9:
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append(dict(i=int(f[0]), form=f[1], lemma=f[2], upos=f[3], xpos=f[4],
                        head=int(f[5]), rel=f[6], gh=int(f[7]), gr=f[8]))
    if cur:
        sents.append(cur)
    return sents


def kids(s, i):
    return [x for x in s if x["head"] == i]


def right(w, head, rel):
    return head == w["gh"] and rel == w["gr"]


def overview(sents, gold):
    n = sum(len(s) for s in sents)
    uas = sum(w["head"] == w["gh"] for s in sents for w in s)
    las = sum(right(w, w["head"], w["rel"]) for s in sents for w in s)
    print(f"words {n} UAS {uas / n:.4f} LAS {las / n:.4f}; "
          f"to 0.86 / 0.83: +{int(0.86 * n) + 1 - uas} heads, +{int(0.83 * n) + 1 - las} words")
    conf = collections.Counter((w["gr"], w["rel"]) for s in sents for w in s
                               if w["head"] == w["gh"] and w["rel"] != w["gr"])
    print(f"right head, wrong label: {sum(conf.values())}; commonest (gold, parse):")
    for (g, p), k in conf.most_common(16):
        print(f"  {k:4} {g} -> {p}")
    tally = collections.Counter()
    for gs, s in zip(gold, sents):
        for g, w in zip(gs, s):
            tag = "tag right" if g[3] == w["upos"] else "tag wrong"
            tally[tag, "words"] += 1
            tally[tag, "head wrong"] += w["head"] != w["gh"]
            tally[tag, "label wrong"] += w["head"] == w["gh"] and w["rel"] != w["gr"]
    for tag in ("tag right", "tag wrong"):
        print(f"  {tag}: {tally[tag, 'words']} words, {tally[tag, 'head wrong']} wrong heads, "
              f"{tally[tag, 'label wrong']} wrong labels only")


def double_object(s, w):
    """The first of two nominal objects after a verb is its indirect object."""
    h = w["head"]
    if w["rel"] != "obj" or not h or w["i"] < h or s[h - 1]["upos"] != "VERB":
        return None
    objs = [x for x in kids(s, h) if x["rel"] == "obj" and x["i"] > h]
    nominal = ("PRON", "NOUN", "PROPN")
    if len(objs) == 2 and objs[0] is w and w["upos"] in nominal and objs[1]["upos"] in nominal:
        return "iobj"
    return None


def passive_subject(s, w):
    """A subject beside a passive auxiliary is a passive subject."""
    if w["rel"] == "nsubj" and w["head"] and any(x["rel"] == "aux:pass" for x in kids(s, w["head"])):
        return "nsubj:pass"
    return None


def extraposition_it(s, w):
    """'It is hard to say': "it" on a copular predicate with a clause after it."""
    h = w["head"]
    if w["rel"] != "nsubj" or w["form"].lower() != "it" or not h:
        return None
    ks = kids(s, h)
    clause = any(x["rel"] in ("csubj", "ccomp", "xcomp") and x["i"] > h for x in ks)
    return "expl" if clause and any(x["rel"] == "cop" for x in ks) else None


def dating_object(s, w):
    """A day or a dated unit ("last week") read as an object is a bare time adverbial."""
    if w["rel"] != "obj":
        return None
    lemma, ks = w["lemma"].lower(), kids(s, w["i"])
    if lemma in TEMPORAL and not ks:
        return "obl:unmarked"
    dated = any(x["rel"] == "det" and x["form"].lower() in DATING_DETS for x in ks)
    return "obl:unmarked" if lemma in TEMPORAL_UNITS and dated else None


def modifier_prior(train):
    """From train: per lower-cased form, how often a modifier of a noun to its right is
    `amod` and how often `compound`."""
    st = collections.defaultdict(collections.Counter)
    for s in train:
        for f in s:
            if f[7] in ("amod", "compound") and int(f[6]) > int(f[0]):
                st[f[1].lower()][f[7]] += 1
    return st


def modifier_rule(prior, share=0.95, seen=2):
    def rule(s, w):
        if w["rel"] not in ("amod", "compound") or w["head"] <= w["i"]:
            return None
        c = prior.get(w["form"].lower())
        n = c["amod"] + c["compound"] if c else 0
        if n < seen:
            return None
        other = "amod" if w["rel"] == "compound" else "compound"
        return other if c[other] / n >= share else None
    return rule


def pair_prior(train):
    """From train: per (dependent form, head form, side) word pair, its labels' counts."""
    st = collections.defaultdict(collections.Counter)
    for s in train:
        for f in s:
            h = int(f[6])
            if h and f[7] != "punct":
                side = "R" if h > int(f[0]) else "L"
                st[f[1].lower(), s[h - 1][1].lower(), side][f[7]] += 1
    return st


def pair_rule(prior, share, seen):
    """The label the word pair mostly has in train, where it is that label's often enough."""
    def rule(s, w):
        if not w["head"] or w["rel"] == "punct":
            return None
        side = "R" if w["head"] > w["i"] else "L"
        c = prior.get((w["form"].lower(), s[w["head"] - 1]["form"].lower(), side))
        if not c:
            return None
        n = sum(c.values())
        label, k = c.most_common(1)[0]
        return label if n >= seen and k / n >= share else None
    return rule


def score_label_rule(sents, rule):
    fixed = broken = 0
    for s in sents:
        for w in s:
            new = rule(s, w)
            if new and new != w["rel"]:
                before, after = right(w, w["head"], w["rel"]), right(w, w["head"], new)
                fixed += after and not before
                broken += before and not after
    return fixed, broken


def descendant(s, a, b):
    """Is word a under word b (1-based; a word is under itself)?"""
    for _ in range(len(s) + 1):
        if a == b:
            return True
        if a == 0:
            return False
        a = s[a - 1]["head"]
    return False


def projective(s, p, h):
    """Would punctuation p hung on h keep the tree projective (no gap either)?"""
    if any(not descendant(s, k, h) for k in range(min(p, h) + 1, max(p, h))):
        return False
    for w in s:
        d, hd = w["i"], w["head"]
        if d != p and hd and min(d, hd) < p < max(d, hd) and not descendant(s, p, hd):
            return False
    return True


def span(s, i):
    under = [w["i"] for w in s if descendant(s, w["i"], i)]
    return min(under), max(under)


def punct_head(s, w):
    """UD's rule for punctuation (as Udapi's ud.FixPunct): climb from the nearest word on
    each side while the climb stays on that side, keep the projective candidates, and hang
    the mark on the lower of the two highest."""
    p, n = w["i"], len(s)
    left, rightw = p - 1, p + 1
    while left >= 1 and s[left - 1]["upos"] == "PUNCT":
        left -= 1
    while rightw <= n and s[rightw - 1]["upos"] == "PUNCT":
        rightw += 1
    paths = []
    if left >= 1:
        path = [left]
        while s[left - 1]["head"] and s[left - 1]["head"] < p and span(s, left)[1] < p:
            left = s[left - 1]["head"]
            path.append(left)
        paths.append(path)
    else:
        paths.append([])
    if rightw <= n and w["form"] not in FINAL_PUNCT:
        path = [rightw]
        while s[rightw - 1]["head"] > p and span(s, rightw)[0] > p:
            rightw = s[rightw - 1]["head"]
            path.append(rightw)
        paths.append(path)
    else:
        paths.append([])
    orig = w["head"]
    tops = []
    for path in paths:
        ok = []
        for h in path:
            w["head"] = h
            if projective(s, p, h):
                ok.append(h)
        w["head"] = orig
        tops.append(ok[-1] if ok else None)
    lc, rc = tops
    if lc is None or rc is None:
        return lc or rc or orig
    if descendant(s, lc, rc):
        return lc
    return rc if descendant(s, rc, lc) else orig


def score_punct(sents):
    changed = fixed = broken = 0
    for s in sents:
        moves = {w["i"]: punct_head(s, w) for w in s if w["rel"] == "punct"}
        for i, h in moves.items():
            w = s[i - 1]
            if h != w["head"]:
                changed += 1
                fixed += h == w["gh"] and w["head"] != w["gh"]
                broken += h != w["gh"] and w["head"] == w["gh"]
    return changed, fixed, broken


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: parse_errors.py DUMP UD_DIR")
    sents = read_dump(sys.argv[1])
    ud = Path(sys.argv[2])
    gold = read_conllu(ud / "en_ewt-ud-dev.conllu")
    if len(gold) != len(sents):
        sys.exit(f"dump has {len(sents)} sentences, dev {len(gold)}")
    overview(sents, gold)
    train = read_conllu(ud / "en_ewt-ud-train.conllu")
    prior, pairs = modifier_prior(train), pair_prior(train)
    rules = [("double object -> iobj", double_object),
             ("subject beside aux:pass -> nsubj:pass", passive_subject),
             ("extraposed it -> expl", extraposition_it),
             ("day / dated unit as obj -> obl:unmarked", dating_object),
             ("amod/compound by train prior (95 %, seen 2)", modifier_rule(prior)),
             ("amod/compound by train prior (80 %, seen 2)", modifier_rule(prior, 0.8))]
    rules += [(f"word-pair label prior ({share:.0%}, seen {seen})", pair_rule(pairs, share, seen))
              for share in (0.9, 1.0) for seen in (2, 3, 5, 10)]
    print("label rules over the finished tree (words made right / wrong):")
    for name, rule in rules:
        fixed, broken = score_label_rule(sents, rule)
        print(f"  {name:<46} +{fixed} / -{broken}")
    changed, fixed, broken = score_punct(sents)
    print(f"punctuation re-hung by UD's rule: {changed} moved, +{fixed} / -{broken} heads")


if __name__ == "__main__":
    main()
