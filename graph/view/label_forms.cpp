// Label forms: where to break a name, which alias is an organization's short name.
#include "view/label_forms.hpp"

#include <algorithm>

namespace kg {
namespace {

// Names shorter than this stay on one line: two lines of a few letters read worse than one.
constexpr std::size_t kMinBytesToBreak = 14;
// A short name must save at least this many bytes to be worth showing instead of the name.
constexpr std::size_t kMinBytesSaved = 4;

LabelLines two_lines(std::string_view name) {
    if (name.size() < kMinBytesToBreak) return {};
    const std::size_t middle = name.size() / 2;
    auto off_middle = [middle](std::size_t i) { return i > middle ? i - middle : middle - i; };
    std::size_t best = std::string_view::npos;
    for (std::size_t i = 1; i + 1 < name.size(); ++i)
        if (name[i] == ' ' && (best == std::string_view::npos || off_middle(i) < off_middle(best)))
            best = i;
    if (best == std::string_view::npos) return {};
    return {name.substr(0, best), name.substr(best + 1)};
}

// Only organizations: a country's or a leader's aliases are capitals, demonyms and surnames, which
// would name something else on a map.
LabelLines short_name(const Entity& e) {
    if (e.type != EntityType::Organization) return {};
    std::string_view best;
    for (const std::string& a : e.aliases)
        if (!a.empty() && a.size() + kMinBytesSaved <= e.name.size() &&
            (best.empty() || a.size() < best.size()))
            best = a;
    return {best, {}};
}

} // namespace

LabelLines label_lines(const Entity& entity, LabelForm form) {
    switch (form) {
    case LabelForm::Name:
        return {entity.name, {}};
    case LabelForm::TwoLines:
        return two_lines(entity.name);
    case LabelForm::Short:
        return short_name(entity);
    }
    return {};
}

LabelLines drawn_label_lines(const Entity& entity, LabelForm form) {
    const LabelLines lines = label_lines(entity, form);
    return lines.exists() ? lines : LabelLines{entity.name, {}};
}

std::vector<LabelBoxes> label_boxes(const Corpus& corpus,
                                    const std::function<Vec2(std::string_view)>& line_size) {
    std::vector<LabelBoxes> boxes(corpus.entities.size(), LabelBoxes{});
    for (std::size_t i = 0; i < corpus.entities.size(); ++i)
        for (std::size_t f = 0; f < kLabelForms; ++f) {
            const LabelLines lines = label_lines(corpus.entities[i], LabelForm(f));
            if (!lines.exists()) continue;
            Vec2 size = line_size(lines.first);
            if (!lines.second.empty()) {
                const Vec2 second = line_size(lines.second);
                size = {std::max(size.x, second.x), size.y + second.y};
            }
            boxes[i][f] = size;
        }
    return boxes;
}

} // namespace kg
