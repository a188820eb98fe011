// Hostile knowledge-base files: each is reported by name, the good files beside it still load,
// and what loads can be matched against text without hanging or matching everywhere.
#include "hostile_files.hpp"
#include "invariants.hpp"

#include "extract/extract.hpp"
#include "ingest/ingest.hpp"
#include "kb/knowledge_base.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kg::test {
namespace {

const fs::path kRealKb = fs::path(KGVIZ_SOURCE_DIR) / "assets" / "kb";

bool names_file(const Diagnostics& diagnostics, std::string_view file) {
    for (const auto& d : diagnostics)
        if (d.path.find(file) != std::string::npos) return true;
    return false;
}

// What load_knowledge_base promises whatever it was given.
void expect_sound(const KnowledgeBase& kb) {
    std::set<std::string> ids;
    for (const auto& e : kb.entities) {
        EXPECT_FALSE(e.id.empty()) << "an entity without id survived";
        EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
        EXPECT_TRUE(is_valid_utf8(e.id) && is_valid_utf8(e.name)) << e.id;
        for (const auto& a : e.aliases) {
            // An empty or blank alias would match at every position of every article.
            EXPECT_NE(a.find_first_not_of(" \t\r\n"), std::string::npos)
                << "blank alias on " << e.id;
            EXPECT_TRUE(is_valid_utf8(a)) << e.id;
        }
    }
    EXPECT_TRUE(std::is_sorted(kb.entities.begin(), kb.entities.end(),
                               [](const auto& a, const auto& b) { return a.id < b.id; }));
}

// A KB folder holding the real countries.json and one hostile file.
KnowledgeBase load_beside_countries(const TempDir& dir, std::string_view hostile,
                                    Diagnostics& diagnostics) {
    fs::copy_file(kRealKb / "countries.json", dir / "countries.json",
                  fs::copy_options::overwrite_existing);
    write_bytes(dir / "zz_hostile.json", hostile);
    KnowledgeBase kb;
    EXPECT_NO_THROW(kb = load_knowledge_base(dir.path(), diagnostics));
    EXPECT_GE(kb.find("china"), 0) << "the good file beside the hostile one was lost";
    expect_sound(kb);
    return kb;
}

TEST(KbBadInput, GenericHostileJsonIsReportedByFileName) {
    for (const auto& h : hostile_json()) {
        SCOPED_TRACE(h.name);
        TempDir dir("kb-generic");
        Diagnostics diagnostics;
        load_beside_countries(dir, h.bytes, diagnostics);
        // "{}" and "[]" could pass as empty files; everything else here is unusable.
        if (h.name != "empty_object") {
            EXPECT_TRUE(names_file(diagnostics, "zz_hostile.json"));
        }
    }
}

TEST(KbBadInput, HostileEntriesAreSkipped) {
    const std::vector<std::string> cases = {
        R"({"format":"kgviz-kb/1","entities":5})",
        R"({"format":"kgviz-kb/1","entities":[5,"x",null,[],{}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":5,"name":[]},{"id":"","name":""}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"x","name":"X","type":"planet"}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"x","name":"X","type":"country","region":"mars"}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"x","name":"X","type":"country","aliases":["", " ", "\t", 5, null]}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"x","name":"X","type":"leader","affiliation":"x"},
              {"id":"y","name":"Y","type":"person","affiliation":"nobody"}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"o1","name":"O1","type":"organization","members":["o2","o1",7]},
              {"id":"o2","name":"O2","type":"organization","members":["o1"]}]})",
        R"({"format":"kgviz-kb/1","entities":[{"id":"china","name":"Duplicate China","type":"country"}]})",
        R"({"format":"kgviz-kb/1","cues":5,"topics":"x"})",
        R"({"format":"kgviz-kb/1","cues":{"cooperation":["", " ", 5],"tension":null,"meeting":[[]]}})",
        R"({"format":"kgviz-kb/1","topics":[{"id":"nope","cues":[""]},{"id":5},7]})",
        R"({"format":"kgviz-kb/2","entities":[]})",
        "{\"format\":\"kgviz-kb/1\",\"entities\":[{\"id\":\"\xff\",\"name\":\"\xc0\xaf\"}]}",
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE("case " + std::to_string(i) + ": " + cases[i]);
        TempDir dir("kb-entries");
        Diagnostics diagnostics;
        load_beside_countries(dir, cases[i], diagnostics);
        EXPECT_TRUE(names_file(diagnostics, "zz_hostile.json")) << "a bad entry went unreported";
    }
}

TEST(KbBadInput, MissingAndUnreadableFolders) {
    TempDir dir("kb-missing");
    Diagnostics diagnostics;
    KnowledgeBase kb;
    EXPECT_NO_THROW(kb = load_knowledge_base(dir / "no-such-folder", diagnostics));
    EXPECT_NO_THROW(kb = load_knowledge_base(dir / "file.json", diagnostics));
    fs::create_directories(dir / "kb" / "folder.json"); // a folder with a KB file's name
    fs::create_symlink(dir / "nowhere.json", dir / "kb" / "dangling.json"); // unreadable
    fs::copy_file(kRealKb / "countries.json", dir / "kb" / "countries.json");
    EXPECT_NO_THROW(kb = load_knowledge_base(dir / "kb", diagnostics));
    EXPECT_GE(kb.find("china"), 0)
        << "a folder or dangling link beside countries.json broke the load";
}

TEST(KbBadInput, ShortAliasesDoNotMakeExtractionHang) {
    TempDir dir("kb-aliases");
    Diagnostics diagnostics;
    KnowledgeBase kb = load_beside_countries(dir,
                                             R"({"format":"kgviz-kb/1","entities":[
            {"id":"dot","name":".","type":"country","region":"europe","aliases":[".", "a", "e", "the", "-"]},
            {"id":"ee","name":"e e","type":"country","region":"europe","aliases":["e e e", "ee"]}]})",
                                             diagnostics);
    Diagnostics ingest_diagnostics;
    auto doc = ingest_bytes(std::string(200000, 'e') + ". " + std::string(20000, '.') +
                                " Russia and China met. e e e e e e e e e e e e e e e e e e e e.",
                            "aliases.txt", ingest_diagnostics);
    ASSERT_TRUE(doc) << "the test article did not ingest";
    doc->id = "d0";
    Corpus corpus;
    ASSERT_NO_THROW(corpus = extract(kb, {*doc}));
    EXPECT_EQ(corpus_problem(corpus), "");
    EXPECT_GE(corpus.find_entity("russia"), 0);
}

} // namespace
} // namespace kg::test
