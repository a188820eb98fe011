// Shelf packing of component boxes.
#include "layout/pack.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace kg::layout_detail {

namespace {

// The rightmost of `points` (moved by `offset`) whose y lies within [y0, y1], or nullopt.
std::optional<float> rightmost_in_rows(std::span<const Vec2> points, Vec2 offset, float y0,
                                       float y1) {
    std::optional<float> right;
    for (Vec2 p : points) {
        const Vec2 q = p + offset;
        if (q.y >= y0 && q.y <= y1) right = std::max(right.value_or(q.x), q.x);
    }
    return right;
}

} // namespace

std::vector<Vec2> pack_boxes(const std::vector<Box>& boxes, float gap,
                             const std::vector<std::span<const Vec2>>& points) {
    std::vector<Vec2> offsets(boxes.size());
    if (boxes.empty()) return offsets;
    double area = 0.0;
    float widest = 0.0f;
    for (const auto& b : boxes) {
        area += double(b.width() + gap) * double(b.height() + gap);
        widest = std::max(widest, b.width() + gap);
    }
    // A shelf as wide as the square root of the area gives a roughly square drawing; never
    // narrower than the widest component, which would otherwise stick out.
    const float shelf_width = std::max(widest, static_cast<float>(std::sqrt(area) * 1.1));

    std::vector<std::size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return boxes[a].height() > boxes[b].height();
    });
    // One dominant component (a corpus's main graph plus a few stray pairs): the small ones go
    // in columns beside it, top-aligned, instead of a shelf below that leaves a band of nothing.
    const Box& first = boxes[order.front()];
    if (double(first.width() + gap) * double(first.height() + gap) >= 0.5 * area &&
        boxes.size() > 1) {
        offsets[order.front()] = Vec2{-first.min.x, -first.min.y};
        const bool tuck = points.size() == boxes.size();
        float column_x = first.width() + gap, y = 0.0f, column_right = column_x;
        bool first_column = true;
        for (std::size_t k = 1; k < order.size(); ++k) {
            const Box& b = boxes[order[k]];
            if (y > 0.0f && y + b.height() > first.height()) {
                column_x = column_right + gap;
                y = 0.0f;
                first_column = false;
            }
            float x = column_x;
            if (tuck && first_column) {
                // Boxes carry their own margin (half a gap round the nodes): a node of this box
                // then stands a gap and a half from the nearest of the dominant drawing.
                const auto right = rightmost_in_rows(points[order.front()], offsets[order.front()],
                                                     y - gap, y + b.height() + gap);
                x = std::min(column_x, right ? *right + gap : 0.0f);
            }
            offsets[order[k]] = Vec2{x - b.min.x, y - b.min.y};
            y += b.height() + gap;
            column_right = std::max(column_right, x + b.width());
        }
        return offsets;
    }
    float x = 0.0f, y = 0.0f, shelf_height = 0.0f;
    for (auto i : order) {
        const Box& b = boxes[i];
        if (x > 0.0f && x + b.width() > shelf_width) {
            x = 0.0f;
            y += shelf_height + gap;
            shelf_height = 0.0f;
        }
        offsets[i] = Vec2{x - b.min.x, y - b.min.y};
        x += b.width() + gap;
        shelf_height = std::max(shelf_height, b.height());
    }
    return offsets;
}

} // namespace kg::layout_detail
