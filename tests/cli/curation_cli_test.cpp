// `kgviz extract` applies the analyst's corrections: the curation file beside the corpus, or
// --curation FILE; corrections that no longer apply are reported and kept.
#include "run_process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kg::test {
namespace {

class CurationCli : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!kKgviz) GTEST_SKIP() << "the kgviz executable is not built in this configuration";
        dir_ = fs::temp_directory_path() / ("kgviz-curation-cli-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "corpus");
        for (const auto& f : fs::directory_iterator(fs::path(KGVIZ_SOURCE_DIR) / "seeds"))
            if (f.path().extension() == ".txt")
                fs::copy_file(f.path(), dir_ / "corpus" / f.path().filename());
    }
    void TearDown() override { fs::remove_all(dir_); }

    void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

    nlohmann::json extract(std::vector<std::string> extra, ProcessResult* result = nullptr) {
        std::vector<std::string> args = {kKgviz, "extract", (dir_ / "corpus").string(), "-o",
                                         (dir_ / "graph.json").string()};
        args.insert(args.end(), extra.begin(), extra.end());
        ProcessResult r = run_process(args, std::chrono::seconds(240));
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        if (result) *result = r;
        std::ifstream in(dir_ / "graph.json");
        return nlohmann::json::parse(in);
    }

    static const nlohmann::json* entity(const nlohmann::json& g, const std::string& id) {
        for (const auto& e : g["entities"])
            if (e["id"] == id) return &e;
        return nullptr;
    }

    fs::path dir_;
};

constexpr const char* kCorrections = R"({"format": "kgviz-curation/1", "corrections": [
  {"op": "hide", "entity": "soviet-union", "what": "hide"},
  {"op": "rename", "entity": "china", "value": "People's Republic of China", "what": "rename"},
  {"op": "hide", "entity": "no-such-entity", "what": "stale"}]})";

TEST_F(CurationCli, FileBesideTheCorpusIsApplied) {
    const auto plain = extract({});
    ASSERT_TRUE(entity(plain, "soviet-union"))
        << "fixture assumption: the seeds mention the Soviet Union";

    write(dir_ / "corpus" / "kgviz-curation.json", kCorrections);
    ProcessResult r;
    const auto curated = extract({}, &r);
    EXPECT_FALSE(entity(curated, "soviet-union"));
    ASSERT_TRUE(entity(curated, "china"));
    EXPECT_EQ((*entity(curated, "china"))["name"], "People's Republic of China");
    for (const auto& l : curated["links"]) {
        EXPECT_NE(l["source"], "soviet-union");
        EXPECT_NE(l["target"], "soviet-union");
    }
    EXPECT_NE(r.err.find("1 correction(s) no longer apply"), std::string::npos) << r.err;
}

TEST_F(CurationCli, CurationOptionOverridesTheFileBesideTheCorpus) {
    write(dir_ / "corpus" / "kgviz-curation.json", kCorrections);
    write(dir_ / "other.json", R"({"format": "kgviz-curation/1", "corrections": []})");
    const auto g = extract({"--curation", (dir_ / "other.json").string()});
    EXPECT_TRUE(entity(g, "soviet-union"));
    EXPECT_EQ((*entity(g, "china"))["name"], "China");
}

TEST_F(CurationCli, MissingCurationOptionFileIsNamed) {
    ProcessResult r;
    extract({"--curation", (dir_ / "nope.json").string()}, &r);
    EXPECT_NE(r.err.find("nope.json: no such curation file"), std::string::npos) << r.err;
}

} // namespace
} // namespace kg::test
