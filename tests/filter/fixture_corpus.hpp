// A small hand-made corpus for the filter, explore and curation tests: every entity type,
// several regions, topics and link kinds, four documents (one without a date), KB links.
#pragma once

#include "model/corpus.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::test {

// One evidence passage: (document index, sentence index, kind, topics).
struct Ev {
    DocIndex doc;
    std::size_t sentence;
    LinkKind kind;
    TopicMask topics;
};

// Builds documents sentence by sentence; spans are computed, never typed by hand.
inline Document make_document(std::string path, std::string date,
                              std::initializer_list<std::string_view> sentences) {
    Document d;
    d.path = std::move(path);
    d.title = d.path;
    d.date = std::move(date);
    for (std::string_view s : sentences) {
        if (!d.text.empty()) d.text += ' ';
        const auto start = std::uint32_t(d.text.size());
        d.text += s;
        d.sentences.push_back({{start, std::uint32_t(d.text.size())}, 0});
    }
    d.paragraphs.push_back({{0, std::uint32_t(d.text.size())}, ParagraphKind::Body, -1});
    return d;
}

inline Entity make_entity(std::string id, std::string name, EntityType type, RegionMask regions = 0,
                          std::string affiliation = {}, std::vector<std::string> aliases = {}) {
    Entity e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.type = type;
    e.regions = regions;
    for (std::size_t r = 0; r < kRegionCount; ++r)
        if (type == EntityType::Country && (regions & (1u << r))) e.region = Region(r);
    e.affiliation = std::move(affiliation);
    e.aliases = std::move(aliases);
    return e;
}

// Whole-word occurrences of the entity's name and aliases become its mentions.
inline void find_mentions(Corpus& c) {
    auto word = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    for (Entity& e : c.entities) {
        std::vector<std::string> names = e.aliases;
        names.push_back(e.name);
        for (DocIndex d = 0; d < c.documents.size(); ++d) {
            const std::string& t = c.documents[d].text;
            for (const std::string& n : names)
                for (std::size_t at = t.find(n); at != std::string::npos; at = t.find(n, at + 1)) {
                    const std::size_t end = at + n.size();
                    if ((at > 0 && word(t[at - 1])) || (end < t.size() && word(t[end]))) continue;
                    e.mentions.push_back({d, {std::uint32_t(at), std::uint32_t(end)}});
                }
        }
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) {
            return std::pair(a.doc, a.span.start) < std::pair(b.doc, b.span.start);
        });
    }
}

inline Link make_link(const Corpus& c, std::string_view a, std::string_view b, LinkKind kind,
                      std::initializer_list<Ev> evidence, bool from_kb = false) {
    Link l;
    l.source = EntityIndex(c.find_entity(a));
    l.target = EntityIndex(c.find_entity(b));
    if (!from_kb && l.source > l.target) std::swap(l.source, l.target);
    l.kind = kind;
    l.from_knowledge_base = from_kb;
    for (const Ev& e : evidence) {
        l.evidence.push_back(
            {e.doc, c.documents[e.doc].sentences[e.sentence].span, e.kind, e.topics});
        l.topics = TopicMask(l.topics | e.topics);
    }
    return l;
}

constexpr TopicMask T(Topic t) {
    return topic_bit(t);
}
constexpr RegionMask R(Region r) {
    return region_bit(r);
}

