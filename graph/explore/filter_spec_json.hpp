// The "filters" object of saved views: FilterSpec to JSON and back, with taxonomy ids.
#pragma once

#include "common/diagnostics.hpp"
#include "filter/filter_spec.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace kg {

// Every field is written, sets as lists of taxonomy ids, so a view reads well by hand.
nlohmann::json filter_spec_to_json(const FilterSpec& spec);

// Tolerant: missing keys keep defaults; unknown ids and wrong types warn (naming `path`).
FilterSpec filter_spec_from_json(const nlohmann::json& j, const std::string& path,
                                 Diagnostics& diagnostics);

} // namespace kg
