"""Writes the bench-store files: indicators x 10 regions x 100 years, long layout, one row per
value (10k, 100k and 1M rows for 10, 100 and 1,000 indicators). Values follow a random walk with
drift so that forecasts have something to fit.

Usage: python3 bench/store_data.py OUT.csv INDICATORS
"""
import random, sys

out, indicators = sys.argv[1], int(sys.argv[2])
random.seed(indicators)
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("indicator,region,period,value,unit\n")
    for i in range(indicators):
        for r in range(10):
            level = 100 + random.random() * 900
            for year in range(1926, 2026):
                level *= 1.03 + random.gauss(0, 0.02)
                f.write(f"bench_{i:04d},region_{r:02d},{year},{level:.4f},亿元\n")
