// Hostile documents through the ingest library: no crash, no hang, every bad file reported by path,
// the good article beside them still loaded, and everything loaded structurally sound.
#include "fifo_watchdog.hpp"
#include "hostile_files.hpp"
#include "invariants.hpp"

#include "ingest/ingest.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::test {
namespace {

const Document* find_doc(const IngestResult& r, const fs::path& file) {
    for (const auto& d : r.documents)
        if (fs::path(d.path).filename() == file.filename()) return &d;
    return nullptr;
}

bool reported(const Diagnostics& diagnostics, const fs::path& file) {
    for (const auto& d : diagnostics)
        if (d.path.find(file.filename().string()) != std::string::npos) return true;
    return false;
}

std::string all_diagnostics(const Diagnostics& diagnostics) {
    std::string s;
    for (const auto& d : diagnostics) s += d.path + ": " + d.message + "\n";
    return s;
}

// Expects the good article loaded with its text, and every loaded document sound.
void expect_good_loaded(const IngestResult& r, const fs::path& good) {
    const Document* doc = find_doc(r, good);
    ASSERT_NE(doc, nullptr) << "the good article beside the bad ones was lost\n"
                            << all_diagnostics(r.diagnostics);
    EXPECT_NE(doc->text.find(kGoodMarker), std::string::npos);
    for (const auto& d : r.documents) EXPECT_EQ(document_problem(d), "");
}

class HostileBytes : public ::testing::TestWithParam<HostileDocument> {};

TEST_P(HostileBytes, IngestBytesNeverYieldsBrokenDocuments) {
    const HostileDocument& h = GetParam();
    // The same bytes under every extension: format detection must not trust the name.
    const std::string stem = fs::path(h.name).stem().string();
    const std::vector<std::string> extensions = {fs::path(h.name).extension().string(), ".txt",
                                                 ".md", ".html"};
    for (const std::string& ext : extensions) {
        SCOPED_TRACE(stem + ext);
        Diagnostics diagnostics;
        std::optional<Document> doc;
        ASSERT_NO_THROW(doc = ingest_bytes(h.bytes, "in/" + stem + ext, diagnostics));
        if (!doc) {
            EXPECT_FALSE(diagnostics.empty()) << "dropped without saying why";
            continue;
        }
        EXPECT_EQ(document_problem(*doc), "");
        if (h.unusable && ext == fs::path(h.name).extension().string())
            ADD_FAILURE() << "nothing usable is in this file, yet a document came out: '"
                          << doc->text.substr(0, 80) << "'";
        // UTF-16 must be decoded, not passed on as text full of NULs (caught above) or mojibake.
        if (stem.rfind("utf16", 0) == 0 && ext == ".txt") {
            EXPECT_NE(doc->text.find("Russia and China held talks"), std::string::npos)
                << doc->text.substr(0, 200);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Documents, HostileBytes, ::testing::ValuesIn(hostile_documents()),
                         [](const auto& param_info) {
                             std::string n = param_info.param.name;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

TEST(IngestBadInput, FolderOfHostileFilesKeepsTheGoodOne) {
    TempDir dir("ingest-folder");
    const auto good = write_good_article(dir.path());
    for (const auto& h : hostile_documents()) write_bytes(dir / h.name, h.bytes);
    const IngestResult r = ingest({dir.path()});
    expect_good_loaded(r, good);
    for (const auto& h : hostile_documents())
        if (h.unusable) {
            EXPECT_TRUE(reported(r.diagnostics, h.name)) << h.name << " not reported";
        }
    // Every file is accounted for: loaded or reported, never silently gone.
    for (const auto& h : hostile_documents())
        EXPECT_TRUE(find_doc(r, h.name) || reported(r.diagnostics, h.name))
            << h.name << " silently dropped";
}

TEST(IngestBadInput, TooBigFileIsSkippedWithoutBeingRead) {
    TempDir dir("ingest-big");
    const auto good = write_good_article(dir.path());
    const auto big = dir / "big.txt";
    make_sparse_file(big, 200ull << 20);
    const long long before = bytes_read_by_process();
    const IngestResult r = ingest({dir.path()});
    const long long after = bytes_read_by_process();
    expect_good_loaded(r, good);
    EXPECT_TRUE(reported(r.diagnostics, big)) << all_diagnostics(r.diagnostics);
    EXPECT_EQ(find_doc(r, big), nullptr);
    ASSERT_GE(before, 0) << "/proc/self/io is needed to see what was read";
    EXPECT_LT(after - before, 10ll << 20) << "the 200 MB file was read";
}

TEST(IngestBadInput, SizeLimitIsAnOption) {
    TempDir dir("ingest-limit");
    const auto good = write_good_article(dir.path());
    IngestOptions options;
    options.max_file_bytes = 64;
    const IngestResult r = ingest({dir.path()}, options);
    EXPECT_TRUE(r.documents.empty());
    EXPECT_TRUE(reported(r.diagnostics, good));
}

TEST(IngestBadInput, CorpusLimitStopsInFileOrderWithoutReadingTheRest) {
    TempDir dir("ingest-corpus");
    const auto good = write_good_article(dir.path(), "a-good.txt");
    // Four different articles of one size (the same article twice would be loaded once).
    const std::string article =
        "Japan and Korea held talks on day 0.\n" + std::string(3000, 'x') + "\n";
    for (const char* name : {"b1.txt", "b2.txt", "b3.txt", "b4.txt"}) {
        std::string text = article;
        text[article.find('0')] = name[1];
        write_bytes(dir / name, text);
    }
    make_sparse_file(dir / "b0-huge.txt", 200ull << 20); // over the file limit: not counted
    IngestOptions options;
    options.max_corpus_bytes = 2 * article.size() + 1000;
    const long long before = bytes_read_by_process();
    const IngestResult r = ingest({dir.path()}, options);
    const long long after = bytes_read_by_process();
    expect_good_loaded(r, good);
    EXPECT_TRUE(find_doc(r, dir / "b1.txt"));
    EXPECT_TRUE(find_doc(r, dir / "b2.txt"));
    EXPECT_EQ(r.documents.size(), 3u);
    for (const char* name : {"b3.txt", "b4.txt"}) {
        EXPECT_TRUE(reported(r.diagnostics, dir / name)) << name << "\n"
                                                         << all_diagnostics(r.diagnostics);
        EXPECT_FALSE(find_doc(r, dir / name));
    }
    EXPECT_TRUE(reported(r.diagnostics, dir / "b0-huge.txt")) << "the file limit still names it";
    bool names_option = false;
    for (const Diagnostic& d : r.diagnostics)
        names_option = names_option || d.message.find("--max-corpus-mb") != std::string::npos;
    EXPECT_TRUE(names_option) << all_diagnostics(r.diagnostics);
    ASSERT_GE(before, 0) << "/proc/self/io is needed to see what was read";
    EXPECT_LT(after - before, 1ll << 20);
    // The same folder always gives the same documents.
    EXPECT_EQ(ingest({dir.path()}, options).documents.size(), 3u);
}

TEST(IngestBadInput, NamedPipeDoesNotHang) {
    TempDir dir("ingest-fifo");
    const auto good = write_good_article(dir.path());
    const auto fifo = dir / "pipe.txt";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    FifoWatchdog watchdog(fifo, std::chrono::seconds(20));
    const IngestResult folder = ingest({dir.path()});
    const IngestResult named = ingest({fifo, good}); // named explicitly, too
    watchdog.stop();
    EXPECT_FALSE(watchdog.fired()) << "ingest blocked reading a FIFO";
    expect_good_loaded(folder, good);
    expect_good_loaded(named, good);
    EXPECT_TRUE(reported(named.diagnostics, fifo)) << all_diagnostics(named.diagnostics);
}

TEST(IngestBadInput, SymlinkLoopsEndAndAreReported) {
    TempDir dir("ingest-loops");
    const auto good = write_good_article(dir.path());
    fs::create_symlink("loop_b.txt", dir / "loop_a.txt");
    fs::create_symlink("loop_a.txt", dir / "loop_b.txt");
    fs::create_directories(dir / "sub");
    fs::create_directory_symlink("..", dir / "sub" / "up"); // a folder that contains itself
    fs::create_directory_symlink(dir.path(), dir / "sub" / "abs");
    const IngestResult r = ingest({dir.path()});
    expect_good_loaded(r, good);
    std::size_t copies = 0;
    for (const auto& d : r.documents) copies += fs::path(d.path).filename() == "good.txt";
    EXPECT_EQ(copies, 1u) << "a looping folder made the same article load several times";
    EXPECT_TRUE(reported(r.diagnostics, "loop_a.txt")) << all_diagnostics(r.diagnostics);
}

TEST(IngestBadInput, UnreadablePathsAreReported) {
    TempDir dir("ingest-unreadable");
    const auto good = write_good_article(dir.path());
    fs::create_symlink(dir / "no-such-target.txt", dir / "dangling.txt");
    fs::create_directories(dir / "folder.txt"); // a folder with a document's name
    const auto locked = dir / "locked.txt";
    write_good_article(dir.path(), "locked.txt");
    fs::permissions(locked, fs::perms::none);
    const IngestResult r = ingest({dir.path(), dir / "missing.txt"});
    expect_good_loaded(r, good);
    EXPECT_TRUE(reported(r.diagnostics, "dangling.txt")) << all_diagnostics(r.diagnostics);
    EXPECT_TRUE(reported(r.diagnostics, "missing.txt")) << all_diagnostics(r.diagnostics);
    if (::geteuid() != 0) {
        EXPECT_TRUE(reported(r.diagnostics, locked)) << all_diagnostics(r.diagnostics);
    }
    // (as root, chmod 000 does not stop reads: then locked.txt simply loads.)
}

TEST(IngestBadInput, TenThousandTinyFilesAreAllAccountedFor) {
    TempDir dir("ingest-many");
    const auto good = write_good_article(dir.path());
    constexpr int kFiles = 10000;
    auto tiny_name = [](int i) { return "t" + std::to_string(i) + ".txt"; };
    fs::create_directories(dir / "tiny");
    for (int i = 0; i < kFiles; ++i)
        write_bytes(dir / "tiny" / tiny_name(i),
                    i % 3 == 0 ? "" : "Note " + std::to_string(i) + ": Russia met China.\n");
    const IngestResult r = ingest({dir.path()});
    expect_good_loaded(r, good);
    std::set<std::string> seen;
    for (const auto& d : r.documents) seen.insert(fs::path(d.path).filename().string());
    for (const auto& d : r.diagnostics) seen.insert(fs::path(d.path).filename().string());
    int lost = 0;
    for (int i = 0; i < kFiles; ++i) lost += !seen.count(tiny_name(i));
    EXPECT_EQ(lost, 0) << "every file is either a document or a diagnostic";
    for (std::size_t i = 0; i < r.documents.size(); ++i)
        EXPECT_EQ(r.documents[i].id, "d" + std::to_string(i));
}

} // namespace
} // namespace kg::test
