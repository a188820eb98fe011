// Atomic file replacement with POSIX calls, so that fsync and rename errors are seen.
#include "common/atomic_write.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace kg {
namespace {

std::string errno_message(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

bool is_regular_or_missing(const std::filesystem::path& p) {
    std::error_code ec;
    auto st = std::filesystem::status(p, ec);
    return ec || st.type() == std::filesystem::file_type::not_found ||
           st.type() == std::filesystem::file_type::regular;
}

// Writes every byte, retrying interrupted and partial writes; false with errno set on an error.
bool write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno != EINTR) return false;
        if (n > 0) done += std::size_t(n);
    }
    return true;
}

// Runs `produce` on `fd`: false with errno set to the failed write's error.
bool stream_to(int fd, const std::function<bool(const ByteSink&)>& produce) {
    int write_errno = 0;
    const bool ok = produce([&](std::string_view chunk) {
        if (write_all(fd, chunk)) return true;
        write_errno = errno;
        return false;
    });
    if (!ok) errno = write_errno ? write_errno : EIO;
    return ok;
}

// Character devices (/dev/null, /dev/full) and pipes (/dev/stdout in a pipeline) cannot be
// renamed over; write them in place.
std::string write_in_place(const std::filesystem::path& target,
                           const std::function<bool(const ByteSink&)>& produce) {
    // O_NONBLOCK: a named pipe nobody reads would block open() for ever; it fails with ENXIO
    // instead.
    int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENXIO) return "a named pipe that nobody reads; nothing written";
        return errno_message("cannot open");
    }
    // Writes then block as usual, so a slow reader gets every byte.
    if (const int flags = ::fcntl(fd, F_GETFL);
        flags == -1 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1) {
        std::string msg = errno_message("cannot open");
        ::close(fd);
        return msg;
    }
    if (!stream_to(fd, produce)) {
        std::string msg = errno_message("cannot write");
        ::close(fd);
        return msg;
    }
    if (::close(fd) != 0) return errno_message("cannot close");
    return {};
}

} // namespace

std::string write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
    return write_file_atomically(target, [&](const ByteSink& sink) { return sink(bytes); });
}

std::string write_file_atomically(const std::filesystem::path& target,
                                  const std::function<bool(const ByteSink&)>& produce,
                                  Durability durability) {
    if (!is_regular_or_missing(target)) return write_in_place(target, produce);

    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::random_device rd;
    const auto temp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));

    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return errno_message("cannot create a file in the folder");

    auto fail = [&](const char* what) {
        std::string msg = errno_message(what);
        ::close(fd);
        ::unlink(temp.c_str());
        return msg;
    };
    if (!stream_to(fd, produce)) return fail("cannot write");
    if (durability == Durability::Flushed && ::fsync(fd) != 0) return fail("cannot flush to disk");
    if (::close(fd) != 0) {
        std::string msg = errno_message("cannot close");
        ::unlink(temp.c_str());
        return msg;
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string msg = errno_message("cannot rename into place");
        ::unlink(temp.c_str());
        return msg;
    }
    return {};
}

} // namespace kg
