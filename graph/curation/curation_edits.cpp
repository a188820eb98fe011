// One edit per correction kind on the working corpus.
#include "curation/curation_edits.hpp"

#include "common/text_fold.hpp"

#include <algorithm>

namespace kg {
namespace {

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void add_unique(std::vector<std::string>& list, const std::string& s) {
    if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

void sort_mentions(std::vector<Mention>& m) {
    auto key = [](const Mention& x) { return std::tuple(x.doc, x.span.start, x.span.end); };
    std::sort(m.begin(), m.end(),
              [&](const Mention& a, const Mention& b) { return key(a) < key(b); });
    m.erase(std::unique(m.begin(), m.end(),
                        [&](const Mention& a, const Mention& b) { return key(a) == key(b); }),
            m.end());
}

std::string gone(const std::string& id) {
    return "entity '" + id + "' no longer exists";
}

} // namespace

CurationWork::CurationWork(Corpus& corpus)
    : corpus_(corpus), removed_(corpus.entities.size(), 0), dead_(corpus.links.size(), 0) {
    for (std::size_t i = 0; i < corpus.entities.size(); ++i)
        by_id_.emplace(corpus.entities[i].id, EntityIndex(i));
}

std::int64_t CurationWork::find(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() || removed_[it->second] ? -1 : std::int64_t(it->second);
}

CurationWork::Pair CurationWork::pair_of(const Link& l) const {
    const std::string& a = corpus_.entities[l.source].id;
    const std::string& b = corpus_.entities[l.target].id;
    return a < b ? Pair{a, b} : Pair{b, a};
}

std::vector<std::size_t> CurationWork::links_between(EntityIndex a, EntityIndex b) const {
    std::vector<std::size_t> out;
    for (std::size_t l = 0; l < corpus_.links.size(); ++l) {
        const Link& k = corpus_.links[l];
        if (!dead_[l] && ((k.source == a && k.target == b) || (k.source == b && k.target == a)))
            out.push_back(l);
    }
    return out;
}

void CurationWork::kill_link(std::size_t l, std::size_t correction) {
    dead_[l] = 1;
    const Link& k = corpus_.links[l];
    rejected_.push_back(
        {corpus_.entities[k.source].id, corpus_.entities[k.target].id, k.kind, correction});
}

std::string CurationWork::apply(const Correction& c, std::size_t index) {
    if (std::string problem = correction_problem(c); !problem.empty()) return problem;
    switch (c.kind) {
    case CorrectionKind::Merge:
        return merge(c);
    case CorrectionKind::Split:
        return split(c);
    case CorrectionKind::Rename:
    case CorrectionKind::SetType:
    case CorrectionKind::SetRegion:
    case CorrectionKind::SetAffiliation:
        return edit_entity(c);
    case CorrectionKind::AddAlias:
        return add_alias(c);
    case CorrectionKind::Hide:
        return hide(c);
    case CorrectionKind::AcceptLink:
    case CorrectionKind::RejectLink:
        return review_link(c, index);
    case CorrectionKind::AcceptPassage:
    case CorrectionKind::RejectPassage:
        return review_passage(c, index);
    case CorrectionKind::Note:
        return note(c);
    case CorrectionKind::Unknown:
        return "this version of kgviz does not know this correction";
    }
    return "unknown correction";
}

std::string CurationWork::merge(const Correction& c) {
    const std::int64_t keep = find(c.entity), absorbed = find(c.other);
    if (keep < 0) return gone(c.entity);
    // With the knowledge-base part applied, extraction may have merged already.
    if (absorbed < 0) return std::string();
    Entity& k = corpus_.entities[std::size_t(keep)];
    Entity& a = corpus_.entities[std::size_t(absorbed)];
    add_unique(k.aliases, a.name);
    for (const std::string& alias : a.aliases) add_unique(k.aliases, alias);
    std::erase(k.aliases, k.name);
    k.mentions.insert(k.mentions.end(), a.mentions.begin(), a.mentions.end());
    sort_mentions(k.mentions);
    k.discovered = k.discovered && a.discovered;
    for (std::size_t l = 0; l < corpus_.links.size(); ++l) {
        Link& link = corpus_.links[l];
        if (dead_[l]) continue;
        if (link.source == EntityIndex(absorbed)) link.source = EntityIndex(keep);
        if (link.target == EntityIndex(absorbed)) link.target = EntityIndex(keep);
        if (link.source == link.target)
            dead_[l] = 1; // a link between the two merged entities
        else if (link.source == EntityIndex(keep) || link.target == EntityIndex(keep))
            touched_pairs_.insert(pair_of(link));
    }
    removed_[std::size_t(absorbed)] = 1;
    touched_entities_.insert(c.entity);
    return {};
}

std::string CurationWork::split(const Correction& c) {
    const std::int64_t from = find(c.entity);
    if (from < 0) return gone(c.entity);
    if (c.value.empty()) return "no id for the new entity";
    if (c.values.empty()) return "no alias says which mentions move";
    if (find(c.value) >= 0) return std::string(); // split already at extraction (knowledge base)
    Entity part = corpus_.entities[std::size_t(from)];
    part.id = c.value;
    part.name = c.name.empty() ? c.values.front() : c.name;
    part.aliases.clear();
    for (const std::string& a : c.values) add_unique(part.aliases, a);
    std::erase(part.aliases, part.name);
    part.discovered = false;
    part.mentions.clear();

    std::set<std::string> surfaces;
    for (const std::string& a : c.values) surfaces.insert(fold_for_search(a));
    Entity& old = corpus_.entities[std::size_t(from)];
    auto moves = [&](const Mention& m) {
        return m.doc < corpus_.documents.size() &&
               surfaces.count(fold_for_search(corpus_.documents[m.doc].slice(m.span))) > 0;
    };
    for (const Mention& m : old.mentions)
        if (moves(m)) part.mentions.push_back(m);
    std::erase_if(old.mentions, moves);
    std::erase_if(old.aliases,
                  [&](const std::string& a) { return surfaces.count(fold_for_search(a)) > 0; });

    const EntityIndex part_index = EntityIndex(corpus_.entities.size());
    // Evidence moves when its sentence holds a moved mention and none that stayed.
    auto holds = [](const std::vector<Mention>& ms, const Evidence& ev) {
        return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
            return m.doc == ev.doc && m.span.start >= ev.span.start && m.span.end <= ev.span.end;
        });
    };
    std::vector<Link> new_links;
    const std::vector<Mention>& stayed = old.mentions;
    for (std::size_t l = 0; l < corpus_.links.size(); ++l) {
        Link& link = corpus_.links[l];
        if (dead_[l] || link.evidence.empty()) continue;
        if (link.source != EntityIndex(from) && link.target != EntityIndex(from)) continue;
        Link moved = link;
        moved.evidence.clear();
        (link.source == EntityIndex(from) ? moved.source : moved.target) = part_index;
        moved.from_knowledge_base = false;
        std::erase_if(link.evidence, [&](const Evidence& ev) {
            if (!holds(part.mentions, ev) || holds(stayed, ev)) return false;
            moved.evidence.push_back(ev);
            return true;
        });
        if (moved.evidence.empty()) continue;
        recompute_link(moved);
        if (link.evidence.empty() && !link.from_knowledge_base)
            dead_[l] = 1;
        else
            recompute_link(link);
        new_links.push_back(std::move(moved));
    }
    corpus_.entities.push_back(std::move(part));
    removed_.push_back(0);
    by_id_[c.value] = part_index;
    for (Link& l : new_links) {
        corpus_.links.push_back(std::move(l));
        dead_.push_back(0);
        touched_pairs_.insert(pair_of(corpus_.links.back()));
    }
    touched_entities_.insert(c.entity);
    touched_entities_.insert(c.value);
    return {};
}

