// ingest() over real files and folders: ordering and ids, bad inputs (empty, binary, too big,
// missing, not a regular file, symlink loops, unreadable), sidecars, threads.
#include "ingest/ingest.hpp"
#include "invariants.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kg {
namespace {

namespace fs = std::filesystem;

const std::string kArticle = "The two presidents met in the capital on Monday and agreed to deepen "
                             "their cooperation on energy, trade and security.\n";

// A different article for each n: the same article twice is loaded once (duplicates_test.cpp).
std::string article(int n) {
    return "The two presidents met in the capital on day " + std::to_string(n) +
           " and agreed to deepen their cooperation on energy, trade and security.\n";
}

class IngestFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ =
            fs::temp_directory_path() /
            (std::string("kgviz_ingest_").append(std::to_string(::getpid())) + "_" + info->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(dir_, fs::perms::all, ec);
        fs::remove_all(dir_, ec);
    }
    fs::path write(const std::string& name, const std::string& bytes) {
        const fs::path p = dir_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }
    // The diagnostic about `path`, or nullptr.
    static const Diagnostic* about(const IngestResult& r, const fs::path& path) {
        for (const auto& d : r.diagnostics)
            if (d.path == path.generic_string()) return &d;
        return nullptr;
    }
    fs::path dir_;
};

TEST_F(IngestFiles, FoldersAreWalkedSortedWithStableIds) {
    write("b.md", "# B\n\n" + article(2));
    write("a.txt", article(1));
    write("sub/c.html", "<p>" + article(3) + "</p>");
    write("sub/ignored.pdf", kArticle);
    write(".hidden/d.txt", kArticle);
    const auto r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.documents[0].path, (dir_ / "a.txt").generic_string());
    EXPECT_EQ(r.documents[1].path, (dir_ / "b.md").generic_string());
    EXPECT_EQ(r.documents[2].path, (dir_ / "sub/c.html").generic_string());
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(r.documents[i].id, std::string("d").append(std::to_string(i)));
        test::expect_document_invariants(r.documents[i]);
    }
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST_F(IngestFiles, SameFileTwiceIsReadOnce) {
    const fs::path a = write("a.txt", kArticle);
    const auto r = ingest({a, dir_, dir_ / "." / "a.txt"});
    EXPECT_EQ(r.documents.size(), 1u);
}

// The listing stats each file once, and the corpus limit and the store take that stat: it must be
// what stat() says, of the target for a symbolic link.
TEST_F(IngestFiles, ListedFilesCarryTheirStat) {
    const fs::path a = write("a.txt", article(1));
    write("sub/b.md", "# B\n\n" + article(22));
    fs::create_symlink(a, dir_ / "sub" / "link.txt");
    Diagnostics diagnostics;
    const auto files = files_to_ingest({dir_}, {}, diagnostics);
    ASSERT_EQ(files.size(), 2u); // the link is a.txt again
    for (const auto& f : files) {
        ASSERT_TRUE(f.stat.has_value()) << f.path;
        struct stat st {};
        ASSERT_EQ(::stat(f.path.c_str(), &st), 0);
        EXPECT_EQ(f.stat->size, std::int64_t(fs::file_size(f.path)));
        EXPECT_EQ(f.stat->mtime,
                  std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec);
        EXPECT_TRUE(f.stat->regular);
    }
    // Named only through the link, the file is listed under the link's name with the target's
    // size; the link itself is a few bytes.
    const auto linked = files_to_ingest({dir_ / "sub" / "link.txt"}, {}, diagnostics);
    ASSERT_EQ(linked.size(), 1u);
    ASSERT_TRUE(linked[0].stat.has_value());
    EXPECT_EQ(linked[0].stat->size, std::int64_t(article(1).size()));
}

TEST_F(IngestFiles, BadFilesAreDiagnosticsAndTheRestLoads) {
    const fs::path good = write("good.txt", kArticle);
    const fs::path empty = write("empty.txt", "");
    const fs::path blank = write("blank.txt", " \n\t\n");
    const fs::path binary = write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    const fs::path chrome =
        write("chrome.txt", "Skip to main content\nHome / World / Asia\nShare\n");
    const auto r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].path, good.generic_string());
    EXPECT_EQ(r.documents[0].id, "d0");
    for (const auto& p : {empty, blank, binary, chrome}) {
        const Diagnostic* d = about(r, p);
        ASSERT_NE(d, nullptr) << p;
        EXPECT_EQ(d->severity, Diagnostic::Severity::Error);
    }
    EXPECT_NE(about(r, binary)->message.find("binary"), std::string::npos);
    EXPECT_NE(about(r, empty)->message.find("empty"), std::string::npos);
}

