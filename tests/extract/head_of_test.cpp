// `leads` only for heads of state and government, read from the knowledge base's role text.
#include "extract/head_of.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

KbEntity leader(std::string role) {
    KbEntity e;
    e.type = EntityType::Leader;
    e.role = std::move(role);
    return e;
}

KbEntity country(std::string name, std::vector<std::string> aliases = {}) {
    KbEntity e;
    e.name = std::move(name);
    e.aliases = std::move(aliases);
    return e;
}

TEST(HeadOf, HeadsOfStateAndGovernmentLead) {
    const KbEntity russia = country("Russia"), us = country("United States", {"U.S."}),
                   china = country("China");
    EXPECT_TRUE(heads(
        leader("President of Russia (2000-2008, since 2012); Prime Minister (2008-2012)"), russia));
    EXPECT_TRUE(heads(
        leader("President of the United States (2021-2025); Vice President (2009-2017)"), us));
    EXPECT_TRUE(heads(
        leader(
            "General Secretary of the Chinese Communist Party (since 2012) and President of China"),
        china));
    EXPECT_TRUE(heads(leader("Crown Prince (since 2017) and Prime Minister (since 2022)"),
                      country("Saudi Arabia")));
    EXPECT_TRUE(heads(leader("King of Saudi Arabia (since 2015)"), country("Saudi Arabia")));
}

TEST(HeadOf, MinistersSecretariesAndOthersDoNot) {
    const KbEntity russia = country("Russia"), us = country("United States"),
                   uk = country("United Kingdom");
    EXPECT_FALSE(heads(leader("Foreign Minister of Russia (since 2004)"), russia));
    EXPECT_FALSE(heads(leader("Secretary of State (2018-2021)"), us));
    EXPECT_FALSE(heads(leader("Vice President of the United States"), us));
    EXPECT_FALSE(heads(leader("Kremlin Press Secretary (since 2012)"), russia));
    EXPECT_FALSE(heads(
        leader("Foreign Secretary (2014-2016) and Chancellor of the Exchequer (2016-2019)"), uk));
    // Head of something else than the affiliation: the European Central Bank, not France.
    EXPECT_FALSE(
        heads(leader("President of the European Central Bank (since 2019)"), country("France")));
}

} // namespace
} // namespace kg
