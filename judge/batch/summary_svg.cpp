#include "judge/batch/summary_svg.h"

#include <algorithm>
#include <array>

#include "judge/batch/summary_html.h"

namespace judge::batch {

namespace {

constexpr int kWidth = 360, kHeight = 200, kMargin = 40;

std::string num(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string text_at(double x, double y, const std::string& text, const char* anchor = "middle") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" +
         html_escape(text) + "</text>";
}

std::string axes(const std::string& x_label, const std::string& y_label) {
  std::string out = "<line class=\"axis\" x1=\"" + num(kMargin) + "\" y1=\"" +
                    num(kHeight - kMargin) + "\" x2=\"" + num(kWidth - 10) + "\" y2=\"" +
                    num(kHeight - kMargin) + "\"/>";
  out += "<line class=\"axis\" x1=\"" + num(kMargin) + "\" y1=\"10\" x2=\"" + num(kMargin) +
         "\" y2=\"" + num(kHeight - kMargin) + "\"/>";
  if (!x_label.empty()) out += text_at((kWidth + kMargin) / 2.0, kHeight - 5, x_label);
  if (!y_label.empty()) out += text_at(5, 12, y_label, "start");
  return out;
}

std::string svg_open(const std::string& title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" + num(kWidth) +
         "\" height=\"" + num(kHeight) + "\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
         std::to_string(kHeight) + "\" role=\"img\"><title>" + html_escape(title) + "</title>";
}

}  // namespace

std::string verdict_class(const std::string& verdict) {
  static const std::array<const char*, 10> known{"AC", "WA", "TLE", "MLE",     "OLE",
                                                 "RE", "CE", "IE",  "SKIPPED", "ERROR"};
  for (const char* v : known)
    if (verdict == v) return std::string("v-") + v;
  return "v-other";
}

std::string histogram_svg(const ProblemStats& stats) {
  std::size_t most = 1;
  for (const auto& [verdict, n] : stats.histogram) most = std::max(most, n);
  std::string out = svg_open("verdicts") + axes("", "");
  double slot =
      static_cast<double>(kWidth - kMargin - 10) / std::max<std::size_t>(1, stats.histogram.size());
  double x = kMargin, plot = kHeight - kMargin - 20;
  for (const auto& [verdict, n] : stats.histogram) {
    double h = plot * static_cast<double>(n) / static_cast<double>(most);
    double top = kHeight - kMargin - h;
    out += "<rect class=\"" + verdict_class(verdict) + "\" x=\"" + num(x + slot * 0.15) +
           "\" y=\"" + num(top) + "\" width=\"" + num(slot * 0.7) + "\" height=\"" + num(h) +
           "\"><title>" + html_escape(verdict + ": " + std::to_string(n)) + "</title></rect>";
    out += text_at(x + slot / 2, top - 4, std::to_string(n));
    out += text_at(x + slot / 2, kHeight - kMargin + 15, verdict);
    x += slot;
  }
  return out + "</svg>";
}

std::string scatter_svg(const std::vector<ScatterPoint>& points) {
  std::uint64_t max_cpu = 1, max_mem = 1;
  for (const ScatterPoint& p : points) {
    max_cpu = std::max(max_cpu, p.cpu_ms);
    max_mem = std::max(max_mem, p.memory_kib);
  }
  std::string out =
      svg_open("CPU time vs memory") + axes("CPU ms (max " + std::to_string(max_cpu) + ")",
                                            "KiB (max " + std::to_string(max_mem) + ")");
  double w = kWidth - kMargin - 20, h = kHeight - kMargin - 25;
  for (const ScatterPoint& p : points) {
    double x = kMargin + 5 + w * static_cast<double>(p.cpu_ms) / static_cast<double>(max_cpu);
    double y = kHeight - kMargin - 5 -
               h * static_cast<double>(p.memory_kib) / static_cast<double>(max_mem);
    out += "<circle class=\"" + verdict_class(p.verdict) + "\" cx=\"" + num(x) + "\" cy=\"" +
           num(y) + "\" r=\"4\"><title>" + html_escape(p.label) + "</title></circle>";
  }
  return out + "</svg>";
}

}  // namespace judge::batch
