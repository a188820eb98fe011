// Barnes-Hut quadtree: approximate all-pairs repulsion in O(n log n) per sweep.
#pragma once

#include "common/vec2.hpp"

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// Built once per force iteration over the current positions; storage is reused across builds.
class QuadTree {
  public:
    // Rebuilds the tree over `pos` (every point has mass 1).
    void build(const std::vector<Vec2>& pos);

    // For every point i, into out[i]: the sum over all points j != i of (x_i - x_j) /
    // |x_i - x_j|^2, far cells (size / distance below theta) taken as one point mass at their
    // centre of mass. Multiply by C*K^2 for the spring-electrical repulsion. Points of one leaf
    // share a single tree walk (its interaction list), several times faster than one per point.
    void repulsion_all(float theta, std::vector<Vec2>& out) const;

  private:
    struct Cell {
        Vec2 lo;                 // lower corner of the cell's square
        Vec2 com;                // centre of mass
        float mass = 0.0f;       // number of points
        float size = 0.0f;       // side length
        std::uint32_t begin = 0; // range in order_ (leaves)
        std::uint32_t end = 0;
        std::int32_t children = -1; // index of 4 consecutive children, -1 for a leaf
    };
    void split(std::uint32_t cell, Vec2 lo, float size, int depth);
    void leaf_repulsion(const Cell& leaf, float theta, std::vector<Vec2>& out) const;

    const std::vector<Vec2>* pos_ = nullptr;
    std::vector<Cell> cells_;
    std::vector<std::uint32_t> order_;
    mutable std::vector<std::uint32_t> stack_;
    mutable std::vector<Vec2> far_com_; // interaction list of the current leaf: far cells
    mutable std::vector<float> far_mass_;
    mutable std::vector<std::uint32_t> near_; // and points of near leaves
};

} // namespace kg::layout_detail
