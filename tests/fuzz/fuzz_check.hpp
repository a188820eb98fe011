// How a fuzz target reports a broken invariant: a message and abort(), which libFuzzer records as a
// crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace kg::fuzz {

// Aborts with `what` when `problem` is not empty (problems come from tests/badinput/invariants).
inline void require(const std::string& problem, const char* what) {
    if (problem.empty()) return;
    std::fprintf(stderr, "kgviz fuzz: %s: %s\n", what, problem.c_str());
    std::abort();
}

inline void require(bool ok, const char* what) {
    require(ok ? std::string() : std::string("false"), what);
}

} // namespace kg::fuzz
