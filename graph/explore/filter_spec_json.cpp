// JSON form of FilterSpec. Sets are lists of ids so that adding a taxonomy value never
// shifts the meaning of old views (bit masks would).
#include "explore/filter_spec_json.hpp"

#include "common/json_fields.hpp"

namespace kg {
namespace {

template <class Enum, std::size_t N, class Mask> nlohmann::json ids_of(Mask mask) {
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < N; ++i)
        if (mask & (1u << i)) out.push_back(std::string(to_id(Enum(i))));
    return out;
}

// Reads a list of ids into a mask; `fallback` when the key is absent or unusable.
template <class Mask, class Parse>
Mask mask_of(const JsonFields& f, std::string_view key, Mask fallback, Parse parse) {
    const nlohmann::json* v = f.find(key);
    if (!v || v->is_null()) return fallback;
    if (!v->is_array()) {
        f.warn(key, "expected a list of ids; using the default");
        return fallback;
    }
    Mask mask = 0;
    for (const std::string& id : f.strings(key)) {
        if (auto e = parse(id))
            mask = Mask(mask | (1u << unsigned(*e)));
        else
            f.warn(key, "unknown id '" + id + "' ignored");
    }
    return mask;
}

} // namespace

nlohmann::json filter_spec_to_json(const FilterSpec& s) {
    return {
        {"entity_types", ids_of<EntityType, kEntityTypeCount>(s.entity_types)},
        {"show_discovered", s.show_discovered},
        {"regions", ids_of<Region, kRegionCount>(s.regions)},
        {"keep_partners", s.keep_partners},
        {"topics", ids_of<Topic, kTopicCount>(s.topics)},
        {"link_kinds", ids_of<LinkKind, kLinkKindCount>(s.link_kinds)},
        {"min_weight", s.min_weight},
        {"min_documents", s.min_documents},
        {"documents", s.documents},
        {"date_from", s.date_from},
        {"date_to", s.date_to},
        {"focus", s.focus},
        {"hops", s.hops},
        {"keep_isolated", s.keep_isolated},
        {"only_unreviewed", s.only_unreviewed},
        {"top_entities", s.top_entities},
    };
}

FilterSpec filter_spec_from_json(const nlohmann::json& j, const std::string& path,
                                 Diagnostics& diagnostics) {
    FilterSpec s;
    if (j.is_null()) return s;
    const JsonFields f(j, path, diagnostics);
    if (!j.is_object()) {
        f.warn("", "expected an object; using the default filters");
        return s;
    }
    s.entity_types = mask_of(f, "entity_types", s.entity_types,
                             [](std::string_view id) { return entity_type_from_id(id); });
    s.show_discovered = f.boolean("show_discovered", s.show_discovered);
    s.regions =
        mask_of(f, "regions", s.regions, [](std::string_view id) { return region_from_id(id); });
    s.keep_partners = f.boolean("keep_partners", s.keep_partners);
    s.topics =
        mask_of(f, "topics", s.topics, [](std::string_view id) { return topic_from_id(id); });
    s.link_kinds = mask_of(f, "link_kinds", s.link_kinds,
                           [](std::string_view id) { return link_kind_from_id(id); });
    s.min_weight = f.number("min_weight", s.min_weight, 0.0, 1e9);
    s.min_documents = std::uint32_t(f.number("min_documents", s.min_documents, 0.0, 1e9));
    s.documents = f.strings("documents");
    s.date_from = f.string("date_from");
    s.date_to = f.string("date_to");
    s.focus = f.string("focus");
    s.hops = std::uint32_t(f.number("hops", s.hops, 0.0, 1000.0));
    s.keep_isolated = f.boolean("keep_isolated", s.keep_isolated);
    s.only_unreviewed = f.boolean("only_unreviewed", s.only_unreviewed);
    s.top_entities = std::uint32_t(f.number("top_entities", s.top_entities, 0.0, 1e9));
    return s;
}

} // namespace kg
