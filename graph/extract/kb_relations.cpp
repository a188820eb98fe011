// Stated relations: a leader's or person's affiliation, an organization's members.
#include "extract/kb_relations.hpp"

#include "extract/head_of.hpp"

namespace kg {

void kb_relations_of(const KnowledgeBase& kb, std::size_t k, const KbRelationSink& add) {
    const KbEntity& e = kb.entities[k];
    if (!e.affiliation.empty())
        if (std::int64_t a = kb.find(e.affiliation); a >= 0)
            add(k, std::size_t(a),
                e.type == EntityType::Leader && heads(e, kb.entities[std::size_t(a)])
                    ? LinkKind::Leads
                    : LinkKind::AffiliatedWith);
    for (const std::string& m : e.members)
        if (std::int64_t a = kb.find(m); a >= 0) add(std::size_t(a), k, LinkKind::MemberOf);
}

} // namespace kg
