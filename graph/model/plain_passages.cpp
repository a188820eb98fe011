// The bytes of each document that graph JSON escapes, found once per document.
#include "model/plain_passages.hpp"

#include "common/thread_pool.hpp"
#include "common/utf8.hpp"
#include "model/json_escape_bits.hpp"

#include <algorithm>

namespace kg::json_detail {

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
