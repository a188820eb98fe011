// A linear scan for nesting depth that skips string contents and escapes.
#include "common/json_guard.hpp"

namespace kg {

std::string check_json_depth(std::string_view json, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                return "nested deeper than " + std::to_string(max_depth) + " levels";
        } else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return {};
}

} // namespace kg
