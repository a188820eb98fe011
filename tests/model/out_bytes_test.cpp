// OutBytes: the graph JSON writer's buffer keeps every byte across growth, moves and reuse.
#include "model/out_bytes.hpp"

#include <gtest/gtest.h>

#include <string>

using kg::json_detail::OutBytes;

TEST(OutBytes, KeepsTheBytesWhileGrowing) {
    OutBytes out;
    EXPECT_TRUE(out.empty());
    out.put(std::string_view());
    EXPECT_TRUE(out.empty());
    std::string expected;
    for (int i = 0; i < 5000; ++i) {
        const std::string piece = std::to_string(i) + (i % 3 == 0 ? "\n" : ",");
        out.put(piece);
        out.put('|');
        expected += piece + '|';
    }
    EXPECT_EQ(out.view(), expected);
}

TEST(OutBytes, WritesThroughRoomAndCommit) {
    OutBytes out(4);
    out.put("ab");
    char* p = out.room(1000); // more than the capacity: grows, keeps "ab"
    for (int i = 0; i < 1000; ++i) *p++ = char('a' + i % 26);
    out.commit(p);
    ASSERT_EQ(out.size(), 1002u);
    EXPECT_EQ(out.view().substr(0, 5), "ababc");
    EXPECT_EQ(out.view().back(), char('a' + 999 % 26));
}

TEST(OutBytes, TruncateAndClearKeepTheBufferForReuse) {
    OutBytes out;
    out.put("hello, world");
    out.truncate(5);
    EXPECT_EQ(out.view(), "hello");
    out.truncate(50); // never grows
    EXPECT_EQ(out.view(), "hello");
    out.clear();
    EXPECT_TRUE(out.empty());
    out.put("again");
    EXPECT_EQ(out.view(), "again");
}

TEST(OutBytes, MovedFromIsEmptyAndUsable) {
    OutBytes a;
    a.put("block one");
    OutBytes b = std::move(a);
    EXPECT_EQ(b.view(), "block one");
    EXPECT_TRUE(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is documented empty
    a.put("fresh");
    EXPECT_EQ(a.view(), "fresh");
    a = std::move(b);
    EXPECT_EQ(a.view(), "block one");
    EXPECT_TRUE(b.empty()); // NOLINT(bugprone-use-after-move)
}
