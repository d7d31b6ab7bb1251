"""Check sentences.jsonl against the rules of the challenge-vocab set.

Run from this directory:  python3 check.py
Prints one line per violation and a summary; exits 1 if there is any violation.
Standard library only.

In inspection-nlp (annotations/challenge-vocab/): the training text is the project's corpus
(corpus/releases/*.txt, the texts of the annotated releases), and the project's own cases in own.jsonl
are checked by the same rules (ids cv-5NN; the label distribution applies to sentences.jsonl alone).
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCES = os.path.join(HERE, "sentences.jsonl")
OWN = os.path.join(HERE, "own.jsonl")
TRAIN_GLOB = os.path.join(HERE, "..", "..", "corpus", "releases", "*.txt")

FIELDS = ("id", "text", "label", "cue", "context")
EXPECTED = {"STRENGTH": 47, "WEAKNESS": 47, "RECOMMENDATION": 20, "NEUTRAL": 47}
ID_RE = re.compile(r"^cv-\d{3}$")
WORD_RE = re.compile(r"[^\W\d_]+")

# Function words a cue may contain freely. Modal verbs are left out on purpose
# (should, must, will, can ...): they are judgement cues in the training data.
STOP = set("""
a an the of to and or nor but in on at by for with without within through between
across among around after before during from into onto upon about against towards
as than that this these those it its they them their we our us i me my you your he him
his she her be been being is are was were am has have had do does did not no very more
less so if then up out off over under like any some all anything nothing something
everything there here what which who whom whose s t
""".split())

# Stock judgement words of the training data. They must not appear in a sentence
# whose gold label they would give away (case-insensitive, whole words).
GIVEAWAY = {
    "STRENGTH": set("""
good strong strongly strength strengths effective effectively impressive impressed
impressively excellent outstanding exemplary praise praised praising commend commended
well positive positively encouraging encouragingly encouraged pleased proud credit
thorough thoroughly committed dedicated tenacious particularly valued skilled
thoughtful trusted highly
""".split()),
    "WEAKNESS": set("""
poor poorly weak weaker weakest weakness weaknesses concern concerns concerned
concerning however insufficient insufficiently sufficient sufficiently variable
inconsistent inconsistently inconsistency lacked lack lacking lacks inadequate
unsatisfactory disappointing disappointingly disappointed worrying worryingly
unfortunately gap gaps not too only always sometimes rarely seldom enough slow unsure
yet short
""".split()),
    "RECOMMENDATION": set("""
recommend recommends recommended recommendation recommendations should must need needs
needed ensure urge urges urged call calls makes make sure strengthen improve improvement
improvements asks asked want expect essential critical required require requires
""".split()),
}
NOT_CONTRACTION = re.compile(r"n[’']t\b", re.IGNORECASE)


def words(text):
    return WORD_RE.findall(text.lower())


def forms(word):
    """The word and its stems after stripping simple inflections.

    Strips -s / -ed / -ing / -ly as the rule says, and, to be safe, also -es, -ies,
    -ied, a final -e and a doubled final consonant (so "thriving" meets "thrive").
    """
    out = {word}
    for suffix in ("ies", "ied", "ing", "ed", "es", "ly", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            out.add(base)
            if suffix in ("ies", "ied"):
                out.add(base + "y")
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiousl":
                out.add(base[:-1])
    for base in list(out):
        for suffix in ("ing", "ed", "ly", "e", "s"):
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                out.add(base[: -len(suffix)])
    return out


def training_index(paths):
    """Map every form of every training word to the training words it came from."""
    index = collections.defaultdict(set)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = json.load(f)["text"] if path.endswith(".json") else f.read()
        for word in set(words(text)):
            for form in forms(word):
                index[form].add(word)
    return index


def check_row(row, lineno, index, seen, problems):
    where = f"line {lineno}"
    if not isinstance(row, dict):
        problems.append(f"{where}: not a JSON object")
        return None
    rid = row.get("id")
    where = f"{rid or 'line ' + str(lineno)}"
    missing = [k for k in FIELDS if k not in row]
    unknown = [k for k in row if k not in FIELDS]
    if missing or unknown:
        problems.append(f"{where}: missing field(s) {missing}, unknown field(s) {unknown}")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        problems.append(f"{where}: id {rid!r} is not of the form cv-NNN")
    elif rid in seen:
        problems.append(f"{where}: duplicate id (also line {seen[rid]})")
    else:
        seen[rid] = lineno
    text, label, cue, context = (row.get(k) for k in ("text", "label", "cue", "context"))
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text is missing or empty")
        text = ""
    if label not in EXPECTED:
        problems.append(f"{where}: label {label!r} is not one of {sorted(EXPECTED)}")
    if not isinstance(context, str):
        problems.append(f"{where}: context must be a string (empty if none)")
    if not isinstance(cue, list) or not all(isinstance(c, str) and c.strip() for c in cue):
        problems.append(f"{where}: cue must be a list of non-empty strings")
        cue = []
    if label in ("STRENGTH", "WEAKNESS", "RECOMMENDATION") and not cue:
        problems.append(f"{where}: a {label} sentence needs at least one cue")
    for phrase in cue:
        if not re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.IGNORECASE):
            problems.append(f"{where}: cue {phrase!r} does not occur in the text")
        content = [w for w in words(phrase) if w not in STOP]
        if not content:
            problems.append(f"{where}: cue {phrase!r} has no content word")
        for w in content:
            hits = set()
            for form in forms(w):
                hits |= index.get(form, set())
            if hits:
                problems.append(
                    f"{where}: cue word {w!r} (in {phrase!r}) occurs in the training texts as "
                    + ", ".join(sorted(hits)[:5])
                )
    stock = GIVEAWAY.get(label, set())
    found = sorted(set(words(text)) & stock)
    if label == "WEAKNESS" and NOT_CONTRACTION.search(text):
        found.append("n't")
    if found:
        problems.append(f"{where}: {label} sentence contains stock cue word(s) {found}")
    return label


def main():
    train = sorted(glob.glob(TRAIN_GLOB))
    if not train:
        print(f"no training files found at {TRAIN_GLOB}")
        return 1
    index = training_index(train)
    problems, seen, counts, own = [], {}, collections.Counter(), collections.Counter()
    for path, tally in ((SENTENCES, counts), (OWN, own)):
        if path == OWN and not os.path.exists(OWN):
            continue
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    problems.append(f"{name} line {lineno}: empty line")
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    problems.append(f"{name} line {lineno}: invalid JSON ({err})")
                    continue
                before = len(problems)
                label = check_row(row, lineno, index, seen, problems)
                problems[before:] = [f"{name}: {p}" for p in problems[before:]]
                if label in EXPECTED:
                    tally[label] += 1
    for label, want in EXPECTED.items():
        if counts[label] != want:
            problems.append(f"distribution: {label} has {counts[label]}, expected {want}")
    for p in problems:
        print(p)
    total = sum(counts.values())
    dist = ", ".join(f"{k} {counts[k]}" for k in EXPECTED)
    status = "OK" if not problems else "FAIL"
    own_dist = ", ".join(f"{k} {own[k]}" for k in EXPECTED)
    print(f"{status}: {total} sentences ({dist}) and {sum(own.values())} of our own ({own_dist}); "
          f"{len(problems)} violation(s); vocabulary checked against {len(train)} training texts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
