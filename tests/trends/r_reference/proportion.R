# svyciprop(~y, design, method = "logit", df = degf(design)) per case.
# svyciprop takes its estimate from glm() at the default tolerance (1e-8 on the deviance),
# which leaves ~1e-9 of error; so the same method (svyglm quasibinomial, Wald interval with
# ddf = degf, expit) is also run with IRLS converged, for the 1e-8 comparison.
# Where every y is 0 (or 1) the logit interval does not exist; Clopper-Pearson
# binom.test(sum(y), n) is written instead, the interval trends.stats.proportion uses.
# Usage: Rscript proportion.R cases.csv out.csv   (columns: case, y, w, s, level)
args <- commandArgs(trailingOnly = TRUE)
self <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
source(file.path(dirname(self), "common.R"))

logit_ci <- function(des, level, df) {
  m <- svyglm(y ~ 1, des, family = quasibinomial,
              control = glm.control(epsilon = 1e-15, maxit = 100))
  ci <- suppressMessages(confint(m, 1, level = level, method = "Wald", ddf = df))
  c(plogis(coef(m))[[1]], plogis(ci))
}

cases <- read_cases(args[1])
rows <- lapply(split(cases, cases$case), function(d) {
  des <- make_design(d)
  level <- d$level[1]
  df <- degf(des)
  se <- SE(svymean(~y, des))[[1]]
  if (all(d$y == d$y[1])) {
    exact <- c(d$y[1], binom.test(sum(d$y), nrow(d), conf.level = level)$conf.int)
    stock <- exact
  } else {
    exact <- logit_ci(des, level, df)
    p <- svyciprop(~y, des, method = "logit", level = level, df = df)
    stock <- c(coef(p)[[1]], attr(p, "ci"))
  }
  data.frame(case = d$case[1], value = exact[1], se = se, ci_low = exact[2],
             ci_high = exact[3], df = df, ciprop_value = stock[1], ciprop_ci_low = stock[2],
             ciprop_ci_high = stock[3])
})
write_results(rows, args[2])
