// `kgviz extract` on hostile inputs and unwritable outputs, run as a real process with a time
// limit: exit status and `kgviz: PATH: reason` lines as in interfaces.md, the good article beside
// the bad ones in the output, no crash, no hang, no partial output file.
#include "cli_checks.hpp"
#include "fifo_watchdog.hpp"
#include "hostile_files.hpp"
#include "run_process.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

namespace kg::test {
namespace {

// Sanitizer builds run several times slower; a hang still fails well inside ctest's limit.
constexpr auto kLimit = std::chrono::seconds(480);

ProcessResult kgviz(std::vector<std::string> args, const std::string& stdout_file = {}) {
    args.insert(args.begin(), kKgviz);
    return run_process(args, kLimit, stdout_file);
}

class ExtractCli : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!kKgviz) GTEST_SKIP() << "the kgviz executable is not built in this configuration";
    }
};

// --- hostile documents, one folder each beside a good article --------------------------------

class ExtractHostileDocument : public ::testing::TestWithParam<HostileDocument> {
  protected:
    void SetUp() override {
        if (!kKgviz) GTEST_SKIP() << "the kgviz executable is not built in this configuration";
    }
};

TEST_P(ExtractHostileDocument, GoodArticleSurvivesAndBadOneIsReported) {
    const HostileDocument& h = GetParam();
    TempDir in("cli-in"), out("cli-out");
    const auto good = write_good_article(in.path());
    write_bytes(in / h.name, h.bytes);
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "graph.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    expect_graph_with_good_article(out / "graph.json", good);
    if (h.unusable) {
        EXPECT_TRUE(reports(r.err, h.name)) << describe(r);
    }
    expect_no_temp_files(out.path());
}

