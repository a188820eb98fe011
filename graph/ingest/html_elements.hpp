// A flat, pre-order table of a page's content elements with what scoring needs to know about
// each subtree (text, link text, commas, paragraphs, images...). Built without recursion;
// hidden and non-content subtrees (script, style, template, svg, form controls, `hidden`,
// aria-hidden, display:none) are left out entirely.
#pragma once

#include "ingest/html_dom.hpp"

#include <cstdint>
#include <vector>

namespace kg::ingestion {

struct HtmlElement {
    const GumboNode* node = nullptr;
    std::int32_t parent = -1; // index in the table; -1 for the first element
    std::uint32_t end = 0;    // one past the last element of this subtree
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool block = false;            // starts and ends a paragraph
    bool has_block = false;        // a block element somewhere inside
    bool in_table = false;         // inside a <table> or <code>/<pre>
    std::int16_t class_weight = 0; // +-25 for positive or negative words in class, again in id
    bool unlikely = false; // class/id/role say chrome, nothing says content (strict pass only)
    bool share = false;    // class/id name a share widget
    // Over the subtree:
    std::uint32_t text = 0; // characters of text, white space runs counted once
    std::uint32_t link = 0; // of which inside <a>
    std::uint32_t commas = 0;
    std::uint32_t periods = 0; // sentence ends ('.' '!' '?' then space or end)
    std::uint32_t heading = 0; // text inside h1..h6
    std::uint32_t prose = 0;   // text inside <p>, less its links
    std::uint32_t paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0;
    // Text whose nearest block element is this one (a <div> or <td> used as a paragraph).
    std::uint32_t own_text = 0;
    std::uint32_t own_commas = 0;
};

// True for element and template nodes that carry no article text: never walked into.
bool is_skipped(const GumboNode* node);

// True for an <a> that goes somewhere: an href that is not "javascript:". Text in other <a>
// (script handlers, named anchors) is not link text.
bool is_link(const GumboNode* node);

// True for tags that start and end a paragraph.
bool is_block_tag(GumboTag tag);

// Builds the table for the subtree under `root` (the document node or an element).
std::vector<HtmlElement> build_elements(const GumboNode* root);

} // namespace kg::ingestion
