// "Its chairman", "the company's chief executive", "the ministry": a description standing for the
// organization (or state) named just before it.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Adds a mention of the organization a description stands for:
// - "the company", "the firm", "the ministry", "the agency", "the forum", "the group", "the
//   organization" (and their possessives): an organization whose kind fits the noun (a ministry's
//   name holds "Ministry", a company's none of the words of public bodies), the last one named
//   before it in its sentence, else the first one named in the sentence before, else in the one
//   before that;
// - "Its"/"its" before a title within three words ("Its chief executive", "its commander"): the
//   first organization or state named in its sentence before it, else in the sentence before;
//   also before a tie of a body ("Its partners include X", "its members", "its owner").
// Descriptions resolve in text order, so one may stand on another ("Its commissioner ... The
// agency's chief"). Keeps `mentions` sorted by start.
void resolve_org_references(const ExtractIndex& index, const Document& doc,
                            const std::vector<Sentence>& sentences, const WordMatches& words,
                            std::vector<DocMention>& mentions,
                            const std::vector<DiscoveredEntity>& discovered);

} // namespace kg
