"""Measures ways to read the latest vintage of every value, on a database shaped like ours
(1,000 indicators x 10 regions x 100 years, 5% of values with a second vintage, 2% undated).

Designs: (a) ROW_NUMBER() OVER (PARTITION BY ...) over the whole table, what the store did;
(b) a correlated subquery per row picking the latest id through the series index; (c) a
latestObservation table (series, period -> observation id) kept by the import; (d) a latest flag
on observation with a partial index. Prints seconds per full read (every latest value joined with
its indicator, region, source and batch, in export order) and per one-series read.

Usage: python3 bench/latest_read_designs.py [indicators]   (default 1000 -> 1M rows)
"""
import random, sqlite3, sys, time, os, tempfile

n_ind = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
path = os.path.join(tempfile.mkdtemp(), "designs.sqlite")
db = sqlite3.connect(path)
db.executescript("""
PRAGMA journal_mode=WAL;
CREATE TABLE indicator (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, unit TEXT NOT NULL);
CREATE TABLE region (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
CREATE TABLE source (id INTEGER PRIMARY KEY, title TEXT NOT NULL, location TEXT NOT NULL, published TEXT NOT NULL);
CREATE TABLE importBatch (id INTEGER PRIMARY KEY, importedAt TEXT NOT NULL);
CREATE TABLE observation (
  id INTEGER PRIMARY KEY, indicatorId INTEGER NOT NULL, regionId INTEGER NOT NULL, period TEXT NOT NULL,
  periodEnd REAL NOT NULL, value REAL NOT NULL, qualifier TEXT NOT NULL, status TEXT NOT NULL, vintage TEXT,
  sourceId INTEGER NOT NULL, locator TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  importBatchId INTEGER NOT NULL, latest INTEGER NOT NULL DEFAULT 0);
CREATE INDEX observationBySeries ON observation(indicatorId, regionId, period, vintage);
""")
db.executemany("INSERT INTO indicator VALUES (?, ?, '亿元')", [(i + 1, f"ind_{i:04d}") for i in range(n_ind)])
db.executemany("INSERT INTO region VALUES (?, ?)", [(r + 1, f"region_{r:02d}") for r in range(10)])
db.execute("INSERT INTO source VALUES (1, 'bench.csv', '', '')")
db.execute("INSERT INTO importBatch VALUES (1, '2026-01-01')")
random.seed(1)
rows = []
for i in range(n_ind):
    for r in range(10):
        for y in range(1926, 2026):
            vintage = None if random.random() < 0.02 else "2025-01-01"
            rows.append((i + 1, r + 1, str(y), y + 1.0, random.random() * 1000, vintage))
            if random.random() < 0.05:
                rows.append((i + 1, r + 1, str(y), y + 1.0, random.random() * 1000, "2025-06-01"))
db.executemany(
    "INSERT INTO observation(indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage, sourceId, importBatchId)"
    " VALUES (?, ?, ?, ?, ?, 'exact', 'normal', ?, 1, 1)", rows)
order = "vintage IS NULL, vintage DESC, id DESC"
db.executescript(f"""
CREATE TABLE latestObservation (indicatorId INTEGER NOT NULL, regionId INTEGER NOT NULL, periodEnd REAL NOT NULL,
  period TEXT NOT NULL, observationId INTEGER NOT NULL, vintage TEXT,
  PRIMARY KEY (indicatorId, regionId, periodEnd, period)) WITHOUT ROWID;
INSERT INTO latestObservation SELECT indicatorId, regionId, periodEnd, period, id, vintage FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY indicatorId, regionId, period ORDER BY {order}) AS r FROM observation) WHERE r = 1;
UPDATE observation SET latest = 1 WHERE id IN (SELECT observationId FROM latestObservation);
CREATE INDEX observationLatest ON observation(indicatorId, regionId, periodEnd, period) WHERE latest = 1;
ANALYZE;
""")
db.commit()
print(f"{len(rows):,} observations, {db.execute('SELECT count(*) FROM latestObservation').fetchone()[0]:,} latest values")

columns = "i.code, r.code, o.period, o.value, i.unit, o.qualifier, o.status, o.vintage, b.importedAt, s.title, s.location, s.published, o.locator, o.note"
joins = "JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId"
designs = {
    "a window function": f"""
        SELECT {columns} FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY indicatorId, regionId, period ORDER BY {order}) AS recency
          FROM observation) o JOIN indicator i ON i.id = o.indicatorId JOIN region r ON r.id = o.regionId {joins}
        WHERE recency = 1 {{filter}} ORDER BY i.code, r.code, o.periodEnd, o.period""",
    "b correlated subquery": f"""
        SELECT {columns} FROM indicator i CROSS JOIN region r CROSS JOIN observation o {joins}
        WHERE o.indicatorId = i.id AND o.regionId = r.id {{filter}} AND o.id = (
          SELECT p.id FROM observation p WHERE p.indicatorId = o.indicatorId AND p.regionId = o.regionId
          AND p.period = o.period ORDER BY p.{order.replace(', ', ', p.')} LIMIT 1)
        ORDER BY i.code, r.code, o.periodEnd, o.period""",
    "c latestObservation table": f"""
        SELECT {columns} FROM indicator i CROSS JOIN region r CROSS JOIN latestObservation l
        CROSS JOIN observation o {joins}
        WHERE l.indicatorId = i.id AND l.regionId = r.id AND o.id = l.observationId {{filter}}
        ORDER BY i.code, r.code, l.periodEnd, l.period""",
    "d latest flag + partial index": f"""
        SELECT {columns} FROM indicator i CROSS JOIN region r CROSS JOIN observation o INDEXED BY observationLatest {joins}
        WHERE o.indicatorId = i.id AND o.regionId = r.id AND o.latest = 1 {{filter}}
        ORDER BY i.code, r.code, o.periodEnd, o.period""",
}

def timed(sql, args=()):
    # Rows are stepped inside SQLite (a max over the ordered result) so the time is the query's,
    # not Python's conversion of a million tuples.
    best = None
    sql = f"SELECT count(*), max(rowid_) FROM (SELECT row_number() OVER () AS rowid_, * FROM ({sql}))"
    for _ in range(3):
        start = time.perf_counter()
        n = db.execute(sql, args).fetchone()[0]
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, n

print(f"| design | full read | rows | one series |")
print(f"|---|---:|---:|---:|")
for name, sql in designs.items():
    full, n = timed(sql.format(filter=""))
    one, m = timed(sql.format(filter="AND i.code = ? AND r.code = ?"), ("ind_0007", "region_03"))
    print(f"| {name} | {full:.3f} s | {n:,} | {one * 1000:.2f} ms |")
