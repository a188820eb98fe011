// HTML character reference decoding.
#include "ingest/html_entities.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace kg::ingestion {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t cp;
};

// The entities news pages use (Latin-1, typography, Greek, ASCII names), sorted by name for
// binary search. Unknown names stay literal, which is what browsers show for them too.
constexpr std::array kNamed = std::to_array<NamedEntity>({{"AElig", 0xC6},
                                                          {"Aacute", 0xC1},
                                                          {"Acirc", 0xC2},
                                                          {"Agrave", 0xC0},
                                                          {"Alpha", 0x391},
                                                          {"Aring", 0xC5},
                                                          {"Atilde", 0xC3},
                                                          {"Auml", 0xC4},
                                                          {"Beta", 0x392},
                                                          {"Ccedil", 0xC7},
                                                          {"Chi", 0x3A7},
                                                          {"Dagger", 0x2021},
                                                          {"Delta", 0x394},
                                                          {"ETH", 0xD0},
                                                          {"Eacute", 0xC9},
                                                          {"Ecirc", 0xCA},
                                                          {"Egrave", 0xC8},
                                                          {"Epsilon", 0x395},
                                                          {"Eta", 0x397},
                                                          {"Euml", 0xCB},
                                                          {"Gamma", 0x393},
                                                          {"Iacute", 0xCD},
                                                          {"Icirc", 0xCE},
                                                          {"Igrave", 0xCC},
                                                          {"Iota", 0x399},
                                                          {"Iuml", 0xCF},
                                                          {"Kappa", 0x39A},
                                                          {"Lambda", 0x39B},
                                                          {"MediumSpace", 0x205F},
                                                          {"Mu", 0x39C},
                                                          {"NewLine", 0xA},
                                                          {"NonBreakingSpace", 0xA0},
                                                          {"Ntilde", 0xD1},
                                                          {"Nu", 0x39D},
                                                          {"OElig", 0x152},
                                                          {"Oacute", 0xD3},
                                                          {"Ocirc", 0xD4},
                                                          {"Ograve", 0xD2},
                                                          {"Omega", 0x3A9},
                                                          {"Omicron", 0x39F},
                                                          {"Oslash", 0xD8},
                                                          {"Otilde", 0xD5},
                                                          {"Ouml", 0xD6},
                                                          {"Phi", 0x3A6},
                                                          {"Pi", 0x3A0},
                                                          {"Prime", 0x2033},
                                                          {"Psi", 0x3A8},
                                                          {"Rho", 0x3A1},
                                                          {"Scaron", 0x160},
                                                          {"Sigma", 0x3A3},
                                                          {"THORN", 0xDE},
                                                          {"Tab", 0x9},
                                                          {"Tau", 0x3A4},
                                                          {"Theta", 0x398},
                                                          {"Uacute", 0xDA},
                                                          {"Ucirc", 0xDB},
                                                          {"Ugrave", 0xD9},
                                                          {"Upsilon", 0x3A5},
                                                          {"Uuml", 0xDC},
                                                          {"Xi", 0x39E},
                                                          {"Yacute", 0xDD},
                                                          {"Yuml", 0x178},
                                                          {"ZeroWidthSpace", 0x200B},
                                                          {"Zeta", 0x396},
                                                          {"aacute", 0xE1},
                                                          {"acirc", 0xE2},
                                                          {"acute", 0xB4},
                                                          {"aelig", 0xE6},
                                                          {"agrave", 0xE0},
                                                          {"alpha", 0x3B1},
                                                          {"amp", 0x26},
                                                          {"apos", 0x27},
                                                          {"aring", 0xE5},
                                                          {"ast", 0x2A},
                                                          {"asymp", 0x2248},
                                                          {"atilde", 0xE3},
                                                          {"auml", 0xE4},
                                                          {"bdquo", 0x201E},
                                                          {"beta", 0x3B2},
                                                          {"brvbar", 0xA6},
                                                          {"bsol", 0x5C},
                                                          {"bull", 0x2022},
                                                          {"ccedil", 0xE7},
                                                          {"cedil", 0xB8},
                                                          {"cent", 0xA2},
                                                          {"check", 0x2713},
                                                          {"chi", 0x3C7},
                                                          {"circ", 0x2C6},
                                                          {"clubs", 0x2663},
                                                          {"colon", 0x3A},
                                                          {"comma", 0x2C},
                                                          {"commat", 0x40},
                                                          {"copy", 0xA9},
                                                          {"curren", 0xA4},
                                                          {"dagger", 0x2020},
                                                          {"darr", 0x2193},
                                                          {"dash", 0x2010},
                                                          {"deg", 0xB0},
                                                          {"delta", 0x3B4},
                                                          {"diams", 0x2666},
                                                          {"divide", 0xF7},
                                                          {"dollar", 0x24},
                                                          {"eacute", 0xE9},
                                                          {"ecirc", 0xEA},
                                                          {"egrave", 0xE8},
                                                          {"emsp", 0x2003},
                                                          {"ensp", 0x2002},
                                                          {"epsilon", 0x3B5},
                                                          {"equals", 0x3D},
                                                          {"eta", 0x3B7},
                                                          {"eth", 0xF0},
                                                          {"euml", 0xEB},
                                                          {"euro", 0x20AC},
                                                          {"excl", 0x21},
                                                          {"fnof", 0x192},
                                                          {"frac12", 0xBD},
                                                          {"frac14", 0xBC},
                                                          {"frac34", 0xBE},
                                                          {"frasl", 0x2044},
                                                          {"gamma", 0x3B3},
                                                          {"ge", 0x2265},
                                                          {"grave", 0x60},
                                                          {"gt", 0x3E},
                                                          {"hairsp", 0x200A},
                                                          {"harr", 0x2194},
                                                          {"hearts", 0x2665},
                                                          {"hellip", 0x2026},
                                                          {"hyphen", 0x2010},
                                                          {"iacute", 0xED},
                                                          {"icirc", 0xEE},
                                                          {"iexcl", 0xA1},
                                                          {"igrave", 0xEC},
                                                          {"infin", 0x221E},
                                                          {"iota", 0x3B9},
                                                          {"iquest", 0xBF},
                                                          {"iuml", 0xEF},
                                                          {"kappa", 0x3BA},
                                                          {"lambda", 0x3BB},
                                                          {"laquo", 0xAB},
                                                          {"larr", 0x2190},
                                                          {"lcub", 0x7B},
                                                          {"ldquo", 0x201C},
                                                          {"le", 0x2264},
                                                          {"lowast", 0x2217},
                                                          {"lowbar", 0x5F},
                                                          {"loz", 0x25CA},
                                                          {"lpar", 0x28},
                                                          {"lrm", 0x200E},
                                                          {"lsaquo", 0x2039},
                                                          {"lsqb", 0x5B},
                                                          {"lsquo", 0x2018},
                                                          {"lt", 0x3C},
                                                          {"macr", 0xAF},
                                                          {"mdash", 0x2014},
                                                          {"micro", 0xB5},
                                                          {"middot", 0xB7},
                                                          {"minus", 0x2212},
                                                          {"mu", 0x3BC},
                                                          {"nbhy", 0x2011},
                                                          {"nbsp", 0xA0},
                                                          {"ndash", 0x2013},
                                                          {"ne", 0x2260},
                                                          {"not", 0xAC},
                                                          {"ntilde", 0xF1},
                                                          {"nu", 0x3BD},
                                                          {"num", 0x23},
                                                          {"numsp", 0x2007},
                                                          {"oacute", 0xF3},
                                                          {"ocirc", 0xF4},
                                                          {"oelig", 0x153},
                                                          {"ograve", 0xF2},
                                                          {"oline", 0x203E},
                                                          {"omega", 0x3C9},
                                                          {"omicron", 0x3BF},
                                                          {"ordf", 0xAA},
                                                          {"ordm", 0xBA},
                                                          {"oslash", 0xF8},
                                                          {"otilde", 0xF5},
                                                          {"ouml", 0xF6},
                                                          {"para", 0xB6},
                                                          {"percnt", 0x25},
                                                          {"period", 0x2E},
                                                          {"permil", 0x2030},
                                                          {"phi", 0x3C6},
                                                          {"pi", 0x3C0},
                                                          {"plus", 0x2B},
                                                          {"plusmn", 0xB1},
                                                          {"pound", 0xA3},
                                                          {"prime", 0x2032},
                                                          {"psi", 0x3C8},
                                                          {"puncsp", 0x2008},
                                                          {"quest", 0x3F},
                                                          {"quot", 0x22},
                                                          {"raquo", 0xBB},
                                                          {"rarr", 0x2192},
                                                          {"rcub", 0x7D},
                                                          {"rdquo", 0x201D},
                                                          {"reg", 0xAE},
                                                          {"rho", 0x3C1},
                                                          {"rlm", 0x200F},
                                                          {"rpar", 0x29},
                                                          {"rsaquo", 0x203A},
                                                          {"rsqb", 0x5D},
                                                          {"rsquo", 0x2019},
                                                          {"sbquo", 0x201A},
                                                          {"scaron", 0x161},
                                                          {"sdot", 0x22C5},
                                                          {"sect", 0xA7},
                                                          {"semi", 0x3B},
                                                          {"shy", 0xAD},
                                                          {"sigma", 0x3C3},
                                                          {"sigmaf", 0x3C2},
                                                          {"sol", 0x2F},
                                                          {"spades", 0x2660},
                                                          {"star", 0x2606},
                                                          {"starf", 0x2605},
                                                          {"sup1", 0xB9},
                                                          {"sup2", 0xB2},
                                                          {"sup3", 0xB3},
                                                          {"szlig", 0xDF},
                                                          {"tau", 0x3C4},
                                                          {"theta", 0x3B8},
                                                          {"thinsp", 0x2009},
                                                          {"thorn", 0xFE},
                                                          {"tilde", 0x2DC},
                                                          {"times", 0xD7},
                                                          {"trade", 0x2122},
                                                          {"uacute", 0xFA},
                                                          {"uarr", 0x2191},
                                                          {"ucirc", 0xFB},
                                                          {"ugrave", 0xF9},
                                                          {"uml", 0xA8},
                                                          {"upsilon", 0x3C5},
                                                          {"uuml", 0xFC},
                                                          {"verbar", 0x7C},
                                                          {"vert", 0x7C},
                                                          {"xi", 0x3BE},
                                                          {"yacute", 0xFD},
                                                          {"yen", 0xA5},
                                                          {"yuml", 0xFF},
                                                          {"zeta", 0x3B6},
                                                          {"zwj", 0x200D},
                                                          {"zwnj", 0x200C}});

