// Runs a program (no shell) with a time limit and captures its exit status, stdout and stderr.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace kg::test {

// The kgviz executable, for tests built with KGVIZ_BINARY (null otherwise: they skip). Not
// inline: each file gets its own, so a file built without the definition disagrees with no one.
#ifdef KGVIZ_BINARY
constexpr const char* kKgviz = KGVIZ_BINARY;
#else
constexpr const char* kKgviz = nullptr;
#endif

struct ProcessResult {
    int exit_code = -1;     // the exit status when the program exited normally
    int signal = 0;         // the signal that ended it (a crash), 0 when it exited
    bool timed_out = false; // killed after the time limit: a hang
    std::string out;
    std::string err;
    std::string spawn_error; // non-empty when the program could not be started

    bool exited() const { return spawn_error.empty() && !timed_out && signal == 0; }
};

// Runs argv[0] with `argv`; stdout and stderr go to files (never a pipe that could fill and
// deadlock). A program still running after `limit` is killed and reported as timed out.
// `stdout_file`, when given, receives stdout instead (e.g. /dev/full); `out` then stays empty.
ProcessResult run_process(const std::vector<std::string>& argv,
                          std::chrono::milliseconds limit = std::chrono::seconds(60),
                          const std::string& stdout_file = {});

// "exit 1", "signal 11 (crash)", "timed out" and the stderr, for assertion messages.
std::string describe(const ProcessResult& r);

} // namespace kg::test
