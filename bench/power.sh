#!/usr/bin/env bash
# Power analysis, Framewright against the R workflow, in one run on this machine:
#  1. REPS replications (default 1000) at N = 300 of example (d)'s study plan (examples/serial-mediation.fwk):
#     `framewright power` against a loop in R that samples the same population (the covariance matrix Framewright
#     plans, written with --population), fits lavaan's sem() and judges the hypotheses alike (one-sided z tests of the
#     paths, a Monte Carlo interval for the indirect effect). Prints both wall times, their ratio and both powers.
#  2. 10,000 replications with the JVM's heap capped at 512 MB (FRAMEWRIGHT_JAVA_OPTIONS=-Xmx512m).
# Needs R with lavaan (Debian: r-base-core r-cran-lavaan).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fwk="$root/examples/serial-mediation.fwk"

"$root/framewright" --help >/dev/null  # build outside the timings
"$root/framewright" power "$fwk" --n 300 --reps 10 --population "$work/population.csv" >/dev/null 2>&1

echo "Power of example (d) at N = 300, $reps replications, $(nproc) cores"
t0=$(date +%s%N)
"$root/framewright" power "$fwk" --n 300 --reps "$reps" 2>/dev/null | tee "$work/framewright.txt"
t1=$(date +%s%N)
fw=$(echo "($t1 - $t0) / 1000000000" | bc -l)

cat > "$work/lavaan-loop.R" <<R
suppressPackageStartupMessages(library(lavaan))
sigma <- as.matrix(read.csv("$work/population.csv", row.names = 1, check.names = FALSE))
set.seed(1)
model <- '
EO =~ EO1 + EO2 + EO3
OL =~ OL1 + OL2 + OL3
IC =~ IC1 + IC2 + IC3
EP =~ EP1 + EP2 + EP3
OL ~ a*EO
IC ~ b*OL
EP ~ c*IC + d*EO
'
supported <- c(H1 = 0, H2 = 0, H3 = 0, H4 = 0, H5 = 0); done <- 0
started <- proc.time()[["elapsed"]]
for (rep in 1:$reps) {
  d <- as.data.frame(MASS::mvrnorm(300, rep(0, ncol(sigma)), sigma))
  fit <- tryCatch(sem(model, d), error = function(e) NULL, warning = function(w) NULL)
  if (is.null(fit)) next
  done <- done + 1
  est <- coef(fit); v <- vcov(fit)
  z <- est[c("a", "b", "c", "d")] / sqrt(diag(v)[c("a", "b", "c", "d")])
  supported[1:4] <- supported[1:4] + (pnorm(z, lower.tail = FALSE) < 0.05)
  draws <- MASS::mvrnorm(2000, est[c("a", "b", "c")], v[c("a", "b", "c"), c("a", "b", "c")])
  supported[[5]] <- supported[[5]] + (mean(draws[, 1] * draws[, 2] * draws[, 3] <= 0) < 0.05)
}
cat(sprintf("lavaan: %d fits; power %s\n", done, paste(sprintf("%s %.3f", names(supported), supported / done), collapse = "  ")))
cat(sprintf("lavaan loop alone: %.2f s\n", proc.time()[["elapsed"]] - started))
R
t0=$(date +%s%N)
Rscript "$work/lavaan-loop.R" | tee "$work/lavaan.txt"
t1=$(date +%s%N)
r=$(echo "($t1 - $t0) / 1000000000" | bc -l)
fw_loop=$(sed -n 's/.*replications at each N, \([0-9.]*\) s).*/\1/p' "$work/framewright.txt")
r_loop=$(sed -n 's/^lavaan loop alone: \([0-9.]*\) s/\1/p' "$work/lavaan.txt")
printf 'whole processes (start-up included): framewright %.2f s, Rscript %.2f s: %.0f times faster\n' "$fw" "$r" "$(echo "$r / $fw" | bc -l)"
printf 'the replications alone:             framewright %.2f s, lavaan loop %.2f s: %.0f times faster\n' "$fw_loop" "$r_loop" \
  "$(echo "$r_loop / $fw_loop" | bc -l)"

echo
echo "10,000 replications at N = 300 with -Xmx512m:"
t0=$(date +%s%N)
FRAMEWRIGHT_JAVA_OPTIONS="-Xmx512m" "$root/framewright" power "$fwk" --n 300 --reps 10000 2>/dev/null | tail -n 3
t1=$(date +%s%N)
printf 'done in %.1f s within a 512 MB heap\n' "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
