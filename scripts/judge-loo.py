#!/usr/bin/env python3
"""Leave one library out for the answered judge: the hand judge against learned ones, from the judge's trace.

Usage: scripts/judge-loo.py DUMP_DIR [--variants a,b,...] [--rows] [--pick] [--fit POINT]

DUMP_DIR: `FEATURES=1 scripts/eval-all.sh DUMP_DIR` (SET.json and SET.jsonl per open set; the jsonl's "judge" is the
engine's JudgeTrace: what AnswerJudge.IsAnswered read for the judged candidate and the candidates the second reading may
take, the hard forms, the pins). Truth is the set's .tsv (a row is answerable unless its relevant column is NONE); neither a
set's note nor the question's text is read as a feature. A judge here is a test of one candidate; the row's flag is then
decided as the engine decides it: a coach pin answers, a hard form (shop, own matter yes/no, own family, fault report)
refuses, the judged candidate answers when the judge and the question form (FactQuestion) accept it, else the second
reading's candidates in order (not after a pin).

Folds: the thirty-two open blind libraries. A fold trains on every set whose library is not the one left out (the blind
libraries' own sets, the guard sets, the other-library sets and the knowledge/ sets) and reads the left-out library's own
set. Operating points are picked on the training rows only:
  faNN    the highest training abstain_correct with training false_abstain <= 0.NN (fa06: 0.06),
  fahand  the highest training abstain_correct with training false_abstain no higher than the hand judge's on those rows,
  achand  the lowest training false_abstain with training abstain_correct no lower than the hand judge's on those rows,
  cost    the fewest refused answerable rows + 2 x answered NONE rows (the trade rule's rate),
  costg   cost, keeping every guard set among the training rows (GUARD_SETS) at abstain_correct >= 0.85.
Printed per variant: per fold and pooled, NONE refused (abstain_correct) and answerable refused (false_abstain) of the
variant against the hand judge on the same rows (--rows: each row whose flag moved). With --pick, the choice among the
variants named is made in each fold as well (the one that reads best on the training rows by costg) and read on the library
left out: the honest figure of the whole procedure. With --fit POINT (e.g. costg), the hand judge's thresholds chosen on all
rows at that operating point (the refit of RankingOptions' judge limits).
"""
import json
import math
import os
import sys

BLIND = ["other", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
         "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
         "twenty-eighth", "twenty-ninth",
         "thirtieth", "thirty-first", "thirty-second", "thirty-third"]
GUARDS = {"context": "fourth", "none-guard": "third", "fact-guard": "seventh", "judge-guard": "ninth", "judge-guard2": "eleventh"}
EVAL = "tests/eval"


def library_of(name):
    if name in GUARDS:
        return GUARDS[name]
    if name.startswith("other"):
        return "other"
    if name in BLIND:
        return name
    return "knowledge"


def load(folder):
    rows = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jsonl"):
            continue
        s = name[:-6]
        with open(os.path.join(EVAL, s + ".tsv"), encoding="utf-8") as f:
            truth = [r[1] != "NONE" for r in (line.rstrip("\n").split("\t") for line in list(f)[1:]) if len(r) >= 2]
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            dumped = [json.loads(line) for line in f]
        with open(os.path.join(folder, s + ".json"), encoding="utf-8") as f:
            flags = [q["answered"] for q in json.load(f)["queries"]]
        assert len(truth) == len(dumped) == len(flags), s
        for answerable, d, flag in zip(truth, dumped, flags):
            assert d["answered"] == flag, (s, d["query"])
            rows.append({"set": s, "lib": library_of(s), "answerable": answerable, "answered": flag, "judge": d["judge"]})
    return rows


def decide(row, accept):
    """The row's answered flag when `accept(judge, candidate)` is the judge's test of one candidate (the engine's order)."""
    j = row["judge"]
    if j is None:
        return False
    if j["CoachPinned"]:
        return True
    if j["Veto"]:
        return False
    first = j["Candidates"][0]
    if accept(j, first):
        return first["Form"]
    if j["OfferPinned"]:
        return False
    return any(accept(j, c) and c["Form"] for c in j["Candidates"][1:])


def hand(j, c):
    return c["Hand"]


