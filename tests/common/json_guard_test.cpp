// The JSON depth guard refuses hostile nesting and ignores brackets inside strings.
#include "common/diagnostics.hpp"
#include "common/json_guard.hpp"

#include <gtest/gtest.h>

TEST(JsonGuard, AcceptsOrdinaryJson) {
    EXPECT_EQ(kg::check_json_depth(R"({"a":[1,{"b":[2]}]})"), "");
}

TEST(JsonGuard, RefusesThousandDeepNesting) {
    std::string deep(1000, '[');
    deep += std::string(1000, ']');
    EXPECT_NE(kg::check_json_depth(deep), "");
}

TEST(JsonGuard, BracketsInStringsDoNotCount) {
    std::string s = "{\"k\":\"" + std::string(200, '[') + "\\\"\"}";
    EXPECT_EQ(kg::check_json_depth(s), "");
}

TEST(JsonGuard, LimitIsExact) {
    EXPECT_EQ(kg::check_json_depth("[[[]]]", 3), "");
    EXPECT_NE(kg::check_json_depth("[[[[]]]]", 3), "");
}

TEST(Diagnostics, FormatsAsInterfacesSays) {
    EXPECT_EQ(kg::format_diagnostic({"seeds/a.txt", "empty file"}),
              "kgviz: seeds/a.txt: empty file");
    EXPECT_EQ(kg::format_diagnostic({"a.md", "odd", kg::Diagnostic::Severity::Warning}),
              "kgviz: a.md: warning: odd");
}
