// Page chrome that survives inside article paragraphs: agency credits in datelines, photo
// credits after a caption, reporting and copyright lines, aggregator source lines. Names there
// are the page's, not the article's.
#pragma once

#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace kg {

// The chrome spans of `doc`, sorted by start and disjoint:
// - "MOSCOW, June 19 (AFP) —": the parenthesized credit of a dateline;
// - "... in Moscow. ALEXANDER NEMENOV / AFP", "Sergei Bobylev/TASS", "CHINA DAILY VIA REUTERS",
//   "— AFP": a credit after a paragraph's last sentence;
// - paragraphs of reporting credits ("(Reporting by ...", "... contributed to this report."),
//   copyright lines ("© AFP 2025."), source lines ("Source: X via Y"), related-article lines
//   ("Related: ...") and the bio of a byline's author ("Jane Roe is a senior fellow at ...").
std::vector<Span> chrome_spans(const Document& doc);

// True when `s` overlaps one of `chrome` (sorted, disjoint).
bool in_chrome(const std::vector<Span>& chrome, Span s);

} // namespace kg
