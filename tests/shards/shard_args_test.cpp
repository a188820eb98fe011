// Parsing of `extract --shard K/N`, `--passages text|offsets` and `kgviz merge`.
#include "cli/parse_args.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kg::app {
namespace {

ParsedCommand parse(std::vector<std::string_view> args) {
    return parse_args(args);
}

std::string usage_error(std::vector<std::string_view> args) {
    auto c = parse(args);
    return std::holds_alternative<UsageError>(c) ? std::get<UsageError>(c).message : "(accepted)";
}

TEST(ShardArgs, ExtractTakesAShardAndAPassageForm) {
    auto c =
        parse({"extract", "corpus", "--shard", "2/8", "--passages", "offsets", "-o", "s.json"});
    ASSERT_TRUE(std::holds_alternative<ExtractOptions>(c));
    const auto& o = std::get<ExtractOptions>(c);
    EXPECT_EQ(o.shard, (ShardSpec{2, 8}));
    EXPECT_FALSE(o.passage_text);
    const auto plain = std::get<ExtractOptions>(parse({"extract", "corpus"}));
    EXPECT_FALSE(plain.shard);
    EXPECT_TRUE(plain.passage_text);
}

TEST(ShardArgs, BadShardsAndPassageFormsAreUsageErrors) {
    EXPECT_NE(usage_error({"extract", "--shard", "0/3"}).find("K must be from 1 to 3"),
              std::string::npos);
    EXPECT_NE(usage_error({"extract", "--shard", "3"}).find("K/N"), std::string::npos);
    EXPECT_NE(usage_error({"extract", "--shard"}).find("K/N"), std::string::npos);
    EXPECT_NE(usage_error({"extract", "--passages", "none"}).find("text or offsets, not 'none'"),
              std::string::npos);
    EXPECT_NE(usage_error({"extract", "--shard", "1/2", "--format", "csv", "-o", "x.csv"})
                  .find("graph JSON"),
              std::string::npos);
    EXPECT_NE(
        usage_error({"extract", "--passages", "offsets", "--format", "gexf"}).find("graph JSON"),
        std::string::npos);
    EXPECT_TRUE(std::holds_alternative<ExtractOptions>(
        parse({"extract", "--passages", "text", "--format", "gexf"})));
}

TEST(ShardArgs, MergeTakesShardsOutputPassagesAndCuration) {
    auto c = parse({"merge", "a.json", "b.json", "-o", "g.json", "--passages", "offsets",
                    "--curation", "c.json"});
    ASSERT_TRUE(std::holds_alternative<MergeOptions>(c));
    const auto& o = std::get<MergeOptions>(c);
    ASSERT_EQ(o.shards.size(), 2u);
    EXPECT_EQ(o.shards[1], "b.json");
    EXPECT_EQ(o.output, std::filesystem::path("g.json"));
    EXPECT_FALSE(o.passage_text);
    EXPECT_EQ(o.curation, std::filesystem::path("c.json"));
    EXPECT_NE(usage_error({"merge"}).find("needs the shard files"), std::string::npos);
    EXPECT_NE(usage_error({"merge", "a.json", "--shard", "1/2"}).find("unknown option '--shard'"),
              std::string::npos);
}

} // namespace
} // namespace kg::app
