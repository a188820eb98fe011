// Test helper: a Document built from plain text without the ingest stage.
// Paragraphs are separated by blank lines; a short line without final punctuation is a heading;
// sentences end at . ! ? followed by a space and an upper-case letter or quote.
#pragma once

#include "kb/knowledge_base.hpp"
#include "model/corpus.hpp"
#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::test {

// Builds a document with id `id`, paragraphs (headings linked to their section) and sentences.
Document simple_document(std::string text, std::string id = "d0", std::string path = "test.txt");

// The knowledge base of tests/data/kb-fixture, loaded once.
const KnowledgeBase& fixture();
// The entity with id `id`, or null.
const Entity* entity(const Corpus& c, std::string_view id);
// The text of every mention of entity `id` (none when it does not exist).
std::vector<std::string> mention_texts(const Corpus& c, std::string_view id);
// `text` as one simple document, extracted with the fixture knowledge base.
Corpus extract_text(const std::string& text);
// True when a passage of the text links `a` and `b` (a knowledge-base link does not count).
bool linked_by_text(const Corpus& c, std::string_view a, std::string_view b);

} // namespace kg::test
