// The app's names for the core's corpus layout (graph/export/export_look), which `kgviz
// extract` shares so its GraphML and GEXF carry the positions a snapshot draws.
#include "session/graph_positions.hpp"

#include "export/export_look.hpp"

namespace kg::app {

LayoutGraph layout_graph_of(const Corpus& corpus) {
    return corpus_layout_graph(corpus);
}

std::vector<Vec2> initial_layout(const Corpus& corpus) {
    return default_positions(corpus);
}

} // namespace kg::app
