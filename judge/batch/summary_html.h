// The summary as one self-contained HTML page: the who x problem grid coloured by verdict, each
// cell linking to its submission's section (tests, compile log), and per problem a verdict
// histogram and a CPU-time vs memory scatter, in inline SVG. No script, no network: the page's
// Content-Security-Policy forbids both, so a name or a compile log that slips past the escaping
// still cannot run or fetch anything.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "judge/batch/summary.h"

namespace judge::batch {

// The one escaping function of the page: & < > " ' become entities, so `text` is inert in an
// element's content and in a quoted attribute alike. Every text of the page that is not the
// page's own goes through it.
std::string html_escape(std::string_view text);

// The page for `summary`; `lines` are the full results lines it was made from (tests, compile
// logs), the latest of each entry.
std::string summary_html(const Summary& summary, const std::vector<nlohmann::json>& lines);

}  // namespace judge::batch
