// Encodings as files declare them (<meta charset>, http-equiv, XML declaration), a light guess
// for undeclared Cyrillic and CJK bytes, and the language recorded per document.
#include "ingest/encoding.hpp"
#include "ingest/head_declarations.hpp"
#include "ingest/ingest.hpp"
#include "ingest/language.hpp"
#include "ingest/legacy_charset.hpp"
#include "ingest/sidecar.hpp"

#include <gtest/gtest.h>

#include <iconv.h>

namespace kg::ingestion {
namespace {

// `utf8` in the encoding `charset`, by glibc's iconv (the test's own encoder, independent of
// the label mapping and prescan under test).
std::string encode(const std::string& utf8, const char* charset) {
    const iconv_t cd = ::iconv_open(charset, "UTF-8");
    EXPECT_NE(cd, iconv_t(-1)) << charset;
    if (cd == iconv_t(-1)) return {};
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* o = out.data();
    std::size_t o_left = out.size();
    EXPECT_NE(::iconv(cd, &in, &in_left, &o, &o_left), std::size_t(-1)) << charset;
    ::iconv(cd, nullptr, nullptr, &o, &o_left); // ISO-2022-JP returns to ASCII
    ::iconv_close(cd);
    out.resize(out.size() - o_left);
    return out;
}

std::string meta_page(const std::string& label, const std::string& body) {
    return "<!DOCTYPE html><html><head><meta charset=\"" + label +
           "\"><title>t</title></head><body><p>" + body + "</p></body></html>";
}

struct Case {
    const char* label;   // as a page declares it
    const char* iconv;   // how the test encodes the text
    const char* text;    // UTF-8
    const char* decoder; // what decode_bytes reports
};

TEST(DeclaredEncoding, MetaCharsetDecodesEachDeclaredEncoding) {
    const Case cases[] = {
        {"gbk", "GBK", "中国和俄罗斯的关系", "GB18030"},
        {"gb2312", "GB2312", "中国和俄罗斯的关系", "GB18030"},
        {"GB18030", "GB18030", "中国和俄罗斯的关系 𠀀", "GB18030"},
        {"big5", "BIG5", "中國與俄羅斯的關係", "BIG5-HKSCS"},
        {"Shift_JIS", "SHIFT_JIS", "日本とロシアの関係", "CP932"},
        {"euc-jp", "EUC-JP", "日本とロシアの関係", "EUC-JP"},
        {"iso-2022-jp", "ISO-2022-JP", "日本とロシアの関係", "ISO-2022-JP"},
        {"euc-kr", "EUC-KR", "한국과 러시아의 관계", "CP949"},
        {"windows-1251", "CP1251", "Россия и Китай укрепляют отношения", "WINDOWS-1251"},
        {"koi8-r", "KOI8-R", "Россия и Китай укрепляют отношения", "KOI8-R"},
        {"iso-8859-5", "ISO-8859-5", "Россия и Китай", "ISO-8859-5"},
        {"ISO-8859-2", "ISO-8859-2", "Zażółć gęślą jaźń", "ISO-8859-2"},
        {"windows-1250", "CP1250", "Zażółć gęślą jaźń", "WINDOWS-1250"},
        {"windows-1253", "CP1253", "Ελλάδα και Κίνα", "WINDOWS-1253"},
        {"iso-8859-7", "ISO-8859-7", "Ελλάδα και Κίνα", "ISO-8859-7"},
        {"windows-1254", "CP1254", "Türkiye ve Çin ilişkileri", "WINDOWS-1254"},
        {"windows-1256", "CP1256", "روسيا والصين", "WINDOWS-1256"},
        {"latin1", "WINDOWS-1252", "Nicolás Maduro \u201Csaid\u201D café", "WINDOWS-1252"},
    };
    for (const Case& c : cases) {
        const auto d = decode_bytes(meta_page(c.label, encode(c.text, c.iconv)));
        EXPECT_EQ(d.encoding, c.decoder) << c.label;
        EXPECT_NE(d.text.find(std::string("<p>") + c.text + "</p>"), std::string::npos)
            << c.label << ": " << d.text;
        EXPECT_TRUE(d.warning.empty()) << c.label << ": " << d.warning;
    }
}

// Bytes written out, not produced by iconv: the decoder agrees with what other tools made.
TEST(DeclaredEncoding, FixedBytesDecodeToTheRightUtf8) {
    const auto gbk =
        decode_bytes("<meta charset=gbk><p>\xD6\xD0\xB9\xFA\xBA\xCD\xB6\xED\xC2\xDE\xCB\xB9</p>");
    EXPECT_EQ(gbk.text, "<meta charset=gbk><p>中国和俄罗斯</p>");
    const auto sjis = decode_bytes("<meta charset='shift_jis'>\x93\xFA\x96{\x82\xC6 a\\b");
    EXPECT_EQ(sjis.text, "<meta charset='shift_jis'>日本と a\\b"); // 0x5C stays a backslash
    const auto cp1251 = decode_bytes(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        "\xD0\xEE\xF1\xF1\xE8\xFF \xE8 \xCA\xE8\xF2\xE0\xE9");
    EXPECT_NE(cp1251.text.find("Россия и Китай"), std::string::npos) << cp1251.text;
    const auto koi8 = decode_bytes(
        "<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<p>\xF2\xCF\xD3\xD3\xC9\xD1</p>");
    EXPECT_NE(koi8.text.find("<p>Россия</p>"), std::string::npos) << koi8.text;
}

TEST(DeclaredEncoding, HttpEquivAndXmlDeclarationAreFound) {
    auto h = sniff_head_declarations("<html lang=\"zh-CN\"><head>\n<META HTTP-EQUIV=Content-Type "
                                     "CONTENT='text/html;charset=GB2312'></head>");
    EXPECT_EQ(h.charset, "GB2312");
    EXPECT_EQ(h.language, "zh-CN");
    EXPECT_EQ(sniff_head_declarations("<?xml version='1.0' encoding='ISO-8859-5'?><html/>").charset,
              "ISO-8859-5");
    // A <meta> content without http-equiv, a commented-out <meta>, <metadata>: none declares.
    EXPECT_EQ(sniff_head_declarations("<meta name=description content=\"charset=big5\">").charset,
              "");
    EXPECT_EQ(sniff_head_declarations("<!-- <meta charset=big5> --><p>x</p>").charset, "");
    EXPECT_EQ(sniff_head_declarations("<metadata charset=big5>").charset, "");
    // Only the prescan window counts, as in browsers.
    EXPECT_EQ(
        sniff_head_declarations(std::string(kPrescanBytes, ' ') + "<meta charset=big5>").charset,
        "");
    EXPECT_EQ(sniff_head_declarations("<meta charset=big5><meta charset=gbk>").charset, "big5");
}

TEST(DeclaredEncoding, LabelsFollowTheWebsReading) {
    EXPECT_EQ(iconv_name_for_label("GB2312"), "GB18030");
    EXPECT_EQ(iconv_name_for_label(" shift_jis "), "CP932");
    EXPECT_EQ(iconv_name_for_label("euc-kr"), "CP949");
    EXPECT_EQ(iconv_name_for_label("iso-8859-1"), "WINDOWS-1252");
    EXPECT_EQ(iconv_name_for_label("utf-16"), "UTF-8");
    EXPECT_EQ(iconv_name_for_label("UTF16LE"), "UTF-8");
    EXPECT_EQ(iconv_name_for_label("ucs-2"), "UTF-8");
    EXPECT_EQ(iconv_name_for_label("windows-1251"), "WINDOWS-1251");
    EXPECT_EQ(iconv_name_for_label("x-no-such-charset"), "");
    EXPECT_EQ(iconv_name_for_label("a;b"), "");
}

TEST(DeclaredEncoding, ValidUtf8WinsOverAStaleDeclaration) {
    const auto d = decode_bytes("<meta charset=\"gbk\"><p>中国和俄罗斯</p>");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.text, "<meta charset=\"gbk\"><p>中国和俄罗斯</p>");
    EXPECT_TRUE(d.warning.empty());
}

TEST(DeclaredEncoding, UnknownLabelKeepsTodaysFallbackAndSaysSo) {
    const auto d = decode_bytes("<meta charset=\"x-klingon\"><p>caf\xE9</p>");
    EXPECT_EQ(d.text, "<meta charset=\"x-klingon\"><p>caf\u00E9</p>");
    EXPECT_NE(d.warning.find("Windows-1252"), std::string::npos);
    EXPECT_NE(d.warning.find("x-klingon"), std::string::npos);
}

TEST(DeclaredEncoding, BrokenBytesInUtf8AreReplacedNotTheWholePageReread) {
    const auto d = decode_bytes("<meta charset=utf-8><p>中国和俄罗斯的关系 \xFF 日本</p>");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.text, "<meta charset=utf-8><p>中国和俄罗斯的关系 \uFFFD 日本</p>");
    EXPECT_NE(d.warning.find("1 invalid UTF-8 byte"), std::string::npos) << d.warning;
}

