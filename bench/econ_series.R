# Long annual economic series from R's AER package (Kleiber & Zeileis, Applied Econometrics with R),
# written as id,year,value for bench/economic_series.py. Quarterly series become annual means.
suppressPackageStartupMessages(library(AER))
args <- commandArgs(trailingOnly = TRUE)
rows <- list()
add <- function(prefix, x) {
  for (name in colnames(x)) {
    v <- as.numeric(x[, name])
    years <- floor(as.numeric(time(x)))
    if (frequency(x) > 1) {
      v <- tapply(v, years, mean)
      years <- as.integer(names(v))
      v <- as.numeric(v)
    }
    if (all(is.finite(v)) && all(v > 0)) rows[[length(rows) + 1]] <<- data.frame(id = paste0(prefix, "_", name), year = years, value = v)
  }
}
data(ChinaIncome); add("aer_china_income", ChinaIncome)
data(USConsump1993); add("aer_us_consump", USConsump1993)
data(USGasG); add("aer_us_gas", USGasG)
data(USMacroG); add("aer_us_macro", USMacroG[, c("gdp", "consumption", "invest", "government", "dpi", "cpi", "m1", "population")])
data(UKNonDurables); add("aer_uk", cbind(nondurables = UKNonDurables))
write.csv(do.call(rbind, rows), args[1], row.names = FALSE)