def counts(rows, flags):
    none = sum(1 for r in rows if not r["answerable"])
    ans = len(rows) - none
    none_refused = sum(1 for r, f in zip(rows, flags) if not r["answerable"] and not f)
    ans_refused = sum(1 for r, f in zip(rows, flags) if r["answerable"] and not f)
    return none_refused, none, ans_refused, ans


def rates(c):
    none_refused, none, ans_refused, ans = c
    return (none_refused / none if none else 1.0), (ans_refused / ans if ans else 0.0)


# ---- the hand judge with its thresholds as parameters (AnswerJudge.IsAnswered, read from the trace) ----

DEFAULTS = {"MinCoverage": 0.2, "MinFirstPersonCoverage": 0.3, "MinFocus": 0.2, "MinScorePerWeight": 0.8, "MinYesNoAdviceCoverage": 0.3,
            "MinImpersonalAdviceCoverage": 0.25, "MinFirstPersonPluralCoverage": 0.35, "MinPublicSituationCoverage": 0.3, "MinLongCoverage": 0.25, "MinLongTopicalWords": 0.8,
            "MinDescriptionCoverage": 0.7, "MinAskingPartCoverage": 0.5,
            "MinHowToActCoverage": 0.2, "MaxHowToActUnknownShare": 0.5}
