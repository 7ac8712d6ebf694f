"""The tagger's features and its integer inference, exactly as `src/engine/extract/entities/tagger.rs`
computes them (the parity test holds the two together; change both or neither).

Every feature is a bucket number: a 64-bit FNV-1a hash of one string of the token (its
lowercased form, a 2- or 3-letter prefix or suffix, its shape), mixed with the feature's kind
and reduced to `BITS` bits. A token's strings are hashed once; its neighbours' features reuse
their hashes. Lowercasing is per character (`char::to_lowercase` in Rust, `str.lower` of each
character here), so both sides agree on every character.
"""

BITS = 20
MASK64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]

# Kinds of feature (the number mixed into the hash). Append only: the number is in the weights.
BIAS, WORD, P2, P3, S2, S3, SHAPE = 0, 1, 2, 3, 4, 5, 6
WORD_M1, WORD_P1, WORD_M2, WORD_P2 = 7, 8, 9, 10
SHAPE_M1, SHAPE_P1 = 11, 12
LINE_CASE, LINE_SHAPE, INITIAL_SHAPE = 13, 14, 15
WORD_M1_SHAPE = 16
CUE, CUE_SHAPE, CUE_M1, CUE_P1 = 17, 18, 19, 20

# Most features a token can have (the weights' header says it; the Rust tagger checks it).
FEATURES = 21

# Cue flags of a word (`cues`): what the engine's gazetteer and entity word lists say of it.
PLACE_ONE = 1    # a place or region named by this one word ("Lisbon", "Bavaria")
PLACE_LAST = 2   # the capitalised last word of a longer place or region name ("Orleans")
ORG_ONE = 4      # an organisation named by this one word ("UNESCO", "NATO")
ORG_LAST = 8     # the capitalised last word of a longer organisation name ("Organization")
DEMONYM = 16     # a demonym or people ("Kenyan", "Muslim")
COMPANY = 32     # a company suffix ("Inc", "Ltd")
HONORIFIC = 64   # a title before a person's name ("Mr", "Dr", "Sen")
ROLE = 128       # a one-word role ("president", "minister")

# Hashes standing for the words before the first and after the last token.
BEFORE = 0x5B53_5D00  # arbitrary constants, the same in Rust
AFTER = 0x5B2F_535D


def fnv(data: bytes, h: int = FNV_OFFSET) -> int:
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & MASK64
    return h


def mix(h: int, kind: int) -> int:
    """The bucket of feature `kind` over the string hash `h`."""
    x = (h ^ ((kind * 0x9E3779B97F4A7C15) & MASK64)) & MASK64
    x = (x * 0xFF51AFD7ED558CCD) & MASK64
    x ^= x >> 33
    return x & ((1 << BITS) - 1)


def lower(word: str) -> str:
    return "".join(c.lower() for c in word)


def shape(word: str) -> str:
    """Capitals X, small letters x, ASCII digits d, other characters as they are; runs of one
    class collapsed, at most 5 classes ("Xx", "X.X.", "dd,d" → "d,d")."""
    out = []
    for c in word:
        if "0" <= c <= "9":
            k = "d"
        elif c.isupper():
            k = "X"
        elif c.islower():
            k = "x"
        elif c.isalpha():
            k = "a"
        elif c.isascii():
            k = c
        else:
            k = "o"
        if not out or out[-1] != k:
            out.append(k)
            if len(out) == 5:
                break
    return "".join(out)


