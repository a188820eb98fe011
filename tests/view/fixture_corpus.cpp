// The fixture's entities, links and positions.
#include "view/fixture_corpus.hpp"

namespace kg::test {
namespace {

Entity entity(const char* id, const char* name, EntityType type, std::optional<Region> region,
              int mentions) {
    Entity e;
    e.id = id;
    e.name = name;
    e.type = type;
    e.region = region;
    if (region) e.regions = region_bit(*region);
    for (int i = 0; i < mentions; ++i)
        e.mentions.push_back({DocIndex(i % 3), {std::uint32_t(i), std::uint32_t(i + 1)}});
    return e;
}

Link link(EntityIndex a, EntityIndex b, LinkKind kind, std::initializer_list<DocIndex> docs) {
    Link l;
    l.source = a;
    l.target = b;
    l.kind = kind;
    for (DocIndex d : docs) l.evidence.push_back({d, {0, 10}, kind, 0});
    l.from_knowledge_base = !is_passage_kind(kind);
    return l;
}

} // namespace

Fixture make_fixture() {
    Fixture f;
    for (int d = 0; d < 3; ++d) {
        Document doc;
        doc.id = "d" + std::to_string(d);
        doc.title = "Fixture article " + std::to_string(d);
        doc.text = "0123456789 fixture text";
        f.corpus.documents.push_back(doc);
    }
    auto& es = f.corpus.entities;
    es.push_back(entity("china", "China", EntityType::Country, Region::EastAsia, 40));
    es.push_back(entity("russia", "Russia", EntityType::Country, Region::Europe, 30));
    es.push_back(
        entity("united-states", "United States", EntityType::Country, Region::NorthAmerica, 20));
    es.push_back(entity("xi-jinping", "Xi Jinping 习近平", EntityType::Leader, std::nullopt, 12));
    es.push_back(entity("vladimir-putin", "Владимир Путин", EntityType::Leader, std::nullopt, 10));
    es.push_back(entity("sco", "Shanghai Cooperation Organisation", EntityType::Organization,
                        std::nullopt, 6));
    es.push_back(entity("energy", "Energy", EntityType::Issue, std::nullopt, 8));
    es.push_back(entity("dmitri-trenin", "Dmitri Trenin", EntityType::Person, std::nullopt, 4));
    es.push_back(entity("sergey-lavrov", "Sergey Lavrov", EntityType::Leader, std::nullopt, 5));
    es.push_back(entity("japan", "Japan", EntityType::Country, Region::EastAsia, 3));
    f.positions = {{0, 0},     {300, 0},   {-300, 60}, {-40, -200}, {340, -200},
                   {120, 220}, {420, 200}, {560, 40},  {560, -160}, {-300, 260}};

    auto& ls = f.corpus.links;
    ls.push_back(link(kChina, kRussia, LinkKind::Cooperation, {0, 1, 2}));
    ls.push_back(link(kChina, kUnitedStates, LinkKind::Tension, {1}));
    ls.push_back(link(kXi, kPutin, LinkKind::Meeting, {0, 2}));
    ls.push_back(link(kRussia, kEnergy, LinkKind::CoMention, {2}));
    ls.push_back(link(kXi, kChina, LinkKind::Leads, {}));
    ls.push_back(link(kChina, kSco, LinkKind::MemberOf, {}));
    ls.push_back(link(kTrenin, kRussia, LinkKind::CoMention, {0, 1}));
    ls.push_back(link(kLavrov, kRussia, LinkKind::Leads, {}));
    return f;
}

} // namespace kg::test
