#!/usr/bin/python3
"""The JSON reports validate against docs/schemas/ (draft 2020-12), checked on real output.

Runs the real judge: `judge run --format json` on shipped examples (AC, CE, a scored problem with
groups) and `judge sandbox --format json` (OK, TLE), validates each with python3-jsonschema, checks
exact values, and checks that broken reports fail validation, so that the test can fail.
Usage: schema_test.py JUDGE SOURCE_DIR
"""
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema

JUDGE, SOURCE = sys.argv[1], Path(sys.argv[2])
SCHEMAS = SOURCE / "docs" / "schemas"
PROBLEMS = SOURCE / "problems"
failures = []


def validator(name):
    schema = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def judge_json(args, expect_status):
    done = subprocess.run([JUDGE, *args], capture_output=True, text=True, check=False)
    if done.returncode != expect_status:
        raise SystemExit(f"judge {' '.join(args)}: exit {done.returncode}, expected "
                         f"{expect_status}\n{done.stderr}")
    return json.loads(done.stdout)


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: {got!r}, expected {want!r}")


def expect_valid(v, name, report):
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in v.iter_errors(report)]
    if errors:
        failures.append(f"{name} does not validate: {errors[:5]}")


def expect_invalid(v, name, report):
    if v.is_valid(report):
        failures.append(f"broken {name} validates")


def main():
    version = subprocess.run([JUDGE, "--version"], capture_output=True, text=True,
                             check=True).stdout.split()[1]
    run_schema, record_schema = validator("run-report.schema.json"), validator(
        "sandbox-record.schema.json")
    with tempfile.TemporaryDirectory(prefix="judge-schema-") as tmp:
        cache = ["--cache-dir", str(Path(tmp) / "cache")]
        aplusb = PROBLEMS / "aplusb"
        ac = judge_json(["run", "--format", "json", *cache, str(aplusb / "problem.toml"),
                         str(aplusb / "submissions/accepted/main.py")], 0)
        ce = judge_json(["run", "--format", "json", *cache, str(aplusb / "problem.toml"),
                         str(aplusb / "submissions/compile_error/syntax_error.py")], 1)
        divcount = PROBLEMS / "divcount"
        groups = judge_json(["run", "--format", "json", *cache, str(divcount / "problem.toml"),
                             str(divcount / "submissions/wrong_answer/twice.py")], 1)
    ok = judge_json(["sandbox", "--format", "json", "--", "/bin/true"], 0)
    tle = judge_json(["sandbox", "--format", "json", "--time-limit", "100ms", "--",
                      "/bin/sh", "-c", "while :; do :; done"], 0)

    for name, report in [("AC report", ac), ("CE report", ce), ("groups report", groups)]:
        expect_valid(run_schema, name, report)
        expect(f"{name} judge_version", report.get("judge_version"), version)
    for name, record in [("OK record", ok), ("TLE record", tle)]:
        expect_valid(record_schema, name, record)
        expect(f"{name} judge_version", record.get("judge_version"), version)

    expect("AC verdict", ac["verdict"], "AC")
    expect("AC tests", len(ac["tests"]), len(list((aplusb / "tests").glob("*.in"))))
    expect("CE verdict", (ce["verdict"], ce["compile"]["status"], ce["tests"]), ("CE", "CE", []))
    expect("groups verdict", groups["verdict"], "WA")
    expect("groups present", sorted(k for k in ("score", "max_score", "groups") if k in groups),
           ["groups", "max_score", "score"])
    # The same problem, the same content hash; another problem, another.
    expect("problem_hash of one problem", ce["problem_hash"], ac["problem_hash"])
    if ac["problem_hash"] == groups["problem_hash"]:
        failures.append("two problems have one problem_hash")
    expect("OK record", (ok["status"], ok["exit_code"], ok["time_limit"]), ("OK", 0, None))
    expect("TLE record", (tle["status"], tle["time_limit"]), ("TLE", "cpu"))

    # Broken reports must fail: the schemas are not vacuous.
    breakages = {
        "no verdict": lambda r: r.pop("verdict"),
        "unknown verdict": lambda r: r.update(verdict="ACCEPTED"),
        "no judge_version": lambda r: r.pop("judge_version"),
        "short problem_hash": lambda r: r.update(problem_hash="abc"),
        "negative cpu_ms": lambda r: r["tests"][0].update(cpu_ms=-1),
        "a test without its name": lambda r: r["tests"][0].pop("name"),
        "an unknown field": lambda r: r.update(verdicts="AC"),
        "an unknown compile status": lambda r: r["compile"].update(status="FINE"),
    }
    for what, breaking in breakages.items():
        broken = copy.deepcopy(ac)
        breaking(broken)
        expect_invalid(run_schema, f"run report ({what})", broken)
    for what, breaking in {
        "TLE without its limit": lambda r: r.update(time_limit=None),
        "a string exit code": lambda r: r.update(exit_code="0"),
        "no memory_kib": lambda r: r.pop("memory_kib"),
    }.items():
        broken = copy.deepcopy(tle)
        breaking(broken)
        expect_invalid(record_schema, f"sandbox record ({what})", broken)

    for failure in failures:
        print("FAIL:", failure)
    print(f"5 reports validated, 11 broken ones rejected: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
