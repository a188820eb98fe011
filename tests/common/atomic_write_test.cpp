// The atomic writer: replaces whole files, never leaves partial ones, reports failures.
#include "common/atomic_write.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class AtomicWriteTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("kgviz-atomic-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir_);
    }
    std::size_t entries() const {
        return std::size_t(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }
    fs::path dir_;
};

TEST_F(AtomicWriteTest, WritesNewFile) {
    EXPECT_EQ(kg::write_file_atomically(dir_ / "a.json", "{\"x\":1}"), "");
    EXPECT_EQ(read_all(dir_ / "a.json"), "{\"x\":1}");
    EXPECT_EQ(entries(), 1u) << "no temp file may be left behind";
}

TEST_F(AtomicWriteTest, ReplacesExistingFileWhole) {
    std::ofstream(dir_ / "a.txt") << "a much longer old content that must not survive";
    EXPECT_EQ(kg::write_file_atomically(dir_ / "a.txt", "new"), "");
    EXPECT_EQ(read_all(dir_ / "a.txt"), "new");
}

TEST_F(AtomicWriteTest, ReadOnlyFolderFailsAndKeepsOldContent) {
    if (::geteuid() == 0) GTEST_SKIP() << "root ignores folder permissions";
    std::ofstream(dir_ / "a.txt") << "old";
    fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string error = kg::write_file_atomically(dir_ / "a.txt", "new");
    EXPECT_NE(error, "");
    EXPECT_EQ(read_all(dir_ / "a.txt"), "old");
}

TEST_F(AtomicWriteTest, MissingFolderFailsWithMessage) {
    const std::string error = kg::write_file_atomically(dir_ / "no" / "such" / "a.txt", "x");
    EXPECT_NE(error.find("cannot create"), std::string::npos) << error;
}

TEST_F(AtomicWriteTest, DevFullReportsNoSpace) {
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    const std::string error = kg::write_file_atomically("/dev/full", std::string(1 << 16, 'x'));
    EXPECT_NE(error.find("No space"), std::string::npos) << error;
}

TEST_F(AtomicWriteTest, StreamedChunksMakeOneFile) {
    const std::string error =
        kg::write_file_atomically(dir_ / "big.json", [](const kg::ByteSink& sink) {
            for (int i = 0; i < 1000; ++i)
                if (!sink("chunk " + std::to_string(i) + "\n")) return false;
            return true;
        });
    EXPECT_EQ(error, "");
    const std::string bytes = read_all(dir_ / "big.json");
    EXPECT_EQ(bytes.rfind("chunk 0\n", 0), 0u);
    EXPECT_NE(bytes.find("chunk 999\n"), std::string::npos);
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicWriteTest, StreamThatStopsLeavesTheOldFile) {
    std::ofstream(dir_ / "a.txt") << "old";
    const std::string error =
        kg::write_file_atomically(dir_ / "a.txt", [](const kg::ByteSink& sink) {
            sink("half of it");
            return false; // the producer gave up
        });
    EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
    EXPECT_EQ(read_all(dir_ / "a.txt"), "old");
    EXPECT_EQ(entries(), 1u) << "the temp file is removed";
}

// Without the fsync the protocol is the same for a process: the old file until the rename, the
// whole new one after it, no temp file either way.
TEST_F(AtomicWriteTest, RebuildableOutputsAreStillReplacedWholeOrNotAtAll) {
    std::ofstream(dir_ / "graph.json") << "old";
    auto write = [&](bool finish) {
        return kg::write_file_atomically(
            dir_ / "graph.json",
            [&](const kg::ByteSink& sink) {
                return sink("new part 1;") && finish && sink("new part 2");
            },
            kg::Durability::Rebuildable);
    };
    EXPECT_NE(write(false), "");
    EXPECT_EQ(read_all(dir_ / "graph.json"), "old");
    EXPECT_EQ(write(true), "");
    EXPECT_EQ(read_all(dir_ / "graph.json"), "new part 1;new part 2");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicWriteTest, StreamToDevFullReportsNoSpace) {
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    const std::string error = kg::write_file_atomically(
        "/dev/full", [](const kg::ByteSink& sink) { return sink(std::string(1 << 16, 'x')); });
    EXPECT_NE(error.find("No space"), std::string::npos) << error;
}

} // namespace
