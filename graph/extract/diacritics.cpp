// Folding and dropping the accented Latin letters of a name (U+00C0..U+017F).
#include "extract/diacritics.hpp"

#include "extract/text_class.hpp"

namespace kg {
namespace {

// Base letter of U+00C0 + i; '_' for the two signs in the block (× ÷).
constexpr std::string_view kBase =
    "AAAAAAACEEEEIIIIDNOOOOO_OUUUUYTsaaaaaaaceeeeiiiidnooooo_ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

} // namespace

std::vector<std::string> lost_diacritic_forms(std::string_view name) {
    if (name.find(' ') == std::string_view::npos) return {};
    std::string folded, dropped;
    bool accented = false;
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t n = char_length(name, i);
        if (n == 1) {
            folded += name[i];
            dropped += name[i];
        } else if (n == 2) {
            const unsigned cp = ((static_cast<unsigned char>(name[i]) & 0x1Fu) << 6) |
                                (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
            if (cp < 0xC0 || cp >= 0x180 || kBase[cp - 0xC0] == '_')
                return {}; // not a Latin letter
            folded += kBase[cp - 0xC0];
            accented = true;
        } else {
            return {}; // another script: no ASCII spelling to guess
        }
        i += n;
    }
    if (!accented) return {};
    return {folded, dropped};
}

} // namespace kg
