// Documents: copies share one list, and an edit never reaches another holder.
#include "model/corpus.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

Document article(std::string path, std::string text) {
    Document d;
    d.path = std::move(path);
    d.text = std::move(text);
    return d;
}

TEST(Documents, ACopiedCorpusSharesItsDocumentsText) {
    Corpus a;
    a.documents = {article("a.txt", "Russia and China met."), article("b.txt", "NATO met.")};
    const char* text = a.documents[0].text.data();
    const Corpus b = a;
    EXPECT_TRUE(b.documents.shares_with(a.documents));
    EXPECT_EQ(b.documents[0].text.data(), text) << "the copy must read the same bytes";
    EXPECT_EQ(b.documents.size(), 2u);
}

TEST(Documents, AnEditChangesOnlyItsOwnHolder) {
    Corpus a;
    a.documents.push_back(article("a.txt", "Russia and China met."));
    Corpus b = a;
    b.documents.edit(0).title = "Edited";
    EXPECT_FALSE(b.documents.shares_with(a.documents));
    EXPECT_EQ(a.documents[0].title, "");
    EXPECT_EQ(b.documents[0].title, "Edited");
    // Once its own, the holder edits in place.
    const Document* own = &b.documents[0];
    b.documents.edit(0).date = "2024-01-01";
    EXPECT_EQ(&b.documents[0], own);
}

TEST(Documents, AnEmptyListReadsAsEmpty) {
    const Documents none;
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none.size(), 0u);
    EXPECT_EQ(none.begin(), none.end());
    EXPECT_FALSE(none.shares_with(Documents{}));
}

} // namespace
} // namespace kg
