// Opening a web link from the app: only plain http(s) URLs, through a program run without a shell.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

// Longer URLs are refused: no real article address needs more, and launchers choke on them.
inline constexpr std::size_t kMaxUrlLength = 2048;

// Why `url` may not be handed to a browser, or an empty string when it may.
// Accepted: http:// or https://, a host (no user@ part), printable ASCII only, none of the
// characters that launcher shell scripts mishandle (quotes, $ ; | \ < > ` { } ^ and spaces).
std::string url_refusal(std::string_view url);

// True when url_refusal(url) is empty.
bool is_openable_url(std::string_view url);

// Runs `program url` (default xdg-open) with posix_spawnp and an argument vector, never a shell,
// and reaps it in the background. Returns an empty string once started, otherwise why not.
std::string open_url_in_browser(std::string_view url, const std::string& program = "xdg-open");

} // namespace kg
