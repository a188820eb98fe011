// Entry point: parse the command line and run one command.
#include "cli/commands.hpp"
#include "cli/parse_args.hpp"
#include "common/overloaded.hpp"

#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

namespace {

int run(const kg::app::ParsedCommand& command) {
    using namespace kg::app;
    return std::visit(kg::Overloaded{
                          [](const GuiOptions& o) { return run_gui(o); },
                          [](const ExtractOptions& o) { return run_extract(o); },
                          [](const MergeOptions& o) { return run_merge(o); },
                          [](const SnapshotOptions& o) { return run_snapshot(o); },
                          [](const ShowHelp&) {
                              std::fputs(usage_text().data(), stdout);
                              return 0;
                          },
                          [](const ShowVersion&) {
                              std::printf("%s\n", version_text().data());
                              return 0;
                          },
                          [](const UsageError& e) {
                              std::fprintf(stderr, "kgviz: %s\n%s", e.message.c_str(),
                                           usage_text().data());
                              return 2;
                          },
                      },
                      command);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    try {
        return run(kg::app::parse_args(args));
    } catch (const std::exception& e) {
        // Last line of defence: a bug must still end with a message, not an abort.
        std::fprintf(stderr, "kgviz: internal error: %s\n", e.what());
        return 1;
    }
}
