// Construction of the Boost.Graph view of a corpus.
#include "model/knowledge_graph.hpp"

namespace kg {

KnowledgeGraph build_knowledge_graph(const Corpus& corpus) {
    const std::size_t n = corpus.entities.size();
    KnowledgeGraph g(n);
    for (std::size_t i = 0; i < n; ++i) g[KgVertexDesc(i)].entity = EntityIndex(i);
    for (std::size_t l = 0; l < corpus.links.size(); ++l) {
        const Link& link = corpus.links[l];
        if (link.source >= n || link.target >= n || link.source == link.target) continue;
        boost::add_edge(link.source, link.target, KgEdge{LinkIndex(l), link.weight()}, g);
    }
    return g;
}

} // namespace kg
