// The shard split: K/N parsing, a key that depends on the path below the input only, a partition.
#include "ingest/shard.hpp"

#include <gtest/gtest.h>

#include <set>

namespace fs = std::filesystem;

namespace kg {
namespace {

TEST(ShardSpec, ParsesKOfNCountedFromOne) {
    std::string error;
    EXPECT_EQ(parse_shard("1/1", error), (ShardSpec{1, 1}));
    EXPECT_EQ(parse_shard("3/4", error), (ShardSpec{3, 4}));
    EXPECT_EQ(parse_shard("4/4", error), (ShardSpec{4, 4}));
}

TEST(ShardSpec, RefusesWhatIsNotAShardWithAReason) {
    for (const char* bad : {"", "3", "/4", "3/", "a/b", "1/2/3", "-1/4", "1 /4", "1/4x"}) {
        std::string error;
        EXPECT_FALSE(parse_shard(bad, error)) << bad;
        EXPECT_NE(error.find("K/N"), std::string::npos) << bad << ": " << error;
    }
    std::string error;
    EXPECT_FALSE(parse_shard("0/4", error));
    EXPECT_NE(error.find("from 1 to 4"), std::string::npos) << error;
    EXPECT_FALSE(parse_shard("5/4", error));
    EXPECT_NE(error.find("from 1 to 4"), std::string::npos) << error;
    EXPECT_FALSE(parse_shard("1/0", error));
    EXPECT_NE(error.find("N must be"), std::string::npos) << error;
    EXPECT_FALSE(parse_shard("1/99999999999", error));
}

TEST(ShardKey, IsThePathBelowTheInputWhereverTheInputIs) {
    const std::uint64_t here = shard_key("corpus/2024/a.txt", {"corpus"});
    EXPECT_EQ(shard_key("/data/x/corpus/2024/a.txt", {"/data/x/corpus"}), here);
    EXPECT_EQ(shard_key("corpus/2024/a.txt", {"corpus/"}), here);
    EXPECT_EQ(shard_key("other/2024/a.txt", {"seeds", "other"}), here);
    // A file named directly is keyed by its name.
    EXPECT_EQ(shard_key("/tmp/a.txt", {"/tmp/a.txt"}), shard_key("b/a.txt", {"b/a.txt"}));
    EXPECT_NE(shard_key("corpus/2024/b.txt", {"corpus"}), here);
    // FNV-1a 64 of "2024/a.txt": fixed forever, or shards written by two versions would not merge.
    EXPECT_EQ(here, 0x57b5405d8cd441dfull);
}

TEST(ShardKey, TheShardsPartitionTheFiles) {
    const std::vector<fs::path> inputs = {"corpus"};
    for (std::uint32_t count : {1u, 2u, 3u, 7u}) {
        std::vector<std::size_t> sizes(count, 0);
        for (int i = 0; i < 300; ++i) {
            const fs::path file = fs::path("corpus") / ("article-" + std::to_string(i) + ".txt");
            int in = 0;
            for (std::uint32_t k = 1; k <= count; ++k)
                if (in_shard(file, inputs, {k, count})) ++in, ++sizes[k - 1];
            EXPECT_EQ(in, 1) << file << " in " << in << " of " << count << " shards";
        }
        for (std::size_t s : sizes)
            EXPECT_GT(s, 300 / count / 2) << "a lopsided split of " << count;
    }
}

} // namespace
} // namespace kg