TEST_F(IngestFiles, HugeFileIsSkippedBeforeReading) {
    const fs::path big = dir_ / "big.txt";
    std::ofstream(big).put('x');
    fs::resize_file(big, 200ull << 20); // sparse: 200 MB that costs no disk
    write("ok.txt", kArticle);
    const auto r = ingest({dir_});
    EXPECT_EQ(r.documents.size(), 1u);
    const Diagnostic* d = about(r, big);
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("200.0 MB"), std::string::npos) << d->message;
    EXPECT_NE(d->message.find("limit"), std::string::npos);
}

TEST_F(IngestFiles, SizeLimitIsAnOption) {
    const fs::path f = write("a.txt", kArticle);
    IngestOptions small;
    small.max_file_bytes = 10;
    EXPECT_TRUE(ingest({f}, small).documents.empty());
    EXPECT_EQ(ingest({f}).documents.size(), 1u);
}

TEST_F(IngestFiles, MissingPathAndNonRegularFile) {
    const fs::path fifo = dir_ / "pipe.txt";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = ingest({dir_ / "nope.txt", fifo});
    EXPECT_TRUE(r.documents.empty());
    ASSERT_NE(about(r, dir_ / "nope.txt"), nullptr);
    ASSERT_NE(about(r, fifo), nullptr); // named explicitly, and never opened (it would block)
    // Inside a folder a pipe is passed over without blocking either.
    write("ok.txt", kArticle);
    EXPECT_EQ(ingest({dir_}).documents.size(), 1u);
}

TEST_F(IngestFiles, SymlinkLoopsAreReported) {
    write("real/a.txt", kArticle);
    fs::create_directory_symlink(dir_ / "real", dir_ / "real" / "again"); // folder loop
    fs::create_symlink(dir_ / "self.txt", dir_ / "self.txt");             // link to itself
    const auto r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 1u);
    bool loop = false, self = false;
    for (const auto& d : r.diagnostics) {
        if (d.message.find("loop") != std::string::npos &&
            d.path.find("again") != std::string::npos)
            loop = true;
        if (d.path.find("self.txt") != std::string::npos) self = true;
    }
    EXPECT_TRUE(loop);
    EXPECT_TRUE(self);
}

TEST_F(IngestFiles, UnreadableFileIsReported) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
    const fs::path f = write("secret.txt", kArticle);
    fs::permissions(f, fs::perms::none);
    const auto r = ingest({f});
    EXPECT_TRUE(r.documents.empty());
    EXPECT_NE(about(r, f), nullptr);
}

TEST_F(IngestFiles, SidecarOverridesTextMetadata) {
    write("story.txt", "Wrong Headline Here\n\nBy Jane Roe\n\n" + kArticle);
    write("story.meta.json",
          R"({"title": "Right Headline", "date": "2020-01-02", "authors": ["Ann Lee"]})");
    write("other.txt", "Other Headline\n\n" + article(2));
    write("other.txt.meta.json", "{ broken");
    const auto r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 2u);
    const Document& story = r.documents[1];
    EXPECT_EQ(story.title, "Right Headline");
    EXPECT_EQ(story.date, "2020-01-02");
    EXPECT_EQ(story.authors, (std::vector<std::string>{"Ann Lee"}));
    EXPECT_EQ(story.meta_from.title, "sidecar");
    EXPECT_EQ(story.meta_from.date, "sidecar");
    EXPECT_EQ(r.documents[0].title, "Other Headline");
    EXPECT_NE(about(r, dir_ / "other.txt.meta.json"), nullptr);
}

TEST_F(IngestFiles, ThreadCountDoesNotChangeTheResult) {
    for (int i = 0; i < 40; ++i)
        write(std::string("f").append(std::to_string(100 + i)) + ".txt",
              "Headline " + std::to_string(i) + "\n\n" + article(i));
    IngestOptions one, many;
    one.threads = 1;
    many.threads = 8;
    const auto a = ingest({dir_}, one);
    const auto b = ingest({dir_}, many);
    ASSERT_EQ(a.documents.size(), 40u);
    ASSERT_EQ(b.documents.size(), 40u);
    for (std::size_t i = 0; i < 40; ++i) {
        EXPECT_EQ(a.documents[i].path, b.documents[i].path);
        EXPECT_EQ(a.documents[i].title, b.documents[i].title);
        EXPECT_EQ(a.documents[i].text, b.documents[i].text);
    }
}

TEST_F(IngestFiles, ProgressIsReportedAndStopIsHonoured) {
    for (int i = 0; i < 10; ++i)
        write(std::string("f").append(std::to_string(i)) + ".txt", article(i));
    float last = -1;
    WorkControl control;
    control.progress = [&](float f, std::string_view) { last = f; };
    EXPECT_EQ(ingest({dir_}, {}, control).documents.size(), 10u);
    EXPECT_FLOAT_EQ(last, 1.0f);
    std::stop_source stop;
    stop.request_stop();
    WorkControl stopped;
    stopped.stop = stop.get_token();
    EXPECT_TRUE(ingest({dir_}, {}, stopped).documents.empty());
}

} // namespace
} // namespace kg
