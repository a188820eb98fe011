// Shard membership: a hash of each file's path relative to its input, independent of the machine.
#include "ingest/shard.hpp"

#include <charconv>

namespace kg {
namespace fs = std::filesystem;
namespace {

std::optional<std::uint32_t> whole_number(std::string_view text) {
    std::uint32_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ull;
    return h;
}

// True when `dir`'s components are the first components of `file`.
bool is_under(const fs::path& file, const fs::path& dir) {
    auto f = file.begin();
    for (auto d = dir.begin(); d != dir.end(); ++d, ++f) {
        if (d->empty()) continue; // the trailing "" of "corpus/"
        if (f == file.end() || *f != *d) return false;
    }
    return true;
}

} // namespace

std::optional<ShardSpec> parse_shard(std::string_view text, std::string& error) {
    const auto slash = text.find('/');
    const auto part =
        slash == std::string_view::npos ? std::nullopt : whole_number(text.substr(0, slash));
    const auto count =
        slash == std::string_view::npos ? std::nullopt : whole_number(text.substr(slash + 1));
    if (!part || !count) {
        error = "--shard needs K/N (shard K of N, counted from 1, e.g. 1/4), not '" +
                std::string(text) + "'";
        return std::nullopt;
    }
    if (*count < 1 || *count > kMaxShardCount) {
        error = "--shard " + std::string(text) + ": N must be from 1 to " +
                std::to_string(kMaxShardCount);
        return std::nullopt;
    }
    if (*part < 1 || *part > *count) {
        error = "--shard " + std::string(text) + ": K must be from 1 to " + std::to_string(*count) +
                " (shards are counted from 1)";
        return std::nullopt;
    }
    return ShardSpec{*part, *count};
}

std::uint64_t shard_key(const fs::path& file, const std::vector<fs::path>& inputs) {
    // The longest input folder holding the file names it (a folder may be given inside another).
    const fs::path* root = nullptr;
    for (const auto& input : inputs)
        if (input != file && is_under(file, input) &&
            (!root ||
             std::distance(input.begin(), input.end()) > std::distance(root->begin(), root->end())))
            root = &input;
    const fs::path relative = root ? file.lexically_relative(*root) : file.filename();
    return fnv1a(relative.generic_string());
}

bool in_shard(const fs::path& file, const std::vector<fs::path>& inputs, const ShardSpec& shard) {
    return shard_key(file, inputs) % shard.count == shard.part - 1;
}

} // namespace kg
