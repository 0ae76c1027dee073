#!/usr/bin/env bash
# The .deb that `cmake --build build --target package` makes: its name and version are the judge's,
# its control fields are right, it holds what docs/packaging.md says it does, and its judge runs.
# Usage: deb_contents_test.sh JUDGE BUILD_DIR
set -euo pipefail
judge=$1 build=$2
source "$(dirname "$0")/make_deb.sh"
out=$(mktemp -d "${TMPDIR:-/tmp}/judge-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT

failures=0 checked=0
expect() {  # expect WHAT GOT WANT
  checked=$((checked + 1))
  [[ $2 == "$3" ]] || { echo "FAIL: $1: '$2', expected '$3'"; failures=$((failures + 1)); }
}

version=$("$judge" --version | cut -d' ' -f2)
deb=$(make_deb "$build" "$out")
expect "file name" "$(basename "$deb")" "judge_${version}_amd64.deb"
expect "Package" "$(dpkg-deb -f "$deb" Package)" judge
expect "Version" "$(dpkg-deb -f "$deb" Version)" "$version"
expect "Architecture" "$(dpkg-deb -f "$deb" Architecture)" amd64
# The judge is linked statically: dpkg-shlibdeps finds no library, so no Depends at all.
expect "Depends" "$(dpkg-deb -f "$deb" Depends)" ""
expect "Recommends" "$(dpkg-deb -f "$deb" Recommends)" "gcc, g++, python3, default-jdk-headless"
expect "Suggests" "$(dpkg-deb -f "$deb" Suggests)" "redis-server"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/judge ./usr/share/judge/languages.toml ./usr/share/man/man1/judge.1.gz \
  ./usr/share/bash-completion/completions/judge ./usr/lib/systemd/system/judge-worker@.service \
  ./usr/share/doc/judge/copyright ./usr/share/doc/judge/README.md \
  ./usr/share/doc/judge/docs/packaging.md ./usr/share/doc/judge/docs/schemas/run-report.schema.json \
  ./usr/share/doc/judge/examples/worker.env \
  ./usr/share/doc/judge/examples/aplusb/problem.toml; do
  checked=$((checked + 1))
  grep -qE " ${path//./\\.}\$" <<<"$contents" || { echo "FAIL: $path not in the package"; failures=$((failures + 1)); }
done
expect "/usr/bin/judge mode" "$(awk '$6 == "./usr/bin/judge" {print $1 " " $2}' <<<"$contents")" "-rwxr-xr-x root/root"
# Nothing under /etc: the operator's files (languages.d, worker.env with its password) are theirs.
expect "files under /etc" "$(grep -c ' \./etc/.' <<<"$contents" || true)" 0

# The packaged judge is the one built, and runs on its own.
dpkg-deb -x "$deb" "$out/root"
expect "packaged judge --version" "$("$out/root/usr/bin/judge" --version)" "judge $version"
expect "the shipped languages" "$(cmp -s "$out/root/usr/share/judge/languages.toml" \
  "$(dirname "$0")/../../judge/languages.toml" && echo same)" same
expect "the unit starts /usr/bin/judge without the Redis URL" \
  "$(grep '^ExecStart=' "$out/root/usr/lib/systemd/system/judge-worker@.service" | grep -c -- '--redis' || true)" 0
expect "the unit gives the worker a /tmp of its own" \
  "$(grep -c '^PrivateTmp=yes$' "$out/root/usr/lib/systemd/system/judge-worker@.service" || true)" 1
expect "man page compressed" "$(gzip -t "$out/root/usr/share/man/man1/judge.1.gz" && echo ok)" ok

echo "$checked package checks: $failures failures"
((failures == 0))
