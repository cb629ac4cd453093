"""Helpers shared by the notebooks: run the `indicators` binary and open its SQLite database."""
import io
import json
import os
import sqlite3
import subprocess

import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("INDICATORS_BIN", os.path.join(ROOT, ".build", "release", "indicators"))
DB = os.environ.get("INDICATORS_DB", os.path.join(ROOT, ".build", "notebooks.sqlite"))


def cli(*args):
    """Runs `indicators ARGS --db DB` and returns its stdout (raises with stderr on failure)."""
    result = subprocess.run([BIN, *args, "--db", DB], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"indicators {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def cli_csv(*args):
    return pd.read_csv(io.StringIO(cli(*args, "--format", "csv", "--no-bom")))


def cli_json(*args):
    return json.loads(cli(*args, "--format", "json"))


def connect():
    """The database, read-only."""
    return sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
