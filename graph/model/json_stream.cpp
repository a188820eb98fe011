// The escaping and number formatting of JsonOut: the hot path of writing graph JSON.
#include "model/json_stream.hpp"

#include <nlohmann/json.hpp>

#include "common/thread_pool.hpp"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace kg::json_detail {
namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7), or 0 if it is not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
    };
    unsigned c = b(0);
    auto cont = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Whether any of the eight bytes is a control character, '"', '\\' or not ASCII (bit tricks
// from "Bit Twiddling Hacks": hasless and haszero; false positives only send the bytes to the
// byte-by-byte path, there are no false negatives).
bool needs_look(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    return ((w & kHigh) | below_space | has_zero(w ^ (kOnes * '"')) |
            has_zero(w ^ (kOnes * '\\'))) != 0;
}

} // namespace

void JsonOut::value(double d) {
    separator();
    if (d >= 0 && d < 1e15 && d == double(std::int64_t(d))) { // weights: counts, written "3.0"
        char tmp[24];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, std::int64_t(d));
        buf_.append(tmp, r.ptr);
        buf_ += ".0";
    } else {
        buf_ += nlohmann::json(d).dump(); // nlohmann's digits for anything else
    }
}

void JsonOut::quoted(std::string_view s) {
    const std::size_t mark = buf_.size();
    buf_ += '"';
    std::size_t run = 0; // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
        // Evidence sentences are most of the output and nearly all plain ASCII: skip eight
        // bytes at a time while none needs a look.
        while (i + 8 <= s.size() && !needs_look(load8(s.data() + i))) i += 8;
        if (i == s.size()) break;
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (std::size_t n = utf8_sequence(s, i)) {
                i += n;
                continue;
            }
            // Not UTF-8 (cleaned text never is): nlohmann's own U+FFFD replacement rules.
            buf_.resize(mark);
            std::string whole = nlohmann::json(std::string(s))
                                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            buf_.append(whole, 0, whole.size() - 1);
            return;
        }
        buf_.append(s.data() + run, i - run);
        escape(char(c));
        run = ++i;
    }
    buf_.append(s.data() + run, s.size() - run);
}

JsonOut::JsonOut(int indent, std::size_t depth, bool first) : sink_(nullptr), indent_(indent) {
    levels_.assign(depth, Level{false});
    if (depth > 0) levels_.back().empty = first;
}

void JsonOut::append_block(const std::string& block) {
    if (block.empty()) return;
    levels_.back().empty = false;
    buf_ += block;
    flush_if_full();
}

void JsonOut::elements(std::size_t count, unsigned threads,
                       const std::function<void(JsonOut&, std::size_t)>& emit) {
    // Elements per block: big enough that a block costs far more than handing it over, small
    // enough that every thread gets many. Blocks run at most kAhead past the one written last,
    // so memory holds a few blocks, not the file.
    constexpr std::size_t kBlock = 32;
    const std::size_t blocks = (count + kBlock - 1) / kBlock;
    threads = worker_count(threads, blocks);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) emit(*this, i);
        return;
    }
    const std::size_t ahead = 4 * std::size_t(threads);
    std::mutex mutex;
    std::condition_variable room;
    std::vector<std::string> done(blocks);
    std::vector<char> ready(blocks, 0);
    std::size_t written = 0;
    bool writing = false, failed = false;
    parallel_for(blocks, threads, [&](std::size_t b) {
        {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return b < written + ahead; });
        }
        std::string bytes;
        try {
            JsonOut block(indent_, levels_.size(), b == 0);
            for (std::size_t i = b * kBlock; i < std::min(count, (b + 1) * kBlock); ++i)
                emit(block, i);
            bytes = std::move(block.buf_);
        } catch (...) { // out of memory: the file is reported as not written
            std::lock_guard lock(mutex);
            failed = true;
        }
        std::unique_lock lock(mutex);
        done[b] = std::move(bytes);
        ready[b] = 1;
        if (writing) return; // the thread writing now takes this block too
        // This thread writes every block that is ready in order, one at a time outside the lock.
        writing = true;
        while (written < blocks && ready[written]) {
            std::string next = std::move(done[written]);
            lock.unlock();
            append_block(next);
            lock.lock();
            ++written;
            room.notify_all();
        }
        writing = false;
    });
    if (failed) ok_ = false;
}

void JsonOut::escape(char c) {
    switch (c) {
    case '"':
        buf_ += "\\\"";
        return;
    case '\\':
        buf_ += "\\\\";
        return;
    case '\b':
        buf_ += "\\b";
        return;
    case '\f':
        buf_ += "\\f";
        return;
    case '\n':
        buf_ += "\\n";
        return;
    case '\r':
        buf_ += "\\r";
        return;
    case '\t':
        buf_ += "\\t";
        return;
    default: {
        static constexpr char kHex[] = "0123456789abcdef";
        auto u = static_cast<unsigned char>(c);
        buf_ += "\\u00";
        buf_ += kHex[u >> 4];
        buf_ += kHex[u & 15];
    }
    }
}

} // namespace kg::json_detail
