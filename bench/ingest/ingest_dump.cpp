// kgviz_ingest_dump: prints what ingest makes of files and folders (metadata, paragraphs with
// their kind and section, sentences with offsets) to inspect boilerplate and segmentation.
#include "common/diagnostics.hpp"
#include "ingest/ingest.hpp"

#include <cstdio>
#include <cstring>

namespace {

const char* kind_name(kg::ParagraphKind k) {
    switch (k) {
    case kg::ParagraphKind::Heading:
        return "HEAD";
    case kg::ParagraphKind::Caption:
        return "CAPT";
    default:
        return "BODY";
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> inputs;
    bool sentences = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sentences") == 0)
            sentences = true;
        else
            inputs.emplace_back(argv[i]);
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: kgviz_ingest_dump [--sentences] PATH...\n");
        return 2;
    }
    const kg::IngestResult r = kg::ingest(inputs);
    for (const auto& d : r.diagnostics)
        std::fprintf(stderr, "%s\n", kg::format_diagnostic(d).c_str());
    for (const auto& doc : r.documents) {
        std::printf("== %s %s\n   title: %s\n   date: %s\n   source: %s\n   url: %s\n   language: "
                    "%s\n   authors:",
                    doc.id.c_str(), doc.path.c_str(), doc.title.c_str(), doc.date.c_str(),
                    doc.source.c_str(), doc.url.c_str(), doc.language.c_str());
        for (const auto& a : doc.authors) std::printf(" [%s]", a.c_str());
        std::printf("\n   tags:");
        for (const auto& t : doc.tags) std::printf(" [%s]", t.c_str());
        std::printf("\n   %zu bytes, %zu paragraphs, %zu sentences\n", doc.text.size(),
                    doc.paragraphs.size(), doc.sentences.size());
        for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
            const auto& para = doc.paragraphs[p];
            std::printf("  %zu %s h=%d [%u,%u) %.*s\n", p, kind_name(para.kind), para.heading,
                        para.span.start, para.span.end,
                        int(std::min<std::size_t>(para.span.size(), 160)),
                        doc.slice(para.span).data());
        }
        if (sentences)
            for (const auto& s : doc.sentences)
                std::printf("    s p=%d [%u,%u) %.*s\n", s.paragraph, s.span.start, s.span.end,
                            int(s.span.size()), doc.slice(s.span).data());
    }
    return r.documents.empty() ? 1 : 0;
}
