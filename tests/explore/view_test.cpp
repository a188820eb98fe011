// Saved views: round trip, tolerant and hostile input, id clean-up, the store and recent list.
#include "explore/saved_view.hpp"
#include "explore/view_store.hpp"
#include "file_bytes.hpp"
#include "filter/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace kg {
namespace {

SavedView sample_view() {
    SavedView v;
    v.name = "Middle East 2021";
    v.filters.regions = region_bit(Region::MiddleEast);
    v.filters.keep_partners = true;
    v.filters.topics = topic_bit(Topic::Energy) | topic_bit(Topic::Sanctions);
    v.filters.link_kinds = kind_bit(LinkKind::Tension);
    v.filters.min_weight = 2;
    v.filters.documents = {"corpus/a.txt"};
    v.filters.date_from = "2021";
    v.filters.focus = "iran";
    v.filters.hops = 2;
    v.filters.top_entities = 150;
    v.camera_center = {12.5f, -3.0f};
    v.camera_zoom = 2.5f;
    v.camera_viewport = {1200.0f, 800.0f};
    v.pinned = {{"iran", {1.0f, 2.0f}}, {"syria", {-4.0f, 0.5f}}};
    v.selected_entities = {"iran"};
    v.selected_links = {{"iran", "syria"}};
    v.theme = ViewTheme::Dark;
    v.color_by = ColorBy::Region;
    v.labels_pinned = {"syria"};
    v.positions = {{"iran", {1.0f, 2.0f}}, {"russia", {30.25f, -7.5f}}, {"syria", {-4.0f, 0.5f}}};
    return v;
}

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() /
               ("kgviz-view-test-" +
                std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

TEST(SavedView, RoundTripKeepsEverything) {
    const SavedView v = sample_view();
    Diagnostics d;
    const std::string json = view_to_json(v);
    EXPECT_EQ(view_from_json(json, "v.json", d), v);
    EXPECT_TRUE(d.empty());
    EXPECT_NE(json.find("\"format\": \"kgviz-view/1\""), std::string::npos);
    EXPECT_NE(json.find("\"regions\": [\n      \"middle-east\""), std::string::npos) << json;
}

TEST(SavedView, MissingKeysTakeDefaultsUnknownKeysAreIgnored) {
    Diagnostics d;
    const SavedView v =
        view_from_json(R"({"name":"x","future_key":{"a":1},"camera":{"zoom":3}})", "v.json", d);
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(v.name, "x");
    EXPECT_EQ(v.camera_zoom, 3.0f);
    EXPECT_EQ(v.filters, FilterSpec{});
    EXPECT_EQ(v.theme, ViewTheme::Light);
}

TEST(SavedView, WrongTypesWarnAndTakeDefaults) {
    Diagnostics d;
    const SavedView v = view_from_json(
        R"({"name":7,"camera":{"center":"middle","zoom":"big"},"theme":"neon","pinned":{"iran":[1],"syria":[1,2]},
            "filters":{"regions":["middle-east","atlantis"],"hops":-5,"keep_partners":"yes","topics":"energy"},
            "selection":{"entities":["iran",3],"links":[["a"],["a","b"]]}})",
        "v.json", d);
    EXPECT_GE(d.size(), 9u);
    for (const Diagnostic& x : d) EXPECT_EQ(x.severity, Diagnostic::Severity::Warning) << x.message;
    EXPECT_EQ(v.name, "");
    EXPECT_EQ(v.camera_zoom, 1.0f);
    EXPECT_EQ(v.theme, ViewTheme::Light);
    EXPECT_EQ(v.pinned.size(), 1u);
    EXPECT_EQ(v.filters.regions, region_bit(Region::MiddleEast));
    EXPECT_EQ(v.filters.hops, 0u) << "clamped";
    EXPECT_FALSE(v.filters.keep_partners);
    EXPECT_EQ(v.filters.topics, 0);
    EXPECT_EQ(v.selected_entities, (std::vector<std::string>{"iran"}));
    EXPECT_EQ(v.selected_links.size(), 1u);
}

TEST(SavedView, HostileJsonNeverCrashes) {
    const std::string deep = std::string(1000, '[') + std::string(1000, ']');
    const std::string deep_in_key =
        R"({"filters":)" + std::string(1000, '{') + std::string(1000, '}') + "}";
    const std::vector<std::string> inputs = {
        deep,
        deep_in_key,
        "",
        "null",
        "[]",
        "\"view\"",
        "{",
        "{\"camera\":{\"zoom\":1e999}}",
        R"({"camera":{"zoom":1e308,"center":[1e308,-1e308]},"filters":{"min_weight":1e300,"hops":1e300}})",
        R"({"name":"a","name":"b","theme":"dark","theme":"print"})",
        R"({"format":"kgviz-view/99"})",
        "{\"name\":\"\xff\xfe\"}",
        R"({"pinned":{"x":[NaN,1]}})"};
    for (const std::string& in : inputs) {
        Diagnostics d;
        const SavedView v = view_from_json(in, "v.json", d);
        EXPECT_TRUE(std::isfinite(v.camera_zoom)) << in.substr(0, 40);
        EXPECT_TRUE(std::isfinite(v.camera_center.x));
        EXPECT_FALSE(view_to_json(v).empty());
    }
    Diagnostics d;
    EXPECT_EQ(view_from_json(R"({"name":"a","name":"b"})", "v.json", d).name, "b")
        << "the last duplicate wins";
    d.clear();
    view_from_json(deep, "v.json", d);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d[0].message.find("nested"), std::string::npos);
}

