#!/usr/bin/env bash
# judge(1) cannot rot: every command of `judge --help` has a section in the man page, every option
# of `judge CMD --help` appears in that section, and groff renders the page without a warning.
# Usage: man_page_test.sh JUDGE MAN_PAGE
set -euo pipefail
judge=$1 page=$2
source "$(dirname "$0")/help_options.sh"

failures=0 checked=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The roff text of the section ".SS "judge CMD ..."", up to the next .SS or .SH.
section() {
  awk -v head=".SS \"judge $1 " 'index($0, head) == 1 {on = 1; next} /^\.S[SH] / {on = 0} on' "$page"
}

commands=$(judge_commands "$judge")
[[ -n $commands ]] || fail "judge --help lists no command"
for command in $commands; do
  text=$(section "$command")
  if [[ -z $text ]]; then
    fail "no section .SS \"judge $command ...\" in $page"
    continue
  fi
  for option in $(judge_options "$judge" "$command"); do
    [[ $option == --help ]] && continue  # documented once, under HOST OPTIONS
    checked=$((checked + 1))
    # roff writes a hyphen as \-.
    grep -qF -- "${option//-/\\-}" <<<"$text" || fail "judge $command $option is not in its section of $page"
  done
done
grep -qF '.SS "judge \-\-version"' "$page" || fail "no section for judge --version"

# Renders: no groff warning at all (-ww), and man(1) shows the page.
warnings=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
[[ -z $warnings ]] || fail "groff warns: $warnings"
rendered=$(MANWIDTH=100 man -l "$page" 2>&1)
grep -q '^ *judge run \[options\] PROBLEM SUBMISSION' <<<"$rendered" || fail "man -l does not render the page"

echo "$checked options of $(wc -w <<<"$commands") commands checked against $page: $failures failures"
((failures == 0))
