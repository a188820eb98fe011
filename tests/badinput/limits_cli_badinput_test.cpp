// Limits and the analyst's own files, run as a real process: an article over --max-file-mb, a
// corpus over --max-corpus-mb, a saved view naming too many entities, a dangling or missing
// curation file, a self-merge. For each: the exit status, the `kgviz: PATH: reason` line, the graph
// built from what could be loaded, and no partial output.
#include "cli_checks.hpp"
#include "hostile_files.hpp"
#include "run_process.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace kg::test {
namespace {

constexpr auto kLimit = std::chrono::seconds(480);

ProcessResult kgviz(std::vector<std::string> args) {
    args.insert(args.begin(), kKgviz);
    return run_process(args, kLimit);
}

class LimitsCli : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!kKgviz) GTEST_SKIP() << "the kgviz executable is not built in this configuration";
    }
};

// Plain article text of about `bytes` bytes that always ingests.
// `week` tells articles apart: the same article twice would be loaded once.
std::string article_text(std::size_t bytes, char week = '1') {
    std::string s = "Trade in East Asia\n\n";
    while (s.size() < bytes)
        s += std::string("Japan and Korea held talks on trade and fishing rights in week ") + week +
             ". ";
    return s + "\n";
}

// File names (not paths) of the documents in a written graph.
std::set<std::string> documents_in(const fs::path& graph_file) {
    std::set<std::string> names;
    const nlohmann::json g = nlohmann::json::parse(read_bytes(graph_file));
    for (const auto& d : g.at("documents"))
        names.insert(fs::path(d.at("path").get<std::string>()).filename().string());
    return names;
}

bool has_entity(const fs::path& graph_file, std::string_view id) {
    const nlohmann::json g = nlohmann::json::parse(read_bytes(graph_file));
    return std::any_of(g.at("entities").begin(), g.at("entities").end(),
                       [&](const nlohmann::json& e) { return e.at("id") == id; });
}

