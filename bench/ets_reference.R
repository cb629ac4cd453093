# Reference numbers for Tests/IndicatorsForecastTests/ETSReferenceTests.swift: R's ets() forced to
# each non-seasonal model, its AICc, point forecasts and 95% upper bounds for h = 1..5, and the
# model ets() chooses by itself. Usage: Rscript bench/ets_reference.R
suppressPackageStartupMessages(library(forecast))
series <- list(
  growing = c(820.2, 880, 1000, 1190, 1455.12, 1579.89, 1700, 1830.42, 2000, 2303.82, 2870, 3020, 3404, 3679, 4096, 4344, 4600.66),
  n0001 = c(940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45, 2927.87, 3103.96, 3360.27, 3807.63, 4387.88, 4936.99),
  wobbly = c(52.1, 49.8, 55.3, 53.9, 58.2, 54.7, 60.1, 63.5, 59.8, 64.2, 66.9, 62.3, 68.8, 70.4, 67.1, 72.6),
  signed = c(3.1, -0.4, 2.2, 1.5, -1.8, 0.9, 2.7, 1.1, -0.6, 1.9, 2.4, 0.3)
)
models <- list(c("ANN", FALSE), c("AAN", FALSE), c("AAN", TRUE), c("MNN", FALSE), c("MAN", FALSE), c("MAN", TRUE))
for (name in names(series)) {
  y <- ts(series[[name]])
  for (m in models) {
    if (substr(m[1], 1, 1) == "M" && min(y) <= 0) next
    fit <- ets(y, model = m[1], damped = as.logical(m[2]))
    f <- forecast(fit, h = 5, level = 95)
    cat(sprintf("%s %s %s aicc=%.10g mean=%s upper95=%s\n", name, fit$method, paste(sprintf("%.10g", fit$par), collapse = ","), fit$aicc,
      paste(sprintf("%.10g", f$mean), collapse = ","), paste(sprintf("%.10g", f$upper[, 1]), collapse = ",")))
  }
  auto <- ets(y)
  cat(sprintf("%s auto %s\n", name, auto$method))
}
