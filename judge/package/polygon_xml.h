// problem.xml of a Polygon package, parsed with pugixml, with messages that name the file, the
// line and the element or attribute.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>

namespace judge {

class PolygonXml {
 public:
  // Throws InputError for text that is not XML or has no <problem> root. At most 64MiB.
  PolygonXml(const std::string& text, std::string file);
  PolygonXml(const PolygonXml&) = delete;
  PolygonXml& operator=(const PolygonXml&) = delete;

  pugi::xml_node root() const { return doc_.child("problem"); }
  const std::string& file() const { return file_; }
  [[noreturn]] void fail(pugi::xml_node node, const std::string& message) const;
  // A number attribute (or the element's text when `attr` is null); nullopt when absent.
  std::optional<double> number(pugi::xml_node node, const char* attr = nullptr) const;

 private:
  unsigned line_of(std::ptrdiff_t offset) const;

  std::string text_;
  std::string file_;
  pugi::xml_document doc_;
};

}  // namespace judge
