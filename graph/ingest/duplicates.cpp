// Duplicate articles: exact copies by a hash of the cleaned text; near copies by word-shingle
// Jaccard, where only documents sharing a band of a one-permutation min-hash signature are
// compared, so 10,000 articles cost about one hash per word and a few exact comparisons.
#include "ingest/duplicates.hpp"

#include "common/thread_pool.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
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
constexpr std::uint64_t kEmptyBin = ~std::uint64_t(0);

std::uint64_t mix(std::uint64_t x) { // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t hash_bytes(std::string_view s) { // FNV-1a, then mixed
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    return mix(h);
}

// Words: runs of ASCII letters and digits (lower-cased) or of other non-ASCII characters; each
// CJK character (a three- or four-byte UTF-8 sequence from U+3000 on) is a word of its own,
// since those scripts put no spaces between words.
std::vector<std::uint64_t> word_hashes(std::string_view text) {
    std::vector<std::uint64_t> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(hash_bytes(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
                word += char(b);
            else if (b >= 'A' && b <= 'Z')
                word += char(b | 0x20);
            else
                flush();
            ++i;
            continue;
        }
        std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        n = std::min(n, text.size() - i);
        const bool cjk = b >= 0xE3;
        if (cjk) flush();
        word.append(text.substr(i, n));
        if (cjk) flush();
        i += n;
    }
    flush();
    return words;
}

// The sorted, distinct hashes of every run of kShingleWords words (or of the whole text when
// it is shorter).
std::vector<std::uint64_t> shingles(std::string_view text) {
    const std::vector<std::uint64_t> words = word_hashes(text);
    std::vector<std::uint64_t> out;
    const std::size_t n = words.size() < kShingleWords ? std::min<std::size_t>(words.size(), 1)
                                                       : words.size() - kShingleWords + 1;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t h = 0;
        for (std::size_t k = i; k < std::min(words.size(), i + kShingleWords); ++k)
            h = mix(h * 31 + words[k]);
        out.push_back(h);
    }
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
    std::size_t shingle_count = 0;
    std::array<std::uint64_t, kBands> bands{}; // kEmptyBin when a band has an empty bin
};

Fingerprint fingerprint(const Document& doc) {
    Fingerprint f;
    f.text_hash = hash_bytes(doc.text);
    const std::vector<std::uint64_t> s = shingles(doc.text);
    f.shingle_count = s.size();
    std::array<std::uint64_t, kBins> bins;
    bins.fill(kEmptyBin);
    for (std::uint64_t h : s) {
        std::uint64_t& bin = bins[h >> 59];
        bin = std::min(bin, h);
    }
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
        if (same_as[i] == SIZE_MAX && f.shingle_count >= kMinShingles) {
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
                // Jaccard is at most the ratio of the set sizes; and a text that repeats itself
                // has the shingle set of one copy: only texts of about the same length compare.
                if (!similar_size(f.shingle_count, prints[c].shingle_count) ||
                    !similar_size(documents[i].text.size(), documents[c].text.size()))
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
        if (f.shingle_count >= kMinShingles)
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
