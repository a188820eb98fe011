// The legend's filter lines: every facet of a filter that differs from the default, in words a
// reader of the figure understands ("Around Vladimir Putin (1 hop)", "keeping their partners").
#pragma once

#include "filter/filter_spec.hpp"
#include "model/corpus.hpp"

#include <string>
#include <vector>

namespace kg {

// One line per active facet. `corpus`, when given, names the focus entity (else its id).
std::vector<std::string> describe_filters(const FilterSpec& spec, const Corpus* corpus = nullptr);

} // namespace kg
