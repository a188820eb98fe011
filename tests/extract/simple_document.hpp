// Test helper: a Document built from plain text without the ingest stage.
// Paragraphs are separated by blank lines; a short line without final punctuation is a heading;
// sentences end at . ! ? followed by a space and an upper-case letter or quote.
#pragma once

#include "model/document.hpp"

#include <string>

namespace kg::test {

// Builds a document with id `id`, paragraphs (headings linked to their section) and sentences.
Document simple_document(std::string text, std::string id = "d0", std::string path = "test.txt");

} // namespace kg::test
