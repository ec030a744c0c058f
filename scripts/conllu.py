"""One reader of CoNLL-U files for the scripts that derive syntax data from UD English-EWT."""


def sentences(path):
    """The sentences of a CoNLL-U file as lists of (id, form, lemma, upos, head, deprel).

    Multi-word token ranges ("3-4") and empty nodes ("5.1") are skipped, so a word's id is
    its 1-based index in the list and `sent[head - 1]` is its head.
    """
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        sent.append((int(c[0]), c[1], c[2], c[3], int(c[6]), c[7]))
    if sent:
        yield sent
