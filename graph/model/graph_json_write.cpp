// Writing graph JSON, streamed: no JSON document is built, output goes out in 1 MB chunks.
// Keys are written in a fixed order so that output diffs stay readable; the bytes are exactly
// what nlohmann::ordered_json::dump(indent) gives (tests/model/graph_json_test.cpp checks it).
#include "model/graph_json.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace kg {
namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7), or 0 if it is not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    unsigned c = b(0);
    auto cont = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// Whether any of the eight bytes is a control character, '"', '\\' or not ASCII (bit tricks
// from "Bit Twiddling Hacks": hasless and haszero; false positives only send the bytes to the
// byte-by-byte path, there are no false negatives).
bool needs_look(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    return ((w & kHigh) | below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

// A streaming JSON writer with nlohmann's layout: `indent` spaces per level and "key": value,
// or one compact line when indent < 0. Empty containers are written "[]" and "{}".
class JsonOut {
public:
    JsonOut(const GraphJsonSink& sink, int indent) : sink_(sink), indent_(indent) { buf_.reserve(kChunk + 4096); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k) {
        separator();
        quoted(k);
        buf_ += indent_ >= 0 ? "\": " : "\":";
        after_key_ = true;
    }
    void value(std::string_view s) {
        separator();
        quoted(s);
        buf_ += '"';
        flush_if_full();
    }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(bool b) {
        separator();
        buf_ += b ? "true" : "false";
    }
    void value(std::nullptr_t) {
        separator();
        buf_ += "null";
    }
    void value(std::int64_t n) {
        separator();
        char tmp[24];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, n);
        buf_.append(tmp, r.ptr);
    }
    void value(std::uint32_t n) { value(std::int64_t(n)); }
    void value(std::int32_t n) { value(std::int64_t(n)); }
    void value(double d) {
        separator();
        if (d >= 0 && d < 1e15 && d == double(std::int64_t(d))) { // weights: counts, written "3.0"
            char tmp[24];
            auto r = std::to_chars(tmp, tmp + sizeof tmp, std::int64_t(d));
            buf_.append(tmp, r.ptr);
            buf_ += ".0";
        } else {
            buf_ += nlohmann::json(d).dump(); // nlohmann's digits for anything else
        }
    }
    void string_or_null(const std::string& s) {
        if (s.empty()) value(nullptr);
        else value(s);
    }
    void strings(const std::vector<std::string>& list) {
        begin_array();
        for (const std::string& s : list) value(s);
        end_array();
    }

    // Hands the rest to the sink; false when the sink failed at any point.
    bool finish() {
        buf_ += '\n';
        flush();
        return ok_;
    }

private:
    static constexpr std::size_t kChunk = 1 << 20;

    struct Level {
        bool empty = true;
    };

    void open(char c) {
        separator();
        buf_ += c;
        levels_.push_back({});
    }
    void close(char c) {
        bool empty = levels_.back().empty;
        levels_.pop_back();
        if (!empty) newline();
        buf_ += c;
        flush_if_full();
    }
    // Before a key, or a value that has no key: the comma and line break of its container.
    void separator() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty()) return;
        if (!levels_.back().empty) buf_ += ',';
        levels_.back().empty = false;
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        buf_ += '\n';
        buf_.append(levels_.size() * std::size_t(indent_), ' ');
    }

    // Writes the opening quote and the escaped string (without the closing quote).
    void quoted(std::string_view s) {
        const std::size_t mark = buf_.size();
        buf_ += '"';
        std::size_t run = 0; // start of the bytes not yet copied
        for (std::size_t i = 0; i < s.size();) {
            // Evidence sentences are most of the output and nearly all plain ASCII: skip eight
            // bytes at a time while none needs a look.
            while (i + 8 <= s.size() && !needs_look(load8(s.data() + i))) i += 8;
            if (i == s.size()) break;
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
                ++i;
                continue;
            }
            if (c >= 0x80) {
                if (std::size_t n = utf8_sequence(s, i)) {
                    i += n;
                    continue;
                }
                // Not UTF-8 (cleaned text never is): nlohmann's own U+FFFD replacement rules.
                buf_.resize(mark);
                std::string whole = nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                                        nlohmann::json::error_handler_t::replace);
                buf_.append(whole, 0, whole.size() - 1);
                return;
            }
            buf_.append(s.data() + run, i - run);
            escape(char(c));
            run = ++i;
        }
        buf_.append(s.data() + run, s.size() - run);
    }
    void escape(char c) {
        switch (c) {
        case '"': buf_ += "\\\""; return;
        case '\\': buf_ += "\\\\"; return;
        case '\b': buf_ += "\\b"; return;
        case '\f': buf_ += "\\f"; return;
        case '\n': buf_ += "\\n"; return;
        case '\r': buf_ += "\\r"; return;
        case '\t': buf_ += "\\t"; return;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            auto u = static_cast<unsigned char>(c);
            buf_ += "\\u00";
            buf_ += kHex[u >> 4];
            buf_ += kHex[u & 15];
        }
        }
    }

    void flush_if_full() {
        if (buf_.size() >= kChunk) flush();
    }
    void flush() {
        if (ok_ && !buf_.empty()) ok_ = sink_(buf_);
        buf_.clear();
    }

    const GraphJsonSink& sink_;
    const int indent_;
    std::string buf_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    bool ok_ = true;
};

