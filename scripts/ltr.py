#!/usr/bin/env python3
"""A learned re-ranker over the engine's leading candidates, trained and read leave-one-library-out.

Usage: scripts/ltr.py DIR [--depth 10] [--keep-first] [--features a,b,...] [--min-gain 0.0005 | --pairwise L2]
                        [--with-other-sets] [--all] [--gate-coverage G] [--gate-focus G]
       scripts/ltr.py DIR --pick "COVERAGE_GATE:FOCUS_GATE:feature,feature;..." [--min-gain 0.0002]

DIR holds `FEATURES=1 scripts/eval-all.sh DIR`'s output: SET.json and SET.jsonl per open set (the jsonl: each question's
leading candidates as the ranking saw them, `eval --features`). The grades come from tests/eval/SET.tsv (run from the
repository root).

The model re-orders a question's first --depth candidates by log(engine score / first's score) + sum of w_i x feature_i,
so all weights 0 is the engine's own order; a candidate a request for an offer put first (pinned) stays first, and with
--keep-first so does the engine's first. The weights are fitted by coordinate ascent (Metzler & Croft 2007) on the
pooled nDCG@5 of the training questions, one weight at a time over a grid, a step taken only when it gains more than
--min-gain (the regulariser: few weights move, and only for a clear gain). --pairwise L2 fits a pairwise logistic model
instead (fit_pairwise), L2 its regularisation.

Leave one library out over the thirty-two open blind libraries: for each, fit on the other thirty-one's own sets (with
--with-other-sets also every other set on those libraries and on knowledge/, never a set on the library left out),
read nDCG@5 and MRR on the library's own set. Prints the held-out folds against the engine, pooled over their answerable
rows, then (with --all) the weights fitted on all thirty-two and every open set's nDCG@5 under them against the engine.

--gate-coverage / --gate-focus: only a question whose engine first covers (or is about) less than the gate is re-ordered,
the others keep the engine's order (h/weakfirst). --pick is the honest procedure over several variants (gates and feature
sets; a gate or the features left empty: none, no re-ordering): each fold fits every variant on its training libraries and
reads the one whose weights fit those best on the library left out. memory_share needs a dump made with MEMORY_EACH.
"""
import json
import math
import os
import sys

BLIND = ["other", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
         "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
         "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
         "twenty-eighth", "twenty-ninth",
         "thirtieth", "thirty-first", "thirty-second", "thirty-third"]
# The other open sets and the library they run on (scripts/eval-all.sh): never trained on when that library is left out.
LIBRARY_OF = {"other2": "other", "other3": "other", "other4": "other", "other5": "other", "other-long-none": "other",
              "context": "fourth", "none-guard": "third", "fact-guard": "seventh", "judge-guard": "ninth",
              "judge-guard2": "eleventh"}
KNOWLEDGE_SETS = ["queries", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "long-none", "everyday"]
EVAL = "tests/eval"
GRID = [-2.0, -1.5, -1.0, -0.7, -0.5, -0.35, -0.25, -0.15, -0.1, -0.05, -0.03, -0.02, -0.01, 0.0,
        0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.7, 1.0, 1.5, 2.0]


def grades(set_name):
    """Per row of the set, its graded relevant ids and its kind (the note's first word, for the report only)."""
    rows = []
    with open(os.path.join(EVAL, set_name + ".tsv"), encoding="utf-8") as f:
        for line in f.read().split("\n")[1:]:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            rel = {}
            if cols[1].strip().upper() != "NONE":
                for item in cols[1].split(","):
                    item = item.strip()
                    if not item:
                        continue
                    doc, _, g = item.rpartition(":")
                    if not doc or not g.isdigit():
                        doc, g = item, "1"
                    rel[doc] = max(int(g), rel.get(doc, 0))
            note = cols[2].strip() if len(cols) > 2 else ""
            kind = note.replace(":", " ").replace(",", " ").replace(";", " ").replace("-", " ").split()
            rows.append((rel, kind[0].lower() if kind else "plain"))
    return rows


