// URL vetting and a shell-free launcher: text from the web never reaches a shell or an option
// parser.
#include "common/open_url.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

extern char** environ;

namespace kg {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

bool is_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// xdg-open and the desktop launchers behind it are shell scripts with a history of quoting bugs,
// so characters a shell gives meaning to are refused even though some are legal in URLs.
bool is_refused_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) return true; // controls, space, DEL, anything non-ASCII
    return std::strchr("\"'`$;|\\<>{}^", c) != nullptr;
}

// "host", "host:port", "[v6]" or "[v6]:port"; user@host is refused (it disguises the real host).
std::string authority_refusal(std::string_view authority) {
    if (authority.empty()) return "the URL names no host";
    if (authority.find('@') != std::string_view::npos) return "the URL contains a user name (@)";
    std::string_view host = authority, port;
    if (host.front() == '[') {
        const auto close = host.find(']');
        if (close == std::string_view::npos) return "the URL's IPv6 host is not closed";
        for (char c : host.substr(1, close - 1))
            if (!is_hex(c) && c != ':' && c != '.') return "the URL's IPv6 host is malformed";
        port = host.substr(close + 1);
        host = host.substr(0, close + 1);
        if (!port.empty() && port.front() != ':') return "the URL's host is malformed";
    } else if (const auto colon = host.find(':'); colon != std::string_view::npos) {
        port = host.substr(colon);
        host = host.substr(0, colon);
    }
    if (host.empty() || host == "[]") return "the URL names no host";
    if (host.front() != '[')
        for (char c : host)
            if (!is_alnum(c) && c != '-' && c != '.')
                return "the URL's host has characters a host cannot have";
    if (!port.empty()) {
        port.remove_prefix(1);
        if (port.empty() || port.size() > 5) return "the URL's port is malformed";
        for (char c : port)
            if (c < '0' || c > '9') return "the URL's port is malformed";
    }
    return {};
}

} // namespace

std::string url_refusal(std::string_view url) {
    if (url.empty()) return "the URL is empty";
    if (url.size() > kMaxUrlLength)
        return "the URL is longer than " + std::to_string(kMaxUrlLength) + " characters";
    std::size_t scheme_length = 0;
    if (starts_with_ci(url, "https://"))
        scheme_length = 8;
    else if (starts_with_ci(url, "http://"))
        scheme_length = 7;
    else
        return "only http:// and https:// links are opened";
    for (char c : url)
        if (is_refused_char(c))
            return "the URL contains a space, control, non-ASCII or shell character";
    const std::string_view rest = url.substr(scheme_length);
    return authority_refusal(rest.substr(0, rest.find_first_of("/?#")));
}

bool is_openable_url(std::string_view url) {
    return url_refusal(url).empty();
}

std::string open_url_in_browser(std::string_view url, const std::string& program) {
    if (auto why = url_refusal(url); !why.empty()) return "refusing to open the link: " + why;

    // The argument vector is exactly [program, url]: the URL starts with "http", so it can never
    // be read as an option, and no shell ever sees it.
    std::string url_copy(url);
    std::string program_copy(program);
    std::vector<char*> argv{program_copy.data(), url_copy.data(), nullptr};

    // The launcher must not read the app's terminal or inherit its signal mask.
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawnattr_init(&attr);
    sigset_t empty;
    sigemptyset(&empty);
    posix_spawnattr_setsigmask(&attr, &empty);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);

    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, program_copy.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) return "cannot start " + program + ": " + std::strerror(rc);

    // Some launchers stay until the browser closes; reap off the caller's thread so the UI
    // never waits and no zombie is left.
    std::thread([pid] {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }).detach();
    return {};
}

} // namespace kg
