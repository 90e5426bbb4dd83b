# rake() on svydesign(ids=~1, weights=~w) to the margins' population totals, iterated to
# convergence; then the calibrated totals and the raked mean of y as a check.
# Usage: Rscript rake.R cases.csv targets.csv out.csv
#   cases: case, y, w, a, b, c (margin labels)   targets: case, margin, label, total
args <- commandArgs(trailingOnly = TRUE)
self <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
source(file.path(dirname(self), "common.R"))

cases <- read_cases(args[1])
targets <- read_cases(args[2])
rows <- lapply(split(cases, cases$case), function(d) {
  goal <- targets[targets$case == d$case[1], ]
  margins <- unique(goal$margin)
  pops <- lapply(margins, function(m) {
    g <- goal[goal$margin == m, ]
    setNames(data.frame(g$label, g$total, stringsAsFactors = FALSE), c(m, "Freq"))
  })
  for (m in margins) d[[m]] <- as.character(d[[m]])
  des <- svydesign(ids = ~1, weights = ~w, data = d)
  raked <- rake(des, lapply(margins, function(m) as.formula(paste0("~", m))), pops,
                control = list(maxit = 5000, epsilon = 1e-14))
  # largest relative gap between a calibrated total and its target
  gap <- max(vapply(margins, function(m) {
    tot <- svytotal(as.formula(paste0("~factor(", m, ")")), raked)
    g <- goal[goal$margin == m, ]
    est <- coef(tot)[paste0("factor(", m, ")", g$label)]
    max(abs(est / g$total - 1))
  }, numeric(1)))
  data.frame(case = d$case[1], row = seq_len(nrow(d)), weight = weights(raked),
             total_gap = gap, raked_mean = coef(svymean(~y, raked))[[1]])
})
write_results(rows, args[3])
