// collect_input_files: folders walked iteratively with symlink-loop detection.
#include "ingest/ingest.hpp"
#include "ingest/text_clean.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace kg {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxDepth = 64;

bool supported_extension(const fs::path& p) {
    const std::string ext = ascii_lower(p.extension().string());
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

// The type of a listed entry, following a symbolic link. directory_entry keeps the type the
// listing gave (d_type), which is_symlink() and is_directory() read without a system call
// (libstdc++'s symlink_status() always stats again): only a link, or a file system that gives no
// type, costs a stat. `ec` is set when that stat fails.
fs::file_type entry_type(const fs::directory_entry& entry, std::error_code& ec) {
    const bool link = entry.is_symlink(ec);
    if (ec) return fs::file_type::none;
    if (link) return fs::status(entry.path(), ec).type();
    if (entry.is_directory(ec)) return fs::file_type::directory;
    if (ec) return fs::file_type::none;
    return entry.is_regular_file(ec) ? fs::file_type::regular : fs::file_type::unknown;
}

// Device and inode of a directory, following symlinks: the identity that detects loops.
bool dir_identity(const fs::path& p, std::pair<dev_t, ino_t>& id) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return false;
    id = {st.st_dev, st.st_ino};
    return true;
}

void walk(const fs::path& root, std::vector<fs::path>& files, Diagnostics& diagnostics) {
    std::set<std::pair<dev_t, ino_t>> visited;
    std::vector<std::pair<fs::path, std::size_t>> pending = {{root, 0}};
    std::pair<dev_t, ino_t> id;
    if (dir_identity(root, id)) visited.insert(id);
    while (!pending.empty()) {
        auto [dir, depth] = std::move(pending.back());
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            diagnostics.push_back({dir.generic_string(), "cannot read folder: " + ec.message()});
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                diagnostics.push_back(
                    {dir.generic_string(), "cannot list folder: " + ec.message()});
                break;
            }
            const fs::path& p = it->path();
            if (p.filename().string().starts_with(".")) continue; // .git, editor files
            std::error_code sec;
            const fs::file_type type = entry_type(*it, sec);
            if (sec) {
                const bool loop = sec == std::errc::too_many_symbolic_link_levels;
                diagnostics.push_back({p.generic_string(), loop ? "symbolic link loop; skipped"
                                                                : "cannot read: " + sec.message()});
                continue;
            }
            if (type == fs::file_type::directory) {
                if (!dir_identity(p, id) || !visited.insert(id).second) {
                    diagnostics.push_back({p.generic_string(),
                                           "symbolic link loop (folder already visited); skipped"});
                    continue;
                }
                if (depth + 1 >= kMaxDepth) {
                    diagnostics.push_back({p.generic_string(), "folders nested too deep; skipped"});
                    continue;
                }
                pending.emplace_back(p, depth + 1);
            } else if (type == fs::file_type::regular && supported_extension(p)) {
                files.push_back(p);
            }
        }
    }
}

// Canonical folder paths already resolved, by the folder as spelled.
using CanonicalFolders = std::map<fs::path, fs::path>;

// weakly_canonical(file), or `file` when that fails. A file that is no symbolic link and has a
// plain name resolves to its folder's canonical path plus that name, and folders repeat: one
// realpath per folder instead of per file (which read every link on the way for each of them).
// `stat` is set to the file's stat, taken with the lstat that tells whether it is a link.
fs::path canonical_key(const fs::path& file, CanonicalFolders& folders,
                       std::optional<ingestion::FileStat>& stat) {
    bool symlink = false;
    stat = ingestion::lstat_file(file, symlink);
    const fs::path name = file.filename();
    const bool plain = stat && !symlink; // lstat succeeded on something that is no link
    std::error_code ec;
    if (plain && !name.empty() && name != "." && name != ".." && file.has_parent_path()) {
        auto it = folders.find(file.parent_path());
        if (it == folders.end()) {
            fs::path folder = fs::weakly_canonical(file.parent_path(), ec);
            if (ec) folder.clear();
            it = folders.emplace(file.parent_path(), std::move(folder)).first;
        }
        if (!it->second.empty()) return it->second / name;
    }
    fs::path key = fs::weakly_canonical(file, ec);
    return ec ? file : key;
}

} // namespace

std::vector<ingestion::InputFile> collect_input_files(const std::vector<fs::path>& inputs,
                                                      Diagnostics& diagnostics) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        const fs::file_status st = fs::status(input, ec);
        if (ec || !fs::exists(st)) {
            const bool loop = ec == std::errc::too_many_symbolic_link_levels;
            diagnostics.push_back(
                {input.generic_string(), loop ? "symbolic link loop" : "no such file or folder"});
        } else if (fs::is_directory(st)) {
            walk(input, files, diagnostics);
        } else if (fs::is_regular_file(st)) {
            files.push_back(input); // named explicitly: read whatever its extension
        } else {
            diagnostics.push_back(
                {input.generic_string(), "not a regular file (device, pipe or socket); skipped"});
        }
    }
    {
        // Each file's generic string made once, not twice per comparison (which built two strings
        // per comparison, hundreds of thousands on a large folder); the same comparisons, the
        // same order.
        std::vector<std::pair<std::string, fs::path>> keyed;
        keyed.reserve(files.size());
        for (auto& f : files) keyed.emplace_back(f.generic_string(), std::move(f));
        std::sort(keyed.begin(), keyed.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < files.size(); ++i) files[i] = std::move(keyed[i].second);
    }
    // The same file reached twice (two spellings, a symlink) is read once.
    std::set<fs::path> seen;
    std::vector<ingestion::InputFile> unique;
    CanonicalFolders folders;
    std::optional<ingestion::FileStat> stat;
    for (auto& f : files) {
        if (seen.insert(canonical_key(f, folders, stat)).second)
            unique.push_back({std::move(f), stat});
    }
    return unique;
}

} // namespace kg
