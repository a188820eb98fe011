// Checks every ingested Document must pass: spans inside the text, on UTF-8 boundaries,
// sentences ordered, non-overlapping and inside their paragraph, valid UTF-8 throughout.
#pragma once

#include "model/document.hpp"

#include <gtest/gtest.h>

namespace kg::test {

// Adds a gtest failure for every broken invariant of `doc`.
void expect_document_invariants(const Document& doc);

} // namespace kg::test
