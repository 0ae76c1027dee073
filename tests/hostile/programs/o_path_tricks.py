# hostile: Python reaches for the answer with O_PATH handles and *at() calls: through stdin's fd, init's
# root and cwd, and the host path that readlink reveals. stdin is a file, not a directory (ENOTDIR); init's
# links are refused; the problem's directory is not mounted in the box.
# verdict: AC
import os


def attempt(name, fn):
    try:
        fn()
    except OSError:
        return
    print("LEAK", name)
    raise SystemExit(0)


host_input = os.readlink("/proc/self/fd/0")
answer = os.path.join(os.path.dirname(host_input), "1.ans")
stdin_path = os.open("/proc/self/fd/0", os.O_PATH)
attempt("O_PATH stdin then ../1.ans", lambda: os.open("../1.ans", os.O_RDONLY, dir_fd=stdin_path))
attempt("O_PATH /proc/1/root", lambda: os.open("/proc/1/root", os.O_PATH | os.O_DIRECTORY))
attempt("O_PATH /proc/1/cwd", lambda: os.open("/proc/1/cwd", os.O_PATH | os.O_DIRECTORY))
attempt("host input path", lambda: os.open(host_input, os.O_PATH))
attempt("host answer path", lambda: os.open(answer, os.O_PATH))
attempt("answer placeholder", lambda: os.open("@ANSWER_PATH@", os.O_PATH))
attempt("problem dir", lambda: os.open("@PROBLEM_DIR@", os.O_PATH | os.O_DIRECTORY))
root = os.open("/", os.O_PATH | os.O_DIRECTORY)
attempt("openat(/, answer)", lambda: os.open("@ANSWER_PATH@".lstrip("/"), os.O_RDONLY, dir_fd=root))
attempt("/proc/self/fd/N/..", lambda: os.open(f"/proc/self/fd/{root}/../../..@ANSWER_PATH@", os.O_RDONLY))
a, b = map(int, input().split())
print(a + b)