def line_case(words) -> int:
    """How the sentence is cased: 1 when its letters are all capitals (at least two words with
    letters), 2 when most of its longer words are capitalised (a title-case heading), else 0."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    if len(lettered) >= 2 and not any(c.islower() for w in lettered for c in w):
        return 1
    long = [w for w in lettered if sum(c.isalpha() for c in w) >= 4]
    capital = sum(1 for w in long if w[0].isupper())
    if len(long) >= 3 and capital * 10 >= len(long) * 8:
        return 2
    return 0


def hashes(word: str):
    low = lower(word)
    chars = list(low)
    h = fnv(low.encode())
    p2 = fnv("".join(chars[:2]).encode())
    p3 = fnv("".join(chars[:3]).encode())
    s2 = fnv("".join(chars[-2:]).encode())
    s3 = fnv("".join(chars[-3:]).encode())
    sh = fnv(shape(word).encode())
    return h, p2, p3, s2, s3, sh


def cue_hash(word: str) -> int:
    """The key of a word in the cue map: its lowercased form without full stops, hashed."""
    return fnv(lower(word).replace(".", "").encode())


def records(text: str):
    """The data lines of a gazetteer list (`gazetteer/mod.rs`'s `records`): trimmed, blank lines
    and `#` comments skipped, split at `|` into trimmed names."""
    for line in text.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield [n.strip() for n in line.split("|")]


def read_cues(gazetteer_dir, lexicon_dir):
    """{cue_hash(word): flags} from the engine's lists, as `entities/tagger/cues.rs` builds it: every name
    of places.txt and regions.txt (one word: PLACE_ONE; the last word of a longer name, when
    capitalised: PLACE_LAST), orgs.txt the same (ORG_ONE, ORG_LAST), the first name of each demonyms.txt line
    (each word: DEMONYM), the one-word entries of roles.txt (ROLE), and the entity lexicons
    company-suffixes.txt (COMPANY) and honorifics.txt (HONORIFIC). Returns (cues, files read)."""
    import os
    cues = {}
    files = []

    def read(path):
        files.append(path)
        with open(path, encoding="utf-8") as fh:
            return fh.read()

    def add(word, flag):
        if lower(word).replace(".", ""):
            k = cue_hash(word)
            cues[k] = cues.get(k, 0) | flag

    def names(path, one, last):
        # Only the head of a longer name: its first words are often given names ("San Jose",
        # "Port Elizabeth") or everyday words ("New", "The").
        for rec in records(read(path)):
            for name in rec:
                ws = name.split()
                if len(ws) == 1:
                    add(ws[0], one)
                elif len(ws) > 1 and ws[-1][:1].isupper():
                    add(ws[-1], last)

    names(os.path.join(gazetteer_dir, "places.txt"), PLACE_ONE, PLACE_LAST)
    names(os.path.join(gazetteer_dir, "regions.txt"), PLACE_ONE, PLACE_LAST)
    names(os.path.join(gazetteer_dir, "orgs.txt"), ORG_ONE, ORG_LAST)
    for rec in records(read(os.path.join(gazetteer_dir, "demonyms.txt"))):
        for w in rec[0].split():
            add(w, DEMONYM)
    for rec in records(read(os.path.join(gazetteer_dir, "roles.txt"))):
        for name in rec:
            ws = name.split()
            if len(ws) == 1:
                add(ws[0], ROLE)
    for name, flag in (("company-suffixes.txt", COMPANY), ("honorifics.txt", HONORIFIC)):
        # The lexicon format (`lexicon/mod.rs`): one entry a line, trimmed, `#` comments.
        for line in read(os.path.join(lexicon_dir, name)).split("\n"):
            line = line.strip()
            if line and not line.startswith("#") and len(line.split()) == 1:
                add(line, flag)
    return cues, files


_DEFAULT_CUES = None


def default_cues():
    """The cue map of the engine's lists in this checkout."""
    global _DEFAULT_CUES
    if _DEFAULT_CUES is None:
        import os
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "engine")
        _DEFAULT_CUES = read_cues(os.path.join(root, "gazetteer"),
                                  os.path.join(root, "lexicon", "entities"))[0]
    return _DEFAULT_CUES