// The map is part of a view: positions written as id: [x, y], read back exactly, and a bad entry
// is reported and skipped without losing the rest.
TEST(SavedView, PositionsRoundTripAndABadOneIsSkipped) {
    Diagnostics d;
    const std::string json = view_to_json(sample_view());
    EXPECT_NE(json.find("\"positions\": {"), std::string::npos) << json;
    const SavedView back = view_from_json(json, "v.json", d);
    EXPECT_EQ(back.positions, sample_view().positions);
    const SavedView bad = view_from_json(
        R"({"format":"kgviz-view/1","positions":{"iran":[1,2],"syria":"left","china":[0.5,-1]}})",
        "v.json", d);
    EXPECT_EQ(bad.positions, (std::vector<std::pair<std::string, Vec2>>{{"china", {0.5f, -1.0f}},
                                                                        {"iran", {1.0f, 2.0f}}}));
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d[0].message.find("syria"), std::string::npos) << d[0].message;
}

// Briefing annotations: a callout on an entity, one on a point, and a dragged label.
TEST(SavedView, NotesAndLabelOffsetsRoundTripAndOldViewsLoadWithout) {
    SavedView v = sample_view();
    v.notes = {{"iran", {}, {24.0f, -40.0f}, "Talks resume \"Monday\"\nin Vienna"},
               {"", {5.5f, -2.0f}, {-10.0f, 12.0f}, "Pipeline route"}};
    v.label_offsets = {{"iran", {-80.0f, 6.0f}}, {"syria", {12.0f, -30.0f}}};
    Diagnostics d;
    const std::string json = view_to_json(v);
    EXPECT_EQ(view_from_json(json, "v.json", d), v) << json;
    EXPECT_TRUE(d.empty());
    EXPECT_NE(json.find("\"label_offsets\": {"), std::string::npos) << json;
    // A view without them (as written before they existed) has none, and no warning.
    const std::string old = view_to_json(sample_view());
    EXPECT_EQ(old.find("notes"), std::string::npos);
    EXPECT_EQ(old.find("label_offsets"), std::string::npos);
    const SavedView back = view_from_json(old, "v.json", d);
    EXPECT_TRUE(back.notes.empty());
    EXPECT_TRUE(back.label_offsets.empty());
    EXPECT_TRUE(d.empty());
}

TEST(SavedView, ABadNoteIsSkippedWithOneWarningAndLongTextIsCut) {
    Diagnostics d;
    const std::string text(kMaxNoteText + 50, 'x');
    const SavedView v = view_from_json(R"({"format":"kgviz-view/1","notes":[
        {"entity":"iran","offset":[1,2],"text":"kept"},
        {"offset":[1,2],"text":"no anchor"},
        {"entity":"iran","text":7},
        {"at":[3,4],"text":")" + text + R"("}]})",
                                       "v.json", d);
    ASSERT_EQ(v.notes.size(), 2u);
    EXPECT_EQ(v.notes[0].text, "kept");
    EXPECT_EQ(v.notes[0].offset, (Vec2{1.0f, 2.0f}));
    EXPECT_EQ(v.notes[1].at, (Vec2{3.0f, 4.0f}));
    EXPECT_EQ(v.notes[1].text.size(), kMaxNoteText);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d[0].message.find("2 items"), std::string::npos) << d[0].message;
    const SavedView wrong =
        view_from_json(R"({"format":"kgviz-view/1","notes":{"a":1}})", "v.json", d);
    EXPECT_TRUE(wrong.notes.empty());
    EXPECT_EQ(d.size(), 2u);
}

TEST(SavedView, AnnotationsOfVanishedEntitiesAreDropped) {
    const Corpus c = test::fixture_corpus();
    SavedView v = sample_view();
    v.notes = {
        {"atlantis", {}, {}, "gone"}, {"iran", {}, {}, "stays"}, {"", {1, 1}, {}, "a point stays"}};
    v.label_offsets = {{"atlantis", {1, 1}}, {"iran", {2, 2}}};
    Diagnostics d;
    drop_missing_ids(v, c, "v.json", d);
    ASSERT_EQ(v.notes.size(), 2u);
    EXPECT_EQ(v.notes[0].text, "stays");
    EXPECT_EQ(v.label_offsets, (std::vector<std::pair<std::string, Vec2>>{{"iran", {2, 2}}}));
}

