// What the data exports (GraphML, GEXF) carry besides the graph: each entity's position, size
// and colour as the figure draws them, and which way a link points, so Gephi opens the file with
// kgviz's layout and colours and a KB or directed relation keeps its direction.
#pragma once

#include "common/vec2.hpp"
#include "layout/layout.hpp"
#include "model/corpus.hpp"
#include "view/color.hpp"
#include "view/render_scene.hpp"

#include <span>
#include <string>
#include <vector>

namespace kg {

// Nodes = entities, edges = links weighted by evidence, groups = entity types: the layout input
// of the app and of every export that has no positions of its own.
LayoutGraph corpus_layout_graph(const Corpus& corpus);
// Positions for every entity, deterministic (seed 1): what `kgviz snapshot` draws.
std::vector<Vec2> default_positions(const Corpus& corpus);

struct NodeLook {
    Vec2 pos;       // world units, y up (Gephi's and yEd's axis; the drawing's runs down)
    float size = 1; // drawn radius, world units
    Rgba color;     // fill
};

// One look per entity, from `positions` (the default layout when empty or of another size)
// drawn with `style`.
std::vector<NodeLook> node_looks(const Corpus& corpus, std::span<const Vec2> positions,
                                 const SceneStyle& style = {});

// A link as written: ends in the order it points, and whether it points at all. KB links point
// from member or leader; a passage link points when its passages that state a direction agree.
struct LinkEnds {
    EntityIndex from = 0;
    EntityIndex to = 0;
    bool directed = false;
};
LinkEnds link_ends(const Link& link);

// Topic ids of the mask joined with ';' ("diplomacy;energy"), "" for none.
std::string topic_list(TopicMask topics);

} // namespace kg
