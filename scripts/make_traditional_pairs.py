#!/usr/bin/env python3
"""Prints the Traditional → Simplified character pairs that Sources/IndicatorsExtract/TraditionalChinese.swift
lacks for the characters of the project's own vocabulary: the gazetteer's and the catalogue's names and
every Chinese string in the extractor's sources. Each simplified character is converted to Traditional
(zh-hant, zh-tw, zh-hk) with PyPI's zhconv 1.4.3, and one-character results that differ are kept.

Usage: python3 scripts/make_traditional_pairs.py   (prints a Swift string literal to paste)
"""
import csv
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", tmp, "zhconv==1.4.3"], check=True)
    with tarfile.open(next(Path(tmp).glob("zhconv-*.tar.gz"))) as t:
        t.extractall(tmp)
    sys.path.insert(0, str(next(Path(tmp).glob("zhconv-*/"))))
    import zhconv  # noqa: E402

    text = ""
    for name in ["Data/places.csv", "Data/indicators.csv", "Data/regions.csv"]:
        text += (root / name).read_text(encoding="utf-8")
    for source in (root / "Sources/IndicatorsExtract").glob("*.swift"):
        if source.name != "TraditionalChinese.swift":
            text += source.read_text(encoding="utf-8")
    known = set()
    table = (root / "Sources/IndicatorsExtract/TraditionalChinese.swift").read_text(encoding="utf-8")
    for literal in re.findall(r'"([^"\n]*)"', table):
        known.update(literal[0::2])
    pairs = []
    for c in sorted({c for c in text if "\u4e00" <= c <= "\u9fff"}):
        for variant in ["zh-hant", "zh-tw", "zh-hk"]:
            t = zhconv.convert(c, variant)
            if len(t) == 1 and t != c and t not in known and zhconv.convert(t, "zh-hans") == c:
                known.add(t)
                pairs.append(t + c)
print(f"// {len(pairs)} pairs", file=sys.stderr)
line = ""
for p in pairs:
    line += p
    if len(line) >= 90:
        print(f'    + "{line}"')
        line = ""
if line:
    print(f'    + "{line}"')
