# Run by install_test.sh inside the clean Debian 12 root, as its root: install the package and use
# it as an operator would. Exits non-zero when a check fails.
# Usage: in_root.sh PACKAGE.deb fresh|overlay SOURCE_DIR
set -euo pipefail
deb=$1 mode=$2 source=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

grep -q '^VERSION_ID="12"' /etc/os-release || fail "not a Debian 12 root"
# The judge would read the languages of the tree it was built from: there is none here.
[[ ! -e $source/judge/languages.toml ]] || fail "the source tree $source is visible"
[[ ! -e /usr/bin/judge ]] || fail "judge is there before the install"
# The host's own packages' triggers (man-db reindexing every page: a minute under load) are not
# the package's: in the overlay root they wait. The fresh root runs them.
dpkg_options=
if [[ $mode == overlay ]]; then dpkg_options=--no-triggers; fi
dpkg -i $dpkg_options "$deb" >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log; fail "dpkg -i"; exit 1; }
echo "dpkg -i: ${SECONDS} s"
dpkg -s judge | grep -q '^Status: install ok installed' || fail "dpkg -s judge: not installed"
command -v judge >/dev/null || fail "judge not on PATH"

# `judge doctor --format json`: "usable", or the status of check $1.
doctor() {
  judge doctor --format json >/tmp/doctor.json 2>&1 || { cat /tmp/doctor.json; fail "judge doctor"; }
  python3 -c '
import json, sys
report = json.load(open("/tmp/doctor.json"))
if sys.argv[1] == "usable":
    print(report["usable"])
else:
    print(" ".join(c["status"] for c in report["checks"] if c["name"] == sys.argv[1]))' "$1"
}

# The host can run boxes; the shipped languages come from /usr/share/judge (no source tree here).
[[ $(doctor usable) == True ]] || fail "judge doctor: host unusable"
[[ $(doctor "language python3") == OK ]] || fail "judge doctor: python3 is not usable"
# The fresh root has python3 only: C++ is listed as not installed.
if [[ $mode == fresh ]]; then
  [[ $(doctor "language cpp") == WARN ]] || fail "judge doctor: C++ is usable with no g++"
fi

# A file in /etc/judge/languages.d is read after the shipped file.
mkdir -p /etc/judge/languages.d
cat >/etc/judge/languages.d/50-local.toml <<'TOML'
[python3-local]
name = "Python 3 (local)"
extensions = [".py3"]
source = "main.py"
compile = ["python3", "-I", "-m", "py_compile", "{sources}"]
run = ["python3", "-E", "-s", "/sol/{main}"]
TOML
[[ $(doctor "language python3-local") == OK ]] || fail "languages.d/50-local.toml not read"

# The shipped example, graded AC, the cache created on first use.
example=/usr/share/doc/judge/examples/aplusb
[[ ! -e /var/cache/judge ]] || fail "/var/cache/judge exists before the first grading"
judge run "$example/problem.toml" "$example/submissions/accepted/main.py" >/tmp/run.txt 2>&1 ||
  { cat /tmp/run.txt; fail "judge run: the accepted example is not AC"; }
grep -q '^verdict: AC' /tmp/run.txt || fail "judge run: no 'verdict: AC'"
[[ $(stat -c %a /var/cache/judge) == 700 ]] || fail "/var/cache/judge is not created 0700"
cp "$example/submissions/accepted/main.py" /tmp/main.py3
judge run --format json "$example/problem.toml" /tmp/main.py3 >/tmp/run.json 2>&1 || fail "judge run .py3"
grep -q '"language": "python3-local"' /tmp/run.json || fail "the languages.d language is not used"
grep -qE '"problem_hash": "[0-9a-f]{64}"' /tmp/run.json || fail "no problem_hash in the report"

# The completion, as bash loads it, completes the commands.
source /usr/share/bash-completion/completions/judge
COMP_WORDS=(judge ""); COMP_CWORD=1
_judge
[[ " ${COMPREPLY[*]} " == *" run "* && " ${COMPREPLY[*]} " == *" doctor "* ]] ||
  fail "completion of 'judge ': ${COMPREPLY[*]}"

[[ -f /usr/share/man/man1/judge.1.gz ]] || fail "no man page"
echo "in the Debian 12 root: $failures failures (${SECONDS} s)"
((failures == 0))