std::string CurationWork::edit_entity(const Correction& c) {
    const std::int64_t i = find(c.entity);
    if (i < 0) return gone(c.entity);
    Entity& e = corpus_.entities[std::size_t(i)];
    switch (c.kind) {
    case CorrectionKind::Rename:
        if (c.value.empty()) return "the new name is empty";
        if (e.name != c.value) add_unique(e.aliases, e.name);
        e.name = c.value;
        std::erase(e.aliases, c.value);
        break;
    case CorrectionKind::SetType: {
        const auto t = entity_type_from_id(c.value);
        if (!t) return "unknown entity type '" + c.value + "'";
        e.type = *t;
        break;
    }
    case CorrectionKind::SetRegion: {
        RegionMask mask = 0;
        std::optional<Region> first;
        for (const std::string& id : c.values) {
            const auto r = region_from_id(id);
            if (!r) return "unknown region '" + id + "'";
            mask = RegionMask(mask | region_bit(*r));
            if (!first) first = r;
        }
        e.regions = mask;
        e.region = e.type == EntityType::Country ? first : std::nullopt;
        break;
    }
    default: // SetAffiliation
        if (!c.value.empty() && find(c.value) < 0) return gone(c.value);
        e.affiliation = c.value;
        break;
    }
    touched_entities_.insert(c.entity);
    return {};
}

