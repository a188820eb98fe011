// Document invariants shared by the ingest tests.
#include "invariants.hpp"

#include "common/utf8.hpp"

namespace kg::test {

void expect_document_invariants(const Document& doc) {
    const std::string_view text = doc.text;
    EXPECT_EQ(first_invalid_utf8(text), std::string_view::npos) << doc.path;
    auto span_ok = [&](Span s, const char* what) {
        EXPECT_LE(s.start, s.end) << doc.path << " " << what;
        EXPECT_LE(s.end, text.size()) << doc.path << " " << what;
        if (s.end > text.size() || s.start > s.end) return false;
        EXPECT_TRUE(is_char_boundary(text, s.start))
            << doc.path << " " << what << " start " << s.start;
        EXPECT_TRUE(is_char_boundary(text, s.end)) << doc.path << " " << what << " end " << s.end;
        EXPECT_GT(s.size(), 0u) << doc.path << " empty " << what;
        return true;
    };
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const Paragraph& para = doc.paragraphs[p];
        span_ok(para.span, "paragraph");
        if (p > 0) {
            EXPECT_LT(doc.paragraphs[p - 1].span.end, para.span.start) << doc.path;
        }
        EXPECT_LT(para.heading, std::int32_t(p)) << doc.path << " paragraph " << p;
        if (para.heading >= 0) {
            EXPECT_EQ(doc.paragraphs[std::size_t(para.heading)].kind, ParagraphKind::Heading)
                << doc.path;
        }
        // Paragraph text is one line: no newline inside, no space at either end.
        const std::string_view t = doc.slice(para.span);
        EXPECT_EQ(t.find('\n'), std::string_view::npos) << doc.path;
        if (!t.empty()) {
            EXPECT_NE(t.front(), ' ') << doc.path;
            EXPECT_NE(t.back(), ' ') << doc.path;
        }
    }
    for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
        const Sentence& s = doc.sentences[k];
        if (!span_ok(s.span, "sentence")) continue;
        ASSERT_GE(s.paragraph, 0) << doc.path;
        ASSERT_LT(std::size_t(s.paragraph), doc.paragraphs.size()) << doc.path;
        const Paragraph& para = doc.paragraphs[std::size_t(s.paragraph)];
        EXPECT_NE(para.kind, ParagraphKind::Heading) << doc.path;
        EXPECT_GE(s.span.start, para.span.start) << doc.path;
        EXPECT_LE(s.span.end, para.span.end) << doc.path;
        if (k > 0) {
            EXPECT_LE(doc.sentences[k - 1].span.end, s.span.start) << doc.path << " sentence " << k;
            EXPECT_LE(doc.sentences[k - 1].paragraph, s.paragraph) << doc.path;
        }
        const std::string_view t = doc.slice(s.span);
        EXPECT_NE(t.front(), ' ') << doc.path;
        EXPECT_NE(t.back(), ' ') << doc.path;
    }
}

} // namespace kg::test