TEST(SavedView, IdsThatNoLongerExistAreDroppedWithAWarning) {
    const Corpus c = test::fixture_corpus();
    SavedView v = sample_view();
    v.pinned.push_back({"atlantis", {0, 0}});
    v.selected_links.push_back({"iran", "atlantis"});
    v.labels_pinned.push_back("atlantis");
    v.filters.focus = "atlantis";
    v.positions.push_back({"atlantis", {3, 3}});
    Diagnostics d;
    drop_missing_ids(v, c, "v.json", d);
    EXPECT_EQ(d.size(), 4u) << "a position of a vanished entity goes without a warning";
    EXPECT_EQ(v.positions.size(), 3u);
    EXPECT_EQ(v.pinned.size(), 2u);
    EXPECT_EQ(v.selected_links.size(), 1u);
    EXPECT_EQ(v.labels_pinned, (std::vector<std::string>{"syria"}));
    EXPECT_TRUE(v.filters.focus.empty());
}

TEST(ViewStore, NamesAreSanitizedSoViewsStayInTheFolder) {
    EXPECT_EQ(sanitize_view_name("Middle East, 2021"), "Middle East, 2021");
    EXPECT_EQ(sanitize_view_name("../../etc/passwd"), "-..-etc-passwd");
    EXPECT_EQ(sanitize_view_name("/abs/path"), "-abs-path");
    EXPECT_EQ(sanitize_view_name(".."), "view");
    EXPECT_EQ(sanitize_view_name(".hidden"), "hidden");
    EXPECT_EQ(sanitize_view_name("a\nb\x01\x7f"), "ab");
    EXPECT_EQ(sanitize_view_name("C:\\x"), "C--x");
    EXPECT_EQ(sanitize_view_name(""), "view");
    const std::string longname = std::string(98, 'a') + "é\xc3\xa9";
    const std::string cut = sanitize_view_name(longname);
    EXPECT_EQ(cut, std::string(98, 'a') + "é") << "never cuts inside a character";
    EXPECT_EQ(sanitize_view_name(std::string(99, 'a') + "é"), std::string(99, 'a'));
    const ViewStore store("/tmp/views");
    for (const char* hostile : {"../x", "/etc/x", "a/../../b", "..", "\x01"})
        EXPECT_EQ(store.file_for(hostile).parent_path(), std::filesystem::path("/tmp/views"))
            << hostile;
}

TEST(ViewStore, SaveListLoadRenameDelete) {
    TempDir dir;
    const ViewStore store(dir.path / "views");
    Diagnostics d;
    EXPECT_TRUE(store.list().empty());
    SavedView v = sample_view();
    ASSERT_EQ(store.save(v, d), "Middle East 2021");
    v.name = "../escape";
    ASSERT_EQ(store.save(v, d), "-escape");
    EXPECT_FALSE(std::filesystem::exists(dir.path / "escape.json"));
    EXPECT_EQ(store.list(), (std::vector<std::string>{"-escape", "Middle East 2021"}));
    auto loaded = store.load("Middle East 2021", d);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->filters, sample_view().filters);
    EXPECT_TRUE(store.rename("Middle East 2021", "ME", d));
    EXPECT_FALSE(store.rename("ME", "-escape", d)) << "never overwrites another view";
    EXPECT_FALSE(store.rename("nope", "x", d));
    EXPECT_EQ(store.load("ME", d)->name, "ME");
    EXPECT_TRUE(store.remove("ME", d));
    EXPECT_FALSE(store.remove("ME", d));
    EXPECT_EQ(store.list(), (std::vector<std::string>{"-escape"}));
    EXPECT_FALSE(store.load("ME", d));
    EXPECT_EQ(d.size(), 4u);
}

TEST(ViewStore, CorruptViewFileLoadsAsDefaultsWithADiagnostic) {
    TempDir dir;
    const ViewStore store(dir.path);
    std::ofstream(dir.path / "bad.json") << "{not json";
    Diagnostics d;
    auto v = store.load("bad", d);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->filters, FilterSpec{});
    EXPECT_EQ(d.size(), 1u);
}

TEST(RecentViews, MostRecentFirstCappedAndOtherSettingsKept) {
    TempDir dir;
    const auto settings = dir.path / "settings.json";
    std::ofstream(settings) << R"({"window":{"width":800},"recent_views":"oops"})";
    Diagnostics d;
    EXPECT_TRUE(load_recent_views(settings, d).empty());
    EXPECT_EQ(d.size(), 1u);
    for (int i = 0; i < 12; ++i)
        ASSERT_TRUE(touch_recent_view(settings, std::string("v").append(std::to_string(i)), d));
    ASSERT_TRUE(touch_recent_view(settings, "v5", d));
    auto recent = load_recent_views(settings, d);
    ASSERT_EQ(recent.size(), kMaxRecentViews);
    EXPECT_EQ(recent[0], "v5");
    EXPECT_EQ(recent[1], "v11");
    ASSERT_TRUE(forget_recent_view(settings, "v11", d, "renamed"));
    ASSERT_TRUE(forget_recent_view(settings, "v5", d));
    recent = load_recent_views(settings, d);
    EXPECT_EQ(recent[0], "renamed");
    const std::string text = test::file_bytes(settings);
    EXPECT_NE(text.find("\"width\": 800"), std::string::npos);
}

} // namespace
} // namespace kg
