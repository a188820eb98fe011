// Command-line parsing for `kgviz`, `kgviz extract`, `kgviz merge` and `kgviz snapshot`
// (interfaces.md).
#pragma once

#include "cli/commands.hpp"

#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace kg::app {

struct ShowHelp {};
struct ShowVersion {};
struct UsageError {
    std::string message;
};

using ParsedCommand = std::variant<GuiOptions, ExtractOptions, MergeOptions, SnapshotOptions,
                                   ShowHelp, ShowVersion, UsageError>;

// Parses argv[1..]; never exits or prints.
ParsedCommand parse_args(std::span<const std::string_view> args);

// The usage text printed by --help and after a usage error.
std::string_view usage_text();

// "kgviz 0.1.0".
std::string_view version_text();

} // namespace kg::app
