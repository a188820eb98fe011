// Hostile saved views and curation files: weeks of an analyst's work live in these, so a bad
// file must load as defaults with a diagnostic, never crash, hang, or yield unusable numbers.
#include "fifo_watchdog.hpp"
#include "hostile_files.hpp"

#include "curation/curation_file.hpp"
#include "curation/curation_session.hpp"
#include "explore/saved_view.hpp"
#include "explore/view_store.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

namespace kg::test {
namespace {

// A camera the renderer can use: finite centre, finite positive zoom, finite pins.
void expect_usable(const SavedView& v) {
    EXPECT_TRUE(std::isfinite(v.camera_center.x) && std::isfinite(v.camera_center.y));
    EXPECT_TRUE(std::isfinite(v.camera_zoom) && v.camera_zoom > 0) << v.camera_zoom;
    for (const auto& [id, p] : v.pinned)
        EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y)) << id;
}

std::vector<std::string> hostile_views() {
    std::vector<std::string> cases;
    for (const auto& h : hostile_json()) cases.push_back(h.bytes);
    for (
        const char* c : {
            R"({"format":"kgviz-view/1","camera":{"zoom":1e999,"center":[1e999,"x"]}})",
            R"({"format":"kgviz-view/1","camera":{"zoom":0,"center":[1e39,-1e39]}})",
            R"({"format":"kgviz-view/1","camera":{"zoom":-5,"center":{"x":1}}})",
            R"({"format":"kgviz-view/1","camera":{"zoom":"NaN","center":[]}})",
            R"({"format":"kgviz-view/1","camera":5,"pinned":{"russia":[1e39,2],"china":"x","":[1,2,3]}})",
            R"({"format":"kgviz-view/1","pinned":[[1,2],{"id":5}],"selection":"all"})",
            R"({"format":"kgviz-view/1","selection":{"entities":[5,null,""],"links":[[1],["a"],"x"]}})",
            R"({"format":"kgviz-view/1","filters":{"types":5,"regions":[[]],"topics":{"a":1}}})",
            R"({"format":"kgviz-view/1","filters":[],"theme":7,"color_by":{},"labels_pinned":"x"})",
            R"({"format":"kgviz-view/1","name":"../../../etc/passwd"})",
            R"({"format":"kgviz-view/2"})",
            R"({"format":7})",
        })
        cases.push_back(c);
    cases.push_back(R"({"format":"kgviz-view/1","filters":)" + nested_arrays(1000) + "}");
    return cases;
}

TEST(ViewBadInput, HostileViewsLoadAsUsableViews) {
    for (const auto& json : hostile_views()) {
        SCOPED_TRACE(json.substr(0, 160));
        Diagnostics diagnostics;
        SavedView v;
        ASSERT_NO_THROW(v = view_from_json(json, "hostile-view.json", diagnostics));
        expect_usable(v);
        for (const auto& d : diagnostics)
            EXPECT_NE(d.path.find("hostile-view.json"), std::string::npos);
    }
}

TEST(ViewBadInput, NotAViewIsReported) {
    for (const char* json : {"", "[]", "{", "{\"format\":\"kgviz-graph/1\"}"}) {
        Diagnostics diagnostics;
        view_from_json(json, "v.json", diagnostics);
        EXPECT_FALSE(diagnostics.empty()) << json;
    }
    Diagnostics diagnostics;
    view_from_json(nested_arrays(100000, "", false), "v.json", diagnostics);
    EXPECT_FALSE(diagnostics.empty());
}

TEST(ViewBadInput, HostileNamesStayInsideTheFolder) {
    TempDir dir("views");
    const ViewStore store(dir / "views");
    const std::vector<std::string> names = {
        "../../escape", "/etc/passwd", "..",       ".",   "",    "a/../../b",
        "\n\t",         "..\\..\\x",   "\xff\xfe", "-rf", "con", std::string(5000, 'x')};
    for (const std::string& name : names) {
        const fs::path file = store.file_for(name);
        EXPECT_EQ(file.parent_path(), store.folder()) << name;
        SavedView v;
        v.name = name;
        Diagnostics diagnostics;
        auto saved = store.save(v, diagnostics);
        if (saved) {
            EXPECT_TRUE(fs::exists(store.file_for(*saved))) << name;
        }
    }
    for (const auto& entry : fs::recursive_directory_iterator(store.folder()))
        EXPECT_EQ(entry.path().parent_path(), store.folder()) << entry.path() << " escaped";
}

