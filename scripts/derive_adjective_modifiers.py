#!/usr/bin/env python3
"""Derives data/syntax/adjective_modifiers.txt from UD English-EWT train (CC BY-SA 4.0).

A word form (lower-cased) goes in the list when, as a modifier before a NOUN/PROPN head in
the train gold trees, the annotators label it `amod` at least MIN_COUNT times and in at
least SHARE of its amod/compound uses. The parse repair `repair/adjective_modifier.rs`
relabels such a word `amod` (tag ADJ/JJ) where the parser called it `compound`.

    python3 scripts/derive_adjective_modifiers.py UD_DIR > data/syntax/adjective_modifiers.txt
"""
import collections
import os
import sys

from conllu import sentences

MIN_COUNT = 3
SHARE = 0.95


def main():
    ud = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/ud"
    counts = collections.defaultdict(collections.Counter)
    for sent in sentences(os.path.join(ud, "en_ewt-ud-train.conllu")):
        for wid, form, _, _, head, rel in sent:
            if head <= wid or sent[head - 1][3] not in ("NOUN", "PROPN"):
                continue
            if rel in ("amod", "compound"):
                counts[form.lower()][rel] += 1
    keep = sorted(
        f
        for f, k in counts.items()
        if k["amod"] >= MIN_COUNT and k["amod"] >= SHARE * sum(k.values())
    )
    print("# Words the UD English-EWT train trees (CC BY-SA 4.0, like data/syntax/model.bin)")
    print("# label `amod`, not `compound`, before a noun: at least %d times and in %d%% or more" % (MIN_COUNT, SHARE * 100))
    print("# of their modifier uses. Derived by scripts/derive_adjective_modifiers.py; read by")
    print("# src/nlp/syntax/repair/adjective_modifier.rs. One lower-case form a line.")
    for f in keep:
        print(f)


if __name__ == "__main__":
    main()
