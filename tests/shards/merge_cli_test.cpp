// `kgviz extract --shard K/N` then `kgviz merge`: the same bytes as one `kgviz extract`, and a
// clear refusal of shards that are not one whole split.
#include "run_process.hpp"

#include "ingest/shard.hpp"
#include "model/graph_json.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kg::test {
namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class MergeCli : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!kKgviz) GTEST_SKIP() << "the kgviz executable is not built in this configuration";
        dir_ = fs::temp_directory_path() / ("kgviz-merge-cli-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    ProcessResult kgviz(std::vector<std::string> args) {
        args.insert(args.begin(), kKgviz);
        return run_process(args, std::chrono::seconds(300));
    }

    // Extracts `inputs` once whole and once in `count` shards merged (given to merge last shard
    // first); returns both files' bytes.
    std::pair<std::string, std::string>
    whole_and_merged(const std::vector<std::string>& inputs, int count,
                     const std::vector<std::string>& extra = {}) {
        std::vector<std::string> whole = {"extract"};
        whole.insert(whole.end(), inputs.begin(), inputs.end());
        whole.insert(whole.end(), extra.begin(), extra.end());
        std::vector<std::string> merge = {"merge", "-o", (dir_ / "merged.json").string()};
        merge.insert(merge.end(), extra.begin(), extra.end());
        for (int k = count; k >= 1; --k) {
            const std::string shard = (dir_ / ("shard-" + std::to_string(k) + ".json")).string();
            auto args = whole;
            args.insert(args.end(),
                        {"--shard", std::to_string(k) + "/" + std::to_string(count), "-o", shard});
            const ProcessResult r = kgviz(args);
            EXPECT_EQ(r.exit_code, 0) << describe(r);
            merge.push_back(shard);
        }
        whole.insert(whole.end(), {"-o", (dir_ / "whole.json").string()});
        ProcessResult r = kgviz(whole);
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        r = kgviz(merge);
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        return {slurp(dir_ / "whole.json"), slurp(dir_ / "merged.json")};
    }

    fs::path dir_;
};

const std::string kSeeds = std::string(KGVIZ_SOURCE_DIR) + "/seeds";
const std::string kDevset = std::string(KGVIZ_SOURCE_DIR) + "/tests/data/devset";

TEST_F(MergeCli, ThreeShardsMergeToTheBytesOfOneProcess) {
    auto [whole, merged] = whole_and_merged({kSeeds, kDevset}, 3);
    ASSERT_GT(whole.size(), 10'000u);
    EXPECT_TRUE(whole == merged) << "merged graph differs from one process's: diff "
                                 << (dir_ / "whole.json") << " " << (dir_ / "merged.json");
    // Each shard holds only its part.
    Diagnostics diagnostics;
    std::size_t documents = 0;
    for (int k = 1; k <= 3; ++k) {
        std::optional<ShardHeader> header;
        auto shard = from_graph_json(slurp(dir_ / ("shard-" + std::to_string(k) + ".json")),
                                     "shard", diagnostics, &header);
        ASSERT_TRUE(shard && header);
        EXPECT_EQ(header->part, std::uint32_t(k));
        EXPECT_EQ(header->count, 3u);
        EXPECT_GT(shard->documents.size(), 0u);
        documents += shard->documents.size();
    }
    auto one = from_graph_json(whole, "whole", diagnostics);
    ASSERT_TRUE(one);
    EXPECT_EQ(documents, one->documents.size());
}

TEST_F(MergeCli, OneShardAndOffsetsOnlyMergeToo) {
    auto [whole, merged] = whole_and_merged({kSeeds}, 1, {"--passages", "offsets"});
    EXPECT_TRUE(whole == merged);
    EXPECT_EQ(whole.find("\"text\": \"", whole.find("\"evidence\"")), std::string::npos)
        << "--passages offsets wrote a passage's text";
}

TEST_F(MergeCli, ACopyInAnotherShardIsDroppedAsOneProcessDropsIt) {
    const fs::path corpus = dir_ / "corpus";
    fs::create_directories(corpus);
    for (const auto& f : fs::directory_iterator(kSeeds))
        fs::copy_file(f.path(), corpus / f.path().filename());
    // A copy of the first article under a name in the other of two shards.
    const fs::path original = corpus / "000_1e0701bb4e615653.txt";
    const ShardSpec original_shard =
        in_shard(original, {corpus}, {1, 2}) ? ShardSpec{1, 2} : ShardSpec{2, 2};
    fs::path copy;
    for (int i = 0; copy.empty(); ++i) {
        fs::path candidate = corpus / ("copy-" + std::to_string(i) + ".txt");
        if (!in_shard(candidate, {corpus}, original_shard)) copy = candidate;
    }
    fs::copy_file(original, copy);
    auto [whole, merged] = whole_and_merged({corpus.string()}, 2);
    EXPECT_TRUE(whole == merged);
    Diagnostics diagnostics;
    auto one = from_graph_json(whole, "whole", diagnostics);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->documents.size(), 5u) << "the copy was kept";
}

