// Names in other scripts: an "aliases" file joins its names to entities defined elsewhere, and
// they are found in running Chinese (no spaces) and Russian (declined forms listed) text.
#include "extract/extract.hpp"
#include "kb/knowledge_base.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg {
namespace {

const std::filesystem::path kFixture = std::filesystem::path(KGVIZ_TEST_DATA_DIR) / "kb-fixture";

constexpr std::string_view kAliases = R"({"format": "kgviz-kb/1", "source": "test", "aliases": {
  "china": ["中国", "中國", "Китай", "Китая", "Китае"],
  "russia": ["俄罗斯", "Россия", "России", "Москва", "Москве"],
  "vladimir-putin": ["普京", "Владимир Путин", "Путин", "Путина"],
  "xi-jinping": ["习近平", "習近平"],
  "sco": ["上海合作组织", "ШОС"]}})";

// The fixture, with `extra` loaded first (as aliases_i18n.json sorts before countries.json).
KnowledgeBase fixture_with(std::string_view extra, Diagnostics& d) {
    KnowledgeBase kb;
    load_knowledge_base_file(extra, "aliases_i18n.json", kb, d);
    std::vector<std::filesystem::path> files;
    for (const auto& f : std::filesystem::directory_iterator(kFixture)) files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        load_knowledge_base_file(bytes.str(), f.filename().string(), kb, d);
    }
    finish_knowledge_base(kb, d);
    return kb;
}

const KnowledgeBase& kb() {
    static const KnowledgeBase k = [] {
        Diagnostics d;
        KnowledgeBase out = fixture_with(kAliases, d);
        EXPECT_TRUE(d.empty()) << format_diagnostic(d.front());
        return out;
    }();
    return k;
}

std::vector<std::string> mentions_of(const Corpus& c, std::string_view id) {
    std::vector<std::string> out;
    std::int64_t i = c.find_entity(id);
    if (i >= 0)
        for (const Mention& m : c.entities[std::size_t(i)].mentions)
            out.emplace_back(c.documents[m.doc].slice(m.span));
    return out;
}

Corpus run(const std::string& text) {
    std::vector<Document> docs;
    docs.push_back(test::simple_document(text));
    return extract(kb(), std::move(docs));
}

using V = std::vector<std::string>;

TEST(I18nAliases, JoinTheirEntityWhicheverFileComesFirst) {
    std::int64_t china = kb().find("china");
    ASSERT_GE(china, 0);
    const auto& aliases = kb().entities[std::size_t(china)].aliases;
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), "中國"), aliases.end());
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Beijing"), aliases.end()); // its own stay
}

TEST(I18nAliases, UnknownIdOrBadShapeIsADiagnosticNotAThrow) {
    Diagnostics d;
    fixture_with(
        R"({"format": "kgviz-kb/1", "aliases": {"atlantis": ["亚特兰蒂斯"], "china": "中国",
                    "Bad Id": ["x"], "energy": ["能源"]}})",
        d);
    auto has = [&](std::string_view path, std::string_view msg) {
        return std::any_of(d.begin(), d.end(), [&](const Diagnostic& x) {
            return x.path.find(path) != std::string::npos &&
                   x.message.find(msg) != std::string::npos;
        });
    };
    EXPECT_TRUE(has("aliases.atlantis[0]", "unknown entity \"atlantis\""));
    EXPECT_TRUE(has("aliases_i18n.json:aliases", "\"china\" must be an array"));
    EXPECT_TRUE(has("aliases.Bad Id", "malformed id"));
    EXPECT_TRUE(
        has("aliases.energy[0]", "unknown entity \"energy\"")); // issues come from topic cues
    Diagnostics d2;
    fixture_with(R"({"format": "kgviz-kb/1", "aliases": ["中国"]})", d2);
    ASSERT_FALSE(d2.empty());
    EXPECT_NE(d2.front().message.find("must be an object"), std::string::npos);
}

TEST(I18nAliases, ChineseNamesMatchInRunningTextWithoutSpaces) {
    Corpus c = run("习近平同普京举行会谈，中国和俄罗斯同意深化合作。習近平出席上海合作组织峰会。");
    EXPECT_EQ(mentions_of(c, "xi-jinping"), (V{"习近平", "習近平"}));
    EXPECT_EQ(mentions_of(c, "vladimir-putin"), (V{"普京"}));
    EXPECT_EQ(mentions_of(c, "china"), (V{"中国"}));
    EXPECT_EQ(mentions_of(c, "russia"), (V{"俄罗斯"}));
    EXPECT_EQ(mentions_of(c, "sco"), (V{"上海合作组织"}));
}

TEST(I18nAliases, RussianCaseFormsMatchAsWholeWordsOnly) {
    Corpus c = run("Позиция Путина неизменна: в Москве уверены. Владимир Путин посетит Китай. "
                   "Путинизм и Москвабад здесь ни при чём.");
    EXPECT_EQ(mentions_of(c, "vladimir-putin"), (V{"Путина", "Владимир Путин"}));
    EXPECT_EQ(mentions_of(c, "russia"), (V{"Москве"}));
    EXPECT_EQ(mentions_of(c, "china"), (V{"Китай"}));
}

TEST(I18nAliases, MixedScriptsInOneSentenceLinkTheirEntities) {
    Corpus c = run("Xinhua quoted Xi Jinping: \"习近平同普京举行会谈。\" The SCO, or ШОС, met.");
    EXPECT_EQ(mentions_of(c, "xi-jinping"), (V{"Xi Jinping", "习近平"}));
    EXPECT_EQ(mentions_of(c, "sco"), (V{"SCO", "ШОС"}));
}

} // namespace
} // namespace kg
