// Date recognition.
#include "ingest/dates.hpp"

#include "ingest/text_clean.hpp"

#include <array>
#include <cstdio>

namespace kg::ingestion {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool valid(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// Reads up to `max` digits at i; returns the count read.
std::size_t read_int(std::string_view s, std::size_t i, std::size_t max, int& value) {
    std::size_t n = 0;
    value = 0;
    while (i + n < s.size() && n < max && is_digit(s[i + n]))
        value = value * 10 + (s[i + n++] - '0');
    return n;
}

// A month name or abbreviation at i (word start); returns 1..12 and its length (with a '.').
int read_month(std::string_view lower, std::size_t i, std::size_t& len) {
    if (i > 0 && is_alpha(lower[i - 1])) return 0;
    std::size_t n = 0;
    while (i + n < lower.size() && is_alpha(lower[i + n])) ++n;
    const std::string_view word = lower.substr(i, n);
    for (int m = 0; m < 12; ++m) {
        if (word == kMonthNames[m] || word == kMonths[m] || (m == 8 && word == "sept")) {
            len = n + (i + n < lower.size() && lower[i + n] == '.' ? 1 : 0);
            return m + 1;
        }
    }
    return 0;
}

// A four-digit year at i: the next character must not be a digit, unless a glued time follows.
bool read_year(std::string_view s, std::size_t i, int& year, std::size_t& len) {
    if (read_int(s, i, 4, year) != 4) return false;
    len = 4;
    if (i + 4 < s.size() && is_digit(s[i + 4])) {
        std::size_t j = i + 4;
        while (j < s.size() && is_digit(s[j]) && j - i < 6) ++j;
        if (j >= s.size() || s[j] != ':') return false;
    }
    return true;
}

FoundDate try_at(std::string_view s, std::string_view lower, std::size_t i) {
    int a = 0, b = 0, c = 0;
    std::size_t n = 0, len = 0;
    if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]))) {
        // 2021-03-23, 2021/03/23, 2021.03.23, 2024年5月16日
        if (read_int(s, i, 5, a) == 4) {
            std::size_t j = i + 4;
            if (s.substr(j).starts_with("\u5E74")) {
                j += 3;
                if ((n = read_int(s, j, 2, b)) && s.substr(j + n).starts_with("\u6708")) {
                    j += n + 3;
                    if ((n = read_int(s, j, 2, c)) && valid(a, b, c)) {
                        const std::size_t end =
                            j + n + (s.substr(j + n).starts_with("\u65E5") ? 3 : 0);
                        return {iso(a, b, c), i, end};
                    }
                }
            } else if (j < s.size() && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
                const char sep = s[j];
                if ((n = read_int(s, j + 1, 2, b)) && j + 1 + n < s.size() && s[j + 1 + n] == sep) {
                    const std::size_t k = j + 2 + n;
                    if ((len = read_int(s, k, 2, c)) && valid(a, b, c) &&
                        (k + len >= s.size() || !is_digit(s[k + len])))
                        return {iso(a, b, c), i, k + len};
                }
            }
        }
        // 16 May 2024
        if ((n = read_int(s, i, 2, c)) && i + n < s.size() && s[i + n] == ' ') {
            std::size_t j = i + n + 1;
            if (const int m = read_month(lower, j, len)) {
                j += len;
                if (j < s.size() && s[j] == ',') ++j;
                if (j < s.size() && s[j] == ' ') ++j;
                std::size_t ylen = 0;
                if (read_year(s, j, a, ylen) && valid(a, m, c)) return {iso(a, m, c), i, j + ylen};
            }
        }
        return {};
    }
    // May 16, 2024 / Dec. 15 2021
    if (const int m = read_month(lower, i, len)) {
        std::size_t j = i + len;
        if (j < s.size() && s[j] == ' ') ++j;
        if ((n = read_int(s, j, 2, c))) {
            j += n;
            if (lower.substr(j).starts_with("st") || lower.substr(j).starts_with("nd") ||
                lower.substr(j).starts_with("rd") || lower.substr(j).starts_with("th"))
                j += 2;
            if (j < s.size() && s[j] == ',') ++j;
            if (j < s.size() && s[j] == ' ') ++j;
            std::size_t ylen = 0;
            if (read_year(s, j, a, ylen) && valid(a, m, c)) return {iso(a, m, c), i, j + ylen};
        }
    }
    return {};
}

} // namespace

FoundDate find_date(std::string_view text) {
    const std::string lower = ascii_lower(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_digit(text[i]) && !is_alpha(text[i])) continue;
        FoundDate d = try_at(text, lower, i);
        if (!d.iso.empty()) return d;
    }
    return {};
}

std::string parse_date(std::string_view text) {
    text = trim(text);
    const FoundDate d = find_date(text);
    if (d.iso.empty() || d.begin > 12) return {};
    // What follows the date may only be a time ("T09:50:00.000Z", " 10:38", "2:18 PM").
    for (char c : text.substr(d.end))
        if (is_alpha(c) && c != 'T' && c != 'Z' && c != 'A' && c != 'P' && c != 'M' && c != 'U' &&
            c != 'C' && c != 'G' && c != 'E' && c != 'S')
            return {};
    return d.iso;
}

} // namespace kg::ingestion
