// Hostile inputs generated at test time: byte contents for documents and JSON, and paths
// (sparse giants, FIFOs, symlink loops) that only exist on disk.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::test {

namespace fs = std::filesystem;

// A fresh folder under the temp dir, removed (permissions restored first) on destruction.
class TempDir {
  public:
    explicit TempDir(std::string_view tag);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(std::string_view name) const { return path_ / name; }

  private:
    fs::path path_;
};

void write_bytes(const fs::path& file, std::string_view bytes);
std::string read_bytes(const fs::path& file);

// A sentence every good article carries, so a test can find that article's text in the output.
inline constexpr std::string_view kGoodMarker = "Brazil and Argentina signed a trade agreement";

// Writes a short, ordinary article that always ingests; returns its path.
fs::path write_good_article(const fs::path& dir, std::string_view name = "good.txt");

// One hostile document: a file name (the extension picks the format) and its bytes.
struct HostileDocument {
    std::string name;
    std::string bytes;
    bool unusable; // nothing usable can come out: kgviz must report it by path
};

// Empty, whitespace, binary, broken and overlong UTF-8, UTF-16, a 10 MB line, deep and unclosed
// HTML, entities cut at the end, front matter without an end, and more.
std::vector<HostileDocument> hostile_documents();

// Hostile JSON texts shared by every JSON loader (graph, knowledge base, views, curation):
// not JSON, 1,000- and 100,000-deep nesting, huge numbers, duplicate keys, broken UTF-8 ...
struct HostileJson {
    std::string name;
    std::string bytes;
};
std::vector<HostileJson> hostile_json();

// Wraps `inner` in `depth` arrays, closed or not.
std::string nested_arrays(std::size_t depth, std::string_view inner = "1", bool closed = true);

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view s);

// A sparse file of `bytes` (no disk used): the "too big" input.
void make_sparse_file(const fs::path& file, std::uint64_t bytes);

// Bytes read by this process so far (rchar of /proc/self/io); -1 when unavailable.
long long bytes_read_by_process();

} // namespace kg::test
