// Shards of a corpus: which input files one of N processes reads (`kgviz extract --shard K/N`).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Shard `part` of `count`, numbered from 1 ("2/4" is the second of four), as Slurm array ids are.
struct ShardSpec {
    std::uint32_t part = 1;
    std::uint32_t count = 1;
    friend bool operator==(const ShardSpec&, const ShardSpec&) = default;
};

// Shard counts above this are refused: a shard per article of a million-article corpus is plenty.
inline constexpr std::uint32_t kMaxShardCount = 1'000'000;

// Parses "K/N" (1 <= K <= N <= kMaxShardCount); nullopt with `error` set otherwise.
std::optional<ShardSpec> parse_shard(std::string_view text, std::string& error);

// The stable key of a file: FNV-1a 64 of its path relative to the input that named it (the file
// name for a file named directly), '/'-separated, so every machine and working folder agree.
std::uint64_t shard_key(const std::filesystem::path& file,
                        const std::vector<std::filesystem::path>& inputs);

// True when `file` (one of collect_input_files(inputs)) belongs to `shard`: key mod count ==
// part-1.
bool in_shard(const std::filesystem::path& file, const std::vector<std::filesystem::path>& inputs,
              const ShardSpec& shard);

} // namespace kg
