// Heads of state and government among the knowledge base's leaders, read from their roles.
#include "extract/head_of.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

// One role: "President of Russia (2000-2008, since 2012)", "Prime Minister (2008-2012)".
bool role_heads(std::string_view role, const KbEntity& of) {
    while (!role.empty() && role.front() == ' ') role.remove_prefix(1);
    static constexpr std::array<std::string_view, 13> kHeads{
        "President", "Prime Minister",   "Premier",  "Chancellor", "King",
        "Queen",     "Emperor",          "Emir",     "Sultan",     "Supreme Leader",
        "Leader",    "Paramount leader", "Taoiseach"};
    // A one-party state's head is its party's head: "General Secretary of the Chinese Communist
    // Party".
    static constexpr std::array<std::string_view, 3> kPartyHeads{
        "General Secretary of the", "Chairman of the", "First Secretary of the"};
    for (std::string_view p : kPartyHeads)
        if (starts_with(role, p) && role.find("Communist Party") != std::string_view::npos)
            return true;
    auto title = std::find_if(kHeads.begin(), kHeads.end(),
                              [&](std::string_view t) { return starts_with(role, t); });
    if (title == kHeads.end()) return false;
    std::string_view rest = role.substr(title->size());
    if (starts_with(rest, " (") || rest.empty()) return true;
    if (!starts_with(rest, " of ")) return false; // "Vice ...", "Chancellorship", "President-elect"
    rest.remove_prefix(4);
    if (starts_with(rest, "the Exchequer")) return false;
    if (starts_with(rest, "the ") && !starts_with(of.name, "the ") && !starts_with(of.name, "The "))
        rest.remove_prefix(4);
    auto names = [&](std::string_view n) {
        return starts_with(rest, n) &&
               (rest.size() == n.size() || rest[n.size()] == ' ' || rest[n.size()] == ',');
    };
    if (names(of.name)) return true;
    return std::any_of(of.aliases.begin(), of.aliases.end(),
                       [&](const std::string& a) { return names(a); });
}

} // namespace

bool heads(const KbEntity& leader, const KbEntity& of) {
    std::string_view role = leader.role;
    if (role.empty()) return true; // nothing says otherwise: the knowledge base listed a leader
    while (!role.empty()) {
        std::size_t cut = std::min(role.find(';'), role.find(" and "));
        if (role_heads(role.substr(0, cut), of)) return true;
        if (cut == std::string_view::npos) break;
        role.remove_prefix(cut + (role[cut] == ';' ? 1 : 5));
    }
    return false;
}

} // namespace kg
