#include "judge/package/polygon_xml.h"

#include <algorithm>
#include <cstdlib>

#include "judge/errors.h"

namespace judge {

PolygonXml::PolygonXml(const std::string& text, std::string file)
    : text_(text), file_(std::move(file)) {
  if (text_.size() > (64u << 20)) throw InputError(file_, 0, 0, "larger than 64MiB");
  pugi::xml_parse_result result = doc_.load_buffer(text_.data(), text_.size());
  if (!result)
    throw InputError(file_, line_of(result.offset), 0,
                     std::string("not valid XML: ") + result.description());
  if (!root()) throw InputError(file_, 0, 0, "no <problem> element at the top");
}

unsigned PolygonXml::line_of(std::ptrdiff_t offset) const {
  offset = std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(text_.size()));
  return 1 + static_cast<unsigned>(std::count(text_.begin(), text_.begin() + offset, '\n'));
}

void PolygonXml::fail(pugi::xml_node node, const std::string& message) const {
  std::string path;
  for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent())
    path = "/" + std::string(n.name()) + path;
  // pugixml knows an element's offset only for a document parsed from a buffer it kept: ours.
  throw InputError(file_, node ? line_of(node.offset_debug()) : 0, 0, path + ": " + message);
}

std::optional<double> PolygonXml::number(pugi::xml_node node, const char* attr) const {
  std::string text = attr ? node.attribute(attr).value() : node.child_value();
  if (attr ? !node.attribute(attr) : !node) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(value >= 0) || value > 1e18)
    fail(node, std::string(attr ? std::string("@") + attr : "its text") +
                   ": not a non-negative number: '" + text + "'");
  return value;
}

}  // namespace judge
