// The whole content of a file, for tests that compare what was written.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::test {

// Empty when the file cannot be read. (Through rdbuf: GCC 12 warns about a null dereference
// inside libstdc++ when a string is built from istreambuf_iterators.)
inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    if (in) out << in.rdbuf();
    return std::move(out).str();
}

} // namespace kg::test