// The fixture. Documents: a.txt (2021-03-23), b.txt (2022-06-01), c.txt (no date), d.txt
// (2023-01-10).
inline Corpus fixture_corpus() {
    Corpus c;
    c.documents.push_back(
        make_document("corpus/a.txt", "2021-03-23",
                      {"China and Russia held joint exercises in the Arctic.",
                       "Sergey Lavrov met Xi Jinping in Beijing.",
                       "Iran and Syria discussed energy pipelines with Russia."}));
    c.documents.push_back(
        make_document("corpus/b.txt", "2022-06-01",
                      {"The United States imposed sanctions on Iran.",
                       "China and Russia expanded trade in gas.", "Lavrov spoke about the SCO."}));
    c.documents.push_back(make_document("corpus/c.txt", "",
                                        {"Nicolás Maduro praised China and Russia.",
                                         "Dmitri Trenin said the SCO matters for Russia."}));
    c.documents.push_back(make_document("corpus/d.txt", "2023-01-10",
                                        {"The United States and China argued over technology."}));
    for (std::size_t d = 0; d < c.documents.size(); ++d)
        c.documents.edit(d).id = "d" + std::to_string(d);

    using ET = EntityType;
    c.entities = {
        make_entity("china", "China", ET::Country, R(Region::EastAsia), {}, {"Beijing"}),
        make_entity("dmitri-trenin", "Dmitri Trenin", ET::Person, 0, "sco"),
        make_entity("energy", "Energy", ET::Issue),
        make_entity("iran", "Iran", ET::Country, R(Region::MiddleEast)),
        make_entity("lavrov", "Lavrov", ET::Leader),
        make_entity("mongolia", "Mongolia", ET::Country, R(Region::EastAsia)),
        make_entity("nicolas-maduro", "Nicolás Maduro", ET::Leader, 0, "venezuela", {"Maduro"}),
        make_entity("russia", "Russia", ET::Country, R(Region::Europe), {}, {"Moscow"}),
        make_entity("sco", "Shanghai Cooperation Organisation", ET::Organization,
                    R(Region::CentralAsia) | R(Region::EastAsia), {}, {"SCO"}),
        make_entity("sergey-lavrov", "Sergey Lavrov", ET::Leader, 0, "russia", {"Sergei Lavrov"}),
        make_entity("syria", "Syria", ET::Country, R(Region::MiddleEast)),
        make_entity("united-states", "United States", ET::Country, R(Region::NorthAmerica), {},
                    {"U.S."}),
        make_entity("venezuela", "Venezuela", ET::Country, R(Region::LatinAmerica)),
        make_entity("xi-jinping", "Xi Jinping", ET::Leader, 0, "china"),
    };
    c.entities[std::size_t(c.find_entity("lavrov"))].discovered = true;
    find_mentions(c);
    // "Lavrov" inside "Sergey Lavrov" is Sergey Lavrov's mention, not the discovered one's.
    std::erase_if(c.entities[std::size_t(c.find_entity("lavrov"))].mentions,
                  [](const Mention& m) { return m.doc != 1; });

    using LK = LinkKind;
    using TP = Topic;
    c.links = {
        make_link(c, "china", "russia", LK::Cooperation,
                  {{0, 0, LK::Cooperation, T(TP::Defense) | T(TP::Arctic)},
                   {1, 1, LK::Cooperation, T(TP::Trade) | T(TP::Energy)},
                   {2, 0, LK::CoMention, 0}}),
        make_link(c, "sergey-lavrov", "xi-jinping", LK::Meeting, {{0, 1, LK::Meeting, 0}}),
        make_link(c, "iran", "syria", LK::Cooperation, {{0, 2, LK::Cooperation, T(TP::Energy)}}),
        make_link(c, "iran", "russia", LK::CoMention, {{0, 2, LK::CoMention, T(TP::Energy)}}),
        make_link(c, "russia", "syria", LK::CoMention, {{0, 2, LK::CoMention, T(TP::Energy)}}),
        make_link(c, "energy", "iran", LK::CoMention, {{0, 2, LK::CoMention, T(TP::Energy)}}),
        make_link(c, "iran", "united-states", LK::Tension, {{1, 0, LK::Tension, T(TP::Sanctions)}}),
        make_link(c, "lavrov", "sco", LK::CoMention, {{1, 2, LK::CoMention, 0}}),
        make_link(c, "china", "nicolas-maduro", LK::CoMention, {{2, 0, LK::CoMention, 0}}),
        make_link(c, "nicolas-maduro", "russia", LK::CoMention, {{2, 0, LK::CoMention, 0}}),
        make_link(c, "dmitri-trenin", "sco", LK::CoMention, {{2, 1, LK::CoMention, 0}}),
        make_link(c, "russia", "sco", LK::CoMention, {{2, 1, LK::CoMention, T(TP::WorldOrder)}}),
        make_link(c, "china", "united-states", LK::Tension,
                  {{3, 0, LK::Tension, T(TP::Technology)}}),
        make_link(c, "sergey-lavrov", "russia", LK::Leads, {}, true),
        make_link(c, "xi-jinping", "china", LK::Leads, {}, true),
        make_link(c, "nicolas-maduro", "venezuela", LK::Leads, {}, true),
        make_link(c, "russia", "sco", LK::MemberOf, {}, true),
    };
    return c;
}

// Entity index by id (tests only: the id must exist).
inline EntityIndex idx(const Corpus& c, std::string_view id) {
    return EntityIndex(c.find_entity(id));
}

// Ids of the visible entities, sorted (entities are sorted by id).
template <class Mask> std::vector<std::string> visible_ids(const Corpus& c, const Mask& mask) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < c.entities.size(); ++i)
        if (mask[i]) out.push_back(c.entities[i].id);
    return out;
}

} // namespace kg::test