void topic_ids(JsonOut& out, TopicMask mask) {
    out.begin_array();
    for (std::size_t t = 0; t < kTopicCount; ++t)
        if (mask & topic_bit(Topic(t))) out.value(to_id(Topic(t)));
    out.end_array();
}

void region_ids(JsonOut& out, RegionMask mask) {
    out.begin_array();
    for (std::size_t r = 0; r < kRegionCount; ++r)
        if (mask & region_bit(Region(r))) out.value(to_id(Region(r)));
    out.end_array();
}

std::string_view paragraph_kind_id(ParagraphKind k) {
    switch (k) {
    case ParagraphKind::Heading: return "heading";
    case ParagraphKind::Caption: return "caption";
    case ParagraphKind::Body: break;
    }
    return "body";
}

void document_json(JsonOut& out, const Document& d) {
    std::string author;
    for (const auto& a : d.authors) author += (author.empty() ? "" : ", ") + a;
    out.begin_object();
    out.key("id"), out.value(d.id);
    out.key("path"), out.value(d.path);
    out.key("title"), out.value(d.title);
    out.key("author"), out.string_or_null(author);
    out.key("authors"), out.strings(d.authors);
    out.key("date"), out.string_or_null(d.date);
    out.key("source"), out.string_or_null(d.source);
    out.key("url"), out.string_or_null(d.url);
    out.key("tags"), out.strings(d.tags);
    out.key("text"), out.value(d.text);
    out.key("paragraphs");
    out.begin_array();
    for (const auto& p : d.paragraphs) {
        out.begin_object();
        out.key("start"), out.value(p.span.start);
        out.key("end"), out.value(p.span.end);
        out.key("kind"), out.value(paragraph_kind_id(p.kind));
        out.key("heading"), out.value(p.heading);
        out.end_object();
    }
    out.end_array();
    out.key("sentences");
    out.begin_array();
    for (const auto& s : d.sentences) {
        out.begin_array();
        out.value(s.span.start), out.value(s.span.end), out.value(s.paragraph);
        out.end_array();
    }
    out.end_array();
    out.end_object();
}

