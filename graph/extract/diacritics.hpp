// Spellings of a name that lost its diacritics on the way to the page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// For a name of two words or more with Latin letters beyond ASCII ("Viktor Orbán"): the name
// with those letters folded to ASCII ("Viktor Orban") and with them dropped ("Viktor Orbn", as
// some aggregators print it). Empty for any other name.
std::vector<std::string> lost_diacritic_forms(std::string_view name);

} // namespace kg