TEST(ViewBadInput, UnusableStoreFoldersAndFiles) {
    TempDir dir("views-bad");
    write_bytes(dir / "regular", "x");
    Diagnostics diagnostics;
    // A folder that cannot exist: under a regular file, and /proc.
    for (const fs::path& folder : {dir / "regular" / "views", fs::path("/proc/version/views")}) {
        const ViewStore store(folder);
        SavedView v;
        v.name = "mine";
        EXPECT_FALSE(store.save(v, diagnostics)) << folder;
        EXPECT_FALSE(store.load("mine", diagnostics));
        EXPECT_NO_THROW(store.list());
    }
    const ViewStore store(dir / "views");
    fs::create_directories(dir / "views" / "dir.json");
    write_bytes(dir / "views" / "deep.json", nested_arrays(100000));
    ASSERT_EQ(::mkfifo((dir / "views" / "pipe.json").c_str(), 0644), 0);
    FifoWatchdog watchdog(dir / "views" / "pipe.json", std::chrono::seconds(20));
    for (const char* name : {"dir", "deep", "pipe", "missing"}) {
        std::optional<SavedView> v;
        ASSERT_NO_THROW(v = store.load(name, diagnostics)) << name;
        if (v) {
            expect_usable(*v);
        }
    }
    EXPECT_NO_THROW(store.list());
    watchdog.stop();
    EXPECT_FALSE(watchdog.fired()) << "loading a view blocked on a FIFO";
}

