// The corpus's documents, held once and shared immutably by every corpus that has them.
#pragma once

#include "model/document.hpp"

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <vector>

namespace kg {

// Copying a Documents copies a pointer, never the text: the curated corpus CurationSession rebuilds
// after each correction, the app's corpus, a figure's subset and the extracted corpus all read the
// same list. Reading is through const access only; edit() makes the list this holder's own first
// (copying it only while another holder shares it), so a shared list is never written. Corpora are
// built (ingest, store, graph JSON) with edit() before they are shared between threads.
class Documents {
  public:
    using const_iterator = std::vector<Document>::const_iterator;

    Documents() = default;
    Documents(std::vector<Document> list) // NOLINT: implicit, as the vector it replaces
        : list_(std::make_shared<std::vector<Document>>(std::move(list))) {}
    Documents(std::initializer_list<Document> list)
        : list_(std::make_shared<std::vector<Document>>(list)) {}

    const std::vector<Document>& list() const { return list_ ? *list_ : none(); }
    std::size_t size() const { return list().size(); }
    bool empty() const { return list().empty(); }
    const Document& operator[](std::size_t i) const { return (*list_)[i]; }
    const Document& front() const { return list_->front(); }
    const Document& back() const { return list_->back(); }
    const_iterator begin() const { return list().begin(); }
    const_iterator end() const { return list().end(); }

    // The list to change, this holder's alone.
    std::vector<Document>& edit() {
        if (!list_)
            list_ = std::make_shared<std::vector<Document>>();
        else if (list_.use_count() > 1)
            list_ = std::make_shared<std::vector<Document>>(*list_);
        return *list_;
    }
    Document& edit(std::size_t i) { return edit()[i]; }
    void push_back(Document d) { edit().push_back(std::move(d)); }

    // True when both read the same list (no copy was made between them).
    bool shares_with(const Documents& other) const { return list_ && list_ == other.list_; }

  private:
    static const std::vector<Document>& none() {
        static const std::vector<Document> empty;
        return empty;
    }

    std::shared_ptr<std::vector<Document>> list_; // null while empty
};

} // namespace kg
