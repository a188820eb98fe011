// Markdown block structure (headings, lists, quotes, fences, HTML blocks) and inline cleanup.
#include "ingest/markdown.hpp"

#include "ingest/html_to_text.hpp"
#include "ingest/text_clean.hpp"

#include <vector>

namespace kg::ingestion {
namespace {

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool all_of_char(std::string_view s, char c, std::size_t min_count) {
    std::size_t n = 0;
    for (char x : s) {
        if (x == c)
            ++n;
        else if (x != ' ')
            return false;
    }
    return n >= min_count;
}

// "- item", "* item", "+ item", "• item", "1. item", "2) item": the marker's length, or 0.
std::size_t list_marker(std::string_view line) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
        return 2;
    if (line.starts_with("\u2022 ")) return 4;
    std::size_t i = 0;
    while (i < line.size() && i < 9 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ')
        return i + 2;
    return 0;
}

// An HTML block starts with a tag or comment at the line start.
bool starts_html_block(std::string_view line) {
    if (line.size() < 2 || line[0] != '<') return false;
    const char c = line[1];
    return c == '!' || c == '/' || c == '?' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Net count of block containers opened in `line`, so an HTML block runs until they close.
int container_balance(std::string_view line) {
    int balance = 0;
    for (std::size_t i = line.find('<'); i != std::string_view::npos; i = line.find('<', i + 1)) {
        const bool close = i + 1 < line.size() && line[i + 1] == '/';
        const std::string_view rest = line.substr(i + (close ? 2 : 1));
        for (std::string_view tag :
             {"div", "section", "article", "figure", "table", "ul", "ol", "blockquote"}) {
            if (rest.starts_with(tag) && rest.size() > tag.size() &&
                (rest[tag.size()] == '>' || rest[tag.size()] == ' ')) {
                balance += close ? -1 : 1;
                break;
            }
        }
    }
    return balance;
}

class MarkdownParser {
  public:
    ParsedBlocks run(std::string_view md);

  private:
    void flush();
    void add_html(std::string_view html);
    void push_heading(std::string_view text, std::size_t level);

    ParsedBlocks out_;
    std::string para_;
    BlockRole role_ = BlockRole::Text;
};

void MarkdownParser::flush() {
    if (!is_blank(para_)) {
        Block b;
        b.text = clean_inline(markdown_inline_to_text(para_, b.link_chars));
        b.role = role_;
        if (!b.text.empty()) out_.blocks.push_back(std::move(b));
    }
    para_.clear();
    role_ = BlockRole::Text;
}

void MarkdownParser::push_heading(std::string_view text, std::size_t level) {
    Block b;
    b.text = clean_inline(markdown_inline_to_text(text, b.link_chars));
    b.role = BlockRole::Heading;
    b.level = std::uint8_t(level);
    if (!b.text.empty()) out_.blocks.push_back(std::move(b));
}

void MarkdownParser::add_html(std::string_view html) {
    ParsedBlocks parsed = html_to_blocks(html);
    for (auto& b : parsed.blocks) out_.blocks.push_back(std::move(b));
    for (auto& p : parsed.problems) out_.problems.push_back(std::move(p));
    auto keep = [](std::string& mine, std::string& theirs) {
        if (mine.empty()) mine = std::move(theirs);
    };
    keep(out_.meta.title, parsed.meta.title);
    keep(out_.meta.author, parsed.meta.author);
    keep(out_.meta.date, parsed.meta.date);
    keep(out_.meta.url, parsed.meta.url);
    keep(out_.meta.site, parsed.meta.site);
}

ParsedBlocks MarkdownParser::run(std::string_view md) {
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos <= md.size();) {
        std::size_t eol = md.find('\n', pos);
        if (eol == std::string_view::npos) eol = md.size();
        lines.push_back(md.substr(pos, eol - pos));
        pos = eol + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = trim(lines[i]);
        if (line.empty()) {
            flush();
            continue;
        }
        if (line.starts_with("```") || line.starts_with("~~~")) {
            // Code is not prose: skip the fenced block.
            flush();
            const std::string_view fence = line.substr(0, 3);
            while (++i < lines.size() && !trim(lines[i]).starts_with(fence)) {
            }
            continue;
        }
        if (starts_html_block(line) && para_.empty()) {
            std::size_t start = static_cast<std::size_t>(lines[i].data() - md.data());
            int balance = 0;
            std::size_t j = i;
            const bool comment = line.starts_with("<!--");
            for (; j < lines.size(); ++j) {
                if (trim(lines[j]).empty() && balance <= 0) break;
                balance += container_balance(lines[j]);
                // A comment block ends on the line that closes it (CommonMark HTML block type 2).
                if (comment && lines[j].find("-->") != std::string_view::npos) {
                    ++j;
                    break;
                }
            }
            const std::size_t end = j < lines.size()
                                        ? static_cast<std::size_t>(lines[j].data() - md.data())
                                        : md.size();
            add_html(md.substr(start, end - start));
            i = j - 1; // the loop's ++i moves to the line that ended the block
            continue;
        }
        if (line[0] == '#') {
            std::size_t level = 0;
            while (level < line.size() && line[level] == '#') ++level;
            if (level <= 6 && (level == line.size() || line[level] == ' ')) {
                flush();
                std::string_view h = trim(line.substr(level));
                while (!h.empty() && h.back() == '#') h.remove_suffix(1);
                push_heading(h, level);
                continue;
            }
        }
        if (!para_.empty() && role_ == BlockRole::Text &&
            (all_of_char(line, '=', 1) || all_of_char(line, '-', 1))) {
            // Setext heading: the paragraph above the underline is the heading.
            const std::size_t level = line[0] == '=' ? 1 : 2;
            push_heading(para_, level);
            para_.clear();
            continue;
        }
        if (all_of_char(line, '-', 3) || all_of_char(line, '*', 3) || all_of_char(line, '_', 3)) {
            flush(); // a thematic break
            continue;
        }
        if (line[0] == '[' && line.find("]:") != std::string_view::npos &&
            line.find("]:") < line.find(' ')) {
            continue; // a link reference definition
        }
        if (line[0] == '|') {
            flush();
            if (line.find_first_not_of("|-: ") == std::string_view::npos) continue;
            para_ = std::string(line);
            for (char& c : para_)
                if (c == '|') c = ' ';
            flush();
            continue;
        }
        if (const std::size_t marker = list_marker(line)) {
            flush();
            role_ = BlockRole::ListItem;
            para_ = std::string(line.substr(marker));
            continue;
        }
        if (line[0] == '>') {
            if (role_ != BlockRole::Quote) flush();
            role_ = BlockRole::Quote;
            if (!para_.empty()) para_ += ' ';
            para_ += trim(line.substr(1));
            continue;
        }
        if (!para_.empty()) para_ += ' ';
        para_ += line;
    }
    flush();
    return std::move(out_);
}

} // namespace

std::string markdown_inline_to_text(std::string_view s, std::uint32_t& link_chars) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() &&
            std::string_view("\\`*_{}[]()#+-.!<>|").find(s[i + 1]) != std::string_view::npos) {
            out += s[++i];
            continue;
        }
        if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
            const bool image = c == '!';
            const std::size_t open = image ? i + 1 : i;
            const std::size_t close = s.find(']', open + 1);
            if (close != std::string_view::npos && close + 1 < s.size() &&
                (s[close + 1] == '(' || s[close + 1] == '[')) {
                const char want = s[close + 1] == '(' ? ')' : ']';
                const std::size_t end = s.find(want, close + 2);
                if (end != std::string_view::npos) {
                    if (!image) {
                        const std::string_view label = s.substr(open + 1, close - open - 1);
                        out += label;
                        link_chars += std::uint32_t(label.size());
                    }
                    i = end;
                    continue;
                }
            }
        }
        if (c == '<' && s.substr(i).starts_with("<http")) {
            const std::size_t end = s.find('>', i);
            if (end != std::string_view::npos) {
                const std::string_view url = s.substr(i + 1, end - i - 1);
                out += url;
                link_chars += std::uint32_t(url.size());
                i = end;
                continue;
            }
        }
        if (c == '`') continue;
        if (c == '*' || c == '_') {
            // Emphasis marks sit at a word edge; an inner '_' (snake_case) or a lone '*' stays.
            const bool prev_word = i > 0 && is_alnum(s[i - 1]);
            const bool next_word = i + 1 < s.size() && (is_alnum(s[i + 1]) || s[i + 1] == c);
            const bool next_space = i + 1 >= s.size() || s[i + 1] == ' ';
            const bool prev_space = i == 0 || s[i - 1] == ' ';
            if ((prev_word && next_word && c == '_') || (prev_space && next_space)) out += c;
            continue;
        }
        out += c;
    }
    if (out.find('<') == std::string::npos && out.find('&') == std::string::npos) return out;
    return strip_inline_html(out);
}

ParsedBlocks markdown_to_blocks(std::string_view markdown) {
    return MarkdownParser().run(markdown);
}

} // namespace kg::ingestion
