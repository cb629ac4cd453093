"""The store at scale, against sqlite3's .import and Python's executemany on the same files, in
one run: import, re-import, dry run, list, export, forecast --all and show at 10k, 100k and 1M
rows. Each command runs under /usr/bin/time (wall seconds, peak RSS); the median of --repeat runs
is shown. `forecast --all` runs with `auto` (the default) and with `drift`, whose time is the
floor: reading every series and writing the table, with next to no model. The load average at the
start and end of the run is printed, and each figure of the previous run (read from --out before it
is overwritten) is shown beside this run's. Prints a Markdown table (also written to
.build/bench-store.md).

Usage: python3 bench/store_bench.py INDICATORS_BINARY [--sizes 10,100,1000] [--repeat 3] [--only forecast]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--sizes", default="10,100,1000", help="indicators per file (x 10 regions x 100 years)")
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--out", default=".build/bench-store.md")
parser.add_argument("--only", help="time only the operations whose name contains this (the file is still imported)")
args = parser.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(os.path.dirname(here), ".build", "bench-store")
os.makedirs(data, exist_ok=True)
scratch = tempfile.mkdtemp(prefix="bench-store-")

PY_EXECUTEMANY = r"""
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode=WAL")
db.execute("CREATE TABLE observation (id INTEGER PRIMARY KEY, indicator TEXT, region TEXT, period TEXT, value REAL, unit TEXT)")
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    db.executemany("INSERT INTO observation(indicator, region, period, value, unit) VALUES (?, ?, ?, ?, ?)", rows)
db.execute("CREATE INDEX observationBySeries ON observation(indicator, region, period)")
db.commit()
"""


def timed(command, env=None, setup=None):
    """Median wall seconds and peak RSS (MiB) of `command` over the repeats; `setup` runs before each."""
    walls, peaks = [], []
    for _ in range(args.repeat):
        if setup:
            setup()
        result = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        last = result.stderr.strip().splitlines()[-1]
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
        wall, kib = last.split()
        walls.append(float(wall))
        peaks.append(int(kib) / 1024)
    return statistics.median(walls), max(peaks)


def wanted(op):
    return args.only is None or args.only in op


def previous_run(path):
    """(operation, rows) -> the cell of the last run's table at --out, if there is one."""
    cells = {}
    if not os.path.exists(path):
        return cells
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.startswith("|")]
    if len(lines) < 2:
        return cells
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    counts = [int(h.split()[0].replace(",", "")) for h in header[1:] if h.endswith(" rows")]
    for line in lines[2:]:
        row = [c.strip() for c in line.strip("|").split("|")]
        for n, cell in zip(counts, row[1:]):
            cells[(row[0], n)] = cell.split(" (previous")[0]
    return cells


def load():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


previous = previous_run(args.out)
results = {}  # (operation, rows) -> (seconds, MiB)
load_at_start = load()
sizes = [int(s) for s in args.sizes.split(",")]
for indicators in sizes:
    rows = indicators * 1000
    csv_path = os.path.join(data, f"rows-{indicators}.csv")
    if not os.path.exists(csv_path):
        subprocess.run([sys.executable, os.path.join(here, "store_data.py"), csv_path, str(indicators)], check=True)
    db = os.path.join(scratch, f"ours-{indicators}.sqlite")
    ours = lambda *a: [args.binary, *a, "--db", db]

    def empty():
        fresh(db)
        subprocess.run(ours("init", "--empty"), check=True, capture_output=True)

    def run(op, command, **kw):
        if wanted(op):
            results[(op, rows)] = timed(command, **kw)

    if wanted("import"):
        run("import", ours("import", csv_path), setup=empty)
    else:
        empty()
        subprocess.run(ours("import", csv_path), check=True, capture_output=True)
    run("re-import (changes nothing)", ours("import", csv_path))
    run("import --dry-run", ours("import", "--dry-run", csv_path))
    run("list", ours("list", "--format", "csv"))
    run("export --format csv (all)", ours("export", "--format", "csv"))
    run("forecast --all (auto)", ours("forecast", "--all", "--format", "csv"))
    run("forecast --all --model drift (floor)", ours("forecast", "--all", "--model", "drift", "--format", "csv"))
    run("show one series", ours("show", "bench_0000", "--region", "region_00"))
    ref = os.path.join(scratch, f"ref-{indicators}.sqlite")
    run("sqlite3 .import", ["sqlite3", ref, ".mode csv", f".import {csv_path} observation"], setup=lambda: fresh(ref))
    run("Python executemany + index", [sys.executable, "-c", PY_EXECUTEMANY, ref, csv_path], setup=lambda: fresh(ref))
    if wanted("sqlite3 show one series"):
        if not os.path.exists(ref):
            subprocess.run(["sqlite3", ref, ".mode csv", f".import {csv_path} observation"], check=True)
        run("sqlite3 show one series",
            ["sqlite3", ref, "SELECT * FROM observation WHERE indicator = 'bench_0000' AND region = 'region_00' ORDER BY period"])

shutil.rmtree(scratch, ignore_errors=True)
counts = [s * 1000 for s in sizes]
operations = []
for (op, _) in results:
    if op not in operations:
        operations.append(op)
per_row_ops = {"import", "re-import (changes nothing)", "import --dry-run", "export --format csv (all)",
               "sqlite3 .import", "Python executemany + index"}
python_rate = {n: n / results[("Python executemany + index", n)][0] for n in counts if ("Python executemany + index", n) in results}
lines = ["| operation | " + " | ".join(f"{n:,} rows" for n in counts) + " | µs/row " + " → ".join(f"{n // 1000}k" for n in counts) + " |",
         "|---|" + "---:|" * (len(counts) + 1)]
for op in operations:
    cells = []
    for n in counts:
        seconds, mib = results[(op, n)]
        cell = f"{seconds:.2f} s, {mib:.0f} MiB"
        if op in per_row_ops:
            rate = n / seconds if seconds > 0 else float("inf")
            cell += f", {rate / 1000:.0f}k rows/s"
            if op in ("import", "sqlite3 .import") and n in python_rate:
                cell += f" ({rate / python_rate[n] * 100:.0f}% of executemany)"
        if (op, n) in previous:
            cell += f" (previous {previous[(op, n)]})"
        cells.append(cell)
    cost = " → ".join(f"{results[(op, n)][0] / n * 1e6:.1f}" for n in counts) if op in per_row_ops else "–"
    lines.append(f"| {op} | " + " | ".join(cells) + f" | {cost} |")
table = "\n".join(lines)
print(table)
print(f"load average (1, 5, 15 min) at start: {load_at_start}; at end: {load()}")
os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
with open(args.out, "w") as f:
    f.write(table + "\n")
