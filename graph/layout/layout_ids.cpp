// Stable text ids of the layout algorithms, used by the CLI, saved views and the UI.
#include "layout/layout.hpp"

#include <array>

namespace kg {
namespace {

struct AlgorithmId {
    LayoutAlgorithm algorithm;
    std::string_view id;
};

// One table so to_id and layout_algorithm_from_id can never disagree.
constexpr std::array kAlgorithmIds{
    AlgorithmId{LayoutAlgorithm::Auto, "auto"},
    AlgorithmId{LayoutAlgorithm::Stress, "stress"},
    AlgorithmId{LayoutAlgorithm::Multilevel, "multilevel"},
    AlgorithmId{LayoutAlgorithm::FruchtermanReingold, "fr"},
    AlgorithmId{LayoutAlgorithm::KamadaKawai, "kk"},
    AlgorithmId{LayoutAlgorithm::Circle, "circle"},
    AlgorithmId{LayoutAlgorithm::Concentric, "concentric"},
};

} // namespace

std::string_view to_id(LayoutAlgorithm a) {
    for (const auto& entry : kAlgorithmIds)
        if (entry.algorithm == a) return entry.id;
    return "auto";
}

std::optional<LayoutAlgorithm> layout_algorithm_from_id(std::string_view id) {
    for (const auto& entry : kAlgorithmIds)
        if (entry.id == id) return entry.algorithm;
    return std::nullopt;
}

} // namespace kg
