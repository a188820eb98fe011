// A forgiving HTML lexer: text, start/end tags with attributes, raw text of script-like elements.
// It never recurses and never fails; malformed input becomes text or a recorded problem.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

struct HtmlAttribute {
    std::string name;  // lower-case
    std::string value; // character references decoded
};

struct HtmlToken {
    enum class Kind { Text, StartTag, EndTag, RawText };
    Kind kind = Kind::Text;
    std::string_view text; // Text (references not yet decoded) and RawText content
    std::string name;      // lower-case tag name for StartTag, EndTag and RawText
    std::vector<HtmlAttribute> attributes;
    bool self_closing = false;

    // The attribute's value, or empty.
    std::string_view attribute(std::string_view attr_name) const;
};

class HtmlTokenizer {
public:
    explicit HtmlTokenizer(std::string_view html) : html_(html) {}

    // Fills `token` with the next token; false at the end of input.
    bool next(HtmlToken& token);

    // Problems met so far ("unclosed comment at byte 1200"), for diagnostics.
    const std::vector<std::string>& problems() const { return problems_; }

private:
    bool lex_tag(HtmlToken& token, std::size_t lt);
    void problem(std::string message);

    std::string_view html_;
    std::size_t pos_ = 0;
    std::string pending_raw_; // name of a raw-text element whose content comes next
    std::vector<std::string> problems_;
};

} // namespace kg::ingestion
