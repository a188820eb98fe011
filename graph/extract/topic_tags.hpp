// Topics of a document: which sentences carry which topic, and which topics the document
// discusses (its issue mentions). A cue inside a name or a title does not count.
#pragma once

#include "extract/doc_scan.hpp"
#include "extract/topic_choice.hpp"

#include <vector>

namespace kg {

struct TopicTags {
    std::vector<TopicMask> per_sentence; // by index into the sentences given
    std::vector<DocMention> issues;      // the cue spans of the topics the document discusses
    DocTopics topics;                    // discussed and minor topics
};

// `mentions`: the document's entity mentions (any order); `words`: its matcher results;
// `chrome`: its page chrome (chrome_spans), where no cue counts.
TopicTags tag_topics(const ExtractIndex& index, const Document& doc,
                     const std::vector<Sentence>& sentences, const WordMatches& words,
                     const std::vector<DocMention>& mentions, const std::vector<Span>& chrome);

// True when the lower-case `cue`, matched at `at`, is written as part of a capitalized name the
// knowledge base lacks ("Cook Islands"); never for a sentence's first word.
bool in_unknown_name(std::string_view text, std::string_view cue, Span at,
                     std::uint32_t sentence_start);

// True when the cue at `cue` is a currency in an amount ("60 dollars", "billions of dollars").
bool is_figure(std::string_view text, Span cue);

} // namespace kg