MAX_NAME_QUESTION_WORDS = 4
GRID = {"MinCoverage": [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4], "MinFirstPersonCoverage": [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
        "MinFocus": [0.1, 0.15, 0.2, 0.25, 0.3, 0.35], "MinScorePerWeight": [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2],
        "MinYesNoAdviceCoverage": [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6], "MinImpersonalAdviceCoverage": [0.15, 0.2, 0.25, 0.3, 0.35, 0.4],
        "MinFirstPersonPluralCoverage": [0.3, 0.35, 0.4, 0.45, 0.5, 0.6],
        "MinPublicSituationCoverage": [0.2, 0.25, 0.3, 0.35, 0.4, 0.5], "MinLongCoverage": [0.15, 0.2, 0.25, 0.3, 0.35, 0.4],
        "MinLongTopicalWords": [0.5, 0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.5], "MinDescriptionCoverage": [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9]}


def meets_only_in_names(g, c):
    """AnswerJudge.MeetsOnlyInNames from the trace's words: a short question whose every word the candidate holds is a name in it,
    while it lacks another word, is not answered by the first rule (MaxNameQuestionWords 4)."""
    words = c.get("Words") or []
    if g > MAX_NAME_QUESTION_WORDS or len(words) != g:
        return False
    held = [x for x in words if x["Held"]]
    return 0 < len(held) < g and all(x["Name"] for x in held)


def hand_with(t):
    def accept(j, c):
        g, w, cov, foc = j["Groups"], j["Weight"], c["Coverage"], c["Focus"]
        if g == 0 or j["Veto"]:
            return False
        fp = j["FirstPerson"]
        if cov >= (t["MinFirstPersonCoverage"] if fp else t["MinCoverage"]) and foc >= t["MinFocus"] and c["Bm25"] >= t["MinScorePerWeight"] * w \
                and not meets_only_in_names(g, c):
            return True
        if g >= 3 and cov >= t["MinYesNoAdviceCoverage"] and j["YesNoAdvice"]:
            return True
        if g >= 3 and cov >= t["MinImpersonalAdviceCoverage"] and j["Impersonal"]:
            return True
        if g >= 3 and cov >= t["MinFirstPersonPluralCoverage"] and j["Plural"]:
            return True
        if 3 <= g < 10 and not fp and cov >= t["MinPublicSituationCoverage"] and j["Public"]:
            return True
        rare = cov >= t["MinLongCoverage"] and foc * w >= t["MinLongTopicalWords"] * j["RarestWeight"]
        if g >= 10:
            # A long question's asking part (QuestionPart): the trace's -1 when it has none.
            # ... and one that asks how to act (HowToAct), at its own share, when the library knows most of its words.
            return rare or (not fp and c["PartCoverage"] >= t["MinAskingPartCoverage"]
                            and c["PartTopicalWeight"] >= t["MinLongTopicalWords"] * j["RarestWeight"]) \
                or (j["HowToAct"] and cov >= t["MinHowToActCoverage"] and foc * w >= t["MinLongTopicalWords"] * j["RarestWeight"]
                    and j["UnknownWeight"] <= t["MaxHowToActUnknownShare"] * w)
        if g >= 8 and rare:
            return True
        if g >= 3 and rare and not fp and j["Plural"]:
            return True
        allowed = 1 if g >= 5 else 0
        if fp:
            return g >= 4 and cov >= t["MinFirstPersonPluralCoverage"] and c["UnknownWords"] <= allowed
        return g >= 3 and cov >= t["MinDescriptionCoverage"] * (3 / max(g, 3)) ** 0.45 and c["UnknownWords"] <= allowed
    return accept


# ---- features of one candidate for a learned judge: relative to the question and the library ----

FEATURES = ["coverage", "focus", "strength", "log_groups", "rare_words", "topical_rare", "unknown_words", "unknown_share", "group_share",
            "first_person", "plural", "yes_no", "impersonal", "long", "runner_up_coverage", "runner_up_share", "cov_fp", "cov_long"]


def features(j, c):
    w = max(j["Weight"], 1e-9)
    rare = j["RarestWeight"]
    fp = 1.0 if j["FirstPerson"] else 0.0
    lng = 1.0 if j["Groups"] >= 10 else 0.0
    return {"coverage": c["Coverage"], "focus": c["Focus"], "strength": min(c["Bm25"] / w, 5.0), "log_groups": math.log(j["Groups"]),
            "rare_words": math.log1p(w / rare), "topical_rare": math.log1p(c["Focus"] * w / rare), "unknown_words": min(c["UnknownWords"], 3),
            "unknown_share": j["UnknownWeight"] / w, "group_share": c["GroupShare"], "first_person": fp, "plural": float(j["Plural"]),
            "yes_no": float(j["YesNoAdvice"]), "impersonal": float(j["Impersonal"]), "long": lng,
            "runner_up_coverage": j["RunnerUpCoverage"], "runner_up_share": min(j["RunnerUpMatchShare"], 2.0),
            "cov_fp": c["Coverage"] * fp, "cov_long": c["Coverage"] * lng, "hand": float(c["Hand"])}


def free(row):
    j = row["judge"]
    return j is not None and not j["CoachPinned"] and not j["Veto"]


def solve(a, b):
    n = len(b)
    m = [a[i][:] + [b[i]] for i in range(n)]
    for col in range(n):
        p = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[p] = m[p], m[col]
        for r in range(n):
            if r != col and m[r][col] != 0:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit_logistic(xs, ys, l2, names):
    k = len(names)
    mean = [sum(x[i] for x in xs) / len(xs) for i in range(k)]
    sd = [math.sqrt(sum((x[i] - mean[i]) ** 2 for x in xs) / len(xs)) or 1.0 for i in range(k)]
    zs = [[1.0] + [(x[i] - mean[i]) / sd[i] for i in range(k)] for x in xs]
    w = [0.0] * (k + 1)
    for _ in range(25):
        h = [[0.0] * (k + 1) for _ in range(k + 1)]
        g = [0.0] * (k + 1)
        for z, y in zip(zs, ys):
            s = sum(a * b for a, b in zip(w, z))
            p = 1 / (1 + math.exp(-max(-30, min(30, s))))
            d = p - y
            q = p * (1 - p)
            for a in range(k + 1):
                g[a] += d * z[a]
                qa = q * z[a]
                ha = h[a]
                for b in range(a, k + 1):
                    ha[b] += qa * z[b]
        for a in range(k + 1):
            for b in range(a):
                h[a][b] = h[b][a]
            if a:
                h[a][a] += l2
                g[a] += l2 * w[a]
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(x) for x in step) < 1e-6:
            break
    return lambda x: w[0] + sum(w[i + 1] * (x[i] - mean[i]) / sd[i] for i in range(k)), (w, mean, sd)