void entity_json(JsonOut& out, const Entity& e, const Corpus& corpus) {
    out.begin_object();
    out.key("id"), out.value(e.id);
    out.key("name"), out.value(e.name);
    out.key("type"), out.value(to_id(e.type));
    out.key("region");
    if (e.region) out.value(to_id(*e.region));
    else out.value(nullptr);
    out.key("regions"), region_ids(out, e.regions);
    out.key("aliases"), out.strings(e.aliases);
    if (!e.affiliation.empty()) out.key("affiliation"), out.value(e.affiliation);
    if (!e.role.empty()) out.key("role"), out.value(e.role);
    out.key("discovered"), out.value(e.discovered);
    out.key("mentions");
    out.begin_array();
    for (const auto& m : e.mentions) {
        out.begin_object();
        out.key("doc"), out.value(corpus.documents[m.doc].id);
        out.key("start"), out.value(m.span.start);
        out.key("end"), out.value(m.span.end);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

void link_json(JsonOut& out, const Link& l, const Corpus& corpus) {
    out.begin_object();
    out.key("source"), out.value(corpus.entities[l.source].id);
    out.key("target"), out.value(corpus.entities[l.target].id);
    out.key("kind"), out.value(to_id(l.kind));
    out.key("weight"), out.value(l.weight());
    out.key("topics"), topic_ids(out, l.topics);
    out.key("documents");
    out.begin_array();
    for (std::size_t i = 0; i < l.evidence.size(); ++i)
        if (i == 0 || l.evidence[i - 1].doc != l.evidence[i].doc) out.value(corpus.documents[l.evidence[i].doc].id);
    out.end_array();
    out.key("from_knowledge_base"), out.value(l.from_knowledge_base);
    out.key("evidence");
    out.begin_array();
    for (std::size_t k = 0; k < l.evidence.size(); ++k) {
        // Each passage is a cache miss (the corpus is far larger than the cache, and a link's
        // passages are spread over it): ask for the next ones' documents and text early.
        if (k + 4 < l.evidence.size()) {
            const Document& ahead = corpus.documents[l.evidence[k + 4].doc];
            __builtin_prefetch(&ahead.id);
            __builtin_prefetch(&ahead.text);
        }
        if (k + 2 < l.evidence.size()) {
            const Evidence& ahead = l.evidence[k + 2];
            const char* passage = corpus.documents[ahead.doc].text.data() + ahead.span.start;
            __builtin_prefetch(passage);
            __builtin_prefetch(passage + 64);
            __builtin_prefetch(passage + 128);
        }
        const Evidence& ev = l.evidence[k];
        const Document& doc = corpus.documents[ev.doc];
        out.begin_object();
        out.key("doc"), out.value(doc.id);
        out.key("start"), out.value(ev.span.start);
        out.key("end"), out.value(ev.span.end);
        out.key("text"), out.value(doc.slice(ev.span));
        out.key("kind"), out.value(to_id(ev.kind));
        out.key("topics"), topic_ids(out, ev.topics);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

std::string errno_message(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(std::size_t(n));
    }
    return true;
}

} // namespace

bool write_graph_json(const Corpus& corpus, const GraphJsonSink& sink, int indent) {
    JsonOut out(sink, indent);
    out.begin_object();
    out.key("format"), out.value(kGraphFormat);
    out.key("documents");
    out.begin_array();
    for (const auto& d : corpus.documents) document_json(out, d);
    out.end_array();
    out.key("entities");
    out.begin_array();
    for (const auto& e : corpus.entities) entity_json(out, e, corpus);
    out.end_array();
    out.key("links");
    out.begin_array();
    for (const auto& l : corpus.links) link_json(out, l, corpus);
    out.end_array();
    out.end_object();
    return out.finish();
}

std::string to_graph_json(const Corpus& corpus, int indent) {
    std::string json;
    write_graph_json(corpus, [&](std::string_view chunk) {
        json += chunk;
        return true;
    }, indent);
    return json;
}

std::string write_graph_json_file(const Corpus& corpus, const std::filesystem::path& path, int indent) {
    // The protocol of common/atomic_write.hpp, streamed: a temporary file in the same folder,
    // fsync, rename. Devices (/dev/null) are written in place.
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    bool in_place = !ec && st.type() != std::filesystem::file_type::not_found &&
                    st.type() != std::filesystem::file_type::regular;
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::random_device rd;
    const auto temp = in_place ? path : dir / ("." + path.filename().string() + ".tmp-" + std::to_string(rd()));
    // O_NONBLOCK in place: a named pipe nobody reads fails with ENXIO instead of blocking open()
    // for ever (as in write_file_atomically); writes then block as usual.
    int fd = in_place ? ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK)
                      : ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && in_place && errno == ENXIO) return "a named pipe that nobody reads; nothing written";
    if (fd < 0) return errno_message(in_place ? "cannot open" : "cannot create a file in the folder");
    if (in_place) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags == -1 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1) {
            std::string msg = errno_message("cannot open");
            ::close(fd);
            return msg;
        }
    }
    int write_errno = 0;
    bool written = write_graph_json(corpus, [&](std::string_view chunk) {
        if (write_all(fd, chunk)) return true;
        write_errno = errno;
        return false;
    }, indent);
    auto fail = [&](const char* what) {
        std::string msg = errno_message(what);
        ::close(fd);
        if (!in_place) ::unlink(temp.c_str());
        return msg;
    };
    if (!written) {
        errno = write_errno;
        return fail("cannot write");
    }
    if (!in_place && ::fsync(fd) != 0) return fail("cannot flush to disk");
    if (::close(fd) != 0) {
        std::string msg = errno_message("cannot close");
        if (!in_place) ::unlink(temp.c_str());
        return msg;
    }
    if (!in_place && ::rename(temp.c_str(), path.c_str()) != 0) {
        std::string msg = errno_message("cannot rename into place");
        ::unlink(temp.c_str());
        return msg;
    }
    return {};
}

} // namespace kg
