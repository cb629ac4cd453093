#!/usr/bin/env python3
"""Captures what the `indicators` binary prints, to compare two builds byte for byte.

    scripts/capture-cli.py BINARY OUTDIR        # capture: one folder per run under OUTDIR
    scripts/capture-cli.py --compare DIR1 DIR2  # cmp every capture; exit 1 on any difference

What is captured (stdout, stderr and the exit status of each run, in OUTDIR/<group>/<name>.{out,err,rc}):
- help: `--help` of the root command, every subcommand and every sub-subcommand (found in the help);
- corpus: every case of Tests/IndicatorsCLITests/BadInput run as BadInputTests runs it (its setup,
  files and `before:` steps, on a copy of a database made by `init`), and again with `--lang zh` for
  the import and catalogue cases, as `importMistakesInChinese` runs them;
- tour: the README's commands in order on one fresh database (tour, a new city, extract, targets,
  year-to-date, regions side by side); files the tour writes (`--out`) are captured too.

Every run happens in the same scratch folder (WORK, default /tmp/indicators-capture-work, emptied
first), with NO_COLOR=1, LANG=C, HOME inside WORK and no INDICATORS_DB, so two builds print the same
paths. Runs whose output depends on the clock or on chance (user tokens, the write log) are not made.
"""
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "IndicatorsCLITests", "BadInput")
WORK = os.environ.get("WORK", "/tmp/indicators-capture-work")
CATALOGUE_COMMANDS = {"import", "region", "indicator", "config"}


def environment():
    env = {k: v for k, v in os.environ.items() if k not in ("INDICATORS_DB", "XDG_DATA_HOME", "LC_ALL")}
    env.update(NO_COLOR="1", LANG="C", HOME=os.path.join(WORK, "home"))
    return env


def run(binary, args, cwd, out_path, stdin=None, stdout_to=None):
    """Runs the binary; writes stdout, stderr and the exit status beside `out_path`."""
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    stdin_file = open(stdin, "rb") if stdin else subprocess.DEVNULL
    stdout_file = open(stdout_to, "wb") if stdout_to else subprocess.PIPE
    try:
        result = subprocess.run([binary] + args, cwd=cwd, env=environment(), stdin=stdin_file,
                                stdout=stdout_file, stderr=subprocess.PIPE, timeout=300)
    finally:
        if stdin:
            stdin_file.close()
        if stdout_to:
            stdout_file.close()
    with open(out_path + ".out", "wb") as f:
        f.write(result.stdout or b"")
    with open(out_path + ".err", "wb") as f:
        f.write(result.stderr)
    with open(out_path + ".rc", "w") as f:
        f.write(f"{result.returncode}\n")
    return result


# --- help -------------------------------------------------------------------------------------

def subcommands(help_text):
    """The names listed under SUBCOMMANDS: in a help text."""
    names, inside = [], False
    for line in help_text.splitlines():
        if line.startswith("SUBCOMMANDS:"):
            inside = True
            continue
        if inside:
            if not line.strip():
                break
            if line.startswith("  ") and not line.startswith("   " * 4):
                word = line.split()[0]
                if word != "help" and not word.startswith("-"):
                    names.append(word)
    return names


def capture_help(binary, out):
    folder = os.path.join(WORK, "help")
    os.makedirs(folder, exist_ok=True)
    root = run(binary, ["--help"], folder, os.path.join(out, "help", "root"))
    run(binary, ["--version"], folder, os.path.join(out, "help", "version"))
    for name in subcommands(root.stdout.decode()):
        result = run(binary, [name, "--help"], folder, os.path.join(out, "help", name))
        for inner in subcommands(result.stdout.decode()):
            run(binary, [name, inner, "--help"], folder, os.path.join(out, "help", f"{name}-{inner}"))


# --- the bad-input corpus ---------------------------------------------------------------------

