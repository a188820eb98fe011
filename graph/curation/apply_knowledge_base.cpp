// The part of the overlay that reaches extraction: edits of knowledge-base entities.
#include "curation/apply_curation.hpp"

#include <algorithm>

namespace kg {
namespace {

KbEntity* find_kb(KnowledgeBase& kb, std::string_view id) {
    auto it = std::find_if(kb.entities.begin(), kb.entities.end(),
                           [&](const KbEntity& e) { return e.id == id; });
    return it == kb.entities.end() ? nullptr : &*it;
}

void add_alias(KbEntity& e, const std::string& alias) {
    if (alias.empty() || alias == e.name) return;
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
        e.aliases.push_back(alias);
}

} // namespace

void apply_to_knowledge_base(const Curation& curation, KnowledgeBase& kb) {
    for (const Correction& c : curation.corrections) {
        if (!correction_problem(c).empty()) continue; // never well formed (a self-merge ...)
        KbEntity* e = find_kb(kb, c.entity);
        switch (c.kind) {
        case CorrectionKind::Merge: {
            if (!e) break;
            // The absorbed entity's name and aliases now find the kept one.
            add_alias(*e, c.name);
            if (KbEntity* absorbed = find_kb(kb, c.other); absorbed && absorbed != e) {
                KbEntity copy = *absorbed;
                e = nullptr; // the erase below may move the kept entity
                std::erase_if(kb.entities, [&](const KbEntity& k) { return k.id == c.other; });
                KbEntity* kept = find_kb(kb, c.entity);
                add_alias(*kept, copy.name);
                for (const std::string& a : copy.aliases) add_alias(*kept, a);
            }
            break;
        }
        case CorrectionKind::Split: {
            if (c.value.empty() || find_kb(kb, c.value)) break;
            KbEntity part;
            part.id = c.value;
            part.name = c.name.empty() ? (c.values.empty() ? c.value : c.values.front()) : c.name;
            for (const std::string& a : c.values) add_alias(part, a);
            if (e) {
                part.type = e->type;
                part.region = e->region;
                part.regions = e->regions;
                part.affiliation = e->affiliation;
                std::erase_if(e->aliases, [&](const std::string& a) {
                    return std::find(c.values.begin(), c.values.end(), a) != c.values.end();
                });
            }
            kb.entities.push_back(std::move(part));
            break;
        }
        case CorrectionKind::Rename:
            if (e && !c.value.empty() && e->name != c.value) {
                const std::string old = e->name;
                e->name = c.value;
                std::erase(e->aliases, c.value);
                add_alias(*e, old); // the old name still finds the entity
            }
            break;
        case CorrectionKind::SetType:
            if (e)
                if (auto t = entity_type_from_id(c.value)) e->type = *t;
            break;
        case CorrectionKind::SetRegion:
            if (e) {
                RegionMask mask = 0;
                std::optional<Region> first;
                for (const std::string& id : c.values)
                    if (auto r = region_from_id(id)) {
                        mask = RegionMask(mask | region_bit(*r));
                        if (!first) first = r;
                    }
                e->regions = mask;
                e->region = e->type == EntityType::Country ? first : std::nullopt;
            }
            break;
        case CorrectionKind::SetAffiliation:
            if (e) e->affiliation = c.value;
            break;
        case CorrectionKind::AddAlias:
            if (e) add_alias(*e, c.value);
            break;
        default:
            break; // the rest act on the extracted corpus only
        }
    }
}

} // namespace kg
