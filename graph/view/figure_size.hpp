// The sizes that every figure path shares: `kgviz snapshot`, the export dialog, saved views and
// the figure frame's scale all start from the same default and stop at the same largest side.
#pragma once

#include "common/vec2.hpp"

namespace kg {

inline constexpr int kDefaultFigureWidth = 1600;
inline constexpr int kDefaultFigureHeight = 1000;
inline constexpr Vec2 kDefaultFigureViewport{float(kDefaultFigureWidth),
                                             float(kDefaultFigureHeight)};
inline constexpr int kMinFigureSide = 16;
// 16384 x 16384 RGBA is 1 GiB: the largest figure a workstation still renders and encodes.
inline constexpr int kMaxFigureSide = 16384;

} // namespace kg
