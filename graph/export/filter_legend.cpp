// Filter facets in words for the figure's legend.
#include "export/filter_legend.hpp"

#include "export/figure_frame.hpp"

#include <cmath>

namespace kg {
namespace {

// "Label, Label" of the bits set in `mask`.
template <typename Enum> std::string join_bits(std::uint64_t mask, std::size_t count) {
    std::string s;
    for (std::size_t i = 0; i < count; ++i)
        if ((mask >> i) & 1) s += (s.empty() ? "" : ", ") + std::string(label(Enum(i)));
    return s;
}

std::string counted(std::uint64_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

std::vector<std::string> describe_filters(const FilterSpec& f, const Corpus* corpus) {
    std::vector<std::string> out;
    if (f.entity_types != kAllEntityTypes)
        out.push_back("Entity types: " + join_bits<EntityType>(f.entity_types, kEntityTypeCount));
    if (!f.show_discovered) out.push_back("Knowledge-base entities only");
    if (f.regions) {
        std::string line = "Regions: " + join_bits<Region>(f.regions, kRegionCount);
        if (f.keep_partners) line += ", keeping their partners";
        out.push_back(std::move(line));
    }
    if (f.topics) out.push_back("Topics: " + join_bits<Topic>(f.topics, kTopicCount));
    if (f.link_kinds != kAllLinkKinds)
        out.push_back("Link kinds: " + join_bits<LinkKind>(f.link_kinds, kLinkKindCount));
    // The budget and the weight floor it sets read as one sentence.
    std::string weight;
    if (f.min_weight > 0)
        weight = "with at least " + counted(std::uint64_t(std::ceil(f.min_weight)), "passage");
    if (f.top_entities > 0) {
        std::string line = "The " + with_thousands(f.top_entities) + " most-mentioned";
        line +=
            corpus ? " of " + with_thousands(corpus->entities.size()) + " entities" : " entities";
        if (!weight.empty()) line += "; links " + weight;
        out.push_back(std::move(line));
    } else if (!weight.empty()) {
        out.push_back("Links " + weight);
    }
    if (f.min_documents > 0)
        out.push_back("Links found in at least " + counted(f.min_documents, "article"));
    if (!f.date_from.empty() && !f.date_to.empty())
        out.push_back("Articles from " + format_date(f.date_from) + " to " +
                      format_date(f.date_to));
    else if (!f.date_from.empty())
        out.push_back("Articles from " + format_date(f.date_from) + " on");
    else if (!f.date_to.empty())
        out.push_back("Articles up to " + format_date(f.date_to));
    if (!f.documents.empty())
        out.push_back("Only " + counted(f.documents.size(), "selected article"));
    if (!f.focus.empty()) {
        std::string name = f.focus;
        if (corpus)
            if (const std::int64_t e = corpus->find_entity(f.focus); e >= 0)
                name = corpus->entities[std::size_t(e)].name;
        out.push_back("Around " + name + " (" + counted(f.hops, "hop") + ")");
    }
    if (f.keep_isolated) out.push_back("Including entities without links");
    if (f.only_unreviewed) out.push_back("Only links not yet reviewed");
    return out;
}

} // namespace kg
