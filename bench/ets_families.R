# R's automatic ETS on chosen families of the validation set, to check that `indicators-bench-forecast
# ets` stands for R's `ets()` there too (it is the same on M3: issue 9).
# Usage: Rscript ets_families.R .build/bench-validation.csv FAMILY…  — prints sMAPE, MASE and 80/95%
# coverage per family, as `make bench-models` does.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
d <- d[d$family %in% args[-1], ]
res <- list()
for (i in seq_len(nrow(d))) {
  x <- as.numeric(strsplit(d$train[i], " ")[[1]]); xx <- as.numeric(strsplit(d$test[i], " ")[[1]])
  f <- forecast(ets(ts(x)), h = length(xx), level = c(80, 95))
  m <- as.numeric(f$mean)
  res[[i]] <- data.frame(family = d$family[i], sMAPE = mean(200 * abs(xx - m) / (abs(xx) + abs(m))),
    MASE = mean(abs(xx - m)) / mean(abs(diff(x))), cov80 = 100 * mean(f$lower[, 1] <= xx & xx <= f$upper[, 1]),
    cov95 = 100 * mean(f$lower[, 2] <= xx & xx <= f$upper[, 2]))
}
print(aggregate(cbind(sMAPE, MASE, cov80, cov95) ~ family, do.call(rbind, res), mean), digits = 5)
