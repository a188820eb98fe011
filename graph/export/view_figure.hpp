// A saved view applied to an export: its filters cut the corpus down to what is visible, its
// pins move entities, its theme, colouring and camera style the figure.
#pragma once

#include "common/diagnostics.hpp"
#include "explore/saved_view.hpp"
#include "model/corpus.hpp"
#include "view/camera.hpp"
#include "view/figure_size.hpp"
#include "view/render_scene.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kg {

// The visible part of a corpus, re-indexed, with the positions of its entities. Documents are
// kept whole (evidence points into them).
struct CorpusSubset {
    Corpus corpus;
    std::vector<Vec2> positions;
    std::vector<EntityIndex> original_entity; // subset entity -> corpus entity
};

// Entities with node_mask set (empty = all) and the links with link_mask set (empty = all)
// whose two ends are kept. With `document_mask` (FilterResult::document_allowed; empty = all),
// a kept link keeps only the passages of allowed documents, as the filter counted them, so a
// figure's footnote, annex and link widths show the articles the filter let through.
CorpusSubset subset_corpus(const Corpus& corpus, std::span<const Vec2> positions,
                           std::span<const std::uint8_t> node_mask,
                           std::span<const std::uint8_t> link_mask,
                           std::span<const std::uint8_t> document_mask = {});

struct ViewedFigure {
    CorpusSubset subset;
    SceneStyle style;
    std::optional<Camera> camera; // the view's centre and zoom; none when the file has no camera
    // The window size the view's camera was saved at: "camera": {"viewport": [w, h]} when the
    // file has it, else the default figure size. The export fits the region the
    // view showed there into the figure (FigureOptions::camera_viewport).
    Vec2 camera_viewport = kDefaultFigureViewport;
    std::vector<std::string> filters;
    std::vector<ViewNote> notes;                             // the view's callouts
    std::vector<std::pair<std::string, Vec2>> label_offsets; // and its moved labels
    std::vector<std::string> labels_pinned;                  // and its pinned labels
};

// What a corpus's figure shows when no view says otherwise: for a big corpus (is_big_corpus)
// its default prominence budget, laid out on its own so that the entities shown sit where
// their own links put them; nullopt when the corpus is small (the whole corpus is the figure).
std::optional<ViewedFigure> default_view_figure(const Corpus& corpus);

// Reads and applies VIEW.json. A view without "filters" gets the corpus's default filter
// (default_filter: the prominence budget of a big corpus) unless `show_all`. Nullopt when the file
// cannot be read or is not a view, with an Error diagnostic naming the file; warnings (unknown ids,
// wrong types) are added but not fatal.
std::optional<ViewedFigure> apply_view_file(const std::filesystem::path& view_file,
                                            const Corpus& corpus, std::span<const Vec2> positions,
                                            Diagnostics& diagnostics, bool show_all = false);

} // namespace kg
