// The store's graph record: a whole extracted corpus (entities, links with their passages,
// document metadata) without the documents' text, so that an unchanged folder reopens without
// ingesting, scanning or merging. The text stays in the files table, read when needed.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"
#include "store/byte_codec.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::store {

// `corpus` less Document::text, paragraphs and sentences, plus the diagnostics its ingest gave
// (replayed on a reopen, so that a warm run reports what a cold one does). `text_size`: per
// document, the length of the text its spans point into, for a corpus whose documents no longer
// hold it; empty: each document's own text.
std::string encode_graph(const Corpus& corpus, const Diagnostics& ingest_notes,
                         std::span<const std::uint32_t> text_size = {});

struct StoredGraph {
    Corpus corpus;                        // documents without text, paragraphs or sentences
    std::vector<std::uint32_t> text_size; // per document: its text's length, which spans fit
    Diagnostics ingest_notes;
};
// Nullopt when the blob is damaged: a span past its document's text, an index past its list.
std::optional<StoredGraph> decode_graph(std::string_view blob);
// The same from a reader that may give the blob part by part (CorpusStore::read_graph).
std::optional<StoredGraph> decode_graph(ByteReader& record);

} // namespace kg::store
