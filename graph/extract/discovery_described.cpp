// Organizations named beside a common noun that says what they are: "the Chilean miner SQM",
// "the grid operator Elering", "Albemarle, the American producer", "a Codelco subsidiary,
// NovaAndino Litio", "the Renamo movement", "ASWJ militants"; and an unknown acronym owned by a
// country ("India's NTPX").
#include "extract/discovery_internal.hpp"

#include "extract/discovery_lexicon.hpp"
#include "extract/name_scan.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

// Acronyms that follow a country's possessive without naming a body ("China's GDP").
bool is_measure_acronym(std::string_view w) {
    static constexpr std::array<std::string_view, 20> kWords{
        "GDP", "GNP",  "GNI",  "CPI", "PPP", "FDI", "LNG",  "LPG", "VAT", "GST",
        "EEZ", "ADIZ", "ICBM", "UAV", "AI",  "EV",  "CBAM", "ETS", "PMI", "BRI"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

class Described {
  public:
    Described(const ExtractIndex& index, const Document& doc, const WordMatches& words,
              const std::vector<DocMention>& mentions)
        : index_(index), text_(doc.text), words_(words), mentions_(mentions) {}

    std::vector<Span> run() {
        for (const PhraseMatch& d : words_.org_descriptors) {
            if (DescriptorSide(index_.lexicon.org_descriptors.phrase(d.phrase).value) ==
                DescriptorSide::Before) {
                name_after_descriptor(d);
                apposition_before_descriptor(d);
                name_set_off_after_descriptor(d);
            } else {
                name_before_descriptor(d);
            }
        }
        acronyms_of_countries();
        figures_of_companies();
        std::sort(out_.begin(), out_.end(), [](Span a, Span b) { return a.start < b.start; });
        return std::move(out_);
    }

  private:
    std::string_view word(Word w) const { return text_.substr(w.start, w.end - w.start); }

    // A word that may be part of an organization's name: capitalized and no stopword ("The",
    // "Monday", "Chairman"), or an acronym; never a known name.
    bool name_word(Word w) const {
        if (!w || !starts_upper(text_, w.start) || overlaps_mention(mentions_, w.start, w.end))
            return false;
        const std::string_view s = word(w);
        return is_acronym(s) || !is_name_stopword(s);
    }

    bool title_at(std::uint32_t pos) const {
        return std::any_of(words_.titles.begin(), words_.titles.end(),
                           [&](const PhraseMatch& t) { return t.start == pos; });
    }

    // Capitalized words from `pos`, at most four, only spaces between.
    Span name_from(std::uint32_t pos) const {
        Span s{pos, pos};
        for (int n = 0; n < 4; ++n) {
            const Word w = word_after(text_, s.end);
            if (!name_word(w) || (n == 0 && title_at(w.start))) break;
            if (n == 0) s.start = w.start;
            s.end = w.end;
            if (s.end >= text_.size() || text_[s.end] != ' ') break;
        }
        return s;
    }

    // Capitalized words ending at `end`, at most four, only spaces between.
    Span name_until(std::uint32_t end) const {
        Span s{end, end};
        for (int n = 0; n < 4; ++n) {
            if (n > 0 && (s.start == 0 || text_[s.start - 1] != ' ')) break;
            const Word w = word_before(text_, s.start);
            if (!w || w.end != s.start - (n > 0 ? 1 : 0) || !name_word(w)) break;
            s.start = w.start;
        }
        return s;
    }

    bool sentence_start(std::uint32_t pos) const {
        std::uint32_t p = pos;
        while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '"' || text_[p - 1] == '*')) --p;
        return p == 0 || std::string_view(".!?:\n").find(text_[p - 1]) != std::string_view::npos;
    }

    // A single capitalized word that opens a sentence may be any word ("Meanwhile, the company");
    // it is a name when the text also writes it capitalized after a lower-case word.
    bool name_shaped(Span s) const {
        const std::string_view n = text_.substr(s.start, s.size());
        if (n.find(' ') != std::string_view::npos || is_acronym(n) || !sentence_start(s.start))
            return true;
        for (std::size_t i = text_.find(n); i != std::string_view::npos; i = text_.find(n, i + 1)) {
            if (i == s.start || i < 2 || text_[i - 1] != ' ') continue;
            const Word before = word_before(text_, i);
            if (before && before.end == i - 1 && !starts_upper(text_, before.start)) return true;
        }
        return false;
    }

    void add(Span s) {
        if (s.size() == 0) return;
        for (Span o : out_)
            if (o.start < s.end && s.start < o.end) return;
        out_.push_back(s);
    }

    // "the Chilean miner SQM", "state firms CGN and CNNC".
    void name_after_descriptor(const PhraseMatch& d) {
        if (d.end >= text_.size() || text_[d.end] != ' ') return;
        const bool plural = text_[d.end - 1] == 's';
        std::uint32_t p = d.end;
        // "carmakers such as X, Y and Z", "companies including X": a plural descriptor's examples.
        if (plural)
            for (std::string_view lead : {" such as ", " including ", " like "})
                if (text_.substr(p, lead.size()) == lead) p += std::uint32_t(lead.size()) - 1;
        Span s = name_from(p);
        if (s.size() == 0) return;
        add(s);
        // A plural descriptor names a list: "firms X and Y", "makers X, Y and Z".
        for (int n = 0; plural && n < 8; ++n) {
            std::uint32_t next = 0;
            if (text_.substr(s.end, 5) == " and ")
                next = s.end + 4;
            else if (text_.substr(s.end, 2) == ", ")
                next = text_.substr(s.end, 6) == ", and " ? s.end + 5 : s.end + 1;
            if (!next) break;
            const bool last =
                text_.substr(s.end, 5) == " and " || text_.substr(s.end, 6) == ", and ";
            s = name_from(next);
            if (s.size() == 0) break;
            add(s);
            if (last) break;
        }
    }

    // "- Orbis: 17.0 percent" under a text about companies: lines that open with a name, a colon
    // and a figure list the companies the text spoke of.
    void figures_of_companies() {
        std::vector<Span> run; // the items of one list: consecutive lines, blank lines between
        Span lead;             // the last line of text before the list
        for (std::size_t line = 0; line <= text_.size();) {
            std::size_t nl = text_.find('\n', line);
            if (nl == std::string_view::npos) nl = text_.size();
            std::size_t i = line;
            while (i < nl &&
                   (text_[i] == ' ' || text_[i] == '-' || text_[i] == '*' || text_[i] == '\t'))
                ++i;
            const Span name = i < nl ? name_from(std::uint32_t(i)) : Span{};
            const bool item = name.size() && name.start == i && text_.substr(name.end, 2) == ": " &&
                              name.end + 2 < nl && text_[name.end + 2] >= '0' &&
                              text_[name.end + 2] <= '9';
            if (item) run.push_back(name);
            if ((!item && i < nl) || nl == text_.size()) {
                list_of_companies(run, lead);
                run.clear();
                lead = {std::uint32_t(line), std::uint32_t(nl)};
            }
            line = nl + 1;
        }
    }

    // The items of a list are companies when the line right before it speaks of them ("The
    // rates set for each company:").
    void list_of_companies(const std::vector<Span>& items, Span lead) {
        if (items.size() < 2) return;
        const bool companies = std::any_of(
            words_.org_descriptors.begin(), words_.org_descriptors.end(),
            [&](const PhraseMatch& d) {
                return d.start >= lead.start && d.end <= lead.end &&
                       DescriptorSide(index_.lexicon.org_descriptors.phrase(d.phrase).value) ==
                           DescriptorSide::Before;
            });
        if (!companies) return;
        for (Span s : items) add(s);
    }

    // "Albemarle, the American producer", "Orvex, the state company": the name before ", the".
    void apposition_before_descriptor(const PhraseMatch& d) {
        // Back from the descriptor over at most four words to ", the" / ", a" / ", an".
        std::uint32_t p = d.start;
        for (int n = 0; n < 5 && p > 2; ++n) {
            Word w = word_before(text_, p);
            // "the country's only oil refiner": a possessive inside the descriptor is one word.
            if (w && word(w) == "s" && w.start >= 2 && text_[w.start - 1] == '\'')
                if (const Word owner = word_before(text_, w.start - 1);
                    owner && owner.end == w.start - 1)
                    w.start = owner.start;
            if (!w || (w.end != p - 1 && n > 0) || text_[w.end] != ' ') return;
            const std::string_view s = word(w);
            if (s == "the" || s == "a" || s == "an") {
                if (w.start < 3 || text_.substr(w.start - 2, 2) != ", ") return;
                // Set off on both sides ("Albemarle, the American producer, cut"), the
                // apposition itself says the word before it is a name.
                const Span name = name_until(w.start - 2);
                const bool closed = d.end < text_.size() && text_[d.end] == ',';
                if (name.size() && (closed || name_shaped(name))) add(name);
                return;
            }
            p = w.start;
        }
    }

    // "a Codelco subsidiary, NovaAndino Litio, ...", "a monitoring mission, Baltic Sentry.", and
    // with a place between when the name is an acronym: "the peacekeeping force in northern India,
    // UNIFIL".
    void name_set_off_after_descriptor(const PhraseMatch& d) {
        std::uint32_t p = d.end;
        int gap = 0;
        while (gap < 6 && p < text_.size() && text_[p] == ' ') {
            const Word w = word_after(text_, p);
            if (!w) return;
            p = w.end;
            ++gap;
        }
        if (p + 2 >= text_.size() || text_[p] != ',' || text_[p + 1] != ' ') return;
        const Span name = name_from(p + 1);
        if (name.size() == 0 || name.end >= text_.size() ||
            std::string_view(",.;)").find(text_[name.end]) == std::string_view::npos)
            return;
        if (gap > 0 && !is_acronym(text_.substr(name.start, name.size()))) return;
        // The noun phrase opens with an article: "a subsidiary, X", not "said the company, X".
        std::uint32_t q = d.start;
        for (int n = 0; n < 5; ++n) {
            const Word w = word_before(text_, q);
            if (!w) return;
            const std::string_view s = word(w);
            if (s == "a" || s == "an" || s == "the" || s == "The" || s == "A" || s == "An") {
                const Word v = word_before(text_, w.start);
                if (v && is_speech_verb(word(v))) return;
                add(name);
                return;
            }
            q = w.start;
        }
    }

    // "the Renamo movement"; "ASWJ militants" (an acronym: "Kurdish rebels" name a people).
    void name_before_descriptor(const PhraseMatch& d) {
        if (d.start < 2 || text_[d.start - 1] != ' ') return;
        const Span name = name_until(d.start - 1);
        if (name.size() == 0) return;
        const std::string_view n = text_.substr(name.start, name.size());
        const Word before = word_before(text_, name.start);
        const bool the = before && (word(before) == "the" || word(before) == "The");
        if (is_acronym(n) ||
            (the && word(Word{d.start, d.end}) == "movement" && !ends_like_demonym(n)))
            add(name);
    }

    static bool ends_like_demonym(std::string_view n) {
        for (std::string_view e : {"an", "ish", "ese", "ic", "i"})
            if (n.ends_with(e)) return true;
        return false;
    }

    // "India's NTPX", "Bolivia's YLB": an unknown acronym a country owns is a body.
    void acronyms_of_countries() {
        for (const DocMention& m : mentions_) {
            if (m.ref.discovered || index_.kb->entities[m.ref.index].type != EntityType::Country)
                continue;
            std::uint32_t p = m.span.end;
            if (text_.substr(p, 3) == "'s ")
                p += 3;
            else if (text_.substr(p, 5) == "\xE2\x80\x99s ")
                p += 5;
            else
                continue;
            const Word w = word_after(text_, p);
            if (!w || w.start != p || !is_acronym(word(w)) || is_measure_acronym(word(w)) ||
                overlaps_mention(mentions_, w.start, w.end))
                continue;
            add({w.start, w.end});
        }
    }

    const ExtractIndex& index_;
    std::string_view text_;
    const WordMatches& words_;
    const std::vector<DocMention>& mentions_;
    std::vector<Span> out_;
};

} // namespace

std::vector<Span> find_described_organizations(const ExtractIndex& index, const Document& doc,
                                               const WordMatches& words,
                                               const std::vector<DocMention>& mentions) {
    return Described(index, doc, words, mentions).run();
}

} // namespace kg
