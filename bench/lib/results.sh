# Sourced by the bench scripts. results_path NAME prints bench/results/<today>-NAME.md; earlier results are kept for
# comparison, so a second run the same day gets the time in its name.
results_path() {
  local path="bench/results/$(date +%F)-$1.md"
  [ -e "$path" ] && path="bench/results/$(date +%F)-$1-$(date +%H%M).md"
  echo "$path"
}
