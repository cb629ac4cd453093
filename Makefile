# indicators — two commands: `make run` (build, create the database, show the sample data) and
# `make test` (every test). Both install what they need on a fresh Debian machine.

SWIFT ?= swift
BIN := .build/release/indicators
DB ?= $(CURDIR)/.build/indicators.sqlite
APT_PACKAGES := liblapack-dev libsqlite3-dev

.PHONY: run test deps browser-deps serve bench-serve build nist bench-fit bench bench-sets bench-models bench-lofo bench-targets bench-store extract-eval notebooks notebooks-strip clean stress fuzz

# System libraries: LAPACK for least squares, SQLite headers for GRDB. Installed only if missing.
deps:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "installing $(APT_PACKAGES)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

# The browser tests (`indicators serve`, and the HTML report's width in a 1280×800 window): Debian's Chromium, CJK fonts for its screenshots, curl for
# the upload. Installed only if missing.
BROWSER_APT := chromium fonts-noto-cjk curl
browser-deps:
	@if ! dpkg -s $(BROWSER_APT) >/dev/null 2>&1; then \
	  echo "installing $(BROWSER_APT)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BROWSER_APT); \
	fi

build: deps
	$(SWIFT) build -c release --product indicators

run: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) init --db $(DB)
	@echo
	$(BIN) show gdp --region mianyang --db $(DB)
	@echo
	$(BIN) history gdp 2023 --region mianyang --db $(DB)
	@echo
	$(BIN) forecast gdp --region mianyang --db $(DB)
	@echo
	$(BIN) report --region mianyang --lang zh --db $(DB)

# The store's conformance and concurrency tests also run against a throwaway PostgreSQL server
# that scripts/with-postgres.sh starts (installing Debian's postgresql if missing) and stops.
test: deps browser-deps
	$(SWIFT) build --build-tests
	scripts/with-postgres.sh $(SWIFT) test --skip-build
	$(MAKE) notebooks

# The web pages on the database of `make run` (created if missing), readable without signing in
# on this machine: http://127.0.0.1:8080/. SERVE_FLAGS=--allow-import lets the import page write
# (for a user of `indicators user add NAME --role analyst`, signed in at /login).
SERVE_FLAGS ?= --public-read
serve: build
	test -f $(DB) || $(BIN) init --db $(DB)
	$(BIN) serve --db $(DB) $(SERVE_FLAGS)

# Latency of `indicators serve` under load: wrk on loopback, 20 connections, 20 s per page (list,
# series page, target report) on the sample database; p50 and p99, on SQLite and on a throwaway
# PostgreSQL (scripts/with-postgres.sh), with issue 24's goals beside them.
bench-serve: build
	@command -v wrk >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }
	scripts/with-postgres.sh bench/serve_latency.sh $(BIN) 20 20

# Executes every notebook headless on a fresh database; fails on any error.
NOTEBOOK_DB := $(CURDIR)/.build/notebooks.sqlite
notebooks: deps
	python3 -m pip install -q -r Notebooks/requirements.txt
	$(SWIFT) build -c release --product indicators
	$(SWIFT) build -c release --product indicators-nist
	rm -f $(NOTEBOOK_DB) $(NOTEBOOK_DB)-wal $(NOTEBOOK_DB)-shm
	$(BIN) init --db $(NOTEBOOK_DB)
	INDICATORS_BIN=$(CURDIR)/$(BIN) INDICATORS_DB=$(NOTEBOOK_DB) python3 Notebooks/run_all.py --save-rendered .build/notebooks-rendered

# Removes outputs from the committed notebooks.
notebooks-strip:
	python3 Notebooks/strip_outputs.py

clean:
	rm -rf .build

# Accuracy of the least-squares module on the NIST StRD linear-regression datasets.
nist: deps
	$(SWIFT) build -c release --product indicators-nist
	.build/release/indicators-nist Tests/IndicatorsNumericsTests/NIST

# Precision, recall (observed, derived, target), right codes and speed of `indicators extract` on the
# corpus of texts about cities outside Sichuan (Data/extract-corpus): the dev split, the frozen
# held-out split, both again without --region/--published, and each province alone; then the
# earlier Mianyang/Sichuan/Chengdu texts (Data/extract-dev) and the seeds.
# EXTRACT_EVAL_FLAGS=--misses lists every missed and extra figure of the development texts.
extract-eval:
	$(SWIFT) build -c release --product indicators-extract-eval
	.build/release/indicators-extract-eval Data $(EXTRACT_EVAL_FLAGS)

# Speed of trend fitting against numpy.linalg.lstsq on the same 100,000 series, in one run.
bench-fit: deps
	python3 -c "import numpy" 2>/dev/null || pip install -q numpy
	$(SWIFT) build -c release --product indicators-bench-fit
	.build/release/indicators-bench-fit 100000 bench/fit_numpy.py

# Forecast accuracy on M3, M1 and Tourism yearly and on long economic series, against R's forecast
# package and statsmodels in the same run; the table goes to .build/bench-forecast.md too.
BENCH_APT := r-base-core r-cran-forecast r-cran-aer
BENCH_SETS := $(CURDIR)/.build/bench-series.csv
bench: deps
	@if ! dpkg -s $(BENCH_APT) >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BENCH_APT); \
	fi
	python3 -m pip install -q -r bench/requirements.txt
	$(SWIFT) build -c release --product indicators
	Rscript bench/econ_series.R .build/bench-aer.csv
	python3 bench/series_sets.py $(BENCH_SETS) .build/bench-aer.csv
	python3 bench/forecast_accuracy.py $(BIN) $(BENCH_SETS) --markdown .build/bench-forecast.md

