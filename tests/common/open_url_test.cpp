// Opening links safely: hostile URLs are refused, accepted ones reach the launcher as one argument.
#include "common/open_url.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

TEST(OpenUrl, AcceptsPlainWebLinks) {
    for (const char* url : {"https://example.org", "http://example.org/a/b?q=1&r=2#frag",
                            "HTTPS://Example.ORG/Path", "https://news.example.com:8443/x",
                            "https://[2001:db8::1]/x", "https://example.org/a%20b%3B"})
        EXPECT_TRUE(kg::is_openable_url(url)) << url << ": " << kg::url_refusal(url);
}

TEST(OpenUrl, RefusesOtherSchemes) {
    for (const char* url : {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>",
                            "ftp://example.org", "mailto:a@example.org", "httpx://example.org",
                            "http:example.org", "//example.org", "example.org", "/usr/bin/xterm",
                            " https://example.org", "vbscript:msgbox"})
        EXPECT_FALSE(kg::is_openable_url(url)) << url;
}

TEST(OpenUrl, RefusesOptionInjection) {
    // A leading '-' would reach xdg-open's option parser; only URLs starting "http" pass.
    for (const char* url : {"--help", "-e https://example.org", "--manual", "-"})
        EXPECT_FALSE(kg::is_openable_url(url)) << url;
}

TEST(OpenUrl, RefusesShellAndControlCharacters) {
    for (const char* url :
         {"https://example.org/\"; rm -rf ~; \"", "https://example.org/'x'",
          "https://example.org/;ls", "https://example.org/$(touch /tmp/pwned)",
          "https://example.org/`id`", "https://example.org/a|b", "https://example.org/a\nb",
          "https://example.org/a\rb", "https://example.org/a\tb", "https://example.org/a b",
          "https://example.org/<script>", "https://example.org/a\\b", "https://example.org/${HOME}",
          "https://example.org/\x7f", "https://ex\xc3\xa4mple.org/"})
        EXPECT_FALSE(kg::is_openable_url(url)) << url;
    EXPECT_FALSE(kg::is_openable_url(std::string_view("https://example.org/a\0b", 23)));
}

TEST(OpenUrl, RefusesHostTricks) {
    for (const char* url : {"https://", "http:///path", "https://user@evil.example/",
                            "https://good.example@evil.example/", "https://[::1",
                            "https://host:", "https://host:123456", "https://host:8x",
                            "https://ho_st/", "https://[]/"})
        EXPECT_FALSE(kg::is_openable_url(url)) << url;
}

TEST(OpenUrl, RefusesOverlongUrls) {
    const std::string base = "https://example.org/";
    EXPECT_TRUE(kg::is_openable_url(base + std::string(kg::kMaxUrlLength - base.size(), 'a')));
    EXPECT_FALSE(kg::is_openable_url(base + std::string(kg::kMaxUrlLength - base.size() + 1, 'a')));
    EXPECT_FALSE(kg::is_openable_url(""));
}

// A stand-in for xdg-open that records its argument vector (NUL-separated) into a file.
class OpenUrlLaunch : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("kgviz-openurl-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        script_ = dir_ / "fake-xdg-open";
        record_ = dir_ / "argv";
        std::ofstream(script_) << "#!/bin/sh\nprintf '%s\\0' \"$0\" \"$@\" > '" << record_.string()
                               << ".part' && mv '" << record_.string() << ".part' '"
                               << record_.string() << "'\n";
        fs::permissions(script_, fs::perms::owner_all);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // The recorded argv, waiting up to 10 s for the launcher to run.
    std::vector<std::string> recorded_argv() const {
        for (int i = 0; i < 1000 && !fs::exists(record_); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::ifstream in(record_, std::ios::binary);
        std::vector<std::string> args;
        std::string arg;
        while (std::getline(in, arg, '\0')) args.push_back(arg);
        return args;
    }

    fs::path dir_, script_, record_;
};

TEST_F(OpenUrlLaunch, PassesTheUrlAsOneArgument) {
    // '&', '=', '#', '%', '(' and '*' are legal and must arrive untouched, not split or expanded.
    const std::string url = "https://example.org/a(1)*?q=x&r=%20y#top";
    ASSERT_EQ(kg::open_url_in_browser(url, script_.string()), "");
    EXPECT_EQ(recorded_argv(), (std::vector<std::string>{script_.string(), url}));
}

TEST_F(OpenUrlLaunch, NeverStartsTheLauncherForARefusedUrl) {
    const std::string error = kg::open_url_in_browser("file:///etc/passwd", script_.string());
    EXPECT_NE(error.find("refusing"), std::string::npos) << error;
    EXPECT_NE(kg::open_url_in_browser("https://x.org/$(touch " + (dir_ / "pwned").string() + ")",
                                      script_.string()),
              "");
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_FALSE(fs::exists(record_));
    EXPECT_FALSE(fs::exists(dir_ / "pwned"));
}

TEST_F(OpenUrlLaunch, ReportsAMissingLauncher) {
    const std::string error =
        kg::open_url_in_browser("https://example.org/", (dir_ / "no-such-program").string());
    EXPECT_NE(error.find("cannot start"), std::string::npos) << error;
}

} // namespace
