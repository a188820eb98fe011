// Nothing lost: a child process runs the real App and keeps correcting the graph, saving views
// and autosaving its session; the parent kills it with SIGKILL in the middle of that work. Every
// file must still parse, everything saved before the kill must be there, and a restarted App
// must find the corrections and the session. (Its own test binary: fork() before any thread.)
#include "gui/gui_test_support.hpp"

#include "curation/curation_file.hpp"
#include "explore/view_store.hpp"
#include "session/correction_builders.hpp"
#include "ui/app.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

bool settle(app::App& a) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    do {
        a.render_frame();
    } while ((a.busy() || a.corpus().entities.empty()) && std::chrono::steady_clock::now() < end);
    return !a.busy();
}

// The child: load, then forever make one correction, save a view, change and save the session,
// and report each finished step on `report_fd`. Never returns (the parent kills it).
[[noreturn]] void work_until_killed(const fs::path& corpus, const app::UserFiles& files,
                                    int report_fd) {
    app::App a(app::AppOptions{800, 600, false});
    if (!a.ok()) _exit(3);
    CorpusSource source;
    source.inputs = {corpus};
    a.open(source, files);
    if (!settle(a)) _exit(4);
    const std::int64_t china = a.corpus().find_entity("china");
    if (china < 0) _exit(5);
    for (std::uint32_t step = 0;; ++step) {
        a.actions().push(app::ApplyCorrection{app::entity_note_correction(
            a.corpus(), EntityIndex(china), "note " + std::to_string(step))});
        a.actions().push(app::SaveView{"view " + std::to_string(step % 3)});
        FilterSpec spec;
        spec.min_weight = double(step % 5);
        a.actions().push(app::SetFilter{spec});
        a.render_frame();
        a.save_session_now();
        if (::write(report_fd, &step, sizeof step) != sizeof step) _exit(6);
    }
}

TEST(CrashSafety, SigkillInTheMiddleOfWorkLosesNothingSavedAndLeavesNoCorruptFile) {
    KGVIZ_REQUIRE_DISPLAY();
    const fs::path root = fs::temp_directory_path() / ("kgviz-crash-" + std::to_string(::getpid()));
    fs::remove_all(root);
    const fs::path corpus = root / "corpus";
    fs::create_directories(corpus);
    for (const auto& f : fs::directory_iterator(fs::path(KGVIZ_SOURCE_DIR) / "seeds"))
        if (f.path().filename().string().starts_with("000"))
            fs::copy_file(f.path(), corpus / f.path().filename());
    const app::UserFiles files{root / "data"};

    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        work_until_killed(corpus, files, fds[1]);
    }
    ::close(fds[1]);
    // Let it finish a few steps, then kill it while it is writing the next.
    std::uint32_t last = 0;
    bool got = false;
    for (;;) {
        pollfd p{fds[0], POLLIN, 0};
        ASSERT_GT(::poll(&p, 1, 90'000), 0) << "the child made no progress";
        std::uint32_t step = 0;
        const ssize_t n = ::read(fds[0], &step, sizeof step);
        ASSERT_EQ(n, ssize_t(sizeof step)) << "the child died early";
        last = step;
        got = true;
        if (step >= 6) break;
    }
    ASSERT_TRUE(got);
    ::usleep(3000); // into the middle of the next step's writes
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    // Every file parses, and nothing reported as saved is missing.
    Diagnostics d;
    const Curation curation = load_curation(corpus / kCurationFileName, d);
    EXPECT_TRUE(d.empty()) << format_diagnostic(d.front());
    EXPECT_GE(curation.corrections.size(), last + 1);
    const ViewStore store(files.views());
    const std::vector<std::string> views = store.list();
    EXPECT_EQ(views.size(), 3u);
    for (const std::string& v : views) {
        Diagnostics vd;
        EXPECT_TRUE(store.load(v, vd).has_value()) << v;
        EXPECT_TRUE(vd.empty()) << v << ": " << format_diagnostic(vd.front());
    }
    Diagnostics sd;
    const auto session = app::load_session(files.session_for({corpus}), sd);
    ASSERT_TRUE(session.has_value());
    EXPECT_TRUE(sd.empty());

    // A restarted App finds all of it.
    app::App b(app::AppOptions{800, 600, false});
    ASSERT_TRUE(b.ok());
    CorpusSource source;
    source.inputs = {corpus};
    b.open(source, files);
    ASSERT_TRUE(settle(b));
    ASSERT_NE(b.workspace().curation, nullptr);
    EXPECT_EQ(b.workspace().curation->active().corrections.size(), curation.corrections.size());
    EXPECT_EQ(b.workspace().views.size(), 3u);
    EXPECT_EQ(b.ui().filter.min_weight, session->view.filters.min_weight);
    fs::remove_all(root);
}

} // namespace
} // namespace kg::test
