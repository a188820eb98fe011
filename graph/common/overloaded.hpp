// The std::visit helper: one lambda per alternative of a variant, as one callable.
#pragma once

namespace kg {

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };

} // namespace kg
