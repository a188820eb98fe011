// The same article saved several times (other names, .html and .txt, a changed footer) is one
// document; different articles on the same topic stay two.
#include "extract/extract.hpp"
#include "file_bytes.hpp"
#include "ingest/duplicates.hpp"
#include "ingest/ingest.hpp"
#include "model/graph_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <unistd.h>

namespace kg {
namespace {

namespace fs = std::filesystem;
const fs::path kSource = KGVIZ_SOURCE_DIR;
const fs::path kSeed = kSource / "seeds" / "001_72106fd419729e9c.txt";

const std::string kArticle =
    "Russia and China agreed on Monday to expand their cooperation on energy and trade.\n\n"
    "The foreign ministers met in Beijing for three hours and discussed security in Central Asia, "
    "the situation on the Korean Peninsula and the future of the Shanghai Cooperation "
    "Organisation.\n\n"
    "Officials said that a new pipeline would be built before the end of the decade, although no "
    "agreement on prices had been reached and several questions remained open.\n\n";

std::string read(const fs::path& p) {
    return test::file_bytes(p);
}

class Duplicates : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() /
               ("kgviz_dup_" + std::to_string(::getpid()) + "_" + info->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir_ / name, std::ios::binary) << bytes;
        return dir_ / name;
    }
    static std::size_t notes(const IngestResult& r) {
        std::size_t n = 0;
        for (const auto& d : r.diagnostics) n += d.severity == Diagnostic::Severity::Note;
        return n;
    }
    static const KnowledgeBase& kb() {
        static const KnowledgeBase k = [] {
            Diagnostics d;
            return load_knowledge_base(kSource / "assets" / "kb", d);
        }();
        return k;
    }
    fs::path dir_;
};

TEST_F(Duplicates, EightyCopiesOfASeedGiveTheGraphOfOne) {
    const std::string seed = read(kSeed);
    for (int i = 0; i < 80; ++i) write("copy_" + std::to_string(100 + i) + ".txt", seed);
    IngestResult one = ingest({kSeed});
    IngestResult many = ingest({dir_});
    ASSERT_EQ(many.documents.size(), 1u);
    EXPECT_EQ(many.documents[0].path, (dir_ / "copy_100.txt").generic_string());
    EXPECT_EQ(notes(many), 79u);
    EXPECT_EQ(many.diagnostics.back().message,
              "same article as " + (dir_ / "copy_100.txt").generic_string());
    EXPECT_EQ(many.diagnostics.back().path, (dir_ / "copy_179.txt").generic_string());
    EXPECT_EQ(format_diagnostic(many.diagnostics.back()).find("note: same article as"),
              ("kgviz: " + (dir_ / "copy_179.txt").generic_string() + ": ").size());
    const auto a = nlohmann::json::parse(to_graph_json(extract(kb(), std::move(one.documents))));
    const auto b = nlohmann::json::parse(to_graph_json(extract(kb(), std::move(many.documents))));
    EXPECT_EQ(a["entities"], b["entities"]);
    EXPECT_EQ(a["links"], b["links"]);
}

TEST_F(Duplicates, HtmlAndTextCopiesAndAChangedFooterAreOneArticle) {
    std::string html = "<!DOCTYPE html><html><head><title>Energy ties</title>"
                       "<meta name=\"date\" content=\"2024-05-16\"></head><body><article>";
    for (std::size_t start = 0; start < kArticle.size();) {
        const std::size_t end = kArticle.find("\n\n", start);
        html += "<p>" + kArticle.substr(start, end - start) + "</p>\n";
        start = end + 2;
    }
    html += "</article></body></html>";
    write("a.txt", kArticle);
    write("b.html", html);
    write("c.txt", kArticle + "Copyright 2024 Some Agency. All rights reserved.\n");
    write("d.txt", kArticle + kArticle); // twice as long: not the same article
    const IngestResult r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 2u);
    EXPECT_EQ(r.documents[0].path, (dir_ / "a.txt").generic_string());
    EXPECT_EQ(r.documents[1].path, (dir_ / "d.txt").generic_string());
    EXPECT_EQ(r.documents[1].id, "d1");
    EXPECT_EQ(notes(r), 2u);
    // The kept text file takes the metadata only the HTML copy had.
    EXPECT_EQ(r.documents[0].date, "2024-05-16");
}

TEST_F(Duplicates, NearIdenticalCopyWithOneChangedFooterLineIsDropped) {
    const std::string seed = read(kSeed);
    write("1.txt", seed + "\nFollow us on social media for more news from the region.\n");
    write("2.txt", seed + "\nRead more stories like this in our weekly newsletter on Fridays.\n");
    const IngestResult r = ingest({dir_});
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(notes(r), 1u);
    EXPECT_GT(ingestion::shingle_jaccard(read(dir_ / "1.txt"), read(dir_ / "2.txt")), 0.9);
}

TEST_F(Duplicates, DifferentArticlesOnTheSameTopicAreAllKept) {
    const IngestResult seeds = ingest({kSource / "seeds"});
    EXPECT_EQ(seeds.documents.size(), 5u);
    EXPECT_EQ(notes(seeds), 0u);
    write("1.txt", kArticle);
    write("2.txt",
          "Russia and China agreed on Tuesday to expand their cooperation on agriculture.\n\n"
          "The trade ministers met in Moscow and discussed grain exports, fertiliser prices "
          "and a new railway line through Kazakhstan to the Chinese border.\n\n"
          "Officials said that the agreement would be signed before the end of the year.\n");
    EXPECT_EQ(ingest({dir_}).documents.size(), 2u);
}

TEST(ShingleJaccard, MeasuresWordOverlap) {
    EXPECT_DOUBLE_EQ(ingestion::shingle_jaccard(kArticle, kArticle), 1.0);
    EXPECT_LT(
        ingestion::shingle_jaccard(kArticle, "Something else entirely, with other words in it."),
        0.05);
    // Case and punctuation do not matter; CJK characters are words of their own.
    EXPECT_DOUBLE_EQ(ingestion::shingle_jaccard("The Two Presidents met, in Moscow today.",
                                                "the two presidents met in moscow today"),
                     1.0);
    EXPECT_LT(
        ingestion::shingle_jaccard("中国和俄罗斯的关系不断加深", "中国和俄罗斯的关系不断变化"),
        1.0);
}

} // namespace
} // namespace kg
