// Checks shared by the process-level tests of the bad-input suite: the `kgviz: PATH: reason`
// form of every stderr line, the graph written from the good article, no temp files left.
#pragma once

#include "hostile_files.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::test {

// Every stderr line has the `kgviz: ` prefix of interfaces.md.
inline void expect_kgviz_lines(const std::string& err) {
    std::istringstream in(err);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) {
            EXPECT_EQ(line.rfind("kgviz: ", 0), 0u) << "stray stderr line: " << line;
        }
}

// True when stderr has a `kgviz: PATH: reason` line whose PATH ends with `name`.
inline bool reports(const std::string& err, std::string_view name) {
    std::istringstream in(err);
    for (std::string line; std::getline(in, line);) {
        const auto at = line.find(std::string(name) + ": ");
        if (line.rfind("kgviz: ", 0) == 0 && at != std::string::npos && at >= 7 &&
            (line[at - 1] == '/' || line[at - 1] == ' '))
            return true;
    }
    return false;
}

// Parses the written graph and checks the contract: the good article is there, evidence texts
// equal their spans, nothing carries NUL bytes. Parsing also proves the output is valid UTF-8.
inline void expect_graph_with_good_article(const fs::path& out, const fs::path& good) {
    ASSERT_TRUE(fs::exists(out)) << "no output written";
    nlohmann::json graph;
    ASSERT_NO_THROW(graph = nlohmann::json::parse(read_bytes(out))) << "output is not valid JSON";
    EXPECT_EQ(graph.value("format", ""), "kgviz-graph/1");
    bool found = false;
    std::vector<std::string> texts;
    for (const auto& d : graph.at("documents")) {
        const std::string text = d.at("text").get<std::string>();
        EXPECT_EQ(text.find('\0'), std::string::npos) << d.at("path");
        texts.push_back(text);
        if (fs::path(d.at("path").get<std::string>()).filename() == good.filename())
            found = text.find(kGoodMarker) != std::string::npos;
    }
    EXPECT_TRUE(found) << "the good article beside the bad ones is missing from the output";
    for (const auto& link : graph.at("links"))
        for (const auto& ev : link.at("evidence")) {
            const auto id = ev.at("doc").get<std::string>();
            const std::size_t doc = std::stoul(id.substr(1));
            ASSERT_LT(doc, texts.size());
            const auto start = ev.at("start").get<std::size_t>(),
                       end = ev.at("end").get<std::size_t>();
            ASSERT_LE(end, texts[doc].size());
            EXPECT_EQ(ev.at("text").get<std::string>(), texts[doc].substr(start, end - start));
        }
}

// No ".NAME.tmp-*" or other leftovers beside the output.
inline void expect_no_temp_files(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos)
            << e.path() << " left behind";
}

} // namespace kg::test
