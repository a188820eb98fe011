// A streaming JSON writer with nlohmann's byte layout, for graph JSON too large to build as a
// document: output goes to a sink in 1 MB chunks.
#pragma once

#include "model/graph_json.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::json_detail {

// A streaming JSON writer with nlohmann's layout: `indent` spaces per level and "key": value,
// or one compact line when indent < 0. Empty containers are written "[]" and "{}".
class JsonOut {
  public:
    JsonOut(const GraphJsonSink& sink, int indent) : sink_(&sink), indent_(indent) {
        buf_.reserve(kChunk + 4096);
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k) {
        separator();
        quoted(k);
        buf_ += indent_ >= 0 ? "\": " : "\":";
        after_key_ = true;
    }
    void value(std::string_view s) {
        separator();
        quoted(s);
        buf_ += '"';
        flush_if_full();
    }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(bool b) {
        separator();
        buf_ += b ? "true" : "false";
    }
    void value(std::nullptr_t) {
        separator();
        buf_ += "null";
    }
    void value(std::int64_t n) {
        separator();
        char tmp[24];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, n);
        buf_.append(tmp, r.ptr);
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
        buf_ += '\n';
        flush();
        return ok_;
    }

  private:
    static constexpr std::size_t kChunk = 1 << 20;

    // A block of elements inside an array `depth` levels deep: the bytes stay in buf_ for the
    // writer that owns the sink. `first`: the block starts the array (no comma before it).
    JsonOut(int indent, std::size_t depth, bool first);
    // Appends a block serialized by a fragment of this writer's array.
    void append_block(const std::string& block);

    struct Level {
        bool empty = true;
    };

    void open(char c) {
        separator();
        buf_ += c;
        levels_.push_back({});
    }
    void close(char c) {
        bool empty = levels_.back().empty;
        levels_.pop_back();
        if (!empty) newline();
        buf_ += c;
        flush_if_full();
    }
    // Before a key, or a value that has no key: the comma and line break of its container.
    void separator() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty()) return;
        if (!levels_.back().empty) buf_ += ',';
        levels_.back().empty = false;
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        buf_ += '\n';
        buf_.append(levels_.size() * std::size_t(indent_), ' ');
    }

    // Writes the opening quote and the escaped string (without the closing quote).
    void quoted(std::string_view s);
    void escape(char c);

    void flush_if_full() {
        if (buf_.size() >= kChunk && sink_) flush();
    }
    void flush() {
        if (ok_ && !buf_.empty()) ok_ = (*sink_)(buf_);
        buf_.clear();
    }

    const GraphJsonSink* sink_; // null in a block serialized for another writer
    const int indent_;
    std::string buf_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    bool ok_ = true;
};

} // namespace kg::json_detail
