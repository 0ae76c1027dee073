# hostile: a Python fork bomb; the pids limit stops the forks, the CPU limit ends it, nothing survives
# verdict: TLE
# message: CPU time limit
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
