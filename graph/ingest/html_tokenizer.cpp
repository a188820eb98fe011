// HTML lexing: comments, doctypes, CDATA, tags with attributes, raw-text elements.
#include "ingest/html_tokenizer.hpp"

#include "ingest/html_entities.hpp"

#include <algorithm>

namespace kg::ingestion {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// Elements whose content is not markup: it runs to the matching end tag, whatever it holds.
bool is_raw_text_element(std::string_view name) {
    return name == "script" || name == "style" || name == "title" || name == "textarea" ||
           name == "xmp" || name == "noscript" || name == "plaintext";
}

// Case-insensitive search for "</name" from `from`.
std::size_t find_end_tag(std::string_view s, std::string_view name, std::size_t from) {
    for (std::size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
        if (i + 2 + name.size() > s.size()) return std::string_view::npos;
        bool match = true;
        for (std::size_t k = 0; k < name.size() && match; ++k)
            match = lower(s[i + 2 + k]) == name[k];
        if (match) return i;
    }
    return std::string_view::npos;
}

} // namespace

std::string_view HtmlToken::attribute(std::string_view attr_name) const {
    for (const auto& a : attributes)
        if (a.name == attr_name) return a.value;
    return {};
}

void HtmlTokenizer::problem(std::string message) {
    // A page full of garbage should not flood the diagnostics list.
    if (problems_.size() < 8) problems_.push_back(std::move(message));
}

bool HtmlTokenizer::next(HtmlToken& token) {
    token.attributes.clear();
    token.self_closing = false;
    token.name.clear();
    token.text = {};
    if (!pending_raw_.empty()) {
        const std::size_t end = find_end_tag(html_, pending_raw_, pos_);
        token.kind = HtmlToken::Kind::RawText;
        token.name = std::move(pending_raw_);
        pending_raw_.clear();
        if (end == std::string_view::npos) {
            problem("<" + token.name + "> is never closed");
            token.text = html_.substr(pos_);
            pos_ = html_.size();
            return true;
        }
        token.text = html_.substr(pos_, end - pos_);
        pos_ = end; // the end tag itself is lexed next
        return true;
    }
    while (pos_ < html_.size()) {
        const std::size_t lt = html_.find('<', pos_);
        if (lt != pos_) {
            token.kind = HtmlToken::Kind::Text;
            const std::size_t end = lt == std::string_view::npos ? html_.size() : lt;
            token.text = html_.substr(pos_, end - pos_);
            pos_ = end;
            return true;
        }
        if (lex_tag(token, lt)) return true;
    }
    return false;
}

bool HtmlTokenizer::lex_tag(HtmlToken& token, std::size_t lt) {
    const std::string_view rest = html_.substr(lt);
    auto skip_to = [&](std::string_view terminator, std::string_view what) {
        const std::size_t end = html_.find(terminator, lt + 2);
        if (end == std::string_view::npos) {
            problem("unclosed " + std::string(what) + " at byte " + std::to_string(lt));
            pos_ = html_.size();
        } else {
            pos_ = end + terminator.size();
        }
    };
    if (rest.starts_with("<!--")) {
        skip_to("-->", "comment");
        return false;
    }
    if (rest.starts_with("<![CDATA[")) {
        const std::size_t end = html_.find("]]>", lt);
        token.kind = HtmlToken::Kind::Text;
        token.text = html_.substr(lt + 9, end == std::string_view::npos ? std::string_view::npos
                                                                          : end - lt - 9);
        pos_ = end == std::string_view::npos ? html_.size() : end + 3;
        return true;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {
        skip_to(">", "declaration");
        return false;
    }
    const bool end_tag = rest.size() > 1 && rest[1] == '/';
    std::size_t i = lt + (end_tag ? 2 : 1);
    if (i >= html_.size() || !is_letter(html_[i])) {
        // "a < b" or a stray "</ ": a literal '<' in text, as browsers treat it.
        token.kind = HtmlToken::Kind::Text;
        token.text = html_.substr(lt, 1);
        pos_ = lt + 1;
        return true;
    }
    while (i < html_.size() && !is_space(html_[i]) && html_[i] != '>' && html_[i] != '/')
        token.name += lower(html_[i++]);
    // Attributes: quotes only matter right after '=', so stray quotes cannot swallow the page.
    while (i < html_.size() && html_[i] != '>') {
        if (is_space(html_[i]) || html_[i] == '/') {
            if (html_[i] == '/') token.self_closing = true;
            ++i;
            continue;
        }
        token.self_closing = false;
        HtmlAttribute attr;
        while (i < html_.size() && !is_space(html_[i]) && html_[i] != '>' && html_[i] != '=' &&
               !(html_[i] == '/' && i + 1 < html_.size() && html_[i + 1] == '>'))
            attr.name += lower(html_[i++]);
        while (i < html_.size() && is_space(html_[i])) ++i;
        if (i < html_.size() && html_[i] == '=') {
            ++i;
            while (i < html_.size() && is_space(html_[i])) ++i;
            std::size_t start = i, end = i;
            if (i < html_.size() && (html_[i] == '"' || html_[i] == '\'')) {
                const std::size_t close = html_.find(html_[i], i + 1);
                if (close == std::string_view::npos) {
                    problem("unclosed attribute quote at byte " + std::to_string(i));
                    pos_ = html_.size();
                    return false;
                }
                start = i + 1, end = close, i = close + 1;
            } else {
                while (i < html_.size() && !is_space(html_[i]) && html_[i] != '>') ++i;
                end = i;
            }
            attr.value = decode_entities(html_.substr(start, end - start));
        }
        if (!end_tag && !attr.name.empty() && token.attributes.size() < 64)
            token.attributes.push_back(std::move(attr));
    }
    if (i >= html_.size()) {
        problem("unterminated tag <" + token.name + " at byte " + std::to_string(lt));
        pos_ = html_.size();
        return false;
    }
    pos_ = i + 1;
    token.kind = end_tag ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    if (!end_tag && !token.self_closing && is_raw_text_element(token.name)) pending_raw_ = token.name;
    return true;
}

} // namespace kg::ingestion
