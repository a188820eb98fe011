// Duplicate articles: exact copies by a hash of the cleaned text; near copies by word-shingle
// Jaccard, where only documents sharing a band of a one-permutation min-hash signature are
// compared, so 10,000 articles cost about one hash per word and a few exact comparisons.
#include "ingest/duplicates.hpp"

#include "common/thread_pool.hpp"
#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <unordered_map>

namespace kg::ingestion {
namespace {

constexpr std::size_t kShingleWords = 5;
// Signature: 32 bins of the shingle hashes (the top 5 bits pick the bin, the bin keeps its
// minimum), read as 8 bands of 4 bins. Two texts at Jaccard 0.9 share a band with probability
// 1 - (1 - 0.9^4)^8 > 0.9998; two at 0.1, with 0.0008.
constexpr std::size_t kBins = 32;
constexpr std::size_t kBandBins = 4;
constexpr std::size_t kBands = kBins / kBandBins;
// Near copies need enough text for one changed line to be a small part of it.
constexpr std::size_t kMinShingles = 20;
// The signature reads the start of each text only: two copies of an article share their start
// (a changed footer or "Read more" box is at the end), so it finds them as candidates, which
// are then compared whole; and a long article costs no more than a short one.
constexpr std::size_t kSignatureBytes = 1024;
constexpr std::uint64_t kEmptyBin = ~std::uint64_t(0);

std::uint64_t mix(std::uint64_t x) { // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Byte classes for word scanning: 0 separates words, 0x80 starts or continues a non-ASCII
// character, anything else is the lower-cased ASCII letter or digit itself.
constexpr std::array<unsigned char, 256> kByteClass = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            t[std::size_t(c)] = static_cast<unsigned char>(c);
        else if (c >= 'A' && c <= 'Z')
            t[std::size_t(c)] = static_cast<unsigned char>(c | 0x20);
        else if (c >= 0x80)
            t[std::size_t(c)] = 0x80;
    }
    return t;
}();

// Calls word(h) with the hash of each word, in order. Words: runs of ASCII letters and digits
// (lower-cased) or of other non-ASCII characters; each CJK letter (is_cjk_cp, decoded only from
// the lead byte 0xE1 on, where the first of them is) is a word of its own, since those scripts
// put no spaces between words. No allocation and a few instructions a byte: this runs over every
// article.
template <typename Fn> void for_each_word(std::string_view text, Fn&& word) {
    constexpr std::uint64_t kSeed = 0xCBF29CE484222325ull, kPrime = 0x100000001B3ull; // FNV-1a
    std::uint64_t h = kSeed;
    bool open = false;
    auto flush = [&] {
        if (open) word(h);
        h = kSeed;
        open = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const unsigned char c = kByteClass[b];
        if (c == 0) {
            flush();
            ++i;
            continue;
        }
        if (c != 0x80) {
            h = (h ^ c) * kPrime;
            open = true;
            ++i;
            continue;
        }
        const std::size_t n = std::min<std::size_t>(b >= 0xF0   ? 4
                                                    : b >= 0xE0 ? 3
                                                    : b >= 0xC0 ? 2
                                                                : 1,
                                                    text.size() - i);
        char32_t cp = 0;
        const bool cjk = b >= 0xE1 && (decode_utf8(text, i, cp), is_cjk_cp(cp));
        if (cjk) flush();
        for (std::size_t k = 0; k < n; ++k)
            h = (h ^ static_cast<unsigned char>(text[i + k])) * kPrime;
        open = true;
        if (cjk) flush();
        i += n;
    }
    flush();
}

// Calls shingle(h) with the hash of every run of kShingleWords words (or of the whole text
// when it is shorter): a rolling polynomial over the word hashes (order counts), mixed.
template <typename Fn> void for_each_shingle(std::string_view text, Fn&& shingle) {
    constexpr std::uint64_t kBase = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t kBaseTop = [] { // kBase^(kShingleWords - 1), for the word leaving
        std::uint64_t p = 1;
        for (std::size_t k = 1; k < kShingleWords; ++k) p *= kBase;
        return p;
    }();
    std::array<std::uint64_t, kShingleWords> window{};
    std::uint64_t h = 0;
    std::size_t words = 0;
    for_each_word(text, [&](std::uint64_t w) {
        std::uint64_t& slot = window[words % kShingleWords];
        if (words >= kShingleWords) h -= slot * kBaseTop;
        h = h * kBase + w;
        slot = w;
        if (++words >= kShingleWords) shingle(mix(h));
    });
    if (words > 0 && words < kShingleWords) shingle(mix(h));
}

// The sorted, distinct shingle hashes of `text`.
std::vector<std::uint64_t> shingles(std::string_view text) {
    std::vector<std::uint64_t> out;
    for_each_shingle(text, [&](std::uint64_t h) { out.push_back(h); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() && b.empty()) return 1.0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else
            ++common, ++i, ++j;
    }
    return double(common) / double(a.size() + b.size() - common);
}

struct Fingerprint {
    std::uint64_t text_hash = 0;
    std::size_t signature_shingles = 0;        // in the signature's part of the text, with repeats
    std::array<std::uint64_t, kBins> bins{};   // each bin's least shingle hash, or kEmptyBin
    std::array<std::uint64_t, kBands> bands{}; // kEmptyBin when a band has an empty bin
};

Fingerprint fingerprint(const Document& doc) {
    Fingerprint f;
    f.text_hash = std::hash<std::string_view>{}(doc.text);
    std::array<std::uint64_t, kBins>& bins = f.bins;
    bins.fill(kEmptyBin);
    // Repeated shingles change no bin's minimum. A character cut at the end is a word like any
    // other.
    for_each_shingle(std::string_view(doc.text).substr(0, kSignatureBytes), [&](std::uint64_t h) {
        std::uint64_t& bin = bins[h >> 59];
        bin = std::min(bin, h);
        ++f.signature_shingles;
    });
    for (std::size_t band = 0; band < kBands; ++band) {
        std::uint64_t key = mix(band + 1);
        for (std::size_t k = band * kBandBins; k < (band + 1) * kBandBins; ++k) {
            if (bins[k] == kEmptyBin) {
                key = kEmptyBin;
                break;
            }
            key = mix(key ^ bins[k]);
        }
        f.bands[band] = key;
    }
    return f;
}

// The share of bins two signatures agree on estimates the Jaccard similarity of the texts'
// starts: far below 0.9 means no exact comparison is needed.
bool signatures_close(const Fingerprint& a, const Fingerprint& b) {
    std::size_t agree = 0, used = 0;
    for (std::size_t k = 0; k < kBins; ++k) {
        if (a.bins[k] == kEmptyBin && b.bins[k] == kEmptyBin) continue;
        ++used;
        agree += a.bins[k] == b.bins[k];
    }
    return agree * 10 >= used * 6;
}

bool similar_size(std::size_t a, std::size_t b) {
    return double(std::min(a, b)) >= kSameArticleJaccard * double(std::max(a, b));
}

// The kept document takes what only the copy knows (an .html copy may carry the date).
void fill_missing_metadata(Document& kept, const Document& copy) {
    if (kept.title.empty()) kept.title = copy.title;
    if (kept.authors.empty()) kept.authors = copy.authors;
    if (kept.date.empty()) kept.date = copy.date;
    if (kept.source.empty()) kept.source = copy.source;
    if (kept.url.empty()) kept.url = copy.url;
    if (kept.language.empty()) kept.language = copy.language;
}

} // namespace

