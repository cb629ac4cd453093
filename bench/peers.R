# Peers for `make bench`: R's forecast package on the same training series.
# Usage: Rscript peers.R train.csv horizon out.csv
# train.csv: id,t,value (long). Writes method,id,h,mean,lo80,hi80,lo95,hi95 and prints seconds per method.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1], stringsAsFactors = FALSE)
h <- as.integer(args[2])
series <- split(train$value, train$id)
methods <- list(
  naive = function(y) naive(y, h = h, level = c(80, 95)),
  drift = function(y) rwf(y, h = h, drift = TRUE, level = c(80, 95)),
  tslm = function(y) forecast(tslm(y ~ trend), h = h, level = c(80, 95)),
  thetaf = function(y) thetaf(y, h = h, level = c(80, 95)),
  ets = function(y) forecast(ets(y), h = h, level = c(80, 95)),
  auto.arima = function(y) forecast(auto.arima(y), h = h, level = c(80, 95)),
  holt = function(y) holt(y, h = h, level = c(80, 95)),
  damped = function(y) holt(y, h = h, damped = TRUE, level = c(80, 95))
)
rows <- list()
for (name in names(methods)) {
  start <- Sys.time()
  for (id in names(series)) {
    y <- ts(series[[id]], frequency = 1)
    f <- methods[[name]](y)
    rows[[length(rows) + 1]] <- data.frame(method = name, id = id, h = seq_len(h), mean = as.numeric(f$mean),
      lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
      lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2]))
  }
  cat(name, as.numeric(difftime(Sys.time(), start, units = "secs")), "\n")
}
write.csv(do.call(rbind, rows), args[3], row.names = FALSE)