def feature_table(cands, question):
    """Per candidate, the named features; the engine's own score first (the offset every model adds to)."""
    top = max(c["score"] for c in cands) or 1.0
    bm_top = max(c["bm25"] for c in cands) or 1.0
    long_q = 1.0 if question["long"] else 0.0
    rows = []
    for c in cands:
        section = c["section_share"]
        phrase = c["phrase_share"]
        example = 1.0 if c["kind"] in ("case", "workshop") else 0.0
        rows.append({
            "base": math.log(max(c["score"], 1e-6) / top),
            "bm25": math.log(max(c["bm25"], 1e-6) / bm_top),
            "coverage": math.log(max(c["coverage"], 0.05)),
            "groups": c["group_share"],
            "focus": c["focus"],
            "section": math.log((0.15 + section) / 1.15) if section >= 0 else 0.0,
            "phrase": phrase if phrase > 0 else 0.0,
            "related": 1.0 if c["related"] else 0.0,
            "example": example,
            "length": math.log(1 + c["body_words"]) - 5.0,
            "rank": 1.0 / (1 + c["rank"]),
            "long_coverage": long_q * math.log(max(c["coverage"], 0.05)),
            "long_focus": long_q * c["focus"],
            "words_focus": min(question["groups"], 12) / 12.0 * c["focus"],
            "example_focus": example * c["focus"],
            "memory": c.get("memory_share", 0.0),
            "example_memory": example * c.get("memory_share", 0.0),
            "groups_gap": c["group_share"] - cands[0]["group_share"],
            "memory_gap": c.get("memory_share", 0.0) - cands[0].get("memory_share", 0.0),
            "tip_memory": (1.0 - example) * c.get("memory_share", 0.0),
        })
    return rows


ALL_FEATURES = ["bm25", "coverage", "groups", "focus", "section", "phrase", "related", "example", "length", "rank",
                "long_coverage", "long_focus", "words_focus", "example_focus"]
# The gate (--gate-coverage, --gate-focus): only a question whose engine first covers (or is about) less than the gate of it
# is re-ordered; every other question keeps the engine's order. Set by main before loading.
GATE = {"coverage": None, "focus": None}


class Question:
    __slots__ = ("set", "kind", "rel", "results", "cands", "feats", "pinned", "ideal", "answerable", "first_coverage", "first_focus", "gated")

    def __init__(self, set_name, rel, kind, row, depth):
        self.set = set_name
        self.kind = kind
        self.rel = rel
        self.answerable = bool(rel)
        self.results = row["results"]
        cands = row["candidates"][:depth]
        self.cands = [c["id"] for c in cands]
        self.feats = feature_table(cands, row) if cands else []
        self.pinned = [c["pinned"] for c in cands]
        self.first_coverage = cands[0]["coverage"] if cands else 1.0
        self.first_focus = cands[0]["focus"] if cands else 1.0
        self.gated = False
        self.set_gate(GATE["coverage"], GATE["focus"])
        gains = sorted(((2 ** g - 1) for g in rel.values()), reverse=True)[:5]
        self.ideal = sum(g / math.log2(i + 2) for i, g in enumerate(gains))

    def set_gate(self, coverage, focus):
        """Whether this question is re-ordered: no gate, or its engine first under either gate given."""
        if coverage is None and focus is None:
            self.gated = True
        else:
            self.gated = (coverage is not None and self.first_coverage < coverage) or (focus is not None and self.first_focus < focus)

    def order(self, weights, keep_first):
        if not self.gated:
            weights = {}
        n = len(self.cands)
        fixed = [i for i in range(n) if self.pinned[i] or (keep_first and i == 0)]
        free = [i for i in range(n) if i not in fixed]
        score = {}
        for i in free:
            f = self.feats[i]
            s = f["base"]
            for name, w in weights.items():
                if w:
                    s += w * f[name]
            score[i] = s
        free.sort(key=lambda i: (-score[i], i))
        head = [self.cands[i] for i in sorted(fixed)] + [self.cands[i] for i in free]
        rest = [d for d in self.results if d not in head]
        return head + rest

    def ndcg(self, ranked):
        if self.ideal == 0:
            return 0.0
        dcg = sum((2 ** self.rel[d] - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:5]) if d in self.rel)
        return dcg / self.ideal

    def rr(self, ranked):
        for i, d in enumerate(ranked[:10]):
            if d in self.rel:
                return 1.0 / (i + 1)
        return 0.0


