// `judge sandbox [options] -- COMMAND [ARGS...]`: one command in a box, and its result record.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/result_json.h"
#include "cli/sandbox_options.h"
#include "cli/usage_error.h"
#include "sandbox/sandbox.h"

namespace po = boost::program_options;

namespace cli {

int cmd_sandbox(int argc, char** argv) {
  // Everything after "--" is the command, untouched by option parsing.
  int split = argc;
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--") {
      split = i;
      break;
    }
  std::vector<std::string> command(argv + std::min(split + 1, argc), argv + argc);

  po::options_description desc("judge sandbox [options] -- COMMAND [ARGS...]");
  BoxOptions box;
  HostOptions host;
  std::string format = "text", result_file;
  add_box_options(desc, box);
  add_host_options(desc, host);
  desc.add_options()("format", po::value(&format), "text or json")(
      "result", po::value(&result_file), "write the record to FILE instead of stdout")("help,h",
                                                                                       "this help");
  po::variables_map vm;
  sandbox::RunSpec spec;
  try {
    po::store(po::command_line_parser(split, argv).options(desc).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return kExitOk;
    }
    if (command.empty()) throw UsageError("no command given (put it after --)");
    if (format != "text" && format != "json") throw UsageError("--format must be text or json");
    spec = make_spec(box, command);
  } catch (const std::exception& e) {
    return report_usage_error("sandbox", e);
  }

  sandbox::RunResult result;
  try {
    sandbox::Sandbox sb(make_sandbox_options(host));
    result = sb.run(spec);
  } catch (const std::exception& e) {
    result.status = sandbox::Status::IE;
    result.message = e.what();
  }

  std::string record =
      format == "json"
          ? to_json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
          : to_text(result);
  if (result_file.empty()) {
    std::cout << record << std::flush;
  } else {
    std::ofstream(result_file) << record;
  }
  return result.status == sandbox::Status::IE ? kExitInternal : kExitOk;
}

}  // namespace cli
