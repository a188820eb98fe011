// Metadata a saved page states, by a cascade where the first source that answers wins:
// JSON-LD (Article types, @graph arrays) > OpenGraph, Dublin Core, citation_* and other <meta>
// > microdata (itemprop) > <time datetime> > <title> (site name and separators stripped).
// Each field records its source. The sidecar and the visible byline are applied by the caller.
#pragma once

#include "ingest/blocks.hpp"
#include "ingest/html_dom.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

// Reads the metadata of the page under `root` (a document node).
MarkupMeta html_meta(const GumboNode* root);

// "Headline - Site" -> "Headline" when `site` is the site's name (also "Site | Headline");
// otherwise `title` unchanged.
std::string strip_site_name(std::string_view title, std::string_view site);

// The article title a <title> gives: of "Headline | Section - Site" the headline, keeping
// titles whose parts are too short to be one (Readability's published rule). `h1s` and `h2s`
// are the page's headings: a "Site: Headline" title matching one is kept whole, and a title
// too short or too long to be a headline yields to the page's only <h1>.
std::string title_from_title_element(std::string_view title, const std::vector<std::string>& h1s,
                                     const std::vector<std::string>& h2s);

} // namespace kg::ingestion