def load(folder, depth):
    sets = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jsonl"):
            continue
        s = name[:-6]
        rels = grades(s)
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        if len(rows) != len(rels):
            sys.exit(f"{s}: {len(rows)} dumped rows against {len(rels)} graded")
        sets[s] = [Question(s, r, kind, row, depth) for (r, kind), row in zip(rels, rows)]
    return sets


def mean_ndcg(questions, weights, keep_first):
    rows = [q for q in questions if q.answerable]
    return sum(q.ndcg(q.order(weights, keep_first)) for q in rows) / len(rows) if rows else float("nan")


def mean_rr(questions, weights, keep_first):
    rows = [q for q in questions if q.answerable]
    return sum(q.rr(q.order(weights, keep_first)) for q in rows) / len(rows) if rows else float("nan")


def fit(questions, features, keep_first, min_gain, passes=3):
    # Only questions with a graded candidate among those re-ordered can change. Each is held as its candidates' scores
    # under the current weights and each feature's column, so a trial value of one weight is one pass over the candidates.
    live = []
    for q in questions:
        if not (q.answerable and q.gated and any(c in q.rel for c in q.cands)):
            continue
        n = len(q.cands)
        fixed = [i for i in range(n) if q.pinned[i] or (keep_first and i == 0)]
        free = [i for i in range(n) if i not in fixed]
        gains = [(2 ** q.rel[c] - 1) if c in q.rel else 0 for c in q.cands]
        # DCG of the fixed head, and the discounts left for the free candidates (places after the head, top five only).
        head = sum(gains[i] / math.log2(k + 2) for k, i in enumerate(sorted(fixed)) if k < 5)
        discounts = [1 / math.log2(k + 2) for k in range(len(fixed), 5)]
        live.append((q, free, [q.feats[i]["base"] for i in free], {f: [q.feats[i][f] for i in free] for f in features},
                     [gains[i] for i in free], head, discounts, q.ideal))
    total = sum(1 for q in questions if q.answerable)
    weights = {f: 0.0 for f in features}
    current = [list(base) for (_, _, base, _, _, _, _, _) in live]

    def objective(feature, delta):
        value = 0.0
        for k, (_, free, _, columns, gains, head, discounts, ideal) in enumerate(live):
            scores = current[k]
            if delta:
                column = columns[feature]
                order = sorted(range(len(free)), key=lambda i: (-(scores[i] + delta * column[i]), i))
            else:
                order = sorted(range(len(free)), key=lambda i: (-scores[i], i))
            dcg = head
            for d, i in zip(discounts, order):
                dcg += gains[i] * d
            value += dcg / ideal
        return value / total

    best = objective(features[0], 0.0)
    for _ in range(passes):
        moved = False
        for f in features:
            now = weights[f]
            pick, pick_value = now, best
            for value in GRID:
                if value == now:
                    continue
                v = objective(f, value - now)
                # A weight moves only for a clear gain; among exact ties the smaller weight.
                if v > pick_value + min_gain or (abs(v - pick_value) <= 1e-12 and abs(value) < abs(pick)):
                    pick, pick_value = value, v
            if pick != now:
                for k, (_, _, _, columns, _, _, _, _) in enumerate(live):
                    column = columns[f]
                    current[k] = [s + (pick - now) * column[i] for i, s in enumerate(current[k])]
                weights[f] = pick
                best = pick_value
                moved = True
        if not moved:
            break
    return weights, best


