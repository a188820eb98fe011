// Problems found in user input: data to report, never a crash.
#pragma once

#include <string>
#include <vector>

namespace kg {

struct Diagnostic {
    // Note: worth knowing, nothing wrong (a duplicate article loaded once).
    enum class Severity { Note, Warning, Error };
    std::string path;    // the file (or file:entry) the problem is in
    std::string message; // what is wrong, for a person
    Severity severity = Severity::Error;
};

using Diagnostics = std::vector<Diagnostic>;

// "kgviz: PATH: reason", the form interfaces.md fixes for stderr.
std::string format_diagnostic(const Diagnostic& d);

} // namespace kg
