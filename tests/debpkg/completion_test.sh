#!/usr/bin/env bash
# The bash completion, driven as bash drives it: COMP_WORDS and COMP_CWORD set, the function that
# `complete -F` registered called, COMPREPLY compared with the exact expected words.
# Usage: completion_test.sh JUDGE COMPLETION_FILE
set -euo pipefail
judge=$1 completion=$2
source "$(dirname "$0")/help_options.sh"
source "$completion"

failures=0 checked=0
# expect "WORDS TO COMPLETE" "EXPECTED COMPLETIONS" : the last word is the one being completed.
expect() {
  local line=$1 want=$2 got
  read -ra COMP_WORDS <<<"$line"
  [[ $line == *' ' ]] && COMP_WORDS+=("")
  COMP_WORDS[0]=$judge
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _judge judge "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
  want=$(tr ' ' '\n' <<<"$want" | sed '/^$/d' | sort | tr '\n' ' ')
  checked=$((checked + 1))
  if [[ $got != "$want" ]]; then
    echo "FAIL: '$line' completes to '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

# `complete -p` shows what bash would call.
[[ $(complete -p judge) == "complete -o bashdefault -o filenames -F _judge judge" ]] ||
  { echo "FAIL: complete -p judge: $(complete -p judge)"; failures=$((failures + 1)); }

# Commands: exactly those of `judge --help`, and the global options.
expect "judge " "$(judge_commands "$judge" | tr '\n' ' ') --help --version"
expect "judge sa" "sandbox"
expect "judge --v" "--version"
# Each command's options: exactly those of its --help.
for command in $(judge_commands "$judge"); do
  expect "judge $command --" "$(judge_options "$judge" "$command" | tr '\n' ' ')"
done
# And the fixed values the command line knows.
expect "judge doctor --" "--cache-dir --cgroup-root --cgroup-version --format --help --state-dir"
expect "judge run --fa" "--fail-fast"
expect "judge sandbox --memory" "--memory-limit"
expect "judge run --format " "json text"
expect "judge run --format j" "json"
expect "judge doctor --cgroup-version " "v1 v2"
# A value that is a file, and the box's command line after "--": file names.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
touch "$dir/problem.toml" "$dir/problem.md"
expect "judge run --languages $dir/problem.t" "$dir/problem.toml"
expect "judge sandbox --time-limit 1s -- $dir/problem." "$dir/problem.md $dir/problem.toml"
expect "judge run $dir/problem.t" "$dir/problem.toml"

echo "$checked completions checked: $failures failures"
((failures == 0))
