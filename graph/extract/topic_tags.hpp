// Topics of a document: which sentences carry which topic, and which topics the document
// discusses (its issue mentions). A cue inside a name or a title does not count.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

struct TopicTags {
    std::vector<TopicMask> per_sentence; // by index into the sentences given
    std::vector<DocMention> issues;      // the cue spans of the topics the document discusses
};

// `mentions`: the document's entity mentions (any order); `words`: its matcher results.
TopicTags tag_topics(const ExtractIndex& index, const Document& doc,
                     const std::vector<Sentence>& sentences, const WordMatches& words,
                     const std::vector<DocMention>& mentions);

} // namespace kg
