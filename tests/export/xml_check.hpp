// A tiny XML well-formedness check for tests: balanced tags, quoted attributes, known entity
// references, no stray '<' or '&' in text. Not a full parser: enough to catch a writer bug.
#pragma once

#include <string>
#include <string_view>

namespace kg::test {

// Empty when `xml` is well-formed by these rules, else what is wrong and where.
std::string xml_problem(std::string_view xml);

// Counts occurrences of `needle` in `hay`.
std::size_t count_of(std::string_view hay, std::string_view needle);

} // namespace kg::test
