// Metadata: dates in many shapes, bylines, datelines, source lines, headlines, name lines,
// author lists, titles with series names, and sidecar overrides.
#include "ingest/dates.hpp"
#include "ingest/ingest.hpp"
#include "ingest/metadata.hpp"
#include "ingest/plain_text.hpp"
#include "ingest/sidecar.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

TEST(Dates, ManyShapesOneIsoForm) {
    EXPECT_EQ(parse_date("2021-03-23 10:38"), "2021-03-23");
    EXPECT_EQ(parse_date("2021-06-01T09:50:00.000Z"), "2021-06-01");
    EXPECT_EQ(parse_date("May 16, 2024"), "2024-05-16");
    EXPECT_EQ(parse_date("May 16, 20242:18"), "2024-05-16"); // a video time glued to the year
    EXPECT_EQ(parse_date("Wednesday, December 15, 2021"), "2021-12-15");
    EXPECT_EQ(parse_date("Dec. 9, 2021"), "2021-12-09");
    EXPECT_EQ(parse_date("Sept. 1st, 2019"), "2019-09-01");
    EXPECT_EQ(parse_date("16 May 2024"), "2024-05-16");
    EXPECT_EQ(parse_date("2024/05/16"), "2024-05-16");
    EXPECT_EQ(parse_date("2024\u5E745\u670816\u65E5"), "2024-05-16");
}

TEST(Dates, NotDates) {
    EXPECT_EQ(parse_date("2021-02-30"), "");
    EXPECT_EQ(parse_date("May 2024"), "");
    EXPECT_EQ(parse_date("May 16, 202"), "");
    EXPECT_EQ(parse_date("March 22, 2021 was a Monday"), ""); // a sentence, not a dateline
    EXPECT_EQ(parse_date("Registration Number: 130349"), "");
    EXPECT_EQ(find_date("marching 12 times").iso, "");
    EXPECT_EQ(find_date("on March 22, 2021, in Guilin").iso, "2021-03-22");
}

TEST(Authors, SplitAndFiltered) {
    EXPECT_EQ(split_authors("Paul Haenle, Andrew S. Weiss & more"),
              (std::vector<std::string>{"Paul Haenle", "Andrew S. Weiss"}));
    EXPECT_EQ(split_authors("Carla Freeman, Ph.D.; Andrew Scobell, Ph.D."),
              (std::vector<std::string>{"Carla Freeman", "Andrew Scobell"}));
    EXPECT_EQ(split_authors("By Jane Roe and John Doe"),
              (std::vector<std::string>{"Jane Roe", "John Doe"}));
    EXPECT_EQ(split_authors("Jane Roe, Jane Roe et al."), (std::vector<std::string>{"Jane Roe"}));
}

TEST(Titles, LongestPartIsTheHeadline) {
    EXPECT_EQ(clean_title("Smart Take | Putin Arrives in Beijing"), "Putin Arrives in Beijing");
    EXPECT_EQ(clean_title("China and Russia Meet Again | Example News"),
              "China and Russia Meet Again");
    EXPECT_EQ(clean_title("No separator"), "No separator");
}

TEST(Urls, HostWithoutWww) {
    EXPECT_EQ(url_host("https://www.example.com/a/b?c"), "example.com");
    EXPECT_EQ(url_host("http://news.example.org:8080/x"), "news.example.org");
    EXPECT_EQ(url_host("ftp://x"), "");
}

ArticleMeta read(const std::string& text, Blocks* rest = nullptr) {
    Blocks blocks = plain_text_to_blocks(text);
    ArticleMeta meta;
    take_text_metadata(blocks, meta, {});
    if (rest) *rest = blocks;
    return meta;
}

const std::string kBody =
    "The ministers met on Monday and agreed to expand cooperation in energy and trade.";

TEST(TextMetadata, HeadlineBylineAndDateline) {
    Blocks rest;
    const auto m = read("China, Russia have to forge close bonds\n\nBy Dmitri Trenin | | Updated: "
                        "2021-03-23 10:38\n\n" +
                            kBody + "\n",
                        &rest);
    EXPECT_EQ(m.title, "China, Russia have to forge close bonds");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Dmitri Trenin"}));
    EXPECT_EQ(m.date, "2021-03-23");
    ASSERT_EQ(rest.size(), 1u); // the metadata lines left the body
    EXPECT_EQ(rest[0].text, kBody);
}

