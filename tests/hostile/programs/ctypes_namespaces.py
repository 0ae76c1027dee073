# hostile: Python calls unshare, mount, chroot and sethostname through ctypes, past anything the language
# runtime might restrict; seccomp and the missing capabilities refuse them in the kernel
# verdict: AC
import ctypes
import os
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET = 0x10000000, 0x00020000, 0x40000000
os.makedirs("/tmp/m", exist_ok=True)
attempts = {
    "unshare(NEWUSER|NEWNS)": lambda: libc.unshare(CLONE_NEWUSER | CLONE_NEWNS),
    "unshare(NEWNET)": lambda: libc.unshare(CLONE_NEWNET),
    "mount tmpfs": lambda: libc.mount(b"none", b"/tmp/m", b"tmpfs", 0, None),
    "mount proc": lambda: libc.mount(b"proc", b"/tmp/m", b"proc", 0, None),
    "chroot": lambda: libc.chroot(b"/tmp"),
    "sethostname": lambda: libc.sethostname(b"pwned", 5),
    "setuid(0)": lambda: libc.setuid(0),
}
for name, call in attempts.items():
    if call() == 0:
        print("LEAK", name)
        raise SystemExit(0)
a, b = map(int, input().split())
print(a + b)
