#!/usr/bin/env python3
"""Blind leave-one-library-out over the thirty-two open blind-written libraries, from outputs of scripts/eval-all.sh.

Usage: scripts/blind-loo.py BASE_DIR NAME=DIR [NAME=DIR ...] [--max-set-loss 0.01]

BASE_DIR and each DIR hold one `eval --json` file per set (scripts/eval-all.sh OUT_DIR), BASE_DIR for the engine as it
is, each DIR for one variant (a setting of a knob, a change). For each variant: nDCG@5 of every set against the base,
the answered flags that moved (right: a NONE row refused or an answerable row answered; wrong: the reverse) and the
nDCG@5 pooled over the answerable rows of the blind libraries' own sets. Then leave one library out: for each blind
library, the variant (or the base) with the best pooled nDCG@5 on the others, read on the one left out. With
--max-set-loss, a variant may be picked for a fold only when no set outside the library left out falls by more than that.
Run from the repository root (the sets' .tsv files are read from tests/eval/).
"""
import json
import os
import sys

BLIND = ["other", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
         "thirtieth", "thirty-first", "thirty-second", "thirty-third"]
EVAL = "tests/eval"


def relevant(set_name):
    with open(os.path.join(EVAL, set_name + ".tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [r[1] != "NONE" for r in rows if len(r) >= 2]


def load(folder):
    runs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                runs[name[:-5]] = json.load(f)
    return runs


def ndcg(run):
    return run["metrics"]["ndcg5"]


def pooled(runs, sets):
    total = count = 0
    for s in sets:
        n = sum(relevant(s))
        total += ndcg(runs[s]) * n
        count += n
    return total / count


def flag_moves(base, variant, set_name):
    right = wrong = 0
    for answerable, b, v in zip(relevant(set_name), base["queries"], variant["queries"]):
        if b["answered"] == v["answered"]:
            continue
        if v["answered"] == answerable:
            right += 1
        else:
            wrong += 1
    return right, wrong


def main(argv):
    max_loss = None
    if "--max-set-loss" in argv:
        i = argv.index("--max-set-loss")
        max_loss = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) < 2:
        sys.exit(__doc__)
    base = load(argv[0])
    variants = {"base": base}
    for spec in argv[1:]:
        name, folder = spec.split("=", 1)
        variants[name] = load(folder)
    ranked_sets = [s for s in base if base[s]["metrics"]["ndcg5"] is not None]

    for name, runs in variants.items():
        if name == "base":
            continue
        moves = [flag_moves(base[s], runs[s], s) for s in base]
        falls = sorted((ndcg(runs[s]) - ndcg(base[s]), s) for s in ranked_sets)
        print(f"{name}: blind pooled {pooled(base, BLIND):.4f} -> {pooled(runs, BLIND):.4f}, "
              f"flags right +{sum(r for r, _ in moves)} wrong +{sum(w for _, w in moves)}, "
              f"largest fall {falls[0][0]:+.4f} ({falls[0][1]})")
        for s in ranked_sets:
            delta = ndcg(runs[s]) - ndcg(base[s])
            if abs(delta) >= 0.00005:
                print(f"  {s:12} {ndcg(base[s]):.4f} -> {ndcg(runs[s]):.4f} ({delta:+.4f})")

    def allowed(name, left_out):
        if max_loss is None or name == "base":
            return True
        return all(ndcg(variants[name][s]) - ndcg(base[s]) >= -max_loss for s in ranked_sets if s != left_out)

    before = after = count = 0
    print("leave one library out" + (f" (no other set falls by more than {max_loss})" if max_loss is not None else ""))
    for lib in BLIND:
        others = [x for x in BLIND if x != lib]
        pick = max((n for n in variants if allowed(n, lib)), key=lambda n: (round(pooled(variants[n], others), 6), n == "base"))
        n = sum(relevant(lib))
        b, a = ndcg(base[lib]), ndcg(variants[pick][lib])
        before, after, count = before + b * n, after + a * n, count + n
        print(f"  {lib:9} pick {pick:16} {b:.4f} -> {a:.4f} ({a - b:+.4f})")
    print(f"pooled over the blind libraries: {before / count:.4f} -> {after / count:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