TEST_F(MergeCli, TheCurationBesideTheCorpusIsAppliedOnceToTheWhole) {
    const fs::path corpus = dir_ / "corpus";
    fs::create_directories(corpus);
    for (const auto& f : fs::directory_iterator(kSeeds))
        fs::copy_file(f.path(), corpus / f.path().filename());
    fs::copy(kDevset, corpus / "devset", fs::copy_options::recursive);
    // Both stages: an alias and a rename reach the knowledge base before extraction (in every
    // shard); hiding, merging and a rejected link need the whole graph (merge applies them).
    std::ofstream(corpus / "kgviz-curation.json")
        << R"({"format": "kgviz-curation/1", "corrections": [
      {"op": "add-alias", "entity": "china", "value": "the Middle Kingdom"},
      {"op": "rename", "entity": "russia", "value": "Russian Federation"},
      {"op": "hide", "entity": "soviet-union"},
      {"op": "merge", "entity": "united-states", "other": "united-states-congress", "name": "United States"},
      {"op": "reject-link", "entity": "china", "other": "india"}]})";
    auto [whole, merged] = whole_and_merged({corpus.string()}, 3);
    EXPECT_TRUE(whole == merged);
    EXPECT_NE(whole.find("Russian Federation"), std::string::npos) << "fixture: the rename applies";
    EXPECT_EQ(whole.find("\"soviet-union\""), std::string::npos)
        << "fixture: the hidden entity is mentioned";
}

TEST_F(MergeCli, RefusesShardsThatAreNotOneWholeSplit) {
    const std::string s1 = (dir_ / "s1.json").string(), s3 = (dir_ / "s3.json").string();
    ASSERT_EQ(kgviz({"extract", kSeeds, "--shard", "1/3", "-o", s1}).exit_code, 0);
    ASSERT_EQ(kgviz({"extract", kSeeds, "--shard", "3/3", "-o", s3}).exit_code, 0);

    ProcessResult r = kgviz({"merge", s1, s3, "-o", (dir_ / "m.json").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("shard 2 of 3 is missing"), std::string::npos) << r.err;
    r = kgviz({"merge", s1, s1, "-o", (dir_ / "m.json").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("shard 1 of 3 again"), std::string::npos) << r.err;
    const std::string whole = (dir_ / "whole.json").string();
    ASSERT_EQ(kgviz({"extract", kSeeds, "-o", whole}).exit_code, 0);
    r = kgviz({"merge", whole});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(whole + ": not a shard graph"), std::string::npos) << r.err;
    r = kgviz({"merge", (dir_ / "missing.json").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("missing.json"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir_ / "m.json"));

    r = kgviz({"extract", kSeeds, "--shard", "4/3"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("K must be from 1 to 3"), std::string::npos) << r.err;
    r = kgviz({"merge"});
    EXPECT_EQ(r.exit_code, 2);
}

TEST_F(MergeCli, RefusesShardsOfOtherInputs) {
    // corpus/sub/X is keyed "sub/X" when corpus is the input, "X" when corpus/sub is: a name in
    // shard 1 of 2 one way and in shard 2 the other way is read by both.
    const fs::path sub = dir_ / "corpus" / "sub";
    fs::create_directories(sub);
    fs::path both;
    for (int i = 0; both.empty(); ++i) {
        fs::path f = sub / ("article-" + std::to_string(i) + ".txt");
        if (in_shard(f, {dir_ / "corpus"}, {1, 2}) && in_shard(f, {sub}, {2, 2})) both = f;
    }
    std::ofstream(both)
        << "China and Russia held talks in Beijing on Monday about trade and energy.\n";
    const std::string s1 = (dir_ / "s1.json").string(), s2 = (dir_ / "s2.json").string();
    ASSERT_EQ(kgviz({"extract", (dir_ / "corpus").string(), "--shard", "1/2", "-o", s1}).exit_code,
              0);
    ASSERT_EQ(kgviz({"extract", sub.string(), "--shard", "2/2", "-o", s2}).exit_code, 0);
    const ProcessResult r = kgviz({"merge", s1, s2, "-o", (dir_ / "m.json").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(both.generic_string() + ": in " + s1 + " and in " + s2), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir_ / "m.json"));
}

TEST_F(MergeCli, OffsetsOnlyGraphReadsAsTheGraphWithText) {
    const auto text = dir_ / "text.json", offsets = dir_ / "offsets.json";
    ASSERT_EQ(kgviz({"extract", kSeeds, "-o", text.string()}).exit_code, 0);
    ASSERT_EQ(kgviz({"extract", kSeeds, "--passages", "offsets", "-o", offsets.string()}).exit_code,
              0);
    EXPECT_LT(fs::file_size(offsets), fs::file_size(text));
    Diagnostics diagnostics;
    auto read = from_graph_json(slurp(offsets), offsets.string(), diagnostics);
    ASSERT_TRUE(read);
    EXPECT_TRUE(diagnostics.empty());
    // The reader takes each passage's text from its document: written again, every `text` is back.
    EXPECT_TRUE(to_graph_json(*read) == slurp(text));
}

} // namespace
} // namespace kg::test
