// An HTML5 DOM from Gumbo (the WHATWG parsing algorithm browsers use), with the two guards
// Gumbo lacks: nesting deeper than a cap is flattened before parsing (Gumbo's scope checks walk
// the whole open-element stack, so deep nesting costs quadratic time), and every node lives in
// an arena freed at once (Gumbo's own teardown recurses once per nesting level).
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

class HtmlDom {
  public:
    // Parses a whole page (`fragment` false) or a fragment parsed in a <div>'s context.
    explicit HtmlDom(std::string_view html, bool fragment = false);
    ~HtmlDom();
    HtmlDom(const HtmlDom&) = delete;
    HtmlDom& operator=(const HtmlDom&) = delete;

    // The document node (pages) or the context <html> element (fragments).
    const GumboNode* root() const;

    // Problems met while parsing ("elements nested deeper than 256 levels were flattened").
    const std::vector<std::string>& problems() const { return problems_; }

  private:
    struct Arena;
    std::unique_ptr<Arena> arena_;
    std::string prepared_; // the input as parsed (see prepare_html)
    GumboOutput* output_ = nullptr;
    std::vector<std::string> problems_;
};

// The open-element depth a page may reach before deeper start tags are dropped.
inline constexpr std::size_t kMaxHtmlDepth = 256;

struct PreparedHtml {
    std::string html;
    bool flattened = false; // start tags nested deeper than the cap were removed
};

// `html` as Gumbo should see it: comments and the bodies of <script> (but JSON-LD), <style>,
// <svg>, <noscript> and <template> removed (never text, and Gumbo's character-at-a-time tokenizer
// spends most of its time on them), start tags nested deeper than `max_depth` removed. A light scan
// (tags, comments, raw-text elements, implied ends of p/li/td...), not a parser.
PreparedHtml prepare_html(std::string_view html, std::size_t max_depth);

// All text under `node` (a document or element node), in order, white space as written; iterative.
std::string text_content(const GumboNode* node);

// The value of attribute `name` on an element node, or empty.
std::string_view attribute(const GumboNode* node, const char* name);

} // namespace kg::ingestion
