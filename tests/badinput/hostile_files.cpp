// Generators of hostile inputs; sizes are chosen to hit limits, not to fill the disk.
#include "hostile_files.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace kg::test {

TempDir::TempDir(std::string_view tag) {
    std::string templ =
        (fs::temp_directory_path() / ("kgviz-" + std::string(tag) + "-XXXXXX")).string();
    if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
    path_ = templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    // Tests chmod files to 000; make everything removable again first.
    for (auto it = fs::recursive_directory_iterator(
             path_, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (!it->is_symlink(ec))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

void write_bytes(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out) throw std::runtime_error("cannot write test file " + file.string());
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path write_good_article(const fs::path& dir, std::string_view name) {
    const fs::path file = dir / name;
    write_bytes(file,
                "Trade talks in Buenos Aires\n\n"
                "By Ana Souza\n\n" +
                    std::string(kGoodMarker) +
                    " on Monday, after months of talks in Buenos Aires.\n\n"
                    "Officials from France and Germany welcomed the deal. China said it would "
                    "study the agreement closely.\n");
    return file;
}

std::string nested_arrays(std::size_t depth, std::string_view inner, bool closed) {
    std::string s(depth, '[');
    s += inner;
    if (closed) s += std::string(depth, ']');
    return s;
}

namespace {

std::string utf16le_with_bom(std::string_view ascii) {
    std::string s = "\xff\xfe";
    for (char c : ascii) {
        s += c;
        s += '\0';
    }
    return s;
}

std::string utf16be_with_bom(std::string_view ascii) {
    std::string s = "\xfe\xff";
    for (char c : ascii) {
        s += '\0';
        s += c;
    }
    return s;
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string s;
    s.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) s += piece;
    return s;
}

std::string binary_bytes(std::size_t n) {
    std::string s(n, '\0');
    std::uint32_t x = 12345;
    for (auto& c : s) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    return s;
}

} // namespace

std::vector<HostileDocument> hostile_documents() {
    const std::string article = "Russia and China held talks. India stayed away from the summit.\n";
    std::vector<HostileDocument> docs = {
        {"empty.txt", "", true},
        {"whitespace.txt", " \n\t\r\n   \n\n\t", true},
        {"nul_bytes.txt", std::string(4096, '\0') + "Russia" + std::string(4096, '\0'), true},
        {"png_renamed.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + binary_bytes(8192),
         true},
        {"invalid_utf8.txt",
         "Russia \xff\xfe and \xc3\x28 China met \xe2\x82 in \xf0\x9f\x98 Moscow. Iran \x80\x80 "
         "too.\n",
         false},
        {"overlong_utf8.txt",
         "Overlong \xc0\xaf slash \xe0\x80\xaf and \xf0\x80\x80\xaf, surrogate \xed\xa0\x80, "
         "beyond \xf4\x90\x80\x80. Russia met China.\n",
         false},
        {"utf16le_bom.txt", utf16le_with_bom(article), false},
        {"utf16be_bom.txt", utf16be_with_bom(article), false},
        {"utf8_bom.md", "\xef\xbb\xbf# Title\n\n" + article, false},
        {"one_10mb_line.txt", repeat("Russia China India talks ", 10 * 1024 * 1024 / 25), false},
        {"cr_only.txt", "Russia met China.\rIndia met Japan.\rTalks went on.\r", false},
        {"deep_nested.html", "<html><body>" + repeat("<div>", 100000) + "<p>" + article + "</p>",
         false},
        {"deep_inline.html", "<p>" + repeat("<b><i><span>", 50000) + article, false},
        {"unclosed.html",
         "<html><head><title>Unclosed<body><p>Russia and China <b><i>met <a href=\"http://x",
         false},
        {"unclosed_comment.html", "<p>" + article + "</p><!-- never closed " + article, false},
        {"unclosed_script.html", "<p>" + article + "</p><script>var x = '<p>';", false},
        {"tag_soup.html", repeat("<<>><</ >< a=\"\"''<!<?<![CDATA[", 2000) + article, false},
        {"entity_amp_at_end.html", "<p>" + article + "Russia &amp China &", false},
        {"entity_hash_at_end.html", "<p>" + article + "India &#", false},
        {"entity_hex_at_end.html", "<p>" + article + "Japan &#x1F6", false},
        {"entity_name_at_end.html", "<p>" + article + "Iran &nbs", false},
        {"entity_hostile.html",
         "<p>" + article + "&#0; &#xD800; &#x110000; &#99999999999999999999; &#x; &;" +
             repeat("&amp;", 10000) + "</p>",
         false},
        {"frontmatter_open.md", "---\ntitle: Never closed\nauthor: Nobody\n\n" + article, false},
        {"frontmatter_only.md", "---", true},
        {"frontmatter_huge_key.md", "---\n" + repeat("k", 1 << 20) + ": v\n---\n" + article, false},
        {"md_deep_quote.md", repeat(">", 100000) + " " + article, false},
        {"md_deep_list.md", repeat("  ", 20000) + "- " + article + repeat("[", 100000), false},
        {"long_word.txt", "Russia " + repeat("x", 2 << 20) + " China.\n", false},
        {"many_dots.txt", repeat(". ", 500000) + article, false},
    };
    return docs;
}

std::vector<HostileJson> hostile_json() {
    std::string object_chain;
    for (int i = 0; i < 1000; ++i) object_chain += "{\"a\":";
    object_chain += "1" + std::string(1000, '}');
    return {
        {"empty", ""},
        {"whitespace", " \n\t "},
        {"not_json", "this is not json"},
        {"binary", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11)},
        {"null", "null"},
        {"number", "42"},
        {"string", "\"kgviz\""},
        {"array", "[]"},
        {"empty_object", "{}"},
        {"unclosed_object", "{\"format\": "},
        {"unclosed_string", "{\"format\": \"kgviz"},
        {"trailing_garbage", "{} trailing"},
        {"comments", "/* c */ {\"format\": 1}"},
        {"nan_literal", "{\"x\": NaN}"},
        {"deep_1000_arrays", nested_arrays(1000)},
        {"deep_1000_objects", object_chain},
        {"deep_100000_unclosed", nested_arrays(100000, "", false)},
        {"deep_100000_closed", nested_arrays(100000)},
        {"deep_in_string_ok", "{\"format\": \"" + std::string(5000, '[') + "\"}"},
        {"huge_numbers", "{\"a\": 1e999999, \"b\": -1e999999, \"c\": 18446744073709551616, "
                         "\"d\": -9223372036854775809, \"e\": 1.7976931348623157e309, \"f\": " +
                             std::string(5000, '9') + "}"},
        {"invalid_utf8", "{\"name\": \"\xff\xfe\xc0\xaf\"}"},
        {"escaped_nul_and_surrogate", "{\"name\": \"a\\u0000b\\ud800c\\udfff\"}"},
        {"raw_nul", std::string("{\"name\": \"a\0b\"}", 16)},
        {"bom", "\xef\xbb\xbf{}"},
        {"long_string", "{\"name\": \"" + std::string(10 << 20, 'x') + "\"}"},
        {"many_keys",
         [] {
             std::string s = "{";
             for (int i = 0; i < 100000; ++i)
                 s += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
             return s + "\"end\":0}";
         }()},
    };
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf)
            n = 1, cp = c & 0x1f;
        else if (c >= 0xe0 && c <= 0xef)
            n = 2, cp = c & 0x0f;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 3, cp = c & 0x07;
        else
            return false;
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size()) return false;
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += n + 1;
    }
    return true;
}

void make_sparse_file(const fs::path& file, std::uint64_t bytes) {
    write_bytes(file, "");
    fs::resize_file(file, bytes);
}

long long bytes_read_by_process() {
    std::ifstream in("/proc/self/io");
    std::string key;
    long long value = -1;
    while (in >> key >> value)
        if (key == "rchar:") return value;
    return -1;
}

} // namespace kg::test
