// A compact binary form for the store's blobs: LEB128 integers and length-prefixed strings, read
// back with bounds checks (a damaged blob is refused, never read past its end).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::store {

class ByteWriter {
  public:
    void u(std::uint64_t v);
    void s(std::int64_t v) { u((std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63)); } // zigzag
    void str(std::string_view text);
    void reserve(std::size_t bytes) { out_.reserve(bytes); }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
};

// Each read returns false at the first problem and stays failed; check ok() at the end.
// The bytes are either all in memory or read part by part from a source (the graph record, read
// from SQLite's pages into one small buffer instead of a copy of the whole blob).
class ByteReader {
  public:
    // Fills all of `part` with the source's next bytes; false when it cannot.
    using Source = std::function<bool(std::span<char> part)>;

    explicit ByteReader(std::string_view bytes) : in_(bytes) {}
    ByteReader(std::uint64_t size, Source source, std::size_t part_size = std::size_t(1) << 18);
    ByteReader(const ByteReader&) = delete; // the bytes may point into its own buffer
    ByteReader& operator=(const ByteReader&) = delete;
    bool u(std::uint64_t& v) {
        // Inline when the longest integer fits in what is left of the part (nearly always): no
        // bounds check per byte, and no call per field (decoding is most of a warm run's work).
        if (!ok_ || in_.size() - pos_ < 10) return u_at_edge(v);
        const auto* p = reinterpret_cast<const unsigned char*>(in_.data() + pos_);
        std::uint64_t w = 0;
        for (int i = 0; i < 10; ++i) {
            w |= std::uint64_t(p[i] & 0x7F) << (7 * i);
            if (!(p[i] & 0x80)) {
                pos_ += std::size_t(i) + 1;
                v = w;
                return true;
            }
        }
        return fail();
    }
    bool s(std::int64_t& v) {
        std::uint64_t w = 0;
        if (!u(w)) return false;
        v = std::int64_t(w >> 1) ^ -std::int64_t(w & 1);
        return true;
    }
    bool str(std::string& text);
    // A count of items each at least `min_bytes` long: false when the rest cannot hold them.
    bool count(std::uint64_t& n, std::size_t min_bytes = 1);
    template <class T> bool small(T& v) { // a field of a narrower unsigned type
        std::uint64_t w = 0;
        if (!u(w) || w > std::uint64_t(T(~T(0)))) return fail();
        v = T(w);
        return true;
    }
    bool ok() const { return ok_; }
    bool at_end() const { return ok_ && pos_ == in_.size() && unread_ == 0; }

  private:
    bool fail() { return ok_ = false; }
    bool u_at_edge(std::uint64_t& v); // byte by byte, across the end of a part
    bool next_part(); // the source's next part into in_; false (and failed) when there is none
    std::string_view in_;
    std::size_t pos_ = 0;
    bool ok_ = true;
    std::uint64_t unread_ = 0; // bytes the source has not given yet
    Source source_;
    std::string part_;
};

// A list of strings: its count, then each string.
void put_strings(ByteWriter& w, const std::vector<std::string>& list);
bool get_strings(ByteReader& r, std::vector<std::string>& list);

// A 64-bit hash of bytes, stable across runs (machines of one byte order) (content keys of the
// store).
std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0);

} // namespace kg::store