def fit_pairwise(questions, features, keep_first, l2, steps=150):
    """A pairwise logistic model: for each pair of re-ordered candidates of unequal grade, the better one should score
    higher; each pair weighs its gain difference times the difference of its places' discounts in the engine's order
    (mistakes at the top count most), L2-regularised on standardised features. Returns raw-feature weights."""
    pairs = []
    rows = []
    for q in questions:
        if not q.answerable:
            continue
        n = len(q.cands)
        free = [i for i in range(n) if not (q.pinned[i] or (keep_first and i == 0))]
        for a in free:
            rows.append([q.feats[a][f] for f in features])
        for a in free:
            for b in free:
                ga, gb = q.rel.get(q.cands[a], 0), q.rel.get(q.cands[b], 0)
                if ga <= gb:
                    continue
                weight = (2 ** ga - 2 ** gb) * abs(1 / math.log2(a + 2) - 1 / math.log2(b + 2))
                pairs.append((weight, q.feats[a]["base"] - q.feats[b]["base"], [q.feats[a][f] - q.feats[b][f] for f in features]))
    k = len(features)
    mean = [sum(r[j] for r in rows) / len(rows) for j in range(k)]
    std = [math.sqrt(sum((r[j] - mean[j]) ** 2 for r in rows) / len(rows)) or 1.0 for j in range(k)]
    pairs = [(w, base, [d[j] / std[j] for j in range(k)]) for w, base, d in pairs]
    total = sum(w for w, _, _ in pairs)
    w = [0.0] * k
    rate = 0.5 / (1 + l2)  # stable for the logistic loss's curvature (at most 1/4 per unit feature) plus l2
    for _ in range(steps):
        grad = [l2 * w[j] for j in range(k)]
        for weight, base, d in pairs:
            margin = base + sum(w[j] * d[j] for j in range(k))
            g = -weight / (1 + math.exp(min(margin, 50))) / total
            for j in range(k):
                grad[j] += g * d[j]
        w = [w[j] - rate * grad[j] for j in range(k)]
    return {f: w[j] / std[j] for j, f in enumerate(features)}, None


def training_sets(sets, left_out, with_other_sets):
    names = [b for b in BLIND if b != left_out and b in sets]
    if with_other_sets:
        names += [s for s, lib in LIBRARY_OF.items() if lib != left_out and s in sets]
        names += [s for s in KNOWLEDGE_SETS if s in sets]
    return [q for n in names for q in sets[n]]


def main(argv):
    args = list(argv)

    def option(name, default):
        if name in args:
            i = args.index(name)
            value = args[i + 1]
            del args[i:i + 2]
            return value
        return default

    def flag(name):
        if name in args:
            args.remove(name)
            return True
        return False

    depth = int(option("--depth", "10"))
    gate_coverage = option("--gate-coverage", None)
    gate_focus = option("--gate-focus", None)
    GATE["coverage"] = float(gate_coverage) if gate_coverage else None
    GATE["focus"] = float(gate_focus) if gate_focus else None
    pick = option("--pick", None)
    features = option("--features", ",".join(ALL_FEATURES)).split(",")
    min_gain = float(option("--min-gain", "0.0005"))
    keep_first = flag("--keep-first")
    with_other_sets = flag("--with-other-sets")
    read_all = flag("--all")
    pairwise = option("--pairwise", None)
    if pairwise is not None:
        l2 = float(pairwise)
        fit_model = lambda qs: fit_pairwise(qs, features, keep_first, l2)
    else:
        fit_model = lambda qs: fit(qs, features, keep_first, min_gain)
    if len(args) != 1:
        sys.exit(__doc__)
    sets = load(args[0], depth)
    for s, questions in sets.items():
        with open(os.path.join(args[0], s + ".json"), encoding="utf-8") as f:
            engine = json.load(f)["metrics"]["ndcg5"]
        mine = mean_ndcg(questions, {}, keep_first=False)
        if engine is not None and abs(mine - engine) > 0.00006:
            sys.exit(f"{s}: the dump's own order reads nDCG@5 {mine:.4f}, eval {engine:.4f}")

    if pick is not None:
        return honest(sets, pick, keep_first, min_gain, with_other_sets)
    model = f"pairwise logistic, l2 {pairwise}" if pairwise is not None else f"coordinate ascent, min gain {min_gain}"
    print(f"{model}, depth {depth}, keep first {keep_first}, other sets {with_other_sets}, features {','.join(features)}, "
          f"gate coverage {GATE['coverage']}, focus {GATE['focus']}")
    before = after = rr_before = rr_after = count = 0
    up = down = 0
    kinds = {}
    for lib in BLIND:
        weights, _ = fit_model(training_sets(sets, lib, with_other_sets))
        held = sets[lib]
        n = sum(1 for q in held if q.answerable)
        b, a = mean_ndcg(held, {}, keep_first), mean_ndcg(held, weights, keep_first)
        rb, ra = mean_rr(held, {}, keep_first), mean_rr(held, weights, keep_first)
        before, after, rr_before, rr_after, count = before + b * n, after + a * n, rr_before + rb * n, rr_after + ra * n, count + n
        for q in held:
            if q.answerable:
                k = kinds.setdefault(q.kind, [0, 0.0, 0.0])
                k[0] += 1
                k[1] += q.ndcg(q.order({}, keep_first))
                k[2] += q.ndcg(q.order(weights, keep_first))
        up += a > b + 1e-9
        down += a < b - 1e-9
        moved = ", ".join(f"{k} {v:+.3g}" for k, v in weights.items() if v)
        print(f"  {lib:11} nDCG@5 {b:.4f} -> {a:.4f} ({a - b:+.4f})  MRR {rb:.4f} -> {ra:.4f}  [{moved or 'no weight moved'}]")
    print(f"held-out folds pooled ({count} answerable rows): nDCG@5 {before / count:.4f} -> {after / count:.4f}, "
          f"MRR {rr_before / count:.4f} -> {rr_after / count:.4f}; folds up {up}, down {down}")
    print("  per kind (held out): " + ", ".join(f"{k} {b / n:.3f} -> {a / n:.3f}" for k, (n, b, a) in sorted(kinds.items()) if n >= 20))

    if read_all:
        weights, _ = fit_model(training_sets(sets, None, with_other_sets))
        print("fitted on all thirty-two: " + (", ".join(f"{k} {v:+.3g}" for k, v in weights.items() if v) or "no weight moved"))
        for s, questions in sets.items():
            b, a = mean_ndcg(questions, {}, keep_first), mean_ndcg(questions, weights, keep_first)
            if not math.isnan(b) and abs(a - b) >= 0.00005:
                print(f"  {s:16} {b:.4f} -> {a:.4f} ({a - b:+.4f})")


