// Figure labels: the view's placement with every node and the frame's boxes as obstacles.
#include "export/figure_labels.hpp"

namespace kg {

std::vector<PlacedLabel> place_figure_labels(std::vector<LabelCandidate> candidates,
                                             const RenderScene& scene, const Camera& camera,
                                             const FigureFrame& frame, const LabelOptions& options) {
    std::vector<ScreenBox> blocked = node_obstacles(scene, camera);
    if (!frame.legend_box.empty())
        blocked.push_back({frame.legend_box.min.x, frame.legend_box.min.y, frame.legend_box.max.x,
                           frame.legend_box.max.y});
    if (!frame.header.empty()) blocked.push_back({-1e9f, -1e9f, 1e9f, frame.plot.min.y});
    if (!frame.footnote.empty()) blocked.push_back({-1e9f, frame.footnote.front().pos.y, 1e9f, 1e9f});
    LabelOptions whole = options;
    whole.left = 0.0f;
    return place_labels(std::move(candidates), whole, blocked);
}

} // namespace kg
