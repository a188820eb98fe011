// Parses sentences with the CMU Link Grammar parser (Debian's liblink-grammar and its English
// dictionary) and prints, per sentence, the parse time and the links of its first linkage: the
// raw material for bench/parse/link_grammar_eval.py, which measures whether the parser's subject
// and object links would decide pair kinds (issue #19). One sentence per input line.
//
// Output, per sentence: "S <index> <ms> <null count> <linkages found> <timed out 0/1>", then
// "W <word> <byte start> <byte end> <text>" per word and "L <left word> <right word> <label>"
// per link; a sentence with no linkage has neither.
#include <link-grammar/link-includes.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    const int seconds = argc > 1 ? std::stoi(argv[1]) : 1; // the library counts whole seconds
    const int linkages = argc > 2 ? std::stoi(argv[2]) : 100;
    Dictionary dict = dictionary_create_lang("en");
    if (!dict) {
        std::fprintf(stderr,
                     "link_parse_dump: no English dictionary (link-grammar-dictionaries-en)\n");
        return 1;
    }
    Parse_Options opts = parse_options_create();
    parse_options_set_verbosity(opts, 0);
    parse_options_set_max_parse_time(opts, seconds);
    parse_options_set_linkage_limit(opts, linkages);
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, 0);
    std::string line;
    for (int n = 0; std::getline(std::cin, line); ++n) {
        const auto t0 = std::chrono::steady_clock::now();
        Sentence sent = sentence_create(line.c_str(), dict);
        int found = sentence_parse(sent, opts);
        if (found == 0) { // no complete linkage: allow skipped words, as the parser's CLI does
            parse_options_set_min_null_count(opts, 1);
            parse_options_set_max_null_count(opts, sentence_length(sent));
            found = sentence_parse(sent, opts);
            parse_options_set_min_null_count(opts, 0);
            parse_options_set_max_null_count(opts, 0);
        }
        const bool timed_out = parse_options_timer_expired(opts);
        Linkage linkage = found > 0 ? linkage_create(0, sent, opts) : nullptr;
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        std::printf("S %d %.3f %d %d %d\n", n, ms, found > 0 ? sentence_null_count(sent) : -1,
                    found, timed_out ? 1 : 0);
        if (linkage) {
            for (WordIdx w = 0; w < linkage_get_num_words(linkage); ++w)
                std::printf("W %zu %d %d %s\n", w, int(linkage_get_word_byte_start(linkage, w)),
                            int(linkage_get_word_byte_end(linkage, w)),
                            linkage_get_word(linkage, w));
            for (LinkIdx l = 0; l < linkage_get_num_links(linkage); ++l)
                std::printf("L %zu %zu %s\n", linkage_get_link_lword(linkage, l),
                            linkage_get_link_rword(linkage, l), linkage_get_link_label(linkage, l));
            linkage_delete(linkage);
        }
        sentence_delete(sent);
    }
    parse_options_delete(opts);
    dictionary_delete(dict);
}
