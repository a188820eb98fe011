// Labels that a narrow panel cuts: the whole text as a tooltip on hover.
#pragma once

#include <string_view>

namespace kg::app {

// Call right after the item that shows `text`: when the item or its text runs past the panel's
// right edge, hovering it shows the whole text.
void tooltip_if_cut(std::string_view text);

} // namespace kg::app