def fit_tree(xs, ys, depth, names, min_leaf=15):
    def leaf(idx):
        pos = sum(ys[i] for i in idx)
        return ("leaf", (pos + 1) / (len(idx) + 2))

    def grow(idx, d):
        if d == 0 or len(idx) < 2 * min_leaf:
            return leaf(idx)
        best = None
        total_pos = sum(ys[i] for i in idx)
        for f in range(len(names)):
            vals = sorted(set(xs[i][f] for i in idx))
            if len(vals) < 2:
                continue
            cuts = [vals[int(len(vals) * q / 24)] for q in range(1, 24)] if len(vals) > 24 else vals[1:]
            for cut in set(cuts):
                left = [i for i in idx if xs[i][f] < cut]
                if len(left) < min_leaf or len(idx) - len(left) < min_leaf:
                    continue
                lp = sum(ys[i] for i in left)
                rp, rn = total_pos - lp, len(idx) - len(left)
                gini = sum(n * (1 - (p / n) ** 2 - (1 - p / n) ** 2) for p, n in ((lp, len(left)), (rp, rn)))
                if best is None or gini < best[0]:
                    best = (gini, f, cut)
        if best is None:
            return leaf(idx)
        _, f, cut = best
        return ("split", f, cut, grow([i for i in idx if xs[i][f] < cut], d - 1), grow([i for i in idx if xs[i][f] >= cut], d - 1))

    tree = grow(list(range(len(xs))), depth)

    def score(x):
        t = tree
        while t[0] == "split":
            t = t[3] if x[t[1]] < t[2] else t[4]
        return t[1]
    return score, tree


# ---- operating points and folds ----

_HAND = {}


GUARD_SETS = ["context", "none-guard", "fact-guard", "judge-guard", "judge-guard2", "long-none", "other-long-none"]


def guards_hold(rows, flags):
    """Every guard set among rows keeps abstain_correct >= 0.85 (the house rule for a judge change)."""
    for g in GUARD_SETS:
        picked = [(r, f) for r, f in zip(rows, flags) if r["set"] == g and not r["answerable"]]
        if picked and sum(1 for _, f in picked if not f) / len(picked) < 0.85:
            return False
    return True


def point_key(point, rows, none_refused, none, ans_refused, ans, flags=None):
    """The operating point's order of a judge's counts on rows (larger is better); a point ending in "g" (costg) also keeps
    every guard set at abstain_correct >= 0.85, first."""
    if point.endswith("g"):
        return (guards_hold(rows, flags),) + point_key(point[:-1], rows, none_refused, none, ans_refused, ans)
    ac, fa = none_refused / none, ans_refused / ans
    if point == "cost":
        return (-(ans_refused + 2 * (none - none_refused)), ac)
    if point in ("fahand", "achand"):
        key = (len(rows), sum(map(id, rows)))
        if key not in _HAND:
            _HAND[key] = rates(counts(rows, [decide(r, hand) for r in rows]))
        hac, hfa = _HAND[key]
        if point == "fahand":
            return (fa <= hfa + 1e-12, ac if fa <= hfa + 1e-12 else -fa, -fa)
        return (ac >= hac - 1e-12, -fa if ac >= hac - 1e-12 else ac, ac)
    limit = float(point[2:]) / 100
    return (fa <= limit, ac if fa <= limit else -fa, -fa)


def pick_threshold(rows, scored, point):
    """scored(row) -> per candidate scores; a candidate is accepted at score >= t. The t the operating point picks on rows."""
    # Per row: a fixed flag (a pin, a hard form, nothing judged), or the judged candidate's score and form and the best score
    # of a second-reading candidate the form accepts; the flag at t is decide()'s.
    reads = []
    for r in rows:
        if not free(r):
            reads.append((r["answerable"], decide(r, hand), None, None, None))
            continue
        j, sc = r["judge"], scored(r)
        rest = [x for x, c in zip(sc[1:], j["Candidates"][1:]) if c["Form"]]
        second = max(rest) if rest and not j["OfferPinned"] else float("-inf")
        reads.append((r["answerable"], None, sc[0], j["Candidates"][0]["Form"], second))
    values = sorted({x[2] for x in reads if x[2] is not None})
    grid = [values[int(len(values) * q / 400)] for q in range(400)] if len(values) > 400 else values
    none = sum(1 for x in reads if not x[0])
    ans = len(reads) - none
    best = None
    for t in [float("-inf")] + sorted(set(grid)) + [float("inf")]:
        none_refused = ans_refused = 0
        flags = []
        for answerable, fixed, s0, form0, second in reads:
            flag = fixed if fixed is not None else (form0 if s0 >= t else second >= t)
            flags.append(flag)
            if not flag:
                if answerable:
                    ans_refused += 1
                else:
                    none_refused += 1
        key = point_key(point, rows, none_refused, none, ans_refused, ans, flags)
        if best is None or key > best[0]:
            best = (key, t)
    return best[1]


