"""The peer for `make bench-fit`: numpy.linalg.lstsq over the same series, timed the same way.

Reads the file written by indicators-bench-fit (lengths, then values, float64) and prints
"<seconds> <sum of slopes>"."""
import sys
import time

import numpy as np

raw = np.fromfile(sys.argv[1], dtype="<f8")
# The count is not stored; lengths are 10..40, so find where the lengths end by consistency.
lengths = []
i = 0
while True:
    n = raw[i]
    lengths.append(int(n))
    i += 1
    if sum(lengths) + len(lengths) == len(raw):
        break
values = raw[len(lengths):]
designs = {}
for n in range(10, 41):
    t = np.arange(n) - (n - 1) / 2
    designs[n] = np.column_stack([np.ones(n), t])
series = []
offset = 0
for n in lengths:
    series.append(values[offset:offset + n])
    offset += n
checksum = 0.0
start = time.perf_counter()
for y in series:
    b = np.linalg.lstsq(designs[len(y)], y, rcond=None)[0]
    checksum += b[1]
print(f"{time.perf_counter() - start:.6f} {checksum:.17g}")