def tokens(text):
    """Words separated by spaces; 'single quotes' keep spaces inside a word (CorpusCase.tokens)."""
    words, current, quoted, started = [], "", False, False
    for c in text:
        if c == "'":
            quoted, started = not quoted, True
            continue
        if c == " " and not quoted:
            if started:
                words.append(current)
            current, started = "", False
            continue
        current += c
        started = True
    if started:
        words.append(current)
    return words


def expand(line):
    """One line with its line end, `{{repeat N TEXT}}` expanded (CorpusCase.expand)."""
    start = line.find("{{repeat ")
    end = line.find("}}", start + 9) if start >= 0 else -1
    if start < 0 or end < 0:
        return line + "\n"
    inner = line[start + 9:end]
    count, text = inner.split(" ", 1)
    if start == 0 and end + 2 == len(line):
        return (text + "\n") * int(count)
    return line[:start] + text * int(count) + expand(line[end + 2:])


def file_bytes(body, encoding):
    if encoding == "hex":
        return bytes.fromhex("".join("".join(body).split()))
    text = "".join(expand(line) for line in body)
    codecs = {"text": "utf-8", "utf16le": "utf-16-le", "utf16be": "utf-16-be", "utf32le": "utf-32-le", "utf32be": "utf-32-be"}
    return text.encode(codecs[encoding], "surrogatepass")


