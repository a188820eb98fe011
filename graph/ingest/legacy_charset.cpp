// iconv behind a small interface: a descriptor per call (iconv_t is not shareable across
// threads), invalid bytes replaced and counted rather than fatal.
#include "ingest/legacy_charset.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <iconv.h>

namespace kg::ingestion {
namespace {

// Labels whose meaning differs from iconv's name of the same spelling, or that iconv lacks.
struct LabelName {
    std::string_view label;
    std::string_view name;
};
constexpr std::array kLabelNames{
    LabelName{"utf-8", "UTF-8"},
    LabelName{"utf8", "UTF-8"},
    LabelName{"unicode-1-1-utf-8", "UTF-8"},
    LabelName{"gb2312", "GB18030"},
    LabelName{"gbk", "GB18030"},
    LabelName{"gb_2312-80", "GB18030"},
    LabelName{"x-gbk", "GB18030"},
    LabelName{"chinese", "GB18030"},
    LabelName{"csgb2312", "GB18030"},
    LabelName{"cp936", "GB18030"},
    LabelName{"windows-936", "GB18030"},
    LabelName{"big5", "BIG5-HKSCS"},
    LabelName{"x-x-big5", "BIG5-HKSCS"},
    LabelName{"cn-big5", "BIG5-HKSCS"},
    LabelName{"csbig5", "BIG5-HKSCS"},
    LabelName{"shift_jis", "CP932"},
    LabelName{"shift-jis", "CP932"},
    LabelName{"sjis", "CP932"},
    LabelName{"x-sjis", "CP932"},
    LabelName{"ms_kanji", "CP932"},
    LabelName{"csshiftjis", "CP932"},
    LabelName{"windows-31j", "CP932"},
    LabelName{"ms932", "CP932"},
    LabelName{"euc-kr", "CP949"},
    LabelName{"ks_c_5601-1987", "CP949"},
    LabelName{"korean", "CP949"},
    LabelName{"windows-949", "CP949"},
    LabelName{"iso-8859-1", "WINDOWS-1252"},
    LabelName{"iso8859-1", "WINDOWS-1252"},
    LabelName{"latin1", "WINDOWS-1252"},
    LabelName{"l1", "WINDOWS-1252"},
    LabelName{"us-ascii", "WINDOWS-1252"},
    LabelName{"ascii", "WINDOWS-1252"},
    LabelName{"windows-1252", "WINDOWS-1252"},
    LabelName{"cp1252", "WINDOWS-1252"},
    LabelName{"x-cp1251", "CP1251"},
    LabelName{"koi", "KOI8-R"},
    LabelName{"koi8", "KOI8-R"},
    LabelName{"cskoi8r", "KOI8-R"},
};

std::string lower_trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\''))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\''))
        s.remove_suffix(1);
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

bool iconv_knows(const std::string& name) {
    const iconv_t cd = ::iconv_open("UTF-8", name.c_str());
    if (cd == iconv_t(-1)) return false;
    ::iconv_close(cd);
    return true;
}

} // namespace

std::string iconv_name_for_label(std::string_view label) {
    const std::string l = lower_trimmed(label);
    if (l.empty()) return {};
    for (const auto& [known, name] : kLabelNames)
        if (l == known) return std::string(name);
    // A page whose ASCII prescan found the label is not in an ASCII-incompatible encoding.
    for (std::string_view wide :
         {"utf-16", "utf16", "utf-32", "utf32", "ucs", "iso-10646", "unicode"})
        if (l.starts_with(wide)) return "UTF-8";
    std::string upper = l;
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    if (upper.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:.") != std::string::npos)
        return {};
    return iconv_knows(upper) ? upper : std::string();
}

std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& from) {
    const iconv_t cd = ::iconv_open("UTF-8", from.c_str());
    if (cd == iconv_t(-1)) return std::nullopt;
    Converted out;
    // One byte becomes at most three UTF-8 bytes in every encoding named above; grown if not.
    std::string buffer(bytes.size() * 3 + 16, '\0');
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write the input
    std::size_t in_left = bytes.size();
    std::size_t used = 0;
    auto append_replacement = [&] {
        std::string r;
        append_utf8(r, kReplacement);
        if (buffer.size() - used < r.size()) buffer.resize(buffer.size() * 2 + r.size());
        std::copy(r.begin(), r.end(), buffer.begin() + std::ptrdiff_t(used));
        used += r.size();
    };
    for (;;) {
        char* out_ptr = buffer.data() + used;
        std::size_t out_left = buffer.size() - used;
        const std::size_t rc =
            ::iconv(cd, in_left ? &in : nullptr, in_left ? &in_left : nullptr, &out_ptr, &out_left);
        used = std::size_t(out_ptr - buffer.data());
        if (rc != std::size_t(-1)) {
            if (in_left == 0) break;
            continue;
        }
        if (errno == E2BIG) {
            buffer.resize(buffer.size() * 2);
        } else if (errno == EILSEQ) {
            ++out.invalid;
            append_replacement();
            ++in, --in_left;
            ::iconv(cd, nullptr, nullptr, nullptr, nullptr); // back to the initial shift state
        } else { // EINVAL: a sequence cut off by the end of the file
            ++out.invalid;
            append_replacement();
            break;
        }
    }
    ::iconv_close(cd);
    buffer.resize(used);
    out.text = std::move(buffer);
    return out;
}

std::string guess_legacy_charset(std::string_view bytes) {
    constexpr std::size_t kSample = 64 * 1024;
    if (bytes.size() > kSample) {
        // Cut after an ASCII byte, so no multi-byte character is split at the sample's end.
        bytes = bytes.substr(0, kSample);
        std::size_t cut = bytes.size();
        while (cut > 0 && static_cast<unsigned char>(bytes[cut - 1]) >= 0x80) --cut;
        bytes = bytes.substr(0, cut);
    }
    std::size_t ascii_letters = 0, high = 0, c0_df = 0, e0_ff = 0, sjis_kana = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ascii_letters += (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
            continue;
        }
        ++high;
        if (b >= 0xE0)
            ++e0_ff;
        else if (b >= 0xC0)
            ++c0_df;
        // Hiragana in Shift_JIS: 0x82 0x9F..0xF1, the most common pair in Japanese text and a
        // rare one in GBK.
        if (b == 0x82 && i + 1 < bytes.size()) {
            const auto t = static_cast<unsigned char>(bytes[i + 1]);
            sjis_kana += t >= 0x9F && t <= 0xF1;
        }
    }
    // Western text has a few accented letters among many ASCII ones: Windows-1252, as before.
    if (high * 10 < (ascii_letters + high) * 3) return {};
    // Cyrillic single-byte encodings put letters at 0xC0..0xFF, and lower case (most of any
    // text) in the upper half in Windows-1251, the lower half in KOI8-R. Double-byte CJK
    // encodings use 0x81..0xBF heavily.
    if ((c0_df + e0_ff) * 100 >= high * 85) return e0_ff >= c0_df ? "CP1251" : "KOI8-R";
    if (sjis_kana * 2 * 10 >= high) {
        if (auto c = convert_to_utf8(bytes, "CP932"); c && c->invalid == 0) return "CP932";
    }
    if (auto c = convert_to_utf8(bytes, "GB18030"); c && c->invalid == 0) return "GB18030";
    return {};
}

} // namespace kg::ingestion
