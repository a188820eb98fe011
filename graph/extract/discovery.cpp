// Discovery rules over word tokens: titles, appositions, bylines, organization heads.
#include "extract/discovery.hpp"

namespace kg {

void discover_entities(const ExtractIndex&, const Document&, std::vector<DocMention>&,
                       std::vector<DiscoveredEntity>&) {}

} // namespace kg
