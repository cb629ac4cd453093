"""Executes every notebook in this folder top to bottom, headless, failing on the first error.

Usage: python3 Notebooks/run_all.py [--save-rendered DIR]
The notebooks find the binary and the database through INDICATORS_BIN and INDICATORS_DB.
Committed notebooks carry no outputs; --save-rendered writes executed copies elsewhere.
"""
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

here = os.path.dirname(os.path.abspath(__file__))
rendered = sys.argv[sys.argv.index("--save-rendered") + 1] if "--save-rendered" in sys.argv else None
failed = 0
for name in sorted(f for f in os.listdir(here) if f.endswith(".ipynb")):
    notebook = nbformat.read(os.path.join(here, name), as_version=4)
    if any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"):
        print(f"{name}: has outputs committed; strip them (make notebooks-strip)")
        failed += 1
        continue
    start = time.time()
    try:
        NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": here}}).execute()
        print(f"{name}: ok ({time.time() - start:.1f} s)")
    except Exception as error:  # report which notebook and cell, then go on to the next
        print(f"{name}: FAILED\n{error}")
        failed += 1
    if rendered:
        os.makedirs(rendered, exist_ok=True)
        nbformat.write(notebook, os.path.join(rendered, name))
print(f"{len([f for f in os.listdir(here) if f.endswith('.ipynb')]) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