std::string CurationWork::add_alias(const Correction& c) {
    const std::int64_t i = find(c.entity);
    if (i < 0) return gone(c.entity);
    if (c.value.empty()) return "the alias is empty";
    Entity& e = corpus_.entities[std::size_t(i)];
    if (c.value != e.name) add_unique(e.aliases, c.value);
    // Mentions by the new alias in this corpus (exact, whole words); re-extraction also links them.
    for (std::size_t d = 0; d < corpus_.documents.size(); ++d) {
        const std::string& text = corpus_.documents[d].text;
        for (std::size_t at = text.find(c.value); at != std::string::npos;
             at = text.find(c.value, at + 1)) {
            const std::size_t end = at + c.value.size();
            if ((at > 0 && is_word_byte(text[at - 1])) ||
                (end < text.size() && is_word_byte(text[end])))
                continue;
            const bool overlaps =
                std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
                    return m.doc == d && m.span.start < end && at < m.span.end;
                });
            if (!overlaps)
                e.mentions.push_back({DocIndex(d), {std::uint32_t(at), std::uint32_t(end)}});
        }
    }
    sort_mentions(e.mentions);
    touched_entities_.insert(c.entity);
    return {};
}

std::string CurationWork::hide(const Correction& c) {
    const std::int64_t i = find(c.entity);
    if (i < 0) return gone(c.entity);
    removed_[std::size_t(i)] = 1;
    hidden_.push_back(c.entity);
    return {};
}

std::string CurationWork::note(const Correction& c) {
    const std::int64_t a = find(c.entity);
    if (a < 0) return gone(c.entity);
    if (c.other.empty()) {
        entity_notes_[c.entity].push_back(c.value);
        touched_entities_.insert(c.entity);
        return {};
    }
    const std::int64_t b = find(c.other);
    if (b < 0) return gone(c.other);
    const std::vector<std::size_t> links = links_between(EntityIndex(a), EntityIndex(b));
    if (links.empty()) return "no link between '" + c.entity + "' and '" + c.other + "'";
    const Pair p = pair_of(corpus_.links[links.front()]);
    link_notes_[p].push_back(c.value);
    touched_pairs_.insert(p);
    return {};
}

std::string CurationWork::review_link(const Correction& c, std::size_t index) {
    const std::int64_t a = find(c.entity), b = find(c.other);
    if (a < 0) return gone(c.entity);
    if (b < 0) return gone(c.other);
    std::optional<LinkKind> kind;
    if (!c.value.empty()) {
        kind = link_kind_from_id(c.value);
        if (!kind) return "unknown link kind '" + c.value + "'";
    }
    std::vector<std::size_t> links = links_between(EntityIndex(a), EntityIndex(b));
    std::erase_if(links, [&](std::size_t l) { return kind && corpus_.links[l].kind != *kind; });
    if (links.empty()) return "no such link between '" + c.entity + "' and '" + c.other + "'";
    for (std::size_t l : links) {
        const Pair p = pair_of(corpus_.links[l]);
        touched_pairs_.insert(p);
        if (c.kind == CorrectionKind::RejectLink)
            kill_link(l, index);
        else
            accepted_.insert({p.first, p.second, kind ? int(*kind) : -1});
    }
    return {};
}

std::string CurationWork::review_passage(const Correction& c, std::size_t index) {
    const std::int64_t a = find(c.entity), b = find(c.other);
    if (a < 0) return gone(c.entity);
    if (b < 0) return gone(c.other);
    const std::string hash = c.passage.hash.empty() ? passage_hash(c.passage.text) : c.passage.hash;
    bool found = false;
    for (std::size_t l : links_between(EntityIndex(a), EntityIndex(b))) {
        Link& link = corpus_.links[l];
        auto matches = [&](const Evidence& ev) {
            if (ev.doc >= corpus_.documents.size()) return false;
            const Document& d = corpus_.documents[ev.doc];
            return d.path == c.passage.doc_path && passage_hash(d.slice(ev.span)) == hash;
        };
        if (std::none_of(link.evidence.begin(), link.evidence.end(), matches)) continue;
        found = true;
        const Pair p = pair_of(link);
        touched_pairs_.insert(p);
        if (c.kind == CorrectionKind::AcceptPassage) {
            accepted_.insert({p.first, p.second, int(link.kind)});
            continue;
        }
        std::erase_if(link.evidence, matches);
        if (link.evidence.empty() && !link.from_knowledge_base)
            kill_link(l, index);
        else
            recompute_link(link);
    }
    return found ? std::string() : "the passage is no longer in '" + c.passage.doc_path + "'";
}

} // namespace kg
