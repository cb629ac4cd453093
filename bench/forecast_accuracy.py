"""`make bench`: forecast accuracy and interval coverage on yearly data, ours and our peers' side by side.

For each set of `series_sets.py` (M3, M1 and Tourism yearly, and long economic series), runs
`indicators forecast --all` (auto and the single methods) on the training part of every series
through a real SQLite database, R's forecast package (peers.R: naive, rwf drift, thetaf, ets,
auto.arima, holt, damped holt) and statsmodels' ThetaModel on the same series, and scores all of
them on the held-out years with the M4 measures: sMAPE = 200|y-f|/(|y|+|f|), MASE scaled by the
in-sample one-step naive MAE, 80/95% coverage, MSIS at 95% (M4 guide).
A set whose series carry several families (the `family` column of series_sets.py) also gets one
table per family. --no-statsmodels leaves statsmodels' Theta out (0.6 s a series: for the 6,707
cases of the validation set, `--sets long`). A series of kind `rate` is imported as an indicator
in %, so that `forecast --all` forecasts it as a rate, as `make bench-models` does.
Usage: python3 forecast_accuracy.py BINARY SETS.csv [--no-r] [--no-statsmodels] [--sets m3,m1,tourism,econ] [--markdown FILE]
"""
import csv
import os
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np

binary, sets_file = sys.argv[1], sys.argv[2]
use_r = "--no-r" not in sys.argv
use_statsmodels = "--no-statsmodels" not in sys.argv
markdown = sys.argv[sys.argv.index("--markdown") + 1] if "--markdown" in sys.argv else None
wanted = sys.argv[sys.argv.index("--sets") + 1].split(",") if "--sets" in sys.argv else ["m3", "m1", "tourism", "econ"]
OURS = ["auto", "naive", "drift", "theta", "dotm", "ets", "damped"]

by_set = {}
family_of = {}
rate_ids = set()
for r in csv.DictReader(open(sets_file)):
    by_set.setdefault(r["set"], []).append(
        (r["id"], np.array(r["train"].split(), float), np.array(r["test"].split(), float)))
    family_of[(r["set"], r["id"])] = r.get("family") or r["set"]
    if r.get("kind") == "rate":
        rate_ids.add((r["set"], r["id"]))

def region(sn):
    return "s_" + "".join(c if c.isalnum() else "_" for c in sn.lower())

missing = {}

def score(series, forecasts, label=None):
    """M4 measures over the series; a series a method could not forecast gets the naive forecast
    with zero-width intervals (counted in `missing`)."""
    smape, mase, c80, c95, msis = [], [], [], [], []
    for sn, x, xx in series:
        if region(sn) not in forecasts:
            missing[label] = missing.get(label, 0) + 1
            forecasts[region(sn)] = [[x[-1]] * 5] * len(xx)
        f = np.asarray(forecasts[region(sn)][:len(xx)])
        scale = np.mean(np.abs(np.diff(x)))
        mean, lo80, hi80, lo95, hi95 = f.T
        smape.append(np.mean(200 * np.abs(xx - mean) / (np.abs(xx) + np.abs(mean))))
        mase.append(np.mean(np.abs(xx - mean)) / scale)
        c80.append(np.mean((lo80 <= xx) & (xx <= hi80)))
        c95.append(np.mean((lo95 <= xx) & (xx <= hi95)))
        a = 0.05
        msis.append(np.mean(hi95 - lo95 + 2 / a * np.maximum(0, lo95 - xx) + 2 / a * np.maximum(0, xx - hi95)) / scale)
    return np.mean(smape), np.mean(mase), 100 * np.mean(c80), 100 * np.mean(c95), np.mean(msis)

all_forecasts = {}