def parse_spec(spec):
    """COVERAGE_GATE:FOCUS_GATE:feature,feature (a gate left empty: none)."""
    cov, foc, feats = spec.split(":")
    return (float(cov) if cov else None, float(foc) if foc else None, [f for f in feats.split(",") if f])


def set_gates(sets, coverage, focus):
    for questions in sets.values():
        for q in questions:
            q.set_gate(coverage, focus)


def honest(sets, pick, keep_first, min_gain, with_other_sets):
    """The honest procedure: in each fold every variant (--pick "SPEC;SPEC;...") is fitted on the training libraries and the
    one whose fitted weights read the best pooled nDCG@5 on those training rows is read on the library left out."""
    specs = [parse_spec(x) for x in pick.split(";") if x.strip()]
    print(f"honest pick among {len(specs)} variants (coordinate ascent, min gain {min_gain}, other sets {with_other_sets})")
    before = after = count = 0
    picks = {}
    for lib in BLIND:
        best = None
        for k, (cov, foc, feats) in enumerate(specs):
            set_gates(sets, cov, foc)
            training = training_sets(sets, lib, with_other_sets)
            weights = fit(training, feats, keep_first, min_gain)[0] if feats else {}
            value = mean_ndcg(training, weights, keep_first)
            if best is None or value > best[0] + 1e-12:
                best = (value, k, weights)
        _, k, weights = best
        cov, foc, _ = specs[k]
        set_gates(sets, cov, foc)
        held = sets[lib]
        n = sum(1 for q in held if q.answerable)
        b, a = mean_ndcg(held, {}, keep_first), mean_ndcg(held, weights, keep_first)
        before, after, count = before + b * n, after + a * n, count + n
        picks[k] = picks.get(k, 0) + 1
        moved = ", ".join(f"{f} {v:+.3g}" for f, v in weights.items() if v)
        print(f"  {lib:14} picks {k} (gate {cov}/{foc})  {b:.4f} -> {a:.4f} ({a - b:+.4f})  [{moved or 'no weight moved'}]")
    print(f"honest held out ({count} rows): nDCG@5 {before / count:.4f} -> {after / count:.4f} ({(after - before) / count:+.4f}); "
          f"picks {picks}")


if __name__ == "__main__":
    main(sys.argv[1:])