# The validation set of issue 23 beside the four sets of `make bench`: the same rows plus `long`,
# 2,336 long annual series of countries in 15 families (bench/long_series.R: Penn World Table 9.1
# and 7.1, the World Bank's WDI through Gapminder; Debian's r-cran-pwt9, r-cran-pwt, r-cran-dslabs),
# each cut at up to three origins (6,707 cases). `make bench-sets` builds it.
LONG_APT := $(BENCH_APT) r-cran-pwt9 r-cran-pwt r-cran-dslabs
VALIDATION_SETS := $(CURDIR)/.build/bench-validation.csv
bench-sets: $(VALIDATION_SETS)
$(VALIDATION_SETS): bench/series_sets.py bench/econ_series.R bench/long_series.R
	@if ! dpkg -s $(LONG_APT) >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(LONG_APT); \
	fi
	python3 -m pip install -q -r bench/requirements.txt
	mkdir -p .build
	Rscript bench/econ_series.R .build/bench-aer.csv
	Rscript bench/long_series.R .build/bench-long.csv
	python3 bench/series_sets.py $@ .build/bench-aer.csv .build/bench-long.csv

# Scores any forecasting methods in-process on the validation set (no database, no peers): the
# tool for trying a rule before it goes into `auto`. Prints every set, every family of a set that
# has several, and all cases pooled. Example: make bench-models MODELS="auto dotm ets"
MODELS ?= auto dotm ets drift damped ETS(A,A,N)
bench-models: deps $(VALIDATION_SETS)
	$(SWIFT) build -c release --product indicators-bench-forecast
	.build/release/indicators-bench-forecast $(VALIDATION_SETS) $(foreach m,$(MODELS),'$(m)')

# Candidate rules for `auto` (auto with a damped-trend or an AICc-ETS member, sharper weights,
# auto on log levels, medians of simple methods) chosen by leave-one-family-out validation over
# M3, M1, Tourism, econ and the 15 families of the validation set, every candidate's table and the
# single methods' beside them; the tables go to .build/bench-lofo.md too. CANDIDATES="auto …" scores others.
bench-lofo: deps $(VALIDATION_SETS)
	$(SWIFT) build -c release --product indicators-bench-forecast
	python3 bench/lofo.py .build/release/indicators-bench-forecast $(VALIDATION_SETS) --markdown .build/bench-lofo.md $(foreach m,$(CANDIDATES),'$(m)')

# Calibration of the probability of meeting a target (issue 13): Brier score and reliability table on
# M3, M1, Tourism, the long economic series (the same set as `make bench`) and the bundled series;
# the table goes to .build/bench-targets.md too.
bench-targets: deps
	$(SWIFT) build -c release --product indicators-bench-targets
	@test -f $(BENCH_SETS) || ( \
	  python3 -m pip install -q -r bench/requirements.txt && \
	  Rscript bench/econ_series.R .build/bench-aer.csv && python3 bench/series_sets.py $(BENCH_SETS) .build/bench-aer.csv)
	.build/release/indicators-bench-targets $(BENCH_SETS) | tee .build/bench-targets.md

# The store at 10k, 100k and 1M rows (10, 100, 1,000 indicators x 10 regions x 100 years): import,
# re-import, dry run, list, export, forecast --all (auto, and drift as the floor: reading and writing
# alone) and show against sqlite3 .import and Python executemany on the same files, in one run, each
# figure beside the previous run's; the table goes to .build/bench-store.md too. ONLY=forecast times
# only the operations whose name contains the word (the file is still imported). Then import and
# read throughput of SQLite beside PostgreSQL (a throwaway server) at 10k, 100k and 1M rows, with
# issue 24's goal (PostgreSQL imports at >= 50% of SQLite's rate) beside the rates
# (.build/bench-store-backends.md).
# REPEAT=3 takes the median of three runs of each command.
REPEAT ?= 1
bench-store: deps
	@if ! command -v sqlite3 >/dev/null || ! test -x /usr/bin/time; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq sqlite3 time; \
	fi
	$(SWIFT) build -c release --product indicators
	python3 bench/store_bench.py $(BIN) --repeat $(REPEAT) $(if $(ONLY),--only "$(ONLY)" --sizes 1000)
	$(if $(ONLY),,scripts/with-postgres.sh python3 bench/store_backends.py $(BIN) --repeat $(REPEAT))

# Issue 15's concurrency test at full size on the release binary: eight importers of 20,000 rows
# started at once, a target add/rm writer, and 1,000 reader runs; every one must succeed.
STRESS_ROWS ?= 20000
STRESS_READS ?= 1000
stress: deps
	$(SWIFT) build -c release --product indicators
	$(SWIFT) build --build-tests
	INDICATORS_BINARY=$(CURDIR)/$(BIN) INDICATORS_STRESS_ROWS=$(STRESS_ROWS) INDICATORS_STRESS_READS=$(STRESS_READS) \
	  $(SWIFT) test --skip-build --filter ConcurrencyTests

# libFuzzer on the CSV reader, the figure parser and the period/date parsers, FUZZ_SECONDS each
# (default 10 minutes). Inputs that crash are written to .build/fuzz-crashes/; replay one with
# `.build/debug/indicators-fuzz TARGET FILE` and add it to the bad-input corpus.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= csv figure period
FUZZ_BUILD := $(CURDIR)/.build/fuzz
fuzz: deps
	$(SWIFT) build -c release --product indicators-fuzz --build-path $(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -DFUZZING
	mkdir -p .build/fuzz-crashes
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz-corpus/$$target; \
	  echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  FUZZ_TARGET=$$target $(FUZZ_BUILD)/release/indicators-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=.build/fuzz-crashes/$$target- \
	    .build/fuzz-corpus/$$target Tests/FuzzSeeds/$$target || exit 1; \
	done
