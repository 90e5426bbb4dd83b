# svyby(~y, ~domain, design, svymean): domains that cut across strata, keeping the whole
# design. The interval uses each domain's degf(subset(design, domain == d)).
# Usage: Rscript domain_means.R cases.csv out.csv   (columns: case, y, w, s, domain, level)
args <- commandArgs(trailingOnly = TRUE)
self <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
source(file.path(dirname(self), "common.R"))

cases <- read_cases(args[1])
rows <- lapply(split(cases, cases$case), function(d) {
  des <- make_design(d)
  by <- svyby(~y, ~domain, des, svymean)
  do.call(rbind, lapply(seq_len(nrow(by)), function(i) {
    label <- by$domain[i]
    df <- degf(subset(des, domain == label))
    ci <- t_ci(coef(by)[[i]], SE(by)[[i]], df, d$level[1])
    data.frame(case = d$case[1], domain = label, value = coef(by)[[i]], se = SE(by)[[i]],
               ci_low = ci[1], ci_high = ci[2], df = df)
  }))
})
write_results(rows, args[2])
