// Merging per-document scans into the corpus: global entities, mentions, links with evidence.
#pragma once

#include "extract/doc_scan.hpp"
#include "model/corpus.hpp"

#include <memory>
#include <vector>

namespace kg {

// The corpus gathered one document's scan at a time, in document order, so that a caller may
// scan in batches and free each scan once added: the scans of a whole corpus never coexist.
class CorpusBuilder {
  public:
    explicit CorpusBuilder(const KnowledgeBase& kb); // kept by reference until finish()
    ~CorpusBuilder();
    CorpusBuilder(const CorpusBuilder&) = delete;
    CorpusBuilder& operator=(const CorpusBuilder&) = delete;

    // The scan of the next document (the first is document 0).
    void add(const DocResult& scan);
    // The corpus of `documents` (one per add(), same order), as build_corpus_from_scans makes it.
    Corpus finish(std::vector<Document> documents);

  private:
    struct State;
    std::unique_ptr<State> state_;
};

// Builds the corpus from `documents` and their scans (same order). Entities mentioned nowhere are
// left out; knowledge-base relations appear when both ends are mentioned. Each scan is freed once
// its passages are gathered, so that the scans and the gathered evidence never all coexist.
Corpus build_corpus_from_scans(const KnowledgeBase& kb, std::vector<Document> documents,
                               std::vector<DocResult> scans);

} // namespace kg
