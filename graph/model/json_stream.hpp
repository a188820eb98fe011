// A streaming JSON writer with nlohmann's byte layout, for graph JSON too large to build as a
// document: output goes to a sink in 1 MB chunks.
#pragma once

#include "model/graph_json.hpp"
#include "model/out_bytes.hpp"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::json_detail {

// A streaming JSON writer with nlohmann's layout: `indent` spaces per level and "key": value,
// or one compact line when indent < 0. Empty containers are written "[]" and "{}".
class JsonOut {
  public:
    JsonOut(const GraphJsonSink& sink, int indent)
        : sink_(&sink), indent_(indent), buf_(kChunk + 4096) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k) {
        separator();
        if (!k.empty() && k.size() <= kShortKey && plain_ascii(k)) { // ours: "id", "start", ...
            char* p = buf_.room(kShortKey + 4);
            *p++ = '"';
            p = copy_short(p, k.data(), k.size());
            *p++ = '"';
            *p++ = ':';
            if (indent_ >= 0) *p++ = ' ';
            buf_.commit(p);
        } else {
            quoted(k);
            buf_.put(indent_ >= 0 ? "\": " : "\":");
        }
        after_key_ = true;
    }
    void value(std::string_view s) {
        separator();
        if (s.size() <= kShortKey && plain_ascii(s)) { // ids and names of kinds and topics
            char* p = buf_.room(kShortKey + 2);
            *p++ = '"';
            p = copy_short(p, s.data(), s.size());
            *p++ = '"';
            buf_.commit(p);
        } else {
            quoted(s);
            buf_.put('"');
        }
        flush_if_full();
    }
    // A string known to need no escaping (PlainPassages): copied between its quotes.
    void plain_value(std::string_view s) {
        separator();
        char* p = buf_.room(s.size() + 2);
        *p++ = '"';
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p += s.size();
        *p++ = '"';
        buf_.commit(p);
        flush_if_full();
    }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(bool b) {
        separator();
        buf_.put(b ? std::string_view("true") : std::string_view("false"));
    }
    void value(std::nullptr_t) {
        separator();
        buf_.put(std::string_view("null"));
    }
    void value(std::int64_t n) {
        separator();
        char* p = buf_.room(24);
        buf_.commit(std::to_chars(p, p + 24, n).ptr);
    }
    void value(std::uint32_t n) { value(std::int64_t(n)); }
    void value(std::int32_t n) { value(std::int64_t(n)); }
    void value(double d);
    void string_or_null(const std::string& s) {
        if (s.empty())
            value(nullptr);
        else
            value(s);
    }
    void strings(const std::vector<std::string>& list) {
        begin_array();
        for (const std::string& s : list) value(s);
        end_array();
    }

    // Writes elements [0, count) of the array now open, `emit(out, i)` each. Blocks of elements
    // are serialized on `threads` threads (0 = one per core) and handed to the sink in order, so
    // the bytes are those of the same loop on one thread.
    void elements(std::size_t count, unsigned threads,
                  const std::function<void(JsonOut&, std::size_t)>& emit);

    // Hands the rest to the sink; false when the sink failed at any point.
    bool finish() {
        buf_.put('\n');
        flush();
        return ok_;
    }

  private:
    static constexpr std::size_t kChunk = 1 << 20;
    static constexpr std::size_t kShortKey = 32;

    // A block of elements inside an array `depth` levels deep, written into `bytes` (a buffer
    // of an earlier block, reused): the bytes stay there for the writer that owns the sink.
    // `first`: the block starts the array (no comma before it).
    JsonOut(int indent, std::size_t depth, bool first, OutBytes bytes);
    // Appends a block serialized by a fragment of this writer's array.
    void append_block(const OutBytes& block);

    struct Level {
        bool empty = true;
    };

    // Copies n <= 32 bytes (kShortKey) as two overlapping moves of a fixed size, which the
    // compiler writes inline: ids and keys are too short to pay for a call of memcpy.
    static char* copy_short(char* to, const char* from, std::size_t n) {
        if (n >= 16) {
            std::memcpy(to, from, 16);
            std::memcpy(to + n - 16, from + n - 16, 16);
        } else if (n >= 8) {
            std::memcpy(to, from, 8);
            std::memcpy(to + n - 8, from + n - 8, 8);
        } else if (n >= 4) {
            std::memcpy(to, from, 4);
            std::memcpy(to + n - 4, from + n - 4, 4);
        } else if (n > 0) {
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
        return to + n;
    }

    static bool plain_ascii(std::string_view s) {
        for (char c : s)
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) return false;
        return true;
    }

    void open(char c) {
        separator();
        buf_.put(c);
        levels_.push_back({});
    }
    void close(char c) {
        bool empty = levels_.back().empty;
        levels_.pop_back();
        char* p = buf_.room(indent_room() + 1);
        if (!empty) p = newline(p);
        *p++ = c;
        buf_.commit(p);
        flush_if_full();
    }
    // Before a key, or a value that has no key: the comma and line break of its container.
    void separator() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty()) return;
        char* p = buf_.room(indent_room() + 1);
        if (!levels_.back().empty) *p++ = ',';
        levels_.back().empty = false;
        buf_.commit(newline(p));
    }
    // Indentation up to this deep is written as one fixed-size copy of kSpaces (the bytes past
    // the indentation are overwritten by what follows), not a call of memset.
    static constexpr std::size_t kSpaceRun = 32;
    static constexpr char kSpaces[kSpaceRun + 1] = "                                ";
    // Bytes newline() writes into at most: the line break and the indentation, or kSpaceRun.
    std::size_t indent_room() const {
        return indent_ < 0 ? 0 : 1 + std::max(levels_.size() * std::size_t(indent_), kSpaceRun);
    }
    // Writes the line break and indentation at `p` (room reserved by the caller); returns the end.
    char* newline(char* p) const {
        if (indent_ < 0) return p;
        *p++ = '\n';
        const std::size_t spaces = levels_.size() * std::size_t(indent_);
        if (spaces <= kSpaceRun)
            std::memcpy(p, kSpaces, kSpaceRun);
        else
            std::memset(p, ' ', spaces);
        return p + spaces;
    }

    // Writes the opening quote and the escaped string (without the closing quote).
    void quoted(std::string_view s);
    void escape(char c);

    void flush_if_full() {
        if (buf_.size() >= kChunk && sink_) flush();
    }
    void flush() {
        if (ok_ && !buf_.empty()) ok_ = (*sink_)(buf_.view());
        buf_.clear();
    }

    const GraphJsonSink* sink_; // null in a block serialized for another writer
    const int indent_;
    OutBytes buf_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    bool ok_ = true;
};

} // namespace kg::json_detail
