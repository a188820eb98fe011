// Runs a shell command line, for tests that drive the kgviz executable with environment
// variables and quoted arguments as a user would type them.
#pragma once

#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <sys/wait.h>

namespace kg::test {

// The command's exit status; its stdout and stderr together go to `output` when given.
inline int run_shell(const std::string& command, std::string* output = nullptr) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
    if (!pipe) return -1;
    std::array<char, 512> buf{};
    std::string out;
    while (fgets(buf.data(), int(buf.size()), pipe.get())) out += buf.data();
    const int status = pclose(pipe.release());
    if (output) *output = out;
    return WEXITSTATUS(status);
}

} // namespace kg::test
