// Cross-entry checks of the knowledge base: unique ids and aliases, references that resolve.
#include "kb/knowledge_base.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kg {
namespace {

void report(Diagnostics& out, const KbEntity& e, const std::string& message,
            Diagnostic::Severity severity = Diagnostic::Severity::Error) {
    out.push_back({e.origin, message, severity});
}

} // namespace

std::int64_t KnowledgeBase::find(std::string_view id) const {
    auto it = std::lower_bound(entities.begin(), entities.end(), id,
                               [](const KbEntity& e, std::string_view v) { return e.id < v; });
    return (it != entities.end() && it->id == id) ? std::int64_t(it - entities.begin()) : -1;
}

void finish_knowledge_base(KnowledgeBase& kb, Diagnostics& diagnostics) {
    // Duplicate ids: the first definition (file order) wins.
    std::set<std::string> seen_ids;
    std::vector<KbEntity> unique;
    unique.reserve(kb.entities.size());
    for (KbEntity& e : kb.entities) {
        if (!seen_ids.insert(e.id).second) {
            report(diagnostics, e,
                   "duplicate id \"" + e.id + "\" (skipped; the first definition is kept)");
            continue;
        }
        unique.push_back(std::move(e));
    }
    kb.entities = std::move(unique);

    // Aliases from an "aliases" file join their entity, wherever it was defined.
    std::map<std::string, std::size_t, std::less<>> by_id;
    for (std::size_t i = 0; i < kb.entities.size(); ++i) by_id.emplace(kb.entities[i].id, i);
    for (KnowledgeBase::ExtraAlias& a : kb.extra_aliases) {
        auto it = by_id.find(a.id);
        if (it == by_id.end() || kb.entities[it->second].type == EntityType::Issue)
            diagnostics.push_back({a.origin, "unknown entity \"" + a.id + "\" (dropped)",
                                   Diagnostic::Severity::Warning});
        else
            kb.entities[it->second].aliases.push_back(std::move(a.alias));
    }
    kb.extra_aliases.clear();

    // An alias (or name) may name one entity only. The entity defined first in the files keeps it.
    std::map<std::string, std::size_t> owner;
    for (std::size_t i = 0; i < kb.entities.size(); ++i) {
        KbEntity& e = kb.entities[i];
        if (e.type == EntityType::Issue) continue; // issues are found by topic cues, not names
        auto [it, fresh] = owner.emplace(e.name, i);
        if (!fresh)
            report(diagnostics, e,
                   "name \"" + e.name + "\" already names \"" + kb.entities[it->second].id +
                       "\" (the text finds that one)",
                   Diagnostic::Severity::Warning);
    }
    for (std::size_t i = 0; i < kb.entities.size(); ++i) {
        KbEntity& e = kb.entities[i];
        if (e.type == EntityType::Issue) continue;
        std::set<std::string> own{e.name};
        std::erase_if(e.aliases, [&](const std::string& alias) {
            if (!own.insert(alias).second) return true; // repeats of its own name: harmless
            auto [it, fresh] = owner.emplace(alias, i);
            if (fresh || it->second == i) return false;
            report(diagnostics, e,
                   "alias \"" + alias + "\" already names \"" + kb.entities[it->second].id +
                       "\" (dropped)");
            return true;
        });
    }
    // A non-entity phrase must not be a name: it would hide that entity everywhere.
    std::set<std::string> seen_phrases;
    std::erase_if(kb.non_entities, [&](const KnowledgeBase::NonEntity& phrase) {
        if (!seen_phrases.insert(phrase.text).second) return true; // repeats: harmless
        auto it = owner.find(phrase.text);
        if (it == owner.end()) return false;
        diagnostics.push_back({phrase.origin, "\"" + phrase.text + "\" is a name of \"" +
                                                  kb.entities[it->second].id + "\" (dropped)"});
        return true;
    });
    std::sort(kb.entities.begin(), kb.entities.end(),
              [](const KbEntity& a, const KbEntity& b) { return a.id < b.id; });

    // References must resolve; a leader without its country is not usable.
    std::vector<bool> keep(kb.entities.size(), true);
    for (std::size_t i = 0; i < kb.entities.size(); ++i) {
        KbEntity& e = kb.entities[i];
        if (!e.affiliation.empty()) {
            std::int64_t a = kb.find(e.affiliation);
            if (e.type == EntityType::Leader &&
                (a < 0 || kb.entities[a].type != EntityType::Country)) {
                report(diagnostics, e,
                       "affiliation \"" + e.affiliation + "\" is not a known country (skipped)");
                keep[i] = false;
            } else if (a < 0) {
                report(diagnostics, e, "unknown affiliation \"" + e.affiliation + "\" (dropped)",
                       Diagnostic::Severity::Warning);
                e.affiliation.clear();
            }
        }
        std::erase_if(e.members, [&](const std::string& m) {
            std::int64_t k = kb.find(m);
            if (k >= 0 && m != e.id) return false;
            report(diagnostics, e, "unknown member \"" + m + "\" (dropped)",
                   Diagnostic::Severity::Warning);
            return true;
        });
    }
    for (std::size_t i = kb.entities.size(); i-- > 0;)
        if (!keep[i]) kb.entities.erase(kb.entities.begin() + std::ptrdiff_t(i));
}

} // namespace kg