def learned(kind, names, l2=1.0, depth=2):
    def train(rows):
        data = [r for r in rows if free(r)]
        xs = [[features(r["judge"], r["judge"]["Candidates"][0])[n] for n in names] for r in data]
        ys = [1.0 if r["answerable"] else 0.0 for r in data]
        model, params = fit_logistic(xs, ys, l2, names) if kind == "logistic" else fit_tree(xs, ys, depth, names)
        cache = {}

        def scored(r):
            key = id(r)
            if key not in cache:
                j = r["judge"]
                cache[key] = [model([features(j, c)[n] for n in names]) for c in j["Candidates"]] if j else []
            return cache[key]
        return scored, params
    return train


def hand_search(rows, point):
    """Coordinate search of the hand judge's thresholds from its defaults on rows (two passes over GRID)."""
    def objective(t):
        flags = [decide(r, hand_with(t)) for r in rows]
        return point_key(point, rows, *counts(rows, flags), flags)
    t = dict(DEFAULTS)
    best = objective(t)
    for _ in range(2):
        for name, values in GRID.items():
            for v in values:
                trial = dict(t, **{name: v})
                o = objective(trial)
                if o > best:
                    best, t = o, trial
    return t


def run_folds(rows, name, make_accept, show_rows=False):
    """make_accept(training rows) -> (accept(row, judge, candidate), description). Per fold and pooled against the hand judge."""
    pooled_v = [0, 0, 0, 0]
    pooled_h = [0, 0, 0, 0]
    print(f"== {name}")
    for lib in BLIND:
        train = [r for r in rows if r["lib"] != lib]
        test = [r for r in rows if r["set"] == lib]
        accept, desc = make_accept(train)
        v = counts(test, [decide(r, lambda j, c, r=r: accept(r, j, c)) for r in test])
        h = counts(test, [decide(r, hand) for r in test])
        pooled_v = [a + b for a, b in zip(pooled_v, v)]
        pooled_h = [a + b for a, b in zip(pooled_h, h)]
        print(f"  {lib:14} NONE refused {h[0]:2}/{h[1]:2} -> {v[0]:2}   answerable refused {h[2]:2}/{h[3]:2} -> {v[2]:2}   {desc}")
        if show_rows:
            for r in test:
                a, b = decide(r, hand), decide(r, lambda j, c, r=r: accept(r, j, c))
                if a != b:
                    print(f"      {'answerable' if r['answerable'] else 'NONE':10} hand {a!s:5} -> {b!s:5}")
    hac, hfa = rates(pooled_h)
    vac, vfa = rates(pooled_v)
    print(f"  pooled: abstain_correct {hac:.4f} -> {vac:.4f} ({pooled_h[0]} -> {pooled_v[0]} of {pooled_h[1]}), "
          f"false_abstain {hfa:.4f} -> {vfa:.4f} ({pooled_h[2]} -> {pooled_v[2]} of {pooled_h[3]})")
    return pooled_v, pooled_h


SMALL = ["coverage", "focus", "strength", "log_groups", "unknown_share", "first_person"]
MID = SMALL + ["topical_rare", "unknown_words", "plural", "yes_no", "impersonal", "long"]
VARIANTS = {}
for point in ("fa06", "fahand", "achand", "cost", "costg"):
    for l2 in (0.1, 1.0, 10.0):
        VARIANTS[f"logistic-all-l2={l2}-{point}"] = ("logistic", FEATURES, l2, 0, point)
        VARIANTS[f"logistic-mid-l2={l2}-{point}"] = ("logistic", MID, l2, 0, point)
        VARIANTS[f"logistic-small-l2={l2}-{point}"] = ("logistic", SMALL, l2, 0, point)
        VARIANTS[f"logistic-all+hand-l2={l2}-{point}"] = ("logistic", FEATURES + ["hand"], l2, 0, point)
    for depth in (2, 3):
        VARIANTS[f"tree{depth}-{point}"] = ("tree", FEATURES, 0, depth, point)


def learned_accept(kind, names, l2, depth, point):
    def make(train):
        scored, params = learned(kind, names, l2, depth)(train)
        t = pick_threshold(train, scored, point)
        return (lambda r, j, c: not j["Veto"] and scored(r)[j["Candidates"].index(c)] >= t), f"t={t:.3f}"
    return make


