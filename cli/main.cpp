// `judge`: a thin shell over the judge and sandbox libraries.
#include <signal.h>

#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/usage_error.h"

namespace {

void print_help() {
  std::cout
      << "usage: judge <command> [options]\n\n"
         "commands:\n"
         "  run PROBLEM SUBMISSION              compile and grade a submission\n"
         "  batch [options]                     grade many submissions, resumable\n"
         "  sandbox [options] -- CMD...         run one command in a box\n"
         "  doctor                              check that this host can run boxes\n"
         "  verify PROBLEM                      check a package's submissions get their verdicts\n"
         "  worker --redis URL --problems DIR   grade jobs from a Redis stream\n"
         "  submit --redis URL PROBLEM SOURCE   put a job on the stream (--wait)\n\n"
         "`judge <command> --help` describes a command's options; `judge --version` prints the\n"
         "version.\n";
}

}  // namespace

int main(int argc, char** argv) {
  // Writes to a reader that went away must come back as EPIPE, not kill the judge.
  ::signal(SIGPIPE, SIG_IGN);
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    print_help();
    return argc < 2 ? cli::kExitUsage : cli::kExitOk;
  }
  std::string command = argv[1];
  // Version and packaging (issue 18)
  if (command == "--version") return cli::print_version();
  if (command == "sandbox") return cli::cmd_sandbox(argc - 1, argv + 1);
  if (command == "run") return cli::cmd_run(argc - 1, argv + 1);
  if (command == "batch") return cli::cmd_batch(argc - 1, argv + 1);
  if (command == "verify") return cli::cmd_verify(argc - 1, argv + 1);  // problem packages
  if (command == "doctor") return cli::cmd_doctor(argc - 1, argv + 1);
  // Redis Streams queue (issue 14)
  if (command == "worker") return cli::cmd_worker(argc - 1, argv + 1);
  if (command == "submit") return cli::cmd_submit(argc - 1, argv + 1);
  std::cerr << "judge: unknown command '" << command << "' (try judge --help)\n";
  return cli::kExitUsage;
}
