// The bytes of each document that graph JSON escapes, found once per document.
#include "model/plain_passages.hpp"

#include "common/thread_pool.hpp"
#include "common/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace kg::json_detail {
namespace {

std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Whether any of the eight bytes may be a control character, '"' or '\\' (the tests of
// json_stream.cpp's needs_look, without the one for non-ASCII bytes): false positives only cost
// a look at each of the eight, there are no false negatives.
bool may_escape(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    return (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

} // namespace

PlainPassages::PlainPassages(const Corpus& corpus, unsigned threads)
    : documents_(corpus.documents), docs_(corpus.documents.size()) {
    parallel_for(docs_.size(), worker_count(threads, docs_.size()), [&](std::size_t d) {
        const std::string_view text = documents_[d].text;
        Marks& marks = docs_[d];
        // Cleaned text is valid UTF-8; a document that is not keeps the escaping scan.
        marks.valid_utf8 = first_invalid_utf8(text) == std::string_view::npos;
        if (!marks.valid_utf8) return;
        auto look = [&](std::size_t i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x20 || c == '"' || c == '\\') marks.escaped.push_back(std::uint32_t(i));
        };
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8)
            if (may_escape(load8(text.data() + i)))
                for (std::size_t k = i; k < i + 8; ++k) look(k);
        for (; i < text.size(); ++i) look(i);
    });
}

bool PlainPassages::plain(std::size_t doc, Span span) const {
    if (doc >= docs_.size() || !docs_[doc].valid_utf8) return false;
    const std::string_view text = documents_[doc].text;
    if (span.start > span.end || span.start > text.size()) return false;
    const std::size_t end = std::min<std::size_t>(span.end, text.size());
    // Valid UTF-8 cut between characters is valid UTF-8; the escaped bytes are all ASCII.
    if (!is_char_boundary(text, span.start) || !is_char_boundary(text, end)) return false;
    const std::vector<std::uint32_t>& escaped = docs_[doc].escaped;
    const auto next = std::lower_bound(escaped.begin(), escaped.end(), span.start);
    return next == escaped.end() || *next >= end;
}

} // namespace kg::json_detail
