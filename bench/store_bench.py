"""The store at scale, against sqlite3's .import and Python's executemany on the same files, in
one run: import, re-import, dry run, list, export, forecast --all and show at 10k, 100k and 1M
rows. Each command runs under /usr/bin/time (wall seconds, peak RSS); the median of --repeat runs
is shown. Prints a Markdown table (also written to .build/bench-store.md).

Usage: python3 bench/store_bench.py INDICATORS_BINARY [--sizes 10,100,1000] [--repeat 3]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--sizes", default="10,100,1000", help="indicators per file (x 10 regions x 100 years)")
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--out", default=".build/bench-store.md")
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


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


results = {}  # (operation, rows) -> (seconds, MiB)
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

    results[("import", rows)] = timed(ours("import", csv_path), setup=empty)
    results[("re-import (changes nothing)", rows)] = timed(ours("import", csv_path))
    results[("import --dry-run", rows)] = timed(ours("import", "--dry-run", csv_path))
    results[("list", rows)] = timed(ours("list", "--format", "csv"))
    results[("export --format csv (all)", rows)] = timed(ours("export", "--format", "csv"))
    results[(f"forecast --all (auto)", rows)] = timed(ours("forecast", "--all", "--format", "csv"))
    results[("show one series", rows)] = timed(ours("show", "bench_0000", "--region", "region_00"))
    ref = os.path.join(scratch, f"ref-{indicators}.sqlite")
    results[("sqlite3 .import", rows)] = timed(
        ["sqlite3", ref, ".mode csv", f".import {csv_path} observation"], setup=lambda: fresh(ref))
    results[("Python executemany + index", rows)] = timed(
        [sys.executable, "-c", PY_EXECUTEMANY, ref, csv_path], setup=lambda: fresh(ref))
    results[("sqlite3 show one series", rows)] = timed(
        ["sqlite3", ref, "SELECT * FROM observation WHERE indicator = 'bench_0000' AND region = 'region_00' ORDER BY period"])

shutil.rmtree(scratch, ignore_errors=True)
counts = [s * 1000 for s in sizes]
operations = []
for (op, _) in results:
    if op not in operations:
        operations.append(op)
per_row_ops = {"import", "re-import (changes nothing)", "import --dry-run", "export --format csv (all)",
               "sqlite3 .import", "Python executemany + index"}
python_rate = {n: n / results[("Python executemany + index", n)][0] for n in counts}
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
            if op in ("import", "sqlite3 .import"):
                cell += f" ({rate / python_rate[n] * 100:.0f}% of executemany)"
        cells.append(cell)
    cost = " → ".join(f"{results[(op, n)][0] / n * 1e6:.1f}" for n in counts) if op in per_row_ops else "–"
    lines.append(f"| {op} | " + " | ".join(cells) + f" | {cost} |")
table = "\n".join(lines)
print(table)
os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
with open(args.out, "w") as f:
    f.write(table + "\n")