TEST(TextMetadata, BylinesWithPostsSectionsReadingTimesAndAgencies) {
    Blocks rest;
    auto m = read("A Headline Here\n\nBy Jane Roe, Brussels correspondent | Updated 14 March\n\n" +
                      kBody + "\n",
                  &rest);
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Jane Roe"}));
    EXPECT_EQ(rest.size(), 1u);
    m = read(
        "A Headline Here\n\nBy Ana Park and Ken Ito \u00B7 22 October 2025 \u00B7 7 min read\n\n" +
        kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Ana Park", "Ken Ito"}));
    EXPECT_EQ(m.date, "2025-10-22");
    m = read("A Headline Here\n\nBy Sione Vea \u00B7 Pacific Affairs \u00B7 6 min read\n\n" +
             kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Sione Vea"}));
    m = read("A Headline Here\n\nInterview by Marie Lenoir\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Marie Lenoir"}));
    EXPECT_EQ(split_authors("JANE ROE Associated Press"), (std::vector<std::string>{"JANE ROE"}));
    m = read("A Headline Here\n\nJANE ROE Associated Press\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"JANE ROE"}));
    EXPECT_EQ(split_authors("Jan de Vries, trade editor"),
              (std::vector<std::string>{"Jan de Vries"}));
}

TEST(TextMetadata, BylineAfterAStandfirst) {
    Blocks rest;
    const auto m =
        read("A Headline Here\n\nThe standfirst says in one long sentence what the article "
             "is about and why it matters now.\n\nBy Jane Roe, trade editor\n\n" +
                 kBody + "\n\nBy 2030 the ministers want to double their trade.\n",
             &rest);
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Jane Roe"}));
    EXPECT_EQ(rest.size(), 3u); // the standfirst and the body stay
}

TEST(TextMetadata, AQuestionHeadlineOpensThePage) {
    auto m = read(
        "Interview | Why do the ministers keep meeting when they agree on almost nothing?\n\n" +
        kBody + "\n");
    EXPECT_EQ(m.title, "Why do the ministers keep meeting when they agree on almost nothing?");
    m = read(
        "ANALYSIS\n\nCan the two ministers still agree on anything at all after this week?\n\n" +
        kBody + "\n");
    EXPECT_EQ(m.title, "Can the two ministers still agree on anything at all after this week?");
    // Inside the body, a question is prose.
    m = read("A Headline\n\n" + kBody +
             "\n\nWhy did the ministers agree to expand cooperation in energy?\n");
    EXPECT_EQ(m.title, "A Headline");
}

TEST(TextMetadata, SectionLabelIsNotTheHeadline) {
    const auto m = read("ANALYSIS\n\nWhy the ministers met again\n\n" + kBody + "\n");
    EXPECT_EQ(m.title, "Why the ministers met again");
}

TEST(TextMetadata, SectionLabelOfSeveralWordsIsNeitherHeadlineNorAuthor) {
    // A place or desk before the kind of article: the byline under the standfirst is the author.
    const std::string standfirst = "*Two neighbours now decide the economy for it.*\n\n";
    auto m = read("ASIA ANALYSIS\n\nWhy the ministers met again\n\n" + standfirst +
                  "Tuya Bold | Asia desk | 9 min read\n\n" + kBody + "\n");
    EXPECT_EQ(m.title, "Why the ministers met again");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Tuya Bold"}));
    m = read("FACT CHECK | Maghreb desk\n\nWhy the ministers met again\n\nBy Salma Idris\n\n" +
             kBody + "\n");
    EXPECT_EQ(m.title, "Why the ministers met again");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Salma Idris"}));
    m = read("ANALYSIS | Why the ministers met again\n\n" + kBody + "\n");
    EXPECT_EQ(m.title, "Why the ministers met again");
    m = read("WESTMINSTER REPORT\n\nWhy the ministers met again\n\n" + kBody + "\n");
    EXPECT_EQ(m.title, "Why the ministers met again");
    EXPECT_TRUE(m.authors.empty());
    // Two words in capitals without a kind of article are a name.
    m = read("Why the ministers met again\n\nJANE ROE\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"JANE ROE"}));
}

TEST(TextMetadata, GluedSourceAndDateLabels) {
    const auto m =
        read("A Headline Here\n\nSource:Example business schoolDate:2025-05-16\n\n" + kBody + "\n");
    EXPECT_EQ(m.source, "Example business school");
    EXPECT_EQ(m.date, "2025-05-16");
}

TEST(TextMetadata, DatelineWithGluedTimeAndSeriesTitle) {
    const auto m =
        read("Smart Take | A Long Headline About a Summit\n\nMay 16, 20242:18\n\n" + kBody + "\n");
    EXPECT_EQ(m.title, "A Long Headline About a Summit");
    EXPECT_EQ(m.date, "2024-05-16");
}

TEST(TextMetadata, BareNameUnderTheHeadlineIsTheAuthor) {
    const auto m =
        read("A Headline\n\nDate: 2025-05-16\n\n\u9AD8\u5927\u4F1FDavid Roe\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"David Roe"}));
}

TEST(TextMetadata, NameAndPostUnderTheHeadlineIsTheAuthor) {
    const auto m = read("A Headline\n\nNina Albrecht, Balkans correspondent\nPublished 18 "
                        "November 2026\n\n" +
                        kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Nina Albrecht"}));
    // A name and a place is no byline.
    const auto place = read("A Headline\n\nNina Albrecht, Vienna\n\n" + kBody + "\n");
    EXPECT_TRUE(place.authors.empty());
}

TEST(TextMetadata, NameAndPostAfterAStandfirstIsTheAuthor) {
    const std::string standfirst = "*The river has two banks and one treaty too few.*\n\n";
    auto m = read("A Headline\n\n" + standfirst + "Mariam Okoro | Guest column\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Mariam Okoro"}));
    m = read("A Headline\n\n" + standfirst + "Jon Ruiz \u00B7 Contributor\n\n" + kBody + "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Jon Ruiz"}));
    // The post first, then the name.
    m = read("A Headline\n\n" + standfirst + "Political correspondent Owen Hale\n\n" + kBody +
             "\n");
    EXPECT_EQ(m.authors, (std::vector<std::string>{"Owen Hale"}));
    m = read("A Headline\n\n" + standfirst + "Our correspondent in Paris\n\n" + kBody + "\n");
    EXPECT_TRUE(m.authors.empty());
    // A section breadcrumb has two capitalised words too, but no post after it.
    m = read("A Headline\n\n" + standfirst + "Middle East | Analysis\n\n" + kBody + "\n");
    EXPECT_TRUE(m.authors.empty());
}