def run_set(name, series):
    all_forecasts.clear()
    H = max(len(xx) for _, _, xx in series)
    work = tempfile.mkdtemp(prefix=f"indicators-bench-{name}-")
    db = os.path.join(work, "bench.sqlite")
    with open(os.path.join(work, "train.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["indicator", "region", "period", "value", "unit"])
        for sn, x, _ in series:
            indicator, unit = ("r", "%") if (name, sn) in rate_ids else ("y", "个")
            for t, v in enumerate(x):
                w.writerow([indicator, region(sn), 1800 + t, repr(float(v)), unit])
    with open(os.path.join(work, "train_r.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "t", "value"])
        for sn, x, _ in series:
            for t, v in enumerate(x):
                w.writerow([region(sn), t, repr(float(v))])

    def cli(args):
        return subprocess.run([binary] + args + ["--db", db], check=True, capture_output=True, text=True)

    cli(["init", "--empty"])
    cli(["import", os.path.join(work, "train.csv")])
    rows = []
    for model in OURS:
        start = time.perf_counter()
        out = cli(["forecast", "--all", "--model", model, "--horizon", str(H), "--format", "csv", "--no-bom", "--save"]).stdout
        seconds = time.perf_counter() - start
        forecasts = {}
        for row in csv.DictReader(out.splitlines()):
            forecasts.setdefault(row["region"], []).append([float(row[k]) for k in ("mean", "lo-80", "hi-80", "lo-95", "hi-95")])
        label = f"indicators {model}"
        all_forecasts[label] = forecasts
        rows.append((label, *score(series, forecasts, label), seconds))

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
            all_forecasts[f"R forecast {method}"] = forecasts
            rows.append((f"R forecast {method}", *score(series, forecasts, f"R forecast {method}"), seconds[method]))

    if use_statsmodels:
        from statsmodels.tsa.forecasting.theta import ThetaModel
        warnings.simplefilter("ignore")
        forecasts = {}
        start = time.perf_counter()
        for sn, x, _ in series:
            res = ThetaModel(x, period=1, deseasonalize=False).fit()
            mean = np.asarray(res.forecast(H))
            i80, i95 = np.asarray(res.prediction_intervals(H, alpha=0.2)), np.asarray(res.prediction_intervals(H, alpha=0.05))
            forecasts[region(sn)] = np.column_stack([mean, i80[:, 0], i80[:, 1], i95[:, 0], i95[:, 1]]).tolist()
        all_forecasts["statsmodels ThetaModel"] = forecasts
        rows.append(("statsmodels ThetaModel", *score(series, forecasts), time.perf_counter() - start))
    return H, rows

report = []
for name in wanted:
    series = by_set[name]
    H, rows = run_set(name, series)
    lines = [f"{name.upper()}: {len(series)} series, horizon {H}", "",
             "| method | sMAPE | MASE | 80% coverage | 95% coverage | MSIS | seconds |", "|---|---:|---:|---:|---:|---:|---:|"]
    for label, s, m, c80, c95, ms, sec in rows:
        note = f" ({missing[label]} series too short: naive)" if missing.get(label) else ""
        lines.append(f"| {label}{note} | {s:.2f} | {m:.3f} | {c80:.1f}% | {c95:.1f}% | {ms:.1f} | {sec:.2f} |")
    missing.clear()
    auto = rows[0]
    peers = [r for r in rows if not r[0].startswith("indicators ")]
    if peers:
        best_s = min(peers, key=lambda r: r[1]); best_m = min(peers, key=lambda r: r[2]); best_i = min(peers, key=lambda r: r[5])
        lines += ["", f"auto against the best peer: sMAPE {auto[1]:.2f} vs {best_s[1]:.2f} ({best_s[0]}), "
                  f"MASE {auto[2]:.3f} vs {best_m[2]:.3f} ({best_m[0]}), MSIS {auto[5]:.1f} vs {best_i[5]:.1f} ({best_i[0]})"]
    families = sorted({family_of[(name, sn)] for sn, _, _ in series})
    if len(families) > 1:
        for family in families:
            part = [c for c in series if family_of[(name, c[0])] == family]
            lines += ["", f"{name.upper()}, family {family}: {len(part)} series", "",
                      "| method | sMAPE | MASE | 80% coverage | 95% coverage | MSIS |", "|---|---:|---:|---:|---:|---:|"]
            for label, forecasts in all_forecasts.items():
                s_, m_, c80_, c95_, ms_ = score(part, forecasts)
                lines.append(f"| {label} | {s_:.2f} | {m_:.3f} | {c80_:.1f}% | {c95_:.1f}% | {ms_:.1f} |")
    text = "\n".join(lines)
    print(text + "\n", flush=True)
    report.append(text)
if markdown:
    with open(markdown, "w") as f:
        f.write("\n\n".join(report) + "\n")
