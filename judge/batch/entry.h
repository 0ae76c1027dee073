// One piece of work of a batch: a submission for a problem, from whoever sent it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace judge::batch {

struct Entry {
  std::string id;       // unique in the batch: the results line's "id"
  std::string who;      // the person or team; the summary's rows
  std::string problem;  // a problem's name; the summary's columns
  std::filesystem::path submission;
  std::optional<std::string> language;  // a language id; unset: by the submission's extension
  // Set when the entry cannot be graded as found (two files for one cell, say): its results line
  // says so and the rest of the batch goes on.
  std::string error;
};

}  // namespace judge::batch
