// Axis-aligned screen boxes bucketed in a uniform grid, so an overlap test looks only at the
// boxes near it: label placement tests every candidate spot against everything placed so far.
#pragma once

#include "common/vec2.hpp"

#include <algorithm>
#include <vector>

namespace kg {

struct ScreenBox {
    float x0, y0, x1, y1;
    bool overlaps(const ScreenBox& o) const {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
};

class BoxGrid {
  public:
    explicit BoxGrid(Vec2 viewport)
        : nx_(std::max(1, int(viewport.x / kCell) + 1)),
          ny_(std::max(1, int(viewport.y / kCell) + 1)),
          cells_(std::size_t(nx_) * std::size_t(ny_)) {}

    bool free(const ScreenBox& b) const {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x)
                for (const ScreenBox& o : cells_[std::size_t(y * nx_ + x)])
                    if (o.overlaps(b)) return false;
        return true;
    }
    void add(const ScreenBox& b) {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x)
                cells_[std::size_t(y * nx_ + x)].push_back(b);
    }

  private:
    static constexpr float kCell = 64.0f;
    int cx(float x) const { return std::clamp(int(x / kCell), 0, nx_ - 1); }
    int cy(float y) const { return std::clamp(int(y / kCell), 0, ny_ - 1); }
    int nx_, ny_;
    std::vector<std::vector<ScreenBox>> cells_;
};

} // namespace kg