std::size_t line_count(const std::string& text) {
    return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

// --- per-file and corpus size limits ----------------------------------------------------------

TEST_F(LimitsCli, FileLimitIsAnOptionAndNamedWhenHit) {
    TempDir in("lim-file"), out("lim-out");
    const auto good = write_good_article(in.path());
    make_sparse_file(in / "two-mb.txt", 2ull << 20);
    const auto r = kgviz(
        {"extract", in.path().string(), "--max-file-mb", "1", "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_NE(
        r.err.find("two-mb.txt: file is 2.0 MB, over the 1 MB limit (--max-file-mb); skipped"),
        std::string::npos)
        << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
    expect_no_temp_files(out.path());
}

TEST_F(LimitsCli, CorpusLimitLoadsTheFirstFilesAndNamesEverySkippedOne) {
    TempDir in("lim-corpus"), out("lim-out");
    // Files load in path order: the good article and b1, b2 fit in 1 MB; b3 would not, so b3 and
    // everything after it are skipped, each named.
    const auto good = write_good_article(in.path(), "a-good.txt");
    for (const char* name : {"b1.txt", "b2.txt", "b3.txt"})
        write_bytes(in / name, article_text(400 << 10, name[1]));
    write_bytes(in / "c-small.txt", article_text(200));
    const auto r = kgviz(
        {"extract", in.path().string(), "--max-corpus-mb", "1", "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    for (const char* name : {"b3.txt", "c-small.txt"}) {
        EXPECT_TRUE(reports(r.err, name)) << name << "\n" << describe(r);
    }
    EXPECT_NE(r.err.find(
                  "b3.txt: skipped: the corpus limit of 1 MB (--max-corpus-mb) is used up by the 3 "
                  "files before it"),
              std::string::npos)
        << describe(r);
    EXPECT_FALSE(reports(r.err, "b2.txt")) << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
    EXPECT_EQ(documents_in(out / "g.json"),
              (std::set<std::string>{"a-good.txt", "b1.txt", "b2.txt"}));
    expect_no_temp_files(out.path());
}

TEST_F(LimitsCli, CorpusLimitBeforeAnyFileExitsOneAndKeepsThePreviousOutput) {
    TempDir in("lim-none"), out("lim-out");
    write_bytes(in / "big.txt", article_text(1200 << 10));
    write_bytes(out / "g.json", "previous");
    const auto r = kgviz(
        {"extract", in.path().string(), "--max-corpus-mb", "1", "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_TRUE(reports(r.err, "big.txt")) << describe(r);
    EXPECT_NE(r.err.find("--max-corpus-mb"), std::string::npos) << describe(r);
    EXPECT_EQ(read_bytes(out / "g.json"), "previous");
    expect_no_temp_files(out.path());
}

TEST_F(LimitsCli, BadLimitValuesAreUsageErrors) {
    for (const char* option : {"--max-file-mb", "--max-corpus-mb"})
        for (const char* value : {"0", "-1", "1.5", "abc", "", "99999999999", "1048577"}) {
            const auto r = kgviz({"extract", option, value});
            ASSERT_TRUE(r.exited()) << describe(r);
            EXPECT_EQ(r.exit_code, 2) << option << " " << value << "\n" << describe(r);
            EXPECT_NE(
                r.err.find(std::string("kgviz: ") + option + " needs a whole number of megabytes"),
                std::string::npos)
                << describe(r);
            EXPECT_NE(r.err.find("usage"), std::string::npos) << describe(r);
        }
    const auto r = kgviz({"extract", "--max-corpus-mb"});
    EXPECT_EQ(r.exit_code, 2) << describe(r);
}

// --- saved views that name too many entities ----------------------------------------------------

TEST_F(LimitsCli, ViewOverTheEntityLimitIsCutWithOneLinePerList) {
    TempDir in("lim-view"), out("lim-out");
    write_good_article(in.path());
    nlohmann::json view = {{"format", "kgviz-view/1"}};
    nlohmann::json selected = nlohmann::json::array();
    for (int i = 0; i <= 100000; ++i) {
        const std::string id = "ghost-" + std::to_string(i);
        view["pinned"][id] = {float(i), 0.0f};
        selected.push_back(id);
    }
    selected.push_back("china");
    view["selection"] = {{"entities", selected}, {"links", nlohmann::json::array()}};
    view["labels_pinned"] = std::vector<int>(200000, 7); // 200,000 items of the wrong type
    write_bytes(in / "big-view.json", view.dump());
    const auto r = kgviz({"snapshot", in.path().string(), "--view", (in / "big-view.json").string(),
                          "-o", (out / "fig.svg").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_NE(
        r.err.find(
            "big-view.json: pinned: warning: 100001 entries, over the limit of 100000 per list; "
            "the last 1 dropped"),
        std::string::npos)
        << r.err.substr(0, 4000);
    EXPECT_NE(r.err.find("selection: entities: warning: 100002 entries, over the limit of 100000"),
              std::string::npos)
        << r.err.substr(0, 4000);
    EXPECT_NE(r.err.find("labels_pinned: warning: 200000 items that are not strings; skipped"),
              std::string::npos)
        << r.err.substr(0, 4000);
    // The ids the corpus lacks are listed up to ten, then counted: no flood of 200,000 lines.
    EXPECT_LT(line_count(r.err), 40u) << r.err.substr(0, 4000);
    EXPECT_TRUE(fs::exists(out / "fig.svg"));
    expect_no_temp_files(out.path());
}

// --- curation files that are missing, dangling or wrong ----------------------------------------

TEST_F(LimitsCli, DanglingCurationLinkBesideTheCorpusIsReported) {
    TempDir in("cur-dangling"), out("lim-out");
    const auto good = write_good_article(in.path());
    fs::create_symlink(in / "moved-away.json", in / "kgviz-curation.json");
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_NE(r.err.find("kgviz-curation.json: symbolic link to a missing file"), std::string::npos)
        << describe(r);
    EXPECT_NE(r.err.find("moved-away.json"), std::string::npos) << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
    expect_no_temp_files(out.path());
}

TEST_F(LimitsCli, CurationLinkLoopIsReported) {
    TempDir in("cur-loop"), out("lim-out");
    const auto good = write_good_article(in.path());
    fs::create_symlink("other.json", in / "kgviz-curation.json");
    fs::create_symlink("kgviz-curation.json", in / "other.json");
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_NE(r.err.find("kgviz-curation.json: symbolic link loop"), std::string::npos)
        << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
}

TEST_F(LimitsCli, ExplicitCurationThatCannotBeReadIsReportedAndSkipped) {
    // interfaces.md: a file that cannot be read is reported and skipped; the run goes on (exit 0).
    TempDir in("cur-explicit"), out("lim-out");
    const auto good = write_good_article(in.path());
    fs::create_symlink(in / "nowhere.json", in / "dangling.json");
    fs::create_directories(in / "folder.json");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"missing.json", "missing.json: no such curation file; no corrections applied"},
        {"dangling.json", "dangling.json: symbolic link to a missing file"},
        {"folder.json", "folder.json: not found or not a regular file"},
    };
    for (const auto& [name, message] : cases) {
        SCOPED_TRACE(name);
        fs::remove(out / "g.json");
        const auto r = kgviz({"extract", in.path().string(), "--curation", (in / name).string(),
                              "-o", (out / "g.json").string()});
        ASSERT_TRUE(r.exited()) << describe(r);
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        expect_kgviz_lines(r.err);
        EXPECT_NE(r.err.find(message), std::string::npos) << describe(r);
        expect_graph_with_good_article(out / "g.json", good);
    }
    EXPECT_FALSE(fs::exists(in / "missing.json")) << "extract never creates a curation file";
    expect_no_temp_files(out.path());
}

TEST_F(LimitsCli, SelfMergeIsRefusedAndTheOtherCorrectionsApply) {
    TempDir in("cur-self"), out("lim-out");
    const auto good = write_good_article(in.path());
    write_bytes(in / "kgviz-curation.json", R"({"format": "kgviz-curation/1", "corrections": [
        {"op": "merge", "entity": "china", "other": "china", "name": "China"},
        {"op": "hide", "entity": "france"}]})");
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_NE(r.err.find("kgviz-curation.json: corrections[0]: warning: cannot merge 'china' into "
                         "itself; skipped"),
              std::string::npos)
        << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
    EXPECT_TRUE(has_entity(out / "g.json", "china"));
    EXPECT_FALSE(has_entity(out / "g.json", "france"))
        << "the well-formed correction beside it applies";
    EXPECT_NE(read_bytes(in / "kgviz-curation.json").find("\"merge\""), std::string::npos)
        << "extract never rewrites the curation file";
}

} // namespace
} // namespace kg::test
