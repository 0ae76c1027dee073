#!/usr/bin/env bash
# `judge worker` and `judge submit` take the Redis URL from $JUDGE_REDIS when --redis is absent
# (the systemd unit keeps the password off the command line that way), and --redis wins over it.
# A URL that does not parse shows which one was read, with no Redis needed.
# Usage: redis_env_test.sh JUDGE
set -uo pipefail
judge=$1
failures=0
expect() {  # expect WHAT STATUS WANT_STATUS OUTPUT WANT_SUBSTRING
  if [[ $2 != "$3" || $4 != *"$5"* ]]; then
    echo "FAIL: $1: exit $2 (expected $3), output: $4"
    failures=$((failures + 1))
  fi
}
out=$(env -u JUDGE_REDIS "$judge" worker --problems /nonexistent 2>&1); status=$?
expect "worker without a URL" $status 2 "$out" 'judge worker: error: --redis URL (or $JUDGE_REDIS) is required'
out=$(JUDGE_REDIS=bogus://from-env "$judge" worker --problems /nonexistent 2>&1); status=$?
expect "worker, URL from the environment" $status 2 "$out" "judge worker: error: --redis: redis URL must start with"
out=$(JUDGE_REDIS=bogus://from-env "$judge" submit aplusb main.py 2>&1); status=$?
expect "submit, URL from the environment" $status 2 "$out" "judge submit: error: redis URL must start with"
# --redis wins: its (also bad) URL is the one reported, not the environment's.
out=$(JUDGE_REDIS=unix:///nonexistent-env.sock "$judge" submit --redis other://x aplusb main.py 2>&1); status=$?
expect "submit, --redis over the environment" $status 2 "$out" "redis URL must start with"
echo "4 checks: $failures failures"
((failures == 0))
