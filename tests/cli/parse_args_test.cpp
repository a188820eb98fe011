// Command-line parsing: every form of interfaces.md, and usage errors for everything else.
#include "cli/parse_args.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

kg::app::ParsedCommand parse(std::vector<std::string_view> args) {
    return kg::app::parse_args(args);
}

TEST(ParseArgs, NoArgumentsOpensTheAppOnTheBundledCorpus) {
    auto c = parse({});
    ASSERT_TRUE(std::holds_alternative<kg::app::GuiOptions>(c));
    EXPECT_TRUE(std::get<kg::app::GuiOptions>(c).corpus.inputs.empty());
}

TEST(ParseArgs, ExtractWithPathsAndOutput) {
    auto c = parse({"extract", "seeds", "more/a.md", "-o", "g.json"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(c));
    const auto& o = std::get<kg::app::ExtractOptions>(c);
    ASSERT_EQ(o.corpus.inputs.size(), 2u);
    EXPECT_EQ(o.corpus.inputs[1], "more/a.md");
    EXPECT_EQ(o.output, std::filesystem::path("g.json"));
}

TEST(ParseArgs, SnapshotWithEveryOption) {
    auto c = parse({"snapshot", "seeds", "-o", "f.png", "--view", "v.json", "--width", "3840",
                    "--height", "2160", "--theme", "print", "--title", "China-Russia",
                    "--no-legend", "--curation", "c.json"});
    ASSERT_TRUE(std::holds_alternative<kg::app::SnapshotOptions>(c));
    const auto& o = std::get<kg::app::SnapshotOptions>(c);
    EXPECT_EQ(o.output, "f.png");
    EXPECT_EQ(o.view, std::filesystem::path("v.json"));
    EXPECT_EQ(o.figure.viewport, (kg::Vec2{3840, 2160}));
    EXPECT_EQ(o.figure.style.theme, kg::ThemeId::Print);
    EXPECT_EQ(o.figure.title, "China-Russia");
    EXPECT_FALSE(o.figure.legend);
    EXPECT_FALSE(o.all);
    EXPECT_EQ(o.corpus.curation, std::filesystem::path("c.json"));
}

TEST(ParseArgs, AllLiftsTheProminenceBudgetOfSnapshotAndExtractView) {
    auto s = parse({"snapshot", "big", "-o", "f.png", "--all"});
    ASSERT_TRUE(std::holds_alternative<kg::app::SnapshotOptions>(s));
    EXPECT_TRUE(std::get<kg::app::SnapshotOptions>(s).all);
    auto e = parse({"extract", "big", "--view", "v.json", "--all"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(e));
    EXPECT_TRUE(std::get<kg::app::ExtractOptions>(e).all);
    EXPECT_FALSE(std::get<kg::app::ExtractOptions>(parse({"extract", "big"})).all);
}

TEST(ParseArgs, ExtractViewAndSnapshotAnnex) {
    auto e = parse({"extract", "--view", "v.json", "--format", "gexf"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(e));
    EXPECT_EQ(std::get<kg::app::ExtractOptions>(e).view, std::filesystem::path("v.json"));
    auto s = parse({"snapshot", "-o", "f.svg", "--annex", "evidence.md"});
    ASSERT_TRUE(std::holds_alternative<kg::app::SnapshotOptions>(s));
    EXPECT_EQ(std::get<kg::app::SnapshotOptions>(s).annex, std::filesystem::path("evidence.md"));
    for (std::vector<std::string_view> bad : {std::vector<std::string_view>{"extract", "--view"},
                                              {"snapshot", "-o", "f.svg", "--annex"},
                                              {"snapshot", "-o", "f.svg", "--annex", "e.pdf"}})
        EXPECT_TRUE(std::holds_alternative<kg::app::UsageError>(parse(bad))) << bad.back();
}

TEST(ParseArgs, HelpAndVersion) {
    EXPECT_TRUE(std::holds_alternative<kg::app::ShowHelp>(parse({"--help"})));
    EXPECT_TRUE(std::holds_alternative<kg::app::ShowVersion>(parse({"--version"})));
    EXPECT_NE(kg::app::version_text().find("kgviz "), std::string_view::npos);
}

TEST(ParseArgs, UsageErrors) {
    for (auto args : std::vector<std::vector<std::string_view>>{
             {"--bogus"},
             {"extract", "-o"},
             {"extract", "--frobnicate"},
             {"snapshot"},
             {"snapshot", "-o", "f.jpg"},
             {"snapshot", "-o", "f.png", "--width", "abc"},
             {"snapshot", "-o", "f.png", "--width", "999999"},
             {"snapshot", "-o", "f.png", "--theme", "neon"},
             {"snapshot", "-o", "f.png", "--title"},
         }) {
        auto c = parse(args);
        EXPECT_TRUE(std::holds_alternative<kg::app::UsageError>(c)) << args.back();
        if (auto* e = std::get_if<kg::app::UsageError>(&c)) {
            EXPECT_FALSE(e->message.empty());
        }
    }
}

TEST(ParseArgs, SizeLimitsForEveryCommand) {
    auto e = parse({"extract", "seeds", "--max-file-mb", "100", "--max-corpus-mb", "4096"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(e));
    EXPECT_EQ(std::get<kg::app::ExtractOptions>(e).corpus.max_file_mb, 100u);
    EXPECT_EQ(std::get<kg::app::ExtractOptions>(e).corpus.max_corpus_mb, 4096u);
    auto s = parse({"snapshot", "-o", "f.svg", "--max-corpus-mb", "1"});
    ASSERT_TRUE(std::holds_alternative<kg::app::SnapshotOptions>(s));
    EXPECT_EQ(std::get<kg::app::SnapshotOptions>(s).corpus.max_corpus_mb, 1u);
    EXPECT_FALSE(std::get<kg::app::SnapshotOptions>(s).corpus.max_file_mb)
        << "absent = the core default";
    auto g = parse({"seeds", "--max-file-mb", "1048576"});
    ASSERT_TRUE(std::holds_alternative<kg::app::GuiOptions>(g));
    EXPECT_EQ(std::get<kg::app::GuiOptions>(g).corpus.max_file_mb, 1048576u);
    for (auto args : std::vector<std::vector<std::string_view>>{
             {"extract", "--max-file-mb"},
             {"extract", "--max-file-mb", "0"},
             {"extract", "--max-file-mb", "-5"},
             {"extract", "--max-corpus-mb", "2.5"},
             {"extract", "--max-corpus-mb", "1048577"},
             {"snapshot", "-o", "f.png", "--max-corpus-mb", "lots"},
             {"--max-file-mb", "x"},
         }) {
        auto c = parse(args);
        ASSERT_TRUE(std::holds_alternative<kg::app::UsageError>(c)) << args.back();
        EXPECT_NE(std::get<kg::app::UsageError>(c).message.find("whole number of megabytes"),
                  std::string::npos);
    }
    EXPECT_NE(kg::app::usage_text().find("--max-file-mb"), std::string_view::npos);
    EXPECT_NE(kg::app::usage_text().find("--max-corpus-mb"), std::string_view::npos);
}

TEST(ParseArgs, DoubleDashEndsOptions) {
    auto c = parse({"extract", "--", "-odd-name.txt"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(c));
    EXPECT_EQ(std::get<kg::app::ExtractOptions>(c).corpus.inputs.at(0), "-odd-name.txt");
}

} // namespace

namespace {

TEST(ParseArgs, StoreOptionsOnEveryCommand) {
    auto e = parse({"extract", "seeds", "--store", "s.sqlite"});
    ASSERT_TRUE(std::holds_alternative<kg::app::ExtractOptions>(e));
    EXPECT_EQ(std::get<kg::app::ExtractOptions>(e).corpus.store, std::filesystem::path("s.sqlite"));
    EXPECT_FALSE(std::get<kg::app::ExtractOptions>(e).corpus.no_store);
    auto s = parse({"snapshot", "seeds", "-o", "f.png", "--no-store"});
    ASSERT_TRUE(std::holds_alternative<kg::app::SnapshotOptions>(s));
    EXPECT_TRUE(std::get<kg::app::SnapshotOptions>(s).corpus.no_store);
    auto g = parse({"seeds", "--store", "g.sqlite"});
    ASSERT_TRUE(std::holds_alternative<kg::app::GuiOptions>(g));
    EXPECT_EQ(std::get<kg::app::GuiOptions>(g).corpus.store, std::filesystem::path("g.sqlite"));
    EXPECT_TRUE(std::holds_alternative<kg::app::UsageError>(parse({"extract", "--store"})));
}

} // namespace
