// Names, hashing and descriptions of corrections.
#include "curation/correction.hpp"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 13> kKindIds{
    "merge",           "split",          "rename", "set-type",    "set-region",
    "set-affiliation", "add-alias",      "hide",   "accept-link", "reject-link",
    "accept-passage",  "reject-passage", "note"};

} // namespace

std::string_view correction_kind_id(CorrectionKind kind) {
    const auto i = std::size_t(kind);
    return i < kKindIds.size() ? kKindIds[i] : "unknown";
}

std::optional<CorrectionKind> correction_kind_from_id(std::string_view id) {
    for (std::size_t i = 0; i < kKindIds.size(); ++i)
        if (kKindIds[i] == id) return CorrectionKind(i);
    return std::nullopt;
}

bool changes_knowledge_base(CorrectionKind kind) {
    switch (kind) {
    case CorrectionKind::Merge:
    case CorrectionKind::Split:
    case CorrectionKind::Rename:
    case CorrectionKind::SetType:
    case CorrectionKind::SetRegion:
    case CorrectionKind::SetAffiliation:
    case CorrectionKind::AddAlias:
        return true;
    default:
        return false;
    }
}

std::string passage_hash(std::string_view sentence) {
    std::uint64_t h = 14695981039346656037ull;
    bool pending_space = false, started = false;
    auto feed = [&](unsigned char c) {
        h ^= c;
        h *= 1099511628211ull;
    };
    for (char c : sentence) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            pending_space = started;
            continue;
        }
        if (pending_space) feed(' ');
        pending_space = false;
        started = true;
        feed(static_cast<unsigned char>(c));
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[std::size_t(i)] = kHex[h & 0xF];
    return out;
}

std::string correction_problem(const Correction& c) {
    switch (c.kind) {
    case CorrectionKind::Merge:
        if (c.entity == c.other) return "cannot merge '" + c.entity + "' into itself";
        break;
    case CorrectionKind::Split:
        if (c.value == c.entity)
            return "cannot split '" + c.entity + "' into itself: the new entity needs another id";
        break;
    case CorrectionKind::SetAffiliation:
        if (c.value == c.entity) return "'" + c.entity + "' cannot be affiliated with itself";
        break;
    case CorrectionKind::AcceptLink:
    case CorrectionKind::RejectLink:
    case CorrectionKind::AcceptPassage:
    case CorrectionKind::RejectPassage:
        if (c.entity == c.other)
            return "a link joins two different entities, not '" + c.entity + "' and itself";
        break;
    default:
        break;
    }
    return {};
}

std::string describe_correction(const Correction& c) {
    if (!c.what.empty()) return c.what;
    const std::string e = "'" + c.entity + "'", o = "'" + c.other + "'";
    switch (c.kind) {
    case CorrectionKind::Merge:
        return "Merge " + o + " into " + e;
    case CorrectionKind::Split:
        return "Split '" + c.value + "' out of " + e;
    case CorrectionKind::Rename:
        return "Rename " + e + " to '" + c.value + "'";
    case CorrectionKind::SetType:
        return "Set the type of " + e + " to " + c.value;
    case CorrectionKind::SetRegion: {
        std::string r;
        for (const std::string& v : c.values) r += (r.empty() ? "" : ", ") + v;
        return "Set the region of " + e + " to " + (r.empty() ? "none" : r);
    }
    case CorrectionKind::SetAffiliation:
        return "Set the affiliation of " + e + " to '" + c.value + "'";
    case CorrectionKind::AddAlias:
        return "Add alias '" + c.value + "' to " + e;
    case CorrectionKind::Hide:
        return "Hide " + e;
    case CorrectionKind::AcceptLink:
        return "Accept the link " + e + " - " + o;
    case CorrectionKind::RejectLink:
        return "Reject the link " + e + " - " + o;
    case CorrectionKind::AcceptPassage:
        return "Accept a passage of " + e + " - " + o;
    case CorrectionKind::RejectPassage:
        return "Reject a passage of " + e + " - " + o;
    case CorrectionKind::Note:
        return "Note on " + e + (c.other.empty() ? "" : " - " + o);
    case CorrectionKind::Unknown:
        return "Unknown correction (kept as written)";
    }
    return "Correction";
}

} // namespace kg
