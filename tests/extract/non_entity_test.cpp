// Matcher traps on the bundled knowledge base: non-entity phrases hide the shorter names inside
// them ("Latin America" is not the United States), and the real countries still match.
#include "extract/extract.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace kg {
namespace {

const KnowledgeBase& bundled() {
    static const KnowledgeBase kb = [] {
        Diagnostics d;
        return load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    }();
    return kb;
}

// "id=mention text" of every mention in one document, in text order.
std::vector<std::string> found(const std::string& text) {
    std::vector<Document> docs{test::simple_document(text, "d0")};
    Corpus c = extract(bundled(), std::move(docs));
    std::vector<std::pair<std::uint32_t, std::string>> out;
    for (const Entity& e : c.entities) {
        if (e.type == EntityType::Issue) continue;
        for (const Mention& m : e.mentions)
            out.emplace_back(m.span.start, e.id + "=" + std::string(c.documents[0].slice(m.span)));
    }
    std::sort(out.begin(), out.end());
    std::vector<std::string> ids;
    for (auto& [start, s] : out) ids.push_back(s);
    return ids;
}

using V = std::vector<std::string>;

TEST(NonEntity, BundledKnowledgeBaseLoadsClean) {
    Diagnostics d;
    KnowledgeBase kb =
        load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    for (const Diagnostic& x : d)
        if (x.path.find("non_entities") != std::string::npos) ADD_FAILURE() << format_diagnostic(x);
    EXPECT_GE(kb.non_entities.size(), 8u);
}

TEST(NonEntity, ContinentsAreNotTheUnitedStates) {
    EXPECT_EQ(found("Trade with Latin America grew."), V{});
    EXPECT_EQ(found("North America and South America differ."), V{});
    EXPECT_EQ(found("Central America is poor; Latin American and North American leaders met."),
              V{});
    EXPECT_EQ(found("LATIN AMERICA WATCHES."), V{});
    EXPECT_EQ(found("The Pan-American Highway ends there."), V{});
    EXPECT_EQ(found("New Mexico borders Mexico."), (V{"mexico=Mexico"}));
    // America itself still is the United States, also next to the continents.
    EXPECT_EQ(found("America and Latin America argued."), (V{"united-states=America"}));
    EXPECT_EQ(found("Americans in South America."), (V{"united-states=Americans"}));
}

TEST(NonEntity, IndoPacificIsNotIndia) {
    EXPECT_EQ(found("The Indo-Pacific strategy was discussed."), V{});
    EXPECT_EQ(found("Indo-Pacific"), V{});
    // The India prefix still names India in other compounds.
    EXPECT_EQ(found("Indo-Russian ties"), (V{"india=Indo-", "russia=Russian"}));
    EXPECT_EQ(found("India and the Indo-Pacific"), (V{"india=India"}));
}

TEST(NonEntity, XianIsACityNotXiJinping) {
    EXPECT_EQ(found("The summit was held in Xi'an last May."), V{});
    EXPECT_EQ(found("The summit was held in Xi\xE2\x80\x99"
                    "an last May."),
              V{});
    EXPECT_EQ(found("Xi Jinping hosted the summit in Xi'an."), (V{"xi-jinping=Xi Jinping"}));
    EXPECT_EQ(found("Xi's visit"), (V{"xi-jinping=Xi"}));
}

TEST(NonEntity, NewGuineaIsNotGuineaButTheGuineaCountriesAreThemselves) {
    EXPECT_EQ(found("The island of New Guinea is large."), V{});
    EXPECT_EQ(found("Papua New Guinea signed."), (V{"papua-new-guinea=Papua New Guinea"}));
    EXPECT_EQ(found("Equatorial Guinea signed."), (V{"equatorial-guinea=Equatorial Guinea"}));
    EXPECT_EQ(found("Guinea-Bissau signed."), (V{"guinea-bissau=Guinea-Bissau"}));
    EXPECT_EQ(found("Guinea signed."), (V{"guinea=Guinea"}));
    EXPECT_EQ(found("Piracy in the Gulf of Guinea rose."), V{});
}

TEST(NonEntity, SwiftThePaymentSystemButNotTheAdjective) {
    EXPECT_EQ(found("Russia was cut off from SWIFT."), (V{"russia=Russia", "swift=SWIFT"}));
    EXPECT_EQ(found("an alternative to the swift system of interbank transfers"),
              (V{"swift=swift system"}));
    EXPECT_EQ(found("The response was swift and firm."), V{});
    EXPECT_EQ(found("a swift recovery"), V{});
}

TEST(NonEntity, APhraseThatNamesAnEntityIsRefused) {
    KnowledgeBase kb;
    Diagnostics d;
    load_knowledge_base_file(R"({"format": "kgviz-kb/1", "entities": [
        {"id": "guinea", "name": "Guinea", "type": "country", "region": "africa"}]})",
                             "c.json", kb, d);
    load_knowledge_base_file(
        R"({"format": "kgviz-kb/1", "non_entities": ["New Guinea", "Guinea", 3]})", "n.json", kb,
        d);
    finish_knowledge_base(kb, d);
    ASSERT_EQ(kb.non_entities.size(), 1u);
    EXPECT_EQ(kb.non_entities[0].text, "New Guinea");
    ASSERT_EQ(d.size(), 2u);
    EXPECT_NE(d[0].path.find("n.json"), std::string::npos); // the number
    EXPECT_NE(d[1].path.find("n.json:non_entities[1]"), std::string::npos) << d[1].path;
    EXPECT_NE(d[1].message.find("guinea"), std::string::npos) << d[1].message;
}

} // namespace
} // namespace kg
