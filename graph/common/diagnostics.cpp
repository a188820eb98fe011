// Formatting of diagnostics for the command line.
#include "common/diagnostics.hpp"

namespace kg {

std::string format_diagnostic(const Diagnostic& d) {
    std::string line = "kgviz: ";
    if (!d.path.empty()) line += d.path + ": ";
    if (d.severity == Diagnostic::Severity::Warning) line += "warning: ";
    if (d.severity == Diagnostic::Severity::Note) line += "note: ";
    line += d.message;
    return line;
}

} // namespace kg
