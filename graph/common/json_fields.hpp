// Tolerant reading of user JSON (views, curation, settings): a bad field becomes a diagnostic
// and its default, never an exception.
#pragma once

#include "common/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Parses user JSON without throwing: refuses hostile nesting first (check_json_depth), then
// parses; nullopt plus a diagnostic naming `path` when the text is unusable.
std::optional<nlohmann::json> parse_user_json(std::string_view text, const std::string& path,
                                              Diagnostics& diagnostics);

// Serializes without throwing on invalid UTF-8 (replaced with U+FFFD).
std::string dump_json(const nlohmann::json& j, int indent = 2);

// Reads fields of one JSON object; a missing key gives the default silently, a key of the
// wrong type gives the default and a warning "PATH: KEY: expected ...".
class JsonFields {
  public:
    JsonFields(const nlohmann::json& object, std::string path, Diagnostics& diagnostics)
        : object_(object), path_(std::move(path)), diagnostics_(diagnostics) {}

    // The value under `key` when present (any type), else nullptr.
    const nlohmann::json* find(std::string_view key) const;
    bool boolean(std::string_view key, bool fallback) const;
    std::string string(std::string_view key, std::string fallback = {}) const;
    // A finite number clamped to [lo, hi]; out-of-range values warn and clamp.
    double number(std::string_view key, double fallback, double lo, double hi) const;
    // An array of strings; non-string items warn and are skipped.
    std::vector<std::string> strings(std::string_view key) const;
    // Adds a warning about `key` (or the object itself when `key` is empty).
    void warn(std::string_view key, std::string_view message) const;
    const std::string& path() const { return path_; }
    Diagnostics& diagnostics() const { return diagnostics_; }

  private:
    const nlohmann::json& object_;
    std::string path_;
    Diagnostics& diagnostics_;
};

} // namespace kg