def featurise(words, cues=None):
    """The buckets of every token of one sentence (a list of lists, duplicates kept). `cues`:
    the cue map (`read_cues`; None: the engine's lists, {}: no cue features)."""
    if cues is None:
        cues = default_cues()
    hs = [hashes(w) for w in words]
    flags = [cues.get(cue_hash(w), 0) for w in words] if cues else [0] * len(words)
    lc = line_case(words)
    n = len(words)

    def word_at(i):
        if i < 0:
            return BEFORE
        if i >= n:
            return AFTER
        return hs[i][0]

    def shape_at(i):
        if i < 0:
            return BEFORE
        if i >= n:
            return AFTER
        return hs[i][5]

    out = []
    for i in range(n):
        h, p2, p3, s2, s3, sh = hs[i]
        out.append([
            mix(0, BIAS),
            mix(h, WORD),
            mix(p2, P2),
            mix(p3, P3),
            mix(s2, S2),
            mix(s3, S3),
            mix(sh, SHAPE),
            mix(word_at(i - 1), WORD_M1),
            mix(word_at(i + 1), WORD_P1),
            mix(word_at(i - 2), WORD_M2),
            mix(word_at(i + 2), WORD_P2),
            mix(shape_at(i - 1), SHAPE_M1),
            mix(shape_at(i + 1), SHAPE_P1),
            mix(lc, LINE_CASE),
            mix(sh ^ lc, LINE_SHAPE),
            mix(sh ^ (1 if i == 0 else 0), INITIAL_SHAPE),
            mix(word_at(i - 1) ^ sh, WORD_M1_SHAPE),
        ])
        # Cue features only where a word has cues (most words have none).
        f = flags[i]
        if f:
            out[-1] += [mix(f, CUE), mix(sh ^ f, CUE_SHAPE)]
        if i > 0 and flags[i - 1]:
            out[-1].append(mix(flags[i - 1], CUE_M1))
        if i + 1 < n and flags[i + 1]:
            out[-1].append(mix(flags[i + 1], CUE_P1))
    return out


def viterbi(feats, state, trans, n_labels):
    """Best label sequence under integer weights: `state[bucket]` a list of n_labels ints,
    `trans[i][j]` the weight of label j after label i. Ties go to the lower label number."""
    if not feats:
        return []
    zero = [0] * n_labels
    emit = []
    for fs in feats:
        e = [0] * n_labels
        for f in fs:
            row = state.get(f, zero)
            for k in range(n_labels):
                e[k] += row[k]
        emit.append(e)
    score = emit[0][:]
    back = []
    for t in range(1, len(feats)):
        new = [0] * n_labels
        bp = [0] * n_labels
        for j in range(n_labels):
            best, arg = None, 0
            for i in range(n_labels):
                s = score[i] + trans[i][j]
                if best is None or s > best:
                    best, arg = s, i
            new[j] = best + emit[t][j]
            bp[j] = arg
        score = new
        back.append(bp)
    last = max(range(n_labels), key=lambda k: (score[k], -k))
    path = [last]
    for bp in reversed(back):
        path.append(bp[path[-1]])
    return path[::-1]


def read_model(blob: bytes):
    """The integer model of a weights file (`train.py`'s `export`): ({bucket: row}, transitions)."""
    import struct
    if blob[:4] != b"LNER" or blob[4] != 2:
        raise ValueError("not LNER version 2 weights")
    n = blob[5]
    rows = struct.unpack_from("<I", blob, 12)[0]
    off = 16
    trans = [[struct.unpack_from("<h", blob, off + 2 * (i * n + j))[0] for j in range(n)]
             for i in range(n)]
    off += 2 * n * n
    buckets, at = [], 0
    for _ in range(rows):
        v = shift = 0
        while True:
            b = blob[off]
            off += 1
            v |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        at += v
        buckets.append(at)
    masks = struct.unpack_from(f"<{rows}H", blob, off)
    off += 2 * rows
    state = {}
    for bucket, mask in zip(buckets, masks):
        row = [0] * n
        for k in range(n):
            if mask >> k & 1:
                row[k] = struct.unpack_from("<b", blob, off)[0]
                off += 1
        state[bucket] = row
    return state, trans