// Every file under `root`, recursively (symlinks not followed).
std::vector<fs::path> files_under(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(ViewBadInput, ListsOverTheLimitAreCutWithOneDiagnosticEach) {
    nlohmann::json j = {{"format", "kgviz-view/1"}};
    for (const char* id : {"a", "b", "c", "d", "e"}) j["pinned"][id] = {1, 2};
    nlohmann::json links = nlohmann::json::array();
    for (const char* pair : {"ab", "bc", "cd", "de"})
        links.push_back(nlohmann::json::array({std::string(1, pair[0]), std::string(1, pair[1])}));
    j["selection"] = {{"entities", {"a", "b", "c", "d", "e"}}, {"links", links}};
    j["labels_pinned"] = {"a", "b", "c", "d", "e"};
    j["filters"] = {{"documents", {"1.txt", "2.txt", "3.txt", "4.txt"}}};
    Diagnostics diagnostics;
    const SavedView v = view_from_json(j.dump(), "v.json", diagnostics, 3);
    EXPECT_EQ(v.pinned.size(), 3u);
    EXPECT_EQ(v.pinned.back().first, "c") << "the first ids are kept, the same on every load";
    EXPECT_EQ(v.selected_entities, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(v.selected_links.size(), 3u);
    EXPECT_EQ(v.labels_pinned.size(), 3u);
    EXPECT_EQ(v.filters.documents.size(), 3u);
    ASSERT_EQ(diagnostics.size(), 5u);
    for (const Diagnostic& d : diagnostics) {
        EXPECT_EQ(d.severity, Diagnostic::Severity::Warning);
        EXPECT_NE(d.message.find("over the limit of 3 per list"), std::string::npos) << d.message;
    }
    EXPECT_EQ(diagnostics[0].path, "v.json: filters: documents");
    EXPECT_EQ(diagnostics[1].path, "v.json: pinned");
    EXPECT_EQ(diagnostics[1].message,
              "5 entries, over the limit of 3 per list; the last 2 dropped");
}

TEST(ViewBadInput, MillionsOfEntriesGiveAFewDiagnosticsNotMillions) {
    // 100,001 pins (one over the default limit) and a million items of the wrong type.
    std::string json = R"({"format":"kgviz-view/1","pinned":{)";
    for (int i = 0; i <= 100000; ++i) json += (i ? ",\"" : "\"") + std::to_string(i) + "\":[1,2]";
    json += R"(},"selection":{"entities":[)";
    for (int i = 0; i < 1000000; ++i) json += i ? ",0" : "0";
    json += R"(],"links":[)";
    for (int i = 0; i < 1000000; ++i) json += i ? ",[1]" : "[1]";
    json += "]}}";
    Diagnostics diagnostics;
    const SavedView v = view_from_json(json, "big.json", diagnostics);
    EXPECT_EQ(v.pinned.size(), kMaxViewEntities);
    EXPECT_TRUE(v.selected_entities.empty());
    EXPECT_TRUE(v.selected_links.empty());
    EXPECT_EQ(diagnostics.size(), 3u);
    for (const Diagnostic& d : diagnostics)
        EXPECT_EQ(d.severity, Diagnostic::Severity::Warning) << d.message;
    // Dropping ids the corpus lacks lists ten, then counts the rest.
    Corpus empty;
    SavedView copy = v;
    Diagnostics missing;
    drop_missing_ids(copy, empty, "big.json", missing);
    EXPECT_TRUE(copy.pinned.empty());
    ASSERT_EQ(missing.size(), 11u);
    EXPECT_NE(missing.back().message.find(std::to_string(kMaxViewEntities - 10) + " more"),
              std::string::npos)
        << missing.back().message;
}

TEST(ViewBadInput, NamesInsideViewFilesNeverChooseWhereAViewIsWritten) {
    // A view file carries a name, but the store writes only under the name the user gave it.
    TempDir dir("views-names");
    const ViewStore store(dir / "views");
    fs::create_directories(store.folder());
    write_bytes(store.folder() / "mine.json",
                R"({"format":"kgviz-view/1","name":"../../escaped","labels_pinned":["../../x"]})");
    Diagnostics diagnostics;
    std::optional<SavedView> v = store.load("mine", diagnostics);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->name, "mine");
    ASSERT_TRUE(store.save(*v, diagnostics));
    ASSERT_TRUE(store.rename("mine", "../../../renamed", diagnostics));
    EXPECT_EQ(files_under(dir.path()),
              (std::vector<fs::path>{store.folder(), store.folder() / "-..-..-renamed.json"}));
}

TEST(CurationBadInput, PathsInsideCurationFilesAreNeverWrittenTo) {
    // Passage paths and ids in a curation file are only compared, never opened or written: the
    // session's autosave writes its own file and nothing else.
    TempDir dir("curation-paths");
    const fs::path file = dir / "kgviz-curation.json";
    write_bytes(file, R"({"format":"kgviz-curation/1","corrections":[
        {"op":"reject-passage","entity":"../../a","other":"/etc/b",
         "passage":{"doc":"../../../escaped.txt","sentence":"x"}},
        {"op":"note","entity":"../../../notes.txt","value":"/tmp/x"}]})");
    Diagnostics diagnostics;
    Curation loaded = load_curation(file, diagnostics);
    ASSERT_EQ(loaded.corrections.size(), 2u);
    CurationSession session(Corpus{}, loaded, file);
    Correction hide;
    hide.kind = CorrectionKind::Hide;
    hide.entity = "../../../hidden";
    session.apply(hide, diagnostics);
    session.undo(diagnostics);
    EXPECT_EQ(files_under(dir.path()), (std::vector<fs::path>{file}));
    EXPECT_EQ(load_curation(file, diagnostics).corrections.size(), 2u);
}

TEST(CurationBadInput, DanglingAndMissingCurationFilesAreReported) {
    TempDir dir("curation-links");
    fs::create_symlink(dir / "moved-away.json", dir / "dangling.json");
    fs::create_symlink("loop-b.json", dir / "loop-a.json");
    fs::create_symlink("loop-a.json", dir / "loop-b.json");
    struct Case {
        const char* name;
        bool explicit_file;
        const char* message; // nullptr: nothing to report
    };
    for (const Case& c : {Case{"dangling.json", false, "symbolic link to a missing file"},
                          Case{"dangling.json", true, "symbolic link to a missing file"},
                          Case{"loop-a.json", false, "symbolic link loop"},
                          Case{"missing.json", true, "no such curation file"},
                          Case{"missing.json", false, nullptr}}) {
        SCOPED_TRACE(std::string(c.name) +
                     (c.explicit_file ? " (--curation)" : " (beside the corpus)"));
        Diagnostics diagnostics;
        const Curation cur = load_curation(dir / c.name, diagnostics, c.explicit_file);
        EXPECT_TRUE(cur.corrections.empty());
        if (!c.message) {
            EXPECT_TRUE(diagnostics.empty()) << "no file beside the corpus is the normal case";
            continue;
        }
        ASSERT_EQ(diagnostics.size(), 1u);
        EXPECT_EQ(diagnostics[0].path, (dir / c.name).string());
        EXPECT_NE(diagnostics[0].message.find(c.message), std::string::npos)
            << diagnostics[0].message;
    }
}

