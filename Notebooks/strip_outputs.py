"""Removes outputs and execution counts from the notebooks in this folder, so diffs stay readable."""
import os

import nbformat

here = os.path.dirname(os.path.abspath(__file__))
for name in sorted(f for f in os.listdir(here) if f.endswith(".ipynb")):
    path = os.path.join(here, name)
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(notebook, path)
