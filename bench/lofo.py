"""`make bench-lofo`: candidate rules for `auto`, chosen by leave-one-family-out validation (issue 23).

Scores every candidate (and, for reference, the single methods) in-process with
indicators-bench-forecast on the validation set of `make bench-sets`, then, over the families M3,
M1, Tourism, econ (the earlier long economic series, one family) and the 15 families of the `long`
set, leaves each family out in turn: the candidate with the best score on the other families is
"chosen", and scored on the family left out. A candidate's score on a set of families is the
geometric mean over them of r = √((sMAPE / sMAPE of auto) · (MASE / MASE of auto)), so every family
weighs the same whatever its scale and below 1 is better than the current `auto`. The LOFO score,
the geometric mean of r on each left-out family of the candidate chosen without it, says whether
choosing by this rule beats keeping `auto` on families it was not chosen on.
Usage: python3 lofo.py BENCH-BINARY SETS.csv [--markdown FILE] [--tsv FILE] [CANDIDATE …]
(--tsv FILE: the binary's table is kept in FILE, and read from it when it exists instead of scoring
again.)
"""
import os
import math
import subprocess
import sys

args = [a for a in sys.argv[1:]]
markdown = None
if "--markdown" in args:
    i = args.index("--markdown")
    markdown = args[i + 1]
    del args[i:i + 2]
tsv = None
if "--tsv" in args:
    i = args.index("--tsv")
    tsv = args[i + 1]
    del args[i:i + 2]
binary, sets_file, *candidates = args
CANDIDATES = candidates or [
    "auto", "auto_with_damped", "auto_with_ets", "auto_with_ets_chosen", "auto_power1.5", "auto_power2",
    "loglevels_auto", "ets~dotm~damped",
    "dotm~drift~drift_median~ETS(M,A,N)~log_drift",
]
PEERS = ["dotm", "ets", "drift", "ETS(A,A,N)", "damped", "theta", "naive"]
NAMES = {"ets~dotm~damped": "median(ets, dotm, damped)",
         "dotm~drift~drift_median~ETS(M,A,N)~log_drift": "median of auto's members",
         "ETS(A,A,N)": "holt"}

if tsv and os.path.exists(tsv):
    out = open(tsv).read()
else:
    out = subprocess.run([binary, sets_file] + CANDIDATES + PEERS, check=True, capture_output=True, text=True).stdout
    if tsv:
        with open(tsv, "w") as fh:
            fh.write(out)
table = {}  # (group, model) -> (smape, mase, c80, c95, msis, failed)
groups = []
for line in out.splitlines()[1:]:
    f = line.split("\t")
    table[(f[0], f[1])] = tuple(float(x) for x in f[2:7]) + (int(f[7]),)
    if f[0] not in groups:
        groups.append(f[0])
FAMILIES = ["m3", "m1", "tourism", "econ"] + [g for g in groups if g.startswith("long:")]

def r(model, family):
    (s, m), (s0, m0) = table[(family, model)][:2], table[(family, "auto")][:2]
    return math.sqrt(s / s0 * m / m0)

def score(model, families):
    return math.exp(sum(math.log(r(model, f)) for f in families) / len(families))

lines = []
def emit(text=""):
    lines.append(text)

def name(m):
    return NAMES.get(m, m)

def grid(models, title):
    emit(f"{title} (sMAPE / MASE / 80% / 95% coverage; `all` pools every case of every set):")
    emit()
    emit("| family | " + " | ".join(name(m) for m in models) + " |")
    emit("|---|" + "---|" * len(models))
    for g in FAMILIES + ["long", "all"]:
        cells = []
        for m in models:
            s, ma, c80, c95, _, failed = table[(g, m)]
            note = f" ({failed} failed: drift)" if failed else ""
            cells.append(f"{s:.2f} / {ma:.3f} / {c80:.0f} / {c95:.0f}{note}")
        label = g.replace("long:", "")
        emit(f"| {label} | " + " | ".join(cells) + " |")
    emit()

grid(CANDIDATES, "Candidates")
grid(["auto"] + PEERS, "`auto` beside the single methods")

emit("Each candidate's score r against the current `auto` (geometric mean over the 19 families; < 1 is better), "
     "and the families where it is better than `auto` on both sMAPE and MASE:")
emit()
emit("| candidate | r, all families | better on both | worse on both |")
emit("|---|---:|---:|---:|")
for c in CANDIDATES:
    better = sum(1 for f in FAMILIES if table[(f, c)][0] < table[(f, "auto")][0] and table[(f, c)][1] < table[(f, "auto")][1])
    worse = sum(1 for f in FAMILIES if table[(f, c)][0] > table[(f, "auto")][0] and table[(f, c)][1] > table[(f, "auto")][1])
    emit(f"| {name(c)} | {score(c, FAMILIES):.4f} | {better} | {worse} |")
emit()

SOURCES = {"m3": ["m3"], "m1": ["m1"], "tourism": ["tourism"], "econ": ["econ"]}
for f in FAMILIES:
    if f.startswith("long:"):
        SOURCES.setdefault(f[5:].split("_")[0], []).append(f)

def admissible(c):
    """The issue's interval goals, on all cases pooled: 80% within 77–83, 95% within 92–97."""
    c80, c95 = table[("all", c)][2:4]
    return 77 <= c80 <= 83 and 92 <= c95 <= 97

def lofo(title, candidates, folds):
    """folds: label -> the families left out together; the rest choose."""
    emit(title)
    emit()
    emit("| left out | chosen | its sMAPE / MASE there | `auto`'s there | r there |")
    emit("|---|---|---|---|---:|")
    logs, chosen_count = [], {}
    for label, out_families in folds.items():
        rest = [g for g in FAMILIES if g not in out_families]
        chosen = min(candidates, key=lambda c: score(c, rest))
        chosen_count[chosen] = chosen_count.get(chosen, 0) + 1
        rr = score(chosen, out_families)
        logs += [math.log(r(chosen, f)) for f in out_families]
        if len(out_families) == 1:
            f = out_families[0]
            there, auto_there = "%.2f / %.3f" % table[(f, chosen)][:2], "%.2f / %.3f" % table[(f, "auto")][:2]
        else:
            there, auto_there = "(%d families)" % len(out_families), ""
        emit(f"| {label} | {name(chosen)} | {there} | {auto_there} | {rr:.4f} |")
    emit()
    emit(f"LOFO score (geometric mean over the families of r of the candidate chosen without them): "
         f"{math.exp(sum(logs) / len(logs)):.4f}; chosen: "
         + ", ".join(f"{name(c)} {n}×" for c, n in sorted(chosen_count.items(), key=lambda kv: -kv[1])) + ".")
    emit()

by_family = {f.replace("long:", ""): [f] for f in FAMILIES}
by_source = {k + (f" ({len(v)} families)" if len(v) > 1 else ""): v for k, v in SOURCES.items()}
lofo("Leave one family out, every candidate:", CANDIDATES, by_family)
lofo("Leave one source out (the families of one package together), every candidate:", CANDIDATES, by_source)
kept = [c for c in CANDIDATES if admissible(c)]
emit("Only the candidates whose intervals meet the issue's goals on all cases pooled (80%: 77–83%, 95%: 92–97%): "
     + ", ".join(name(c) for c in kept) + ".")
emit()
if len(kept) > 1:
    lofo("Leave one family out, those candidates:", kept, by_family)
    lofo("Leave one source out, those candidates:", kept, by_source)
text = "\n".join(lines)
print(text)
if markdown:
    with open(markdown, "w") as fh:
        fh.write(text + "\n")
