# Shared by the reference scripts: read the cases, write results at full precision.
# Each script reads a CSV of cases (column `case` tells them apart) and writes one.
suppressPackageStartupMessages(library(survey))

read_cases <- function(path) {
  read.csv(path, stringsAsFactors = FALSE, colClasses = c(case = "character"))
}

write_results <- function(rows, path) {
  out <- do.call(rbind, rows)
  num <- vapply(out, is.numeric, logical(1))
  # write.csv keeps only 15 digits; the comparison needs all 17
  out[num] <- lapply(out[num], function(x) formatC(x, digits = 17, format = "g"))
  write.csv(out, path, row.names = FALSE, quote = FALSE)
}

make_design <- function(d) {
  strata <- if (length(unique(d$s)) > 1) ~s else NULL
  svydesign(ids = ~1, strata = strata, weights = ~w, data = d)
}

t_ci <- function(value, se, df, level) {
  q <- qt(0.5 + level / 2, df)
  c(value - q * se, value + q * se)
}
