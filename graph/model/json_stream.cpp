// The escaping and number formatting of JsonOut: the hot path of writing graph JSON.
#include "model/json_stream.hpp"

#include <nlohmann/json.hpp>

#include "common/thread_pool.hpp"
#include "common/utf8.hpp"
#include "model/json_escape_bits.hpp"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace kg::json_detail {
namespace {

// End of the run from `i` on that is written as it is: printable ASCII other than '"' and '\\',
// and well-formed UTF-8 sequences.
std::size_t plain_run(std::string_view s, std::size_t i) {
    const std::size_t n = s.size();
    while (i < n) {
        // Evidence sentences are most of the output and nearly all plain ASCII: skip eight
        // bytes at a time while none needs a look.
        while (i + 8 <= n && !may_escape_or_non_ascii(load8(s.data() + i))) i += 8;
        // Then look at those eight bytes one by one before the next test of eight, which would
        // fail again on text in another script.
        for (const std::size_t stop = std::min(n, i + 8); i < stop;) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') return i;
                ++i;
            } else if (std::size_t len = utf8_sequence_length(s, i)) {
                i += len;
            } else {
                return i;
            }
        }
    }
    return n;
}

} // namespace

void JsonOut::value(double d) {
    separator();
    if (d >= 0 && d < 1e15 && d == double(std::int64_t(d))) { // weights: counts, written "3.0"
        char* p = buf_.room(32);
        p = std::to_chars(p, p + 24, std::int64_t(d)).ptr;
        *p++ = '.';
        *p++ = '0';
        buf_.commit(p);
    } else {
        buf_.put(nlohmann::json(d).dump()); // nlohmann's digits for anything else
    }
}

void JsonOut::quoted(std::string_view s) {
    const std::size_t mark = buf_.size();
    buf_.put('"');
    for (std::size_t i = 0;;) {
        const std::size_t end = plain_run(s, i);
        buf_.put(s.substr(i, end - i));
        if (end == s.size()) return;
        auto c = static_cast<unsigned char>(s[end]);
        if (c >= 0x80) {
            // Not UTF-8 (cleaned text never is): nlohmann's own U+FFFD replacement rules.
            buf_.truncate(mark);
            std::string whole = nlohmann::json(std::string(s))
                                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            buf_.put(std::string_view(whole).substr(0, whole.size() - 1));
            return;
        }
        escape(char(c));
        i = end + 1;
    }
}

JsonOut::JsonOut(int indent, std::size_t depth, bool first, OutBytes bytes)
    : sink_(nullptr), indent_(indent), buf_(std::move(bytes)) {
    buf_.clear();
    levels_.assign(depth, Level{false});
    if (depth > 0) levels_.back().empty = first;
}

void JsonOut::append_block(const OutBytes& block) {
    if (block.empty()) return;
    levels_.back().empty = false;
    buf_.put(block.view());
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
    std::vector<OutBytes> done(blocks);
    // Buffers of blocks already written, for the next blocks: their pages are in memory already,
    // where a fresh buffer per block has the kernel clear new pages for it.
    std::vector<OutBytes> spare;
    std::vector<char> ready(blocks, 0);
    std::size_t written = 0;
    bool writing = false, failed = false;
    parallel_for(blocks, threads, [&](std::size_t b) {
        OutBytes bytes;
        {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return b < written + ahead; });
            if (!spare.empty()) {
                bytes = std::move(spare.back());
                spare.pop_back();
            }
        }
        try {
            JsonOut block(indent_, levels_.size(), b == 0, std::move(bytes));
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
            OutBytes next = std::move(done[written]);
            lock.unlock();
            append_block(next);
            lock.lock();
            spare.push_back(std::move(next));
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
        buf_.put("\\\"");
        return;
    case '\\':
        buf_.put("\\\\");
        return;
    case '\b':
        buf_.put("\\b");
        return;
    case '\f':
        buf_.put("\\f");
        return;
    case '\n':
        buf_.put("\\n");
        return;
    case '\r':
        buf_.put("\\r");
        return;
    case '\t':
        buf_.put("\\t");
        return;
    default: {
        static constexpr char kHex[] = "0123456789abcdef";
        auto u = static_cast<unsigned char>(c);
        buf_.put("\\u00");
        buf_.put(kHex[u >> 4]);
        buf_.put(kHex[u & 15]);
    }
    }
}

} // namespace kg::json_detail
