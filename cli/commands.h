// The `judge` subcommands. Each returns the process exit status.
#pragma once

namespace cli {

int cmd_sandbox(int argc, char** argv);
int cmd_run(int argc, char** argv);
int cmd_batch(int argc, char** argv);
int cmd_doctor(int argc, char** argv);
// Problem packages (issue 16): grade a problem's own submissions against their expected verdicts.
int cmd_verify(int argc, char** argv);
// Redis Streams queue (issue 14)
int cmd_worker(int argc, char** argv);
int cmd_submit(int argc, char** argv);
// Version and packaging (issue 18): `judge --version`.
int print_version();

}  // namespace cli