double shingle_jaccard(std::string_view a, std::string_view b) {
    return jaccard(shingles(a), shingles(b));
}

void drop_duplicate_articles(std::vector<Document>& documents, Diagnostics& diagnostics,
                             unsigned threads) {
    std::vector<Fingerprint> prints(documents.size());
    parallel_for(documents.size(), threads,
                 [&](std::size_t i) { prints[i] = fingerprint(documents[i]); });

    std::unordered_multimap<std::uint64_t, std::size_t> by_text;  // text hash -> kept document
    std::unordered_multimap<std::uint64_t, std::size_t> by_band;  // band key -> kept document
    std::vector<std::size_t> same_as(documents.size(), SIZE_MAX); // the kept original of a copy
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const Fingerprint& f = prints[i];
        const auto [first, last] = by_text.equal_range(f.text_hash);
        for (auto it = first; it != last && same_as[i] == SIZE_MAX; ++it)
            if (documents[it->second].text == documents[i].text) same_as[i] = it->second;
        if (same_as[i] == SIZE_MAX && f.signature_shingles >= kMinShingles) {
            candidates.clear();
            for (std::uint64_t key : f.bands) {
                if (key == kEmptyBin) continue;
                const auto [b, e] = by_band.equal_range(key);
                for (auto it = b; it != e; ++it) candidates.push_back(it->second);
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            std::vector<std::uint64_t> mine;
            for (std::size_t c : candidates) {
                // Jaccard is at most the ratio of the set sizes, and a text that repeats itself
                // has the shingle set of one copy: only texts of about the same length compare.
                if (!similar_size(documents[i].text.size(), documents[c].text.size()) ||
                    !signatures_close(f, prints[c]))
                    continue;
                if (mine.empty()) mine = shingles(documents[i].text);
                if (jaccard(mine, shingles(documents[c].text)) >= kSameArticleJaccard) {
                    same_as[i] = c;
                    break;
                }
            }
        }
        if (same_as[i] != SIZE_MAX) continue;
        by_text.emplace(f.text_hash, i);
        if (f.signature_shingles >= kMinShingles)
            for (std::uint64_t key : f.bands)
                if (key != kEmptyBin) by_band.emplace(key, i);
    }

    std::size_t kept = 0;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (same_as[i] == SIZE_MAX) {
            // Keep the original's new place, so later copies can fill its metadata.
            if (kept != i) documents[kept] = std::move(documents[i]);
            same_as[i] = kept++;
            continue;
        }
        Document& original = documents[same_as[same_as[i]]];
        diagnostics.push_back(
            {documents[i].path, "same article as " + original.path, Diagnostic::Severity::Note});
        fill_missing_metadata(original, documents[i]);
    }
    documents.resize(kept);
}

} // namespace kg::ingestion
