# The long annual economic series of the validation set (issue 23), written as
# id,family,kind,year,value for bench/series_sets.py. Every series is a country's own, from Debian's
# R data packages (no download at run time):
#   pwt9    Penn World Table 9.1 (Feenstra, Inklaar & Timmer 2015; r-cran-pwt9), 182 countries
#           1950–2017: real GDP at constant national prices (rgdpna), real GDP per head (rgdpna/pop),
#           population, persons engaged, real capital stock (rnna), and as rates the shares of gross
#           capital formation (csh_i) and of exports and imports (csh_x − csh_m, trade openness) in GDP,
#           the price level of GDP (pl_gdpo, US 2011 = 1) and real GDP growth in %.
#   pwt7    Penn World Table 7.1 (Heston, Summers & Aten 2012; r-cran-pwt), 190 countries 1950–2010:
#           what PWT 9.1 does not carry: GDP at current prices (tcgdp, PPP; nominal, as the 亿元 figures
#           of the bulletins are), the same per head (cgdp), and the government share of real GDP per
#           head (kg, a rate). (Exchange rates were left out: pegged for decades, then devalued a
#           thousandfold, their scaled errors say nothing about a method.)
#   wdi     Gapminder's copy of the World Bank's World Development Indicators (r-cran-dslabs), 185
#           countries 1960–2011: GDP in constant 2000 US$, population, GDP per head.
# A series is its latest run of consecutive years with a finite value (positive for a level), kept
# when it has at least 30 years.
suppressPackageStartupMessages({ library(pwt9); library(pwt); library(dslabs) })
args <- commandArgs(trailingOnly = TRUE)
minimum <- 30
rows <- list()
add <- function(family, kind, country, years, values) {
  ok <- is.finite(values) & (kind == "rate" | values > 0)
  o <- order(years); years <- years[o]; ok <- ok[o]; values <- values[o]
  if (!any(ok)) return()
  last <- max(which(ok)); first <- last
  while (first > 1 && ok[first - 1] && years[first - 1] == years[first] - 1) first <- first - 1
  if (last - first + 1 < minimum) return()
  id <- paste0(family, "_", gsub("[^a-z0-9]+", "_", tolower(country)))
  rows[[length(rows) + 1]] <<- data.frame(id = id, family = family, kind = kind, year = years[first:last], value = values[first:last])
}
each <- function(d, country, f) for (part in split(d, d[[country]])) f(as.character(part[[country]][1]), part)

data(pwt9.1)
each(pwt9.1, "country", function(c, d) {
  add("pwt9_gdp", "level", c, d$year, d$rgdpna)
  add("pwt9_gdp_per_head", "level", c, d$year, d$rgdpna / d$pop)
  add("pwt9_population", "level", c, d$year, d$pop)
  add("pwt9_employment", "level", c, d$year, d$emp)
  add("pwt9_capital", "level", c, d$year, d$rnna)
  add("pwt9_investment_share", "rate", c, d$year, 100 * d$csh_i)
  add("pwt9_trade_openness", "rate", c, d$year, 100 * (d$csh_x - d$csh_m))
  add("pwt9_price_level", "rate", c, d$year, d$pl_gdpo)
  growth <- c(NA, 100 * (exp(diff(log(d$rgdpna[order(d$year)]))) - 1))
  add("pwt9_gdp_growth", "rate", c, sort(d$year), growth)
})
data(pwt7.1)
each(pwt7.1, "country", function(c, d) {
  add("pwt7_nominal_gdp", "level", c, d$year, d$tcgdp)
  add("pwt7_nominal_gdp_per_head", "level", c, d$year, d$cgdp)
  add("pwt7_government_share", "rate", c, d$year, d$kg)
})
each(gapminder, "country", function(c, d) {
  add("wdi_gdp", "level", c, d$year, d$gdp)
  add("wdi_population", "level", c, d$year, d$population)
  add("wdi_gdp_per_head", "level", c, d$year, d$gdp / d$population)
})
out <- do.call(rbind, rows)
write.csv(out, args[1], row.names = FALSE)
message(length(unique(out$id)), " series, ", nrow(out), " values")
