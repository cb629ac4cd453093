"""Import and read throughput of the two store backends on the same files, in one run: an SQLite
file and a PostgreSQL database on the server INDICATORS_TEST_POSTGRES_URL names (`make bench-store`
starts a throwaway one with scripts/with-postgres.sh). For each size: import into an empty
database, import the same file again (nothing changes), export every value, list the series and
show one series; wall seconds of the whole command (median of --repeat runs) and rows per second.
Prints a Markdown table (also written to .build/bench-store-backends.md), then issue 24's goal beside
the measured rates: PostgreSQL imports at least half as many rows a second as SQLite at 100k and 1M
rows.

Usage: scripts/with-postgres.sh python3 bench/store_backends.py INDICATORS_BINARY [--sizes 10,100,1000] [--repeat 3]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time, uuid

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--sizes", default="10,100,1000", help="indicators per file (x 10 regions x 100 years)")
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--out", default=".build/bench-store-backends.md")
args = parser.parse_args()
server = os.environ.get("INDICATORS_TEST_POSTGRES_URL")
if not server:
    sys.exit("INDICATORS_TEST_POSTGRES_URL is not set; run under scripts/with-postgres.sh")
scratch = tempfile.mkdtemp(prefix="bench-backends-")


def make_file(indicators):
    """indicators x 10 regions x 100 years, one new indicator per column block, with a source."""
    path = os.path.join(scratch, f"obs-{indicators}.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("indicator,region,period,value,unit,source,published\n")
        for i in range(indicators):
            for r in range(10):
                for year in range(1925, 2025):
                    f.write(f"bench_{i},r{r},{year},{year * 7 + i + r * 0.5},个,bench,2025-01-02\n")
    return path, indicators * 10 * 100


def run(command):
    started = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    return time.monotonic() - started


def database(backend):
    if backend == "SQLite":
        return os.path.join(scratch, f"{uuid.uuid4().hex}.sqlite")
    return server.rsplit("/", 1)[0] + "/bench_" + uuid.uuid4().hex[:16]


results = {}  # (backend, operation, rows) -> seconds
sizes = [int(s) for s in args.sizes.split(",")]
for indicators in sizes:
    path, rows = make_file(indicators)
    for backend in ("SQLite", "PostgreSQL"):
        timings = {}
        for _ in range(args.repeat):
            db = database(backend)
            run([args.binary, "init", "--empty", "--db", db])
            for operation, command in [
                ("import", ["import", path]),
                ("re-import", ["import", path]),
                ("export", ["export", "--all-vintages", "--no-bom"]),
                ("list", ["list"]),
                ("show", ["show", "bench_0", "--region", "r0"]),
            ]:
                timings.setdefault(operation, []).append(run([args.binary] + command + ["--db", db]))
        for operation, walls in timings.items():
            results[(backend, operation, rows)] = statistics.median(walls)
        print(f"{backend} {rows} rows: " + ", ".join(f"{op} {results[(backend, op, rows)]:.2f} s" for op in timings), file=sys.stderr)

lines = [
    f"Store backends: wall seconds per command (median of {args.repeat}), rows per second in brackets",
    "",
    "| operation | rows | SQLite | PostgreSQL |",
    "|---|---:|---:|---:|",
]
for indicators in sizes:
    rows = indicators * 1000
    for operation in ("import", "re-import", "export", "list", "show"):
        cells = []
        for backend in ("SQLite", "PostgreSQL"):
            seconds = results[(backend, operation, rows)]
            rate = f" ({rows / seconds:,.0f}/s)" if operation in ("import", "re-import", "export") else ""
            cells.append(f"{seconds:.2f}{rate}")
        lines.append(f"| {operation} | {rows:,} | {cells[0]} | {cells[1]} |")
lines += [
    "",
    "Goal (issue 24): PostgreSQL's import at least 50% of SQLite's rows per second at 100k and 1M rows",
    "",
    "| rows | SQLite import rows/s | PostgreSQL import rows/s | PostgreSQL / SQLite | goal |",
    "|---:|---:|---:|---:|---|",
]
for indicators in sizes:
    rows = indicators * 1000
    sqlite_rate = rows / results[("SQLite", "import", rows)]
    postgres_rate = rows / results[("PostgreSQL", "import", rows)]
    ratio = postgres_rate / sqlite_rate
    goal = ("met" if ratio >= 0.5 else "not met") + " (>= 50%)" if rows >= 100_000 else "-"
    lines.append(f"| {rows:,} | {sqlite_rate:,.0f} | {postgres_rate:,.0f} | {ratio:.0%} | {goal} |")
table = "\n".join(lines) + "\n"
print(table)
os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
with open(args.out, "w") as f:
    f.write(table)
