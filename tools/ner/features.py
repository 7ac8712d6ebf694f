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


def featurise(words):
    """The buckets of every token of one sentence (a list of lists, duplicates kept)."""
    hs = [hashes(w) for w in words]
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
    if blob[:4] != b"LNER" or blob[4] != 1:
        raise ValueError("not LNER version 1 weights")
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