TEST(TextMetadata, NothingInventedWhenTheTextHasNoMetadata) {
    Blocks rest;
    const auto m = read(kBody + "\n\nNorth Korea\n\n" + kBody + "\n", &rest);
    EXPECT_EQ(m.title, "");
    EXPECT_TRUE(m.authors.empty());
    EXPECT_EQ(m.date, "");
    EXPECT_EQ(rest.size(), 3u);
}

TEST(TextMetadata, DatesInsideProseAreNotTheArticleDate) {
    const auto m = read("Headline\n\n" + kBody + "\n\nMay 16, 2024\n");
    EXPECT_EQ(m.date, "");
}

TEST(Sidecar, OverridesEveryField) {
    Document doc;
    doc.title = "Wrong";
    doc.authors = {"Nobody"};
    Diagnostics diags;
    apply_sidecar_json(R"({"title": "Right", "authors": ["A B", "C D"], "date": "June 4, 2019",
                           "source": "S", "url": "https://x.org", "tags": "t"})",
                       "a.meta.json", doc, diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(doc.title, "Right");
    EXPECT_EQ(doc.authors, (std::vector<std::string>{"A B", "C D"}));
    EXPECT_EQ(doc.date, "2019-06-04");
    EXPECT_EQ(doc.source, "S");
    EXPECT_EQ(doc.url, "https://x.org");
    EXPECT_EQ(doc.tags, (std::vector<std::string>{"t"}));
}

TEST(Sidecar, BadJsonAndBadFieldsAreDiagnostics) {
    Document doc;
    doc.title = "Kept";
    Diagnostics diags;
    apply_sidecar_json("{ not json", "x.meta.json", doc, diags);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].path, "x.meta.json");
    diags.clear();
    apply_sidecar_json(R"({"title": 5, "date": "someday", "colour": "red", "authors": [1]})",
                       "x.meta.json", doc, diags);
    EXPECT_EQ(diags.size(), 4u);
    EXPECT_EQ(doc.title, "Kept");
}

} // namespace
} // namespace kg::ingestion