TEST(CurationBadInput, HostileCurationFilesAreToleratedAndReported) {
    std::vector<std::string> cases;
    for (const auto& h : hostile_json()) cases.push_back(h.bytes);
    for (
        const char* c : {
            R"({"format":"kgviz-curation/1","corrections":5})",
            R"({"format":"kgviz-curation/1","corrections":[5,null,"x",[],{}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":"merge"},{"op":"merge","entity":5,"other":[]}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":"merge","entity":"a","other":"a"}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":"set-region","entity":"a","values":"x"}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":"reject-passage","entity":"a","other":"b","passage":5}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":"from-the-future","x":{"y":[1,2]}}]})",
            R"({"format":"kgviz-curation/1","corrections":[{"op":7}]})",
        })
        cases.push_back(c);
    for (const auto& json : cases) {
        SCOPED_TRACE(json.substr(0, 160));
        Diagnostics diagnostics;
        Curation c;
        ASSERT_NO_THROW(c = curation_from_json(json, "hostile-curation.json", diagnostics));
        for (const auto& d : diagnostics)
            EXPECT_NE(d.path.find("hostile-curation.json"), std::string::npos);
        // What loaded must write back and load again the same: nothing the analyst has is lost.
        // (Saving fills in `what` descriptions, so the written form is the fixed point compared.)
        Diagnostics again;
        std::string written;
        ASSERT_NO_THROW(written = curation_to_json(c));
        const Curation reread = curation_from_json(written, "again.json", again);
        EXPECT_EQ(curation_to_json(reread), written);
        EXPECT_EQ(reread.corrections.size(), c.corrections.size());
        // (Unknown entries are kept verbatim by design and warn again on every load.)
    }
}

TEST(CurationBadInput, UnreadableCurationFiles) {
    TempDir dir("curation-bad");
    fs::create_directories(dir / "dir.json");
    write_bytes(dir / "deep.json", nested_arrays(100000));
    make_sparse_file(dir / "huge.json", 200ull << 20);
    ASSERT_EQ(::mkfifo((dir / "pipe.json").c_str(), 0644), 0);
    FifoWatchdog watchdog(dir / "pipe.json", std::chrono::seconds(20));
    for (const char* name : {"dir.json", "deep.json", "huge.json", "pipe.json"}) {
        Diagnostics diagnostics;
        Curation c;
        ASSERT_NO_THROW(c = load_curation(dir / name, diagnostics)) << name;
        EXPECT_TRUE(c.corrections.empty()) << name;
        EXPECT_FALSE(diagnostics.empty()) << name << " was not reported";
    }
    watchdog.stop();
    EXPECT_FALSE(watchdog.fired()) << "loading a curation file blocked on a FIFO";
}

TEST(CurationBadInput, UnwritableTargetsFailCleanly) {
    TempDir dir("curation-write");
    write_bytes(dir / "regular", "x");
    Curation c;
    Correction hide;
    hide.kind = CorrectionKind::Hide;
    hide.entity = "russia";
    c.corrections.push_back(hide);
    for (const fs::path& target :
         {dir / "regular" / "kgviz-curation.json", fs::path("/dev/full"), fs::path("/proc/version"),
          fs::path("/proc/no-such/kgviz-curation.json")})
        EXPECT_NE(save_curation(target, c), "") << target;
    EXPECT_EQ(read_bytes(dir / "regular"), "x");
    // A successful save next to a failed one leaves exactly one file, with the content.
    ASSERT_EQ(save_curation(dir / "ok.json", c), "");
    Diagnostics diagnostics;
    EXPECT_EQ(curation_to_json(load_curation(dir / "ok.json", diagnostics)), curation_to_json(c));
}

} // namespace
} // namespace kg::test
