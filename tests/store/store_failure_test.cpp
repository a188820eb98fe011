// The store's failure cases: each is reported naming the store, and the graph stays the same.
#include "store_fixture.hpp"

#include "store/sqlite_db.hpp"
#include "store/store_session.hpp"

namespace {

using namespace kg;
using kg::test::StoreFixture;
using kg::test::warned;
namespace fs = std::filesystem;

TEST(StoreFailure, GarbageIsMovedAsideAndTheStoreRebuilt) {
    StoreFixture f;
    fs::create_directories(f.store.parent_path());
    const std::string garbage(5000, '\x9c');
    test::write_text(f.store, garbage);
    Diagnostics d;
    EXPECT_TRUE(f.graph(f.with_store(), &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, f.store, "damaged")) << (d.empty() ? "" : d[0].message);
    EXPECT_EQ(test::read_text(f.store.string() + ".corrupt"), garbage); // kept, never deleted
    Diagnostics again;
    f.graph(f.with_store(), &again);
    EXPECT_FALSE(warned(again, f.store, "damaged")); // rebuilt: a working store now
}

TEST(StoreFailure, ADamagedDatabaseIsRebuilt) {
    StoreFixture f;
    f.graph(f.with_store());
    // A valid header followed by garbage pages: SQLite itself finds the damage.
    std::string bytes = test::read_text(f.store);
    ASSERT_GT(bytes.size(), 4096u);
    for (std::size_t i = 100; i < bytes.size(); ++i) bytes[i] = char(i * 31);
    test::write_text(f.store, bytes);
    Diagnostics d;
    EXPECT_TRUE(f.graph(f.with_store(), &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, f.store, "damaged"));
}

TEST(StoreFailure, ALockedStoreIsBypassedAfterTheBusyTimeout) {
    StoreFixture f;
    f.graph(f.with_store());
    store::Database other;
    ASSERT_EQ(other.open(f.store, 0), 0);
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE; DELETE FROM meta WHERE key='none';"),
              0); // holds the write lock
    test::write_text(f.corpus / "new.txt", "Brazil and India met in Brasilia to discuss trade.\n");
    auto options = f.with_store();
    options.busy_timeout_ms = 50;
    Diagnostics d;
    EXPECT_TRUE(f.graph(options, &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, f.store, "locked by another kgviz"));
    other.exec("ROLLBACK");
    Diagnostics after;
    f.graph(f.with_store(), &after);
    EXPECT_FALSE(warned(after, f.store, "locked"));
}

TEST(StoreFailure, ANewerSchemaIsLeftAlone) {
    StoreFixture f;
    f.graph(f.with_store());
    {
        store::Database db;
        ASSERT_EQ(db.open(f.store, 0), 0);
        ASSERT_EQ(db.exec("PRAGMA user_version=" + std::to_string(store::kSchemaVersion + 1)), 0);
    }
    Diagnostics d;
    EXPECT_TRUE(f.graph(f.with_store(), &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, f.store, "newer kgviz"));
    store::Database db;
    ASSERT_EQ(db.open(f.store, 0), 0);
    store::Statement q(db, "PRAGMA user_version");
    ASSERT_EQ(q.step(), 100);
    EXPECT_EQ(q.int64(0), store::kSchemaVersion + 1); // not downgraded, not emptied
}

TEST(StoreFailure, AStoreThatCannotBeCreatedIsBypassed) {
    StoreFixture f;
    store::StoreOptions options;
    options.file = "/proc/self/kgviz-no-such-folder/corpus.sqlite"; // read-only for root too
    Diagnostics d;
    EXPECT_TRUE(f.graph(options, &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, options.file, "working without it"));
}

TEST(StoreFailure, AFullDiskLeavesTheStoreAsItWas) {
    StoreFixture f;
    auto options = f.with_store();
    options.max_pages = 8; // room for the tables, not for the documents
    Diagnostics d;
    EXPECT_TRUE(f.graph(options, &d) == f.graph_without_store());
    EXPECT_TRUE(warned(d, f.store, "the disk is full"));
    Diagnostics after;
    EXPECT_TRUE(f.graph(f.with_store(), &after) == f.graph_without_store()); // room again: it fills
    EXPECT_FALSE(warned(after, f.store, "full"));
}

TEST(StoreFailure, AFileChangedWhileReadIsReadAgainNextTime) {
    StoreFixture f;
    const fs::path file = f.corpus / "06_wire_arctic_northern_sea_route.txt";
    auto options = f.with_store();
    options.between_stat_and_read = [&](const fs::path& p) {
        if (p == file)
            test::write_text(file, test::read_text(file) +
                                       "\nIndia and Japan held talks on Arctic shipping.\n");
    };
    const std::string built = f.graph(options);    // changes the file while it is read
    EXPECT_TRUE(built == f.graph_without_store()); // built from the bytes it read
    Diagnostics d;
    store::StoreSession session(f.with_store(), d);
    session.ingest({f.corpus}, {});
    EXPECT_EQ(session.counts().documents_reused,
              session.counts().files - 1); // not trusted: read again
    EXPECT_TRUE(f.graph(f.with_store()) == f.graph_without_store());
}

} // namespace
