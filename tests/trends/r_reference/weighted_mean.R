# svymean(~y, svydesign(ids=~1, strata=~s, weights=~w)) per case, with a t(degf) interval.
# Usage: Rscript weighted_mean.R cases.csv out.csv   (columns: case, y, w, s, lonely, level)
args <- commandArgs(trailingOnly = TRUE)
self <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
source(file.path(dirname(self), "common.R"))

cases <- read_cases(args[1])
rows <- lapply(split(cases, cases$case), function(d) {
  options(survey.lonely.psu = d$lonely[1])
  des <- make_design(d)
  m <- svymean(~y, des)
  df <- degf(des)
  ci <- t_ci(coef(m)[[1]], SE(m)[[1]], df, d$level[1])
  data.frame(case = d$case[1], value = coef(m)[[1]], se = SE(m)[[1]],
             ci_low = ci[1], ci_high = ci[2], df = df)
})
write_results(rows, args[2])
