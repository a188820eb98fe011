// posix_spawn with output redirected to temp files and a polling wait, so a hang fails the test.
#include "run_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace kg::test {
namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

ProcessResult run_process(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                          const std::string& stdout_file) {
    ProcessResult result;
    char dir_template[] = "/tmp/kgviz-proc-XXXXXX";
    if (!::mkdtemp(dir_template)) {
        result.spawn_error = std::string("mkdtemp: ") + std::strerror(errno);
        return result;
    }
    const std::filesystem::path dir = dir_template;
    const auto out_path = dir / "stdout", err_path = dir / "stderr";

    std::vector<std::string> args = argv;
    std::vector<char*> cargs;
    for (auto& a : args) cargs.push_back(a.data());
    cargs.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1,
                                     stdout_file.empty() ? out_path.c_str() : stdout_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, cargs[0], &actions, nullptr, cargs.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        result.spawn_error = std::string("cannot start ") + argv[0] + ": " + std::strerror(rc);
        std::filesystem::remove_all(dir);
        return result;
    }

    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) break;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!result.timed_out) {
        if (WIFEXITED(status))
            result.exit_code = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            result.signal = WTERMSIG(status);
    }
    result.out = slurp(out_path);
    result.err = slurp(err_path);
    std::filesystem::remove_all(dir);
    return result;
}

std::string describe(const ProcessResult& r) {
    std::string s;
    if (!r.spawn_error.empty())
        s = r.spawn_error;
    else if (r.timed_out)
        s = "timed out (a hang)";
    else if (r.signal)
        s = "killed by signal " + std::to_string(r.signal) + " (a crash)";
    else
        s = "exit " + std::to_string(r.exit_code);
    return s + "\nstderr:\n" + r.err.substr(0, 4000);
}

} // namespace kg::test