def read_case(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    case = {"before": [], "setup": [], "stdin": None, "stdout_to": None, "database": True, "files": []}
    index = 0
    while index < len(lines) and not lines[index].startswith("=== "):
        line = lines[index]
        index += 1
        if line.startswith("#") or not line.strip():
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if key == "args":
            case["args"] = tokens(value)
        elif key == "exit":
            case["exit"] = int(value)
        elif key in ("before", "setup"):
            case[key].append(tokens(value))
        elif key == "stdin":
            case["stdin"] = value
        elif key == "stdout-to":
            case["stdout_to"] = value
        elif key == "db":
            case["database"] = value != "none"
    while index < len(lines):
        header = lines[index][4:].split(" ")
        index += 1
        body = []
        while index < len(lines) and not lines[index].startswith("=== "):
            body.append(lines[index])
            index += 1
        case["files"].append((header[0], file_bytes(body, header[1] if len(header) > 1 else "text")))
    return case


def with_database(args):
    return args if "--db" in args else args + ["--db", "db.sqlite"]


def capture_corpus(binary, out):
    template_folder = os.path.join(WORK, "template")
    os.makedirs(template_folder)
    template = os.path.join(template_folder, "template.sqlite")
    run(binary, ["init", "--db", template], template_folder, os.path.join(out, "corpus", "_init"))
    for file in sorted(os.listdir(CORPUS)):
        if not file.endswith(".case"):
            continue
        name = file[:-5]
        case = read_case(os.path.join(CORPUS, file))
        runs = [("", [])]
        if case["args"][0] in CATALOGUE_COMMANDS and case["exit"] != 0:
            runs.append((".zh", ["--lang", "zh"]))
        for suffix, extra in runs:
            folder = os.path.join(WORK, "corpus", name + suffix)
            os.makedirs(folder)
            if case["database"]:
                shutil.copyfile(template, os.path.join(folder, "db.sqlite"))
            for file_name, data in case["files"]:
                with open(os.path.join(folder, file_name), "wb") as f:
                    f.write(data)
            for step in case["setup"]:
                target = os.path.join(folder, step[1])
                if step[0] == "mkdir":
                    os.makedirs(target, exist_ok=True)
                elif step[0] == "touch":
                    open(target, "wb").close()
                elif step[0] == "symlink":
                    os.symlink(step[2], target)
            for number, step in enumerate(case["before"]):
                run(binary, with_database(step), folder, os.path.join(out, "corpus", f"{name}{suffix}.before{number}"))
            stdin = os.path.join(folder, case["stdin"]) if case["stdin"] else None
            run(binary, with_database(case["args"]) + extra, folder, os.path.join(out, "corpus", name + suffix),
                stdin=stdin, stdout_to=case["stdout_to"])


# --- the README tour --------------------------------------------------------------------------

TOUR_FILES = {
    "my-figures.csv": "indicator,region,period,value,unit,source,published\n"
                      "gdp,mianyang,2026,4900,亿元,示例数据(非真实),2027-01-20\n",
    "regions.csv": "代码,中文名,英文名,上级,别名\nyibin,宜宾市,Yibin,sichuan,宜宾\nluzhou,泸州市,Luzhou,sichuan,泸州\n",
    "indicators.csv": "code,name_zh,name_en,unit,measure_kind,price_basis,notes,aliases\n"
                      "road_km,公路里程,Road length,公里,level,,,公路总里程\n",
    "bulletin.csv": "指标,地区,时期,数值,单位\n地区生产总值,宜宾市,2024年全年,3700,亿元\n"
                    "GDP增速,宜宾市,2024年前三季度,同比增长6.0%,%\n实际利用外资,宜宾市,2024年,近3亿美元,万美元\n"
                    "R&D经费投入强度,宜宾市,2024年,—,%\n",
    "ytd.csv": "indicator,region,period,value,unit,published,source_title\n"
               "gdp,mianyang,2023YTD9,2730,亿元,2024-10-25,示例数据(非真实)\n"
               "gdp,mianyang,2024YTD9,2880,亿元,2024-10-25,示例数据(非真实)\n"
               "gdp_growth,mianyang,2022YTD9,4.1,%,2024-10-25,示例数据(非真实)\n"
               "gdp_growth,mianyang,2023YTD9,7.6,%,2024-10-25,示例数据(非真实)\n"
               "gdp_growth,mianyang,2024YTD9,6.6,%,2024-10-25,示例数据(非真实)\n",
}

TOUR = [
    "init", "list", "show gdp", "show gdp --as-of 2024-06-30", "history gdp 2023",
    "show 规上工业增加值增速 --region 四川省", "fit gdp --model loglinear --from 2013", "forecast gdp --horizon 5",
    "backtest gdp", "backtest gdp --as-of-vintages", "forecast --all --save",
    "export gdp --region mianyang --wide --lang zh --out gdp.csv", "export gdp --format json",
    "export gdp --region mianyang --all-vintages", "list --format csv", "list --lang zh --format markdown",
    "targets", "targets --format json",
    "report --region mianyang", "report --format html --lang zh --out report.html", "report --format markdown",
    "report --format csv", "report --format json", "chart gdp --out gdp.svg",
    "target add gdp --region chengdu --base 2020 --double-in 5 --milestone 3 --label 三年攻坚、五年倍增(example)",
    "report --region chengdu",
    "target add gdp_growth --region mianyang --kind growth --base 2020 --due 2025 --value 7",
    "target add gdp --region mianyang --kind growth --base 2020 --due 2027 --value 7",
    "report --region mianyang --lang zh --format markdown",
    "import ytd.csv",
    "target add gdp_growth --region mianyang --kind annual --due 2024 --value 7 --label 示例：2024年GDP增长7%",
    "report --region mianyang --as-of 2024-10-31 --lang zh",
    "report --regions mianyang,chengdu,四川省 --lang zh --format markdown",
    "import my-figures.csv", "import my-figures.csv --lang zh",
    "region add yibin --zh 宜宾市 --en Yibin --parent sichuan --alias 宜宾", "config set region 宜宾市", "config get region",
    "region add --file regions.csv", "region add --file regions.csv --lang zh", "indicator add --file indicators.csv",
    "indicator add road_km2 --zh 公路里程2 --unit 公里", "indicator alias gdp_growth 经济增长率",
    "indicator rename road_km2 --en 'Road length 2'", "region rename luzhou --en 'Luzhou City'", "region alias luzhou 酒城",
    "region list", "region list --lang zh", "indicator list", "indicator list --format json",
    "import bulletin.csv --dry-run", "import bulletin.csv --dry-run --lang zh",
    "import bulletin.csv --source 宜宾市2024年国民经济和社会发展统计公报 --published 2025-03-20",
    "show gdp", "show 实际利用外资 --region 宜宾", "show gdp --lang zh",
    "extract ../bulletin.txt --source 成都市统计局 --year 2024 --out figures.csv",
    "extract ../bulletin.txt --source 成都市统计局 --year 2024 --format json", "extract ../bulletin.txt --source x",
    "import figures.csv --skip-targets", "import figures.csv --skip-targets --dry-run --lang zh",
    "forcast gdp", "show nosuch", "show gdp --region nowhere", "show gdp --lang zh --region nowhere",
    "help target add", "--db other.sqlite list",
    "indicator add", "indicator add x --file indicators.csv", "indicator add 公路 --unit 公里", "indicator add road3",
    "indicator add road3 --unit furlong", "indicator add road3 --unit furlong --lang zh", "indicator add --lang zh",
    "region add", "region add x --file regions.csv --lang zh", "region add 宜宾 --lang zh", "region add 宜宾",
    "indicator alias nosuch 别名", "region rename nowhere --zh 无", "import my-figures.csv my-figures.csv --lang zh",
    "import - - ", "import my-figures.csv --published 2025-02-30", "import my-figures.csv --published x --lang zh",
    "extract ../bulletin.txt --source x --published 1800", "extract ../bulletin.txt --source x --published y --lang zh",
    "extract nosuch.txt --source x", "extract nosuch.txt --source x --lang zh", "extract . --source x --lang zh", "export gdp --out long.csv", "export gdp --out long.csv --as-of 2024-01-01",
    "chart gdp --out gdp.svg --lang zh", "list --format json --out list.json",
    "indicator alias", "indicator alias gdp", "region alias", "region alias --lang zh", "region alias mianyang",
    "indicator rename", "region rename --lang zh", "indicator list --format csv --lang zh", "region list --format json",
    "indicator alias nosuch x --lang zh", "region alias nowhere x", "region rename chengdu --parent nowhere",
    "help indicator add", "help region rename", "help region", "target rm 9999", "target rm 9999 --lang zh", "target rm 24", "target rm 24 --lang zh", "indicator add gdp --unit 亿元", "region add chengdu --lang zh",
]

TOUR_OUTPUTS = ["gdp.csv", "report.html", "gdp.svg", "figures.csv", "long.csv", "list.json"]


def capture_tour(binary, out):
    folder = os.path.join(WORK, "tour")
    os.makedirs(folder)
    for name, text in TOUR_FILES.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
    source = os.path.join(ROOT, "Data", "extract-dev", "chengdu-press-release-q3-2024.txt")
    shutil.copyfile(source, os.path.join(WORK, "bulletin.txt"))
    for number, command in enumerate(TOUR):
        args = tokens(command)
        if "--db" not in args and args[0] not in ("extract", "help"):
            args += ["--db", "tour.sqlite"]
        run(binary, args, folder, os.path.join(out, "tour", f"{number:02d}-{args[0]}"))
    for name in TOUR_OUTPUTS:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            shutil.copyfile(path, os.path.join(out, "tour", "file-" + name))


# --- compare ----------------------------------------------------------------------------------

def compare(first, second):
    names = set()
    for directory in (first, second):
        for parent, _, files in os.walk(directory):
            names.update(os.path.relpath(os.path.join(parent, f), directory) for f in files)
    differ = []
    for name in sorted(names):
        a, b = os.path.join(first, name), os.path.join(second, name)
        if not (os.path.exists(a) and os.path.exists(b)) or subprocess.run(["cmp", "-s", a, b]).returncode != 0:
            differ.append(name)
    for name in differ:
        print("differs:", name)
    print(f"{len(names)} files compared, {len(differ)} differ")
    return 1 if differ else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(WORK, "home"))
    capture_help(binary, out)
    capture_corpus(binary, out)
    capture_tour(binary, out)
    print(f"captured into {out}")


if __name__ == "__main__":
    main()
