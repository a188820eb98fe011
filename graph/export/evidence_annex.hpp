// The evidence annex of a figure: every link the figure draws, with the passages behind it and a
// citation for each (title, outlet, date, address or path), as Markdown or HTML, so the reader of
// a briefing can check what a line on the picture rests on.
#pragma once

#include "export/figure.hpp"
#include "model/corpus.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class AnnexFormat : std::uint8_t { Markdown, Html };

// .md / .markdown -> Markdown, .html / .htm -> HTML, anything else nullopt.
std::optional<AnnexFormat> annex_format_of(const std::filesystem::path& path);

// The links `figure` draws (its edges that are not dimmed: the links its footnote cites), each
// once, strongest first (most passages), then by the names of their ends.
std::vector<std::uint32_t> annex_links(const Corpus& corpus, const Figure& figure);

// The annex as one document. `title` heads it (the figure's title; empty = a generic heading).
std::string evidence_annex(const Corpus& corpus, const Figure& figure, AnnexFormat format,
                           std::string_view title);

// Writes the annex atomically, in the format the file name asks for. Returns an error message,
// empty on success.
std::string export_annex(const std::filesystem::path& file, const Corpus& corpus,
                         const Figure& figure, std::string_view title);

// Where the export dialog puts the annex of a figure: "brief.png" -> "brief-annex.html".
std::filesystem::path annex_path_beside(const std::filesystem::path& figure_file);

} // namespace kg
