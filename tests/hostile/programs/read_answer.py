# hostile: Python reads the answer file and the judge's files by path
# verdict: AC
import os
for path in ["@ANSWER_PATH@", "@INPUT_PATH@", "@JUDGE_BINARY@", "@CACHE_DIR@", "@WORK_ROOT@", "/root", "/etc/shadow"]:
    if os.path.exists(path):
        print("LEAK", path)
        raise SystemExit(0)
a, b = map(int, input().split())
print(a + b)
