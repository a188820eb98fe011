// Tolerant JSON field readers shared by saved views, the curation file and settings.
#include "common/json_fields.hpp"

#include "common/json_guard.hpp"

#include <algorithm>
#include <cmath>

namespace kg {

std::optional<nlohmann::json> parse_user_json(std::string_view text, const std::string& path,
                                              Diagnostics& diagnostics) {
    if (std::string why = check_json_depth(text); !why.empty()) {
        diagnostics.push_back({path, why});
        return std::nullopt;
    }
    // allow_exceptions = false: a syntax error yields a "discarded" value instead of throwing.
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        diagnostics.push_back({path, "not valid JSON"});
        return std::nullopt;
    }
    return j;
}

std::string dump_json(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

const nlohmann::json* JsonFields::find(std::string_view key) const {
    if (!object_.is_object()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
}

void JsonFields::warn(std::string_view key, std::string_view message) const {
    std::string where = path_;
    if (!key.empty()) where += ": " + std::string(key);
    diagnostics_.push_back({where, std::string(message), Diagnostic::Severity::Warning});
}

bool JsonFields::boolean(std::string_view key, bool fallback) const {
    const nlohmann::json* v = find(key);
    if (!v || v->is_null()) return fallback;
    if (!v->is_boolean()) {
        warn(key, "expected true or false; using the default");
        return fallback;
    }
    return v->get<bool>();
}

std::string JsonFields::string(std::string_view key, std::string fallback) const {
    const nlohmann::json* v = find(key);
    if (!v || v->is_null()) return fallback;
    if (!v->is_string()) {
        warn(key, "expected a string; using the default");
        return fallback;
    }
    return v->get<std::string>();
}

double JsonFields::number(std::string_view key, double fallback, double lo, double hi) const {
    const nlohmann::json* v = find(key);
    if (!v || v->is_null()) return fallback;
    if (!v->is_number()) {
        warn(key, "expected a number; using the default");
        return fallback;
    }
    const double x = v->get<double>();
    if (!std::isfinite(x)) {
        warn(key, "not a finite number; using the default");
        return fallback;
    }
    if (x < lo || x > hi) {
        warn(key, "out of range; clamped");
        return std::clamp(x, lo, hi);
    }
    return x;
}

std::vector<std::string> JsonFields::strings(std::string_view key) const {
    std::vector<std::string> out;
    const nlohmann::json* v = find(key);
    if (!v || v->is_null()) return out;
    if (!v->is_array()) {
        warn(key, "expected a list of strings; ignored");
        return out;
    }
    for (const nlohmann::json& item : *v) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
        else
            warn(key, "a non-string item was skipped");
    }
    return out;
}

} // namespace kg
