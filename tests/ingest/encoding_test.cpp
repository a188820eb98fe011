// Text hygiene: UTF-8 validation, Windows-1252 fallback, BOMs, UTF-16, CRLF, odd spaces.
#include "common/utf8.hpp"
#include "ingest/encoding.hpp"
#include "ingest/ingest.hpp"
#include "ingest/text_clean.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

TEST(Encoding, ValidUtf8PassesThrough) {
    const auto d = decode_bytes("Xi Jinping \xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3 met Putin.");
    EXPECT_FALSE(d.binary);
    EXPECT_TRUE(d.warning.empty());
    EXPECT_EQ(d.text, "Xi Jinping \xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3 met Putin.");
}

TEST(Encoding, InvalidUtf8IsReadAsWindows1252WithAWarning) {
    // 0x93/0x94 are Windows-1252 curly quotes; 0xE9 is e-acute. None is valid UTF-8 here.
    const auto d = decode_bytes("\x93Nicol\xE1s Maduro\x94 said caf\xE9.");
    EXPECT_FALSE(d.warning.empty());
    EXPECT_NE(d.warning.find("Windows-1252"), std::string::npos);
    EXPECT_EQ(d.text, "\u201CNicol\u00E1s Maduro\u201D said caf\u00E9.");
}

TEST(Encoding, Utf8BomIsDropped) {
    EXPECT_EQ(decode_bytes("\xEF\xBB\xBFHello").text, "Hello");
}

TEST(Encoding, Utf16LittleAndBigEndianWithBomAreConverted) {
    const std::string le("\xFF\xFEH\0i\0\r\0\n\0\xAC\x20", 12); // "Hi\r\n€"
    EXPECT_EQ(decode_bytes(le).text, "Hi\n\u20AC");
    const std::string be("\xFE\xFF\0H\0i\xD8\x3D\xDE\x00", 10); // "Hi😀" via a surrogate pair
    EXPECT_EQ(decode_bytes(be).text, "Hi\U0001F600");
    EXPECT_FALSE(decode_bytes(be).binary);
}

TEST(Encoding, LoneSurrogateInUtf16BecomesReplacement) {
    const std::string le("\xFF\xFE\x00\xD8H\0", 6);
    EXPECT_EQ(decode_bytes(le).text, "\uFFFDH");
}

TEST(Encoding, CrlfAndLoneCrBecomeLf) {
    EXPECT_EQ(decode_bytes("a\r\nb\rc\n").text, "a\nb\nc\n");
}

TEST(Encoding, NulBytesMeanBinary) {
    const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    EXPECT_TRUE(decode_bytes(png).binary);
}

TEST(Encoding, OverlongAndSurrogateUtf8AreInvalid) {
    EXPECT_EQ(first_invalid_utf8("ok \xC0\xAF"), 3u);         // overlong '/'
    EXPECT_EQ(first_invalid_utf8("ok \xED\xA0\x80"), 3u);     // UTF-8 encoded surrogate
    EXPECT_EQ(first_invalid_utf8("ok \xF4\x90\x80\x80"), 3u); // past U+10FFFF
    EXPECT_EQ(first_invalid_utf8("\xE2\x80"), 0u);            // truncated
    EXPECT_EQ(first_invalid_utf8("plain ascii that is longer than eight"), std::string_view::npos);
}

TEST(TextClean, OddSpacesBecomeOneSpaceAndInvisiblesGo) {
    // No-break, narrow no-break, thin, ideographic spaces; zero-width space; soft hyphen; tab.
    EXPECT_EQ(clean_inline("Vladimir\u00A0Putin"), "Vladimir Putin");
    EXPECT_EQ(clean_inline("  Xi\u202FJinping\u2009and\u3000Putin\t met "),
              "Xi Jinping and Putin met");
    EXPECT_EQ(clean_inline("Se\u00ADrgei La\u200Bvrov\u00A0\u00A0"), "Sergei Lavrov");
    EXPECT_EQ(clean_inline("line one\nline two"), "line one line two");
    EXPECT_EQ(clean_inline("\u00A0\u00A0"), "");
}

TEST(TextClean, InvalidBytesNeverLeakIntoOutput) {
    EXPECT_EQ(first_invalid_utf8(clean_inline("a\xFF"
                                              "b")),
              std::string_view::npos);
}

TEST(IngestBytes, NoBreakSpaceInsideANameIsNormalized) {
    Diagnostics diags;
    const auto doc =
        ingest_bytes("Russian President\u00A0Vladimir\u00A0Putin met Xi Jinping in Beijing "
                     "on Thursday to talk about trade and energy.",
                     "a.txt", diags);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text.find("\u00A0"), std::string::npos);
    EXPECT_NE(doc->text.find("President Vladimir Putin"), std::string::npos);
}

TEST(IngestBytes, Windows1252FileLoadsWithAWarningNamingIt) {
    Diagnostics diags;
    const auto doc = ingest_bytes("The caf\xE9 on the corner hosted the talks between the two "
                                  "delegations for three days.",
                                  "old.txt", diags);
    ASSERT_TRUE(doc);
    EXPECT_NE(doc->text.find("caf\u00E9"), std::string::npos);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].path, "old.txt");
    EXPECT_EQ(diags[0].severity, Diagnostic::Severity::Warning);
}

} // namespace
} // namespace kg::ingestion
