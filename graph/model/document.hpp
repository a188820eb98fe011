// One ingested article: cleaned text, metadata, and its passages with byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg {

// A half-open byte range [start, end) into Document::text.
struct Span {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t size() const { return end - start; }
    friend bool operator==(const Span&, const Span&) = default;
};

enum class ParagraphKind : std::uint8_t { Body, Heading, Caption };

struct Paragraph {
    Span span;
    ParagraphKind kind = ParagraphKind::Body;
    // Index of the heading paragraph whose section this paragraph is in; -1 if none.
    std::int32_t heading = -1;
    // An item of a list (<li>, "- item", "1. item"): what it names is enumerated, not discussed.
    bool list_item = false;
};

struct Sentence {
    Span span;
    std::int32_t paragraph = -1; // index into Document::paragraphs
};

// Where each metadata field came from: "sidecar", "front-matter", "json-ld", "opengraph",
// "meta", "microdata", "time", "title", "canonical" or "text" (the article's own lines); empty
// when the field is empty.
struct MetadataSources {
    std::string title, authors, date, url;
    friend bool operator==(const MetadataSources&, const MetadataSources&) = default;
};

struct Document {
    std::string id;   // "d0", "d1", ... in stable path order
    std::string path; // as given by the user (relative when the input was relative)
    std::string title;
    std::vector<std::string> authors;
    std::string date;   // ISO 8601 (YYYY-MM-DD) or empty when unknown
    std::string source; // outlet or source URL, empty when unknown
    std::string url;    // http(s) address of the original, empty when unknown
    std::vector<std::string> tags;
    std::string language; // primary tag ("en", "zh", "ru") when known: declared or from the script
    std::string text;     // cleaned UTF-8 body; every offset in kgviz points into it
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    MetadataSources meta_from; // where title, authors, date and url came from

    std::string_view slice(Span s) const {
        return std::string_view(text).substr(s.start, s.size());
    }
};

} // namespace kg
