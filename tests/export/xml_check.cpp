// The well-formedness rules of xml_check.hpp.
#include "export/xml_check.hpp"

#include <cctype>
#include <vector>

namespace kg::test {
namespace {

bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
           c == '.';
}

// Checks an entity reference at `i` (pointing at '&'); advances past ';'.
bool entity_ok(std::string_view s, std::size_t& i) {
    static constexpr std::string_view kNames[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    for (std::string_view n : kNames)
        if (s.substr(i + 1, n.size()) == n) {
            i += n.size() + 1;
            return true;
        }
    if (s.substr(i + 1, 1) == "#") {
        const std::size_t semi = s.find(';', i);
        if (semi != std::string_view::npos && semi - i < 12) {
            i = semi + 1;
            return true;
        }
    }
    return false;
}

} // namespace

std::string xml_problem(std::string_view s) {
    std::vector<std::string> open;
    std::size_t i = 0;
    bool root_seen = false;
    auto at = [&](const std::string& what) { return what + " at byte " + std::to_string(i); };
    while (i < s.size()) {
        if (s[i] == '&') {
            if (!entity_ok(s, i)) return at("bad entity reference");
            continue;
        }
        if (s[i] != '<') {
            ++i;
            continue;
        }
        if (s.substr(i, 5) == "<?xml") {
            const std::size_t e = s.find("?>", i);
            if (e == std::string_view::npos) return at("unterminated declaration");
            i = e + 2;
            continue;
        }
        if (s.substr(i, 4) == "<!--") {
            const std::size_t e = s.find("-->", i);
            if (e == std::string_view::npos) return at("unterminated comment");
            i = e + 3;
            continue;
        }
        const bool closing = s.substr(i, 2) == "</";
        std::size_t j = i + (closing ? 2 : 1);
        const std::size_t name_start = j;
        while (j < s.size() && name_char(s[j])) ++j;
        const std::string name(s.substr(name_start, j - name_start));
        if (name.empty()) return at("tag without a name");
        if (closing) {
            while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
            if (j >= s.size() || s[j] != '>') return at("bad closing tag");
            if (open.empty() || open.back() != name) return at("mismatched </" + name + ">");
            open.pop_back();
            i = j + 1;
            continue;
        }
        if (open.empty() && root_seen) return at("second root element");
        root_seen = true;
        // Attributes: name="value" with no '<' inside the value.
        for (;;) {
            while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
            if (j >= s.size()) return at("unterminated tag");
            if (s[j] == '>') {
                open.push_back(name);
                ++j;
                break;
            }
            if (s.substr(j, 2) == "/>") {
                j += 2;
                break;
            }
            const std::size_t a = j;
            while (j < s.size() && name_char(s[j])) ++j;
            if (j == a || j >= s.size() || s[j] != '=')
                return at("bad attribute in <" + name + ">");
            ++j;
            if (j >= s.size() || (s[j] != '"' && s[j] != '\'')) return at("unquoted attribute");
            const char q = s[j++];
            while (j < s.size() && s[j] != q) {
                if (s[j] == '<') return at("'<' in an attribute");
                if (s[j] == '&') {
                    if (!entity_ok(s, j)) return at("bad entity in an attribute");
                    continue;
                }
                ++j;
            }
            if (j >= s.size()) return at("unterminated attribute");
            ++j;
        }
        i = j;
    }
    if (!open.empty()) return "unclosed <" + open.back() + ">";
    if (!root_seen) return "no root element";
    return {};
}

std::size_t count_of(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1))
        ++n;
    return n;
}

} // namespace kg::test