INSTANTIATE_TEST_SUITE_P(Documents, ExtractHostileDocument,
                         ::testing::ValuesIn(hostile_documents()), [](const auto& param_info) {
                             std::string n = param_info.param.name;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

// --- hostile paths -----------------------------------------------------------------------------

TEST_F(ExtractCli, OversizedFileIsSkippedAndNamed) {
    TempDir in("cli-big"), out("cli-out");
    const auto good = write_good_article(in.path());
    make_sparse_file(in / "big.txt", 200ull << 20);
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_TRUE(reports(r.err, "big.txt")) << describe(r);
    // The message names the option a user can pass, not an API field.
    EXPECT_NE(
        r.err.find("big.txt: file is 200.0 MB, over the 50 MB limit (--max-file-mb); skipped"),
        std::string::npos)
        << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
}

TEST_F(ExtractCli, UnreadableAndLoopingPathsAreNamed) {
    TempDir in("cli-paths"), out("cli-out");
    const auto good = write_good_article(in.path());
    ASSERT_EQ(::mkfifo((in / "pipe.txt").c_str(), 0644), 0);
    fs::create_symlink("loop_b.txt", in / "loop_a.txt");
    fs::create_symlink("loop_a.txt", in / "loop_b.txt");
    fs::create_symlink(in / "nowhere.txt", in / "dangling.txt");
    fs::create_directories(in / "folder.txt");
    fs::create_directories(in / "sub");
    fs::create_directory_symlink("..", in / "sub" / "up");
    write_good_article(in.path(), "locked.txt");
    fs::permissions(in / "locked.txt", fs::perms::none);
    const auto r = kgviz({"extract", in.path().string(), (in / "missing.txt").string(),
                          (in / "pipe.txt").string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_kgviz_lines(r.err);
    for (const char* name : {"missing.txt", "pipe.txt", "loop_a.txt", "dangling.txt"})
        EXPECT_TRUE(reports(r.err, name)) << name << "\n" << describe(r);
    if (::geteuid() != 0) {
        EXPECT_TRUE(reports(r.err, "locked.txt")) << describe(r);
    }
    expect_graph_with_good_article(out / "g.json", good);
}

TEST_F(ExtractCli, TenThousandTinyFiles) {
    TempDir in("cli-many"), out("cli-out");
    const auto good = write_good_article(in.path());
    fs::create_directories(in / "tiny");
    for (int i = 0; i < 10000; ++i)
        write_bytes(in / "tiny" / ("t" + std::to_string(i) + ".txt"),
                    "Note " + std::to_string(i) + ": Japan met Korea.\n");
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    expect_graph_with_good_article(out / "g.json", good);
}

// --- nothing usable, and outputs that cannot be written -----------------------------------------

TEST_F(ExtractCli, NothingUsableExitsOneAndKeepsThePreviousOutput) {
    TempDir in("cli-none"), out("cli-out");
    write_bytes(in / "empty.txt", "");
    write_bytes(in / "binary.txt", std::string(1000, '\0'));
    write_bytes(out / "g.json", "previous");
    const auto r = kgviz({"extract", in.path().string(), "-o", (out / "g.json").string()});
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    expect_kgviz_lines(r.err);
    EXPECT_TRUE(reports(r.err, "empty.txt")) << describe(r);
    EXPECT_EQ(read_bytes(out / "g.json"), "previous");
    expect_no_temp_files(out.path());
    const auto missing =
        kgviz({"extract", (in / "no-such-folder").string(), "-o", (out / "g.json").string()});
    EXPECT_EQ(missing.exit_code, 1) << describe(missing);
    EXPECT_TRUE(reports(missing.err, "no-such-folder")) << describe(missing);
    EXPECT_EQ(read_bytes(out / "g.json"), "previous");
}

TEST_F(ExtractCli, UnwritableOutputsExitOneNamingTheOutput) {
    TempDir in("cli-unwritable"), out("cli-out");
    write_good_article(in.path());
    write_bytes(out / "regular", "keep");
    fs::create_directories(out / "existing-dir");
    std::vector<fs::path> targets = {
        out / "regular" / "g.json", "/proc/version",
        "/proc/no-such/g.json",     "/dev/full",
        out / "existing-dir",       out / "no" / "such" / "dir" / "g.json"};
    if (::geteuid() != 0) {
        fs::create_directories(out / "readonly");
        fs::permissions(out / "readonly", fs::perms::owner_read | fs::perms::owner_exec);
        targets.push_back(out / "readonly" / "g.json");
    }
    for (const auto& target : targets) {
        SCOPED_TRACE(target.string());
        const auto r = kgviz({"extract", in.path().string(), "-o", target.string()});
        ASSERT_TRUE(r.exited()) << describe(r);
        EXPECT_EQ(r.exit_code, 1) << describe(r);
        EXPECT_NE(r.err.find("kgviz: " + target.string() + ": "), std::string::npos) << describe(r);
        expect_kgviz_lines(r.err);
    }
    EXPECT_EQ(read_bytes(out / "regular"), "keep");
    EXPECT_TRUE(fs::is_directory(out / "existing-dir"));
    EXPECT_TRUE(fs::is_empty(out / "existing-dir"));
    expect_no_temp_files(out.path());
}

TEST_F(ExtractCli, NamedPipeOutputWithNoReaderIsRefusedNotWaitedOn) {
    // `-o pipe` where nobody reads the pipe: open() for writing would block for ever.
    TempDir in("cli-fifo-out"), out("cli-out");
    write_good_article(in.path());
    for (const auto& [args, name] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"extract", in.path().string()}, "pipe.json"},
             {{"snapshot", in.path().string()}, "pipe.svg"}}) {
        SCOPED_TRACE(name);
        const fs::path target = out / name;
        ASSERT_EQ(::mkfifo(target.c_str(), 0644), 0);
        FifoWatchdog watchdog(target, std::chrono::seconds(30), FifoWatchdog::Rescue::Writer);
        std::vector<std::string> argv = args;
        argv.insert(argv.end(), {"-o", target.string()});
        const auto r = kgviz(argv);
        watchdog.stop();
        EXPECT_FALSE(watchdog.fired()) << "kgviz blocked opening a named pipe that nobody reads";
        ASSERT_TRUE(r.exited()) << describe(r);
        EXPECT_EQ(r.exit_code, 1) << describe(r);
        EXPECT_NE(r.err.find("kgviz: " + target.string() + ": a named pipe that nobody reads"),
                  std::string::npos)
            << describe(r);
        expect_kgviz_lines(r.err);
    }
    expect_no_temp_files(out.path());
}

TEST_F(ExtractCli, FullStdoutExitsOne) {
    TempDir in("cli-stdout");
    write_good_article(in.path());
    const auto r = kgviz({"extract", in.path().string()}, "/dev/full");
    ASSERT_TRUE(r.exited()) << describe(r);
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_TRUE(reports(r.err, "stdout")) << describe(r);
}

TEST_F(ExtractCli, UsageErrorsExitTwo) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"extract", "-o"},
                                                                  {"extract", "--no-such-option"},
                                                                  {"--bogus"},
                                                                  {"extract", "--curation"}}) {
        const auto r = kgviz(args);
        ASSERT_TRUE(r.exited()) << describe(r);
        EXPECT_EQ(r.exit_code, 2) << args.back() << "\n" << describe(r);
        EXPECT_NE(r.err.find("usage"), std::string::npos) << describe(r);
    }
}

} // namespace
} // namespace kg::test