TEST(DeclaredEncoding, InvalidBytesInTheDeclaredEncodingAreReplacedWithAWarning) {
    const auto d =
        decode_bytes("<meta charset=gbk>\xD6\xD0\xFF"); // 0xFF never starts a GBK character
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_NE(d.text.find("中\uFFFD"), std::string::npos) << d.text;
    EXPECT_FALSE(d.warning.empty());
}

TEST(UndeclaredEncoding, CyrillicAndChineseAreGuessedWithAWarning) {
    const std::string ru = "Россия и Китай укрепляют отношения. Министры встретились в Пекине.";
    const auto cp1251 = decode_bytes(encode(ru, "CP1251"));
    EXPECT_EQ(cp1251.encoding, "CP1251");
    EXPECT_EQ(cp1251.text, ru);
    EXPECT_NE(cp1251.warning.find("guessed"), std::string::npos);
    const auto koi8 = decode_bytes(encode(ru, "KOI8-R"));
    EXPECT_EQ(koi8.encoding, "KOI8-R");
    EXPECT_EQ(koi8.text, ru);
    const std::string zh = "中国和俄罗斯的关系在过去十年中不断加深。两国领导人多次会晤。";
    const auto gbk = decode_bytes(encode(zh, "GBK"));
    EXPECT_EQ(gbk.encoding, "GB18030");
    EXPECT_EQ(gbk.text, zh);
    const std::string ja = "日本とロシアの関係について、専門家はこう話している。";
    const auto sjis = decode_bytes(encode(ja, "SHIFT_JIS"));
    EXPECT_EQ(sjis.encoding, "CP932");
    EXPECT_EQ(sjis.text, ja);
    // Western text with a few accents stays Windows-1252, as before.
    EXPECT_EQ(decode_bytes("Le pr\xE9sident a rencontr\xE9 son homologue \xE0 Paris.").encoding,
              "WINDOWS-1252");
}