// HTML maps numeric references in 0x80..0x9F to Windows-1252, as browsers do.
constexpr std::array<char16_t, 32> kC1 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::size_t decode_numeric(std::string_view s, std::size_t i, std::string& out) {
    std::size_t j = i + 2; // past "&#"
    const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const std::size_t digits_start = j;
    std::uint32_t value = 0;
    for (; j < s.size() && j - digits_start < 8; ++j) {
        const char c = s[j];
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0) break;
        value = value * (hex ? 16 : 10) + std::uint32_t(d);
    }
    if (j == digits_start) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    char32_t cp = value;
    if (value >= 0x80 && value <= 0x9F) cp = kC1[value - 0x80];
    if (value == 0 || value > 0x10FFFF) cp = kReplacement;
    append_utf8(out, cp);
    return j - i;
}

} // namespace

std::size_t decode_entity_at(std::string_view s, std::size_t i, std::string& out) {
    if (i >= s.size() || s[i] != '&') return 0;
    if (i + 1 < s.size() && s[i + 1] == '#') return decode_numeric(s, i, out);
    std::size_t j = i + 1;
    while (j < s.size() && j - i <= 32 && is_alnum(s[j])) ++j;
    if (j == i + 1) return 0;
    const std::string_view name = s.substr(i + 1, j - i - 1);
    const bool has_semicolon = j < s.size() && s[j] == ';';
    const auto it =
        std::lower_bound(kNamed.begin(), kNamed.end(), name,
                         [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (it == kNamed.end() || it->name != name) return 0;
    // Without ';' only the legacy names are references ("AT&T" must stay as it is).
    if (!has_semicolon && name != "amp" && name != "lt" && name != "gt" && name != "quot" &&
        name != "nbsp")
        return 0;
    append_utf8(out, it->cp);
    return j - i + (has_semicolon ? 1 : 0);
}

void append_decoded_entities(std::string& out, std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, amp - i));
        const std::size_t used = decode_entity_at(text, amp, out);
        if (used == 0) {
            out += '&';
            i = amp + 1;
        } else {
            i = amp + used;
        }
    }
}

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_decoded_entities(out, text);
    return out;
}

} // namespace kg::ingestion
