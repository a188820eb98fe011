// The store's blobs: an ingested document (with the notes its cleaning produced) and its scan,
// in a compact binary form (docs/store.md compares it with JSON), and the version keys.
#pragma once

#include "common/diagnostics.hpp"
#include "extract/doc_scan.hpp"
#include "kb/knowledge_base.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::store {

// The version of the rules that made a stored document and scan: a hash of the ingest, extraction
// and knowledge-base sources, generated at build time. A store of another version is refilled
// (docs/store.md).
std::uint64_t extractor_version();

// The document as ingest_bytes made it (no id) and the diagnostics it gave.
std::string encode_document(const Document& doc, const Diagnostics& notes);
// Nullopt when the blob is damaged or its offsets do not fit its text.
struct StoredDocument {
    Document doc;
    Diagnostics notes;
};
std::optional<StoredDocument> decode_document(std::string_view blob);

std::string encode_scan(const DocResult& scan);
// Nullopt when the blob is damaged or does not fit `doc` and a knowledge base of `kb_entities`.
std::optional<DocResult> decode_scan(std::string_view blob, const Document& doc,
                                     std::size_t kb_entities);

// The version of a knowledge base's content (every field extraction may read).
std::uint64_t knowledge_base_version(const KnowledgeBase& kb);

// What a scan was made from: the whole document as extraction sees it (text, passages and the
// metadata a sidecar or a duplicate may have added), less its id.
std::uint64_t scan_key(const Document& doc);

} // namespace kg::store