TEST(Language, DeclaredWhenTheScriptAgreesElseFromTheScript) {
    EXPECT_EQ(primary_language_tag("zh-CN"), "zh");
    EXPECT_EQ(primary_language_tag("EN_us"), "en");
    EXPECT_EQ(primary_language_tag("x1"), "");
    EXPECT_EQ(document_language("中国和俄罗斯的关系不断加深。", ""), "zh");
    EXPECT_EQ(document_language("日本とロシアの関係について話した。", ""), "ja");
    EXPECT_EQ(document_language("Россия и Китай укрепляют отношения.", ""), "ru");
    EXPECT_EQ(document_language("Україна та Китай.", "uk"), "uk");
    EXPECT_EQ(document_language("The two presidents met in the capital and agreed on a plan.", ""),
              "en");
    EXPECT_EQ(document_language("Le président a rencontré son homologue à Paris.", "fr-FR"), "fr");
    EXPECT_EQ(document_language("Le président a rencontré son homologue à Paris.", ""), "");
    // A template's lang="en" on a Chinese article: the article's script wins.
    EXPECT_EQ(document_language("中国和俄罗斯的关系不断加深。", "en"), "zh");
}

TEST(Language, RecordedPerDocumentFromPageAndText) {
    Diagnostics diags;
    const std::string zh =
        "中国和俄罗斯的关系在过去十年中不断加深。两国领导人多次会晤，讨论能源和安全合作。";
    const std::string page =
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=gb2312\"><title>中俄关系</title></head><body><article><p>" +
        encode(zh, "GB2312") + "</p></article></body></html>";
    const auto doc = ingest_bytes(page, "zh.html", diags);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->language, "zh");
    EXPECT_NE(doc->text.find("两国领导人多次会晤"), std::string::npos) << doc->text;
    EXPECT_TRUE(diags.empty());

    const auto ru = ingest_bytes(
        encode("Россия и Китай укрепляют отношения. Министры встретились в Пекине.\n", "CP1251"),
        "ru.txt", diags);
    ASSERT_TRUE(ru.has_value());
    EXPECT_EQ(ru->language, "ru");
    EXPECT_NE(ru->text.find("Министры встретились"), std::string::npos);

    const auto fr =
        ingest_bytes("---\ntitle: Paris\nlang: fr\n---\nLe président a rencontré son homologue.\n",
                     "fr.md", diags);
    ASSERT_TRUE(fr.has_value());
    EXPECT_EQ(fr->language, "fr");

    Document corrected = *fr;
    Diagnostics sidecar_diags;
    apply_sidecar_json(R"({"language": "de-AT"})", "fr.meta.json", corrected, sidecar_diags);
    EXPECT_EQ(corrected.language, "de");
    apply_sidecar_json(R"({"language": 7})", "fr.meta.json", corrected, sidecar_diags);
    EXPECT_EQ(corrected.language, "de");
    EXPECT_EQ(sidecar_diags.size(), 1u);
}

} // namespace
} // namespace kg::ingestion