def maker(name):
    """make(training rows) -> (accept(row, judge, candidate), description) for a variant's name."""
    if name == "hand":
        return lambda train: ((lambda r, j, c: c["Hand"]), "as it is")
    if name.startswith("hand-refit-"):
        point = name.rsplit("-", 1)[1]

        def make(train):
            t = hand_search(train, point)
            test = hand_with(t)
            return (lambda r, j, c: test(j, c)), " ".join(f"{k}={v}" for k, v in t.items() if v != DEFAULTS[k]) or "defaults"
        return make
    return learned_accept(*VARIANTS[name])


def run_pick(rows, names):
    """The pick read leave one library out: in each fold, of the variants named, the one whose fit on the training rows reads
    best there (costg: guard sets held, then refused answerable + 2 x answered NONE), read on the library left out."""
    pooled_v = [0, 0, 0, 0]
    pooled_h = [0, 0, 0, 0]
    print(f"== pick of {len(names)} variants by training costg")
    for lib in BLIND:
        train = [r for r in rows if r["lib"] != lib]
        test = [r for r in rows if r["set"] == lib]
        best = None
        for name in names:
            accept, desc = maker(name)(train)
            flags = [decide(r, lambda j, c, r=r: accept(r, j, c)) for r in train]
            key = point_key("costg", train, *counts(train, flags), flags)
            if best is None or key > best[0]:
                best = (key, name, accept, desc)
        _, name, accept, desc = best
        v = counts(test, [decide(r, lambda j, c, r=r: accept(r, j, c)) for r in test])
        h = counts(test, [decide(r, hand) for r in test])
        pooled_v = [a + b for a, b in zip(pooled_v, v)]
        pooled_h = [a + b for a, b in zip(pooled_h, h)]
        print(f"  {lib:14} NONE refused {h[0]:2}/{h[1]:2} -> {v[0]:2}   answerable refused {h[2]:2}/{h[3]:2} -> {v[2]:2}   {name} {desc}", flush=True)
    hac, hfa = rates(pooled_h)
    vac, vfa = rates(pooled_v)
    print(f"  pooled: abstain_correct {hac:.4f} -> {vac:.4f} ({pooled_h[0]} -> {pooled_v[0]} of {pooled_h[1]}), "
          f"false_abstain {hfa:.4f} -> {vfa:.4f} ({pooled_h[2]} -> {pooled_v[2]} of {pooled_h[3]})")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    show_rows, pick = "--rows" in argv, "--pick" in argv
    argv = [a for a in argv if a not in ("--rows", "--pick")]
    chosen = fit = None
    if "--fit" in argv:
        i = argv.index("--fit")
        fit = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if "--variants" in argv:
        i = argv.index("--variants")
        chosen = argv[i + 1].split(",")
        argv = argv[:i] + argv[i + 2:]
    rows = load(argv[0])
    # The trace reproduces the engine: the hand judge decided from it gives every row's flag, and the thresholds re-implemented
    # here give the hand judge's test of every traced candidate.
    assert all(decide(r, hand) == r["answered"] for r in rows)
    defaults = hand_with(DEFAULTS)
    assert all(defaults(r["judge"], c) == c["Hand"] for r in rows if r["judge"] for c in r["judge"]["Candidates"])
    blind = [r for r in rows if r["set"] in BLIND]
    ac, fa = rates(counts(blind, [r["answered"] for r in blind]))
    print(f"{len(rows)} rows on {len({r['set'] for r in rows})} sets; hand judge on the blind sets: abstain_correct {ac:.4f}, false_abstain {fa:.4f}; "
          f"{sum(1 for r in rows if not free(r))} rows decided by a pin or a hard form")
    if fit:
        t = hand_search(rows, fit)
        print(f"hand judge's thresholds chosen on all {len(rows)} rows ({fit}): "
              + (" ".join(f"{k}={v}" for k, v in t.items() if v != DEFAULTS[k]) or "the defaults"))
        return
    names = chosen or ["hand"] + [f"hand-refit-{p}" for p in ("fa06", "fahand", "achand", "cost", "costg")] + list(VARIANTS)
    if pick:
        run_pick(rows, names)
        return
    for name in names:
        run_folds(rows, name, maker(name), show_rows)

if __name__ == "__main__":
    main(sys.argv[1:])
