// What must hold for anything kgviz loads, however hostile the input was.
#pragma once

#include "model/corpus.hpp"

#include <string>

namespace kg::test {

// Empty when the document is sound: text is valid UTF-8 without NUL bytes, and every paragraph
// and sentence span lies inside the text on character boundaries; otherwise what is wrong.
std::string document_problem(const Document& doc);

// Empty when every document is sound and every mention, link end and evidence points at
// something that exists (indexes in range, spans inside their document's text).
std::string corpus_problem(const Corpus& corpus);

} // namespace kg::test
