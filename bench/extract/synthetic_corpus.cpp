// Article generator: sentences from templates filled with knowledge-base names and cues.
#include "synthetic_corpus.hpp"

#include <array>
#include <fstream>
#include <random>

namespace kg::bench {
namespace {

constexpr std::array kTemplates{
    "%L met %L in %C to discuss %T and %T.",
    "%C and %C signed an agreement on %T, officials from %O said.",
    "%P, a senior fellow at %O, said that %C would resist pressure from %C over %T.",
    "Tensions between %C and %C rose after a dispute about %T.",
    "The two countries held talks on %T at the %O summit.",
    "%L warned that %T could weaken the partnership with %C.",
    "Analysts expect %C to deepen cooperation with %C in %T.",
    "President Anton Kovalenko of %C told reporters that %T remained a priority.",
};

// Sentences without names: real articles have them between the ones that name actors, so that
// the corpus has about the name density of the seed articles (one mention per 55-60 bytes).
constexpr std::array kFiller{
    "Officials said the negotiations would continue next year, although no date was set.",
    "Markets reacted calmly, and most observers saw little change in the short term.",
    "The details of the arrangement have not been published, and several questions remain open.",
    "Critics argue that the approach carries risks that its supporters have underestimated.",
    "Much will depend on how the situation develops over the coming months.",
    "Observers noted that the statement was more cautious than earlier ones.",
};

struct Pools {
    std::vector<std::string> countries, leaders, orgs, persons, cues;
};

Pools pools_of(const KnowledgeBase& kb) {
    Pools p;
    for (const KbEntity& e : kb.entities) {
        std::vector<std::string>* pool = nullptr;
        switch (e.type) {
        case EntityType::Country:
            pool = &p.countries;
            break;
        case EntityType::Leader:
            pool = &p.leaders;
            break;
        case EntityType::Organization:
            pool = &p.orgs;
            break;
        case EntityType::Person:
            pool = &p.persons;
            break;
        case EntityType::Issue:
            break;
        }
        if (!pool) continue;
        pool->push_back(e.name);
        for (const std::string& a : e.aliases)
            if (a.back() != '-') pool->push_back(a);
    }
    for (const auto& cues : kb.topic_cues)
        for (const std::string& c : cues)
            if (c.back() != '*') p.cues.push_back(c);
    // An empty knowledge base still gives readable text.
    for (auto* pool : {&p.countries, &p.leaders, &p.orgs, &p.persons, &p.cues})
        if (pool->empty()) pool->push_back("Atlantis");
    return p;
}

} // namespace

std::vector<std::string> synthetic_articles(const KnowledgeBase& kb, std::size_t count,
                                            std::size_t bytes_each, std::uint64_t seed) {
    const Pools p = pools_of(kb);
    std::mt19937_64 rng(seed);
    auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
        return v[rng() % v.size()];
    };
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t a = 0; a < count; ++a) {
        std::string text =
            pick(p.countries) + " and " + pick(p.countries) + " weigh " + pick(p.cues) + "\n\n";
        std::size_t sentences_in_paragraph = 0;
        while (text.size() < bytes_each) {
            std::string_view t =
                rng() % 2 ? kTemplates[rng() % kTemplates.size()] : kFiller[rng() % kFiller.size()];
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i] == '%' && i + 1 < t.size()) {
                    char k = t[++i];
                    text += k == 'C'   ? pick(p.countries)
                            : k == 'L' ? pick(p.leaders)
                            : k == 'O' ? pick(p.orgs)
                            : k == 'P' ? pick(p.persons)
                                       : pick(p.cues);
                } else {
                    text.push_back(t[i]);
                }
            }
            text += ++sentences_in_paragraph % 5 == 0 ? "\n\n" : " ";
        }
        out.push_back(std::move(text));
    }
    return out;
}

std::vector<std::filesystem::path> write_articles(const std::vector<std::string>& articles,
                                                  const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    std::vector<std::filesystem::path> paths;
    char name[32];
    for (std::size_t i = 0; i < articles.size(); ++i) {
        std::snprintf(name, sizeof name, "%06zu.txt", i);
        paths.push_back(folder / name);
        std::ofstream(paths.back(), std::ios::binary) << articles[i];
    }
    return paths;
}

} // namespace kg::bench
