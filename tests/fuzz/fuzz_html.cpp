// libFuzzer target: the HTML entry points (Gumbo DOM, depth guard, article scoring, metadata
// cascade) on raw bytes, as a saved page and as a Markdown fragment.
#include "fuzz_check.hpp"

#include "ingest/html_dom.hpp"
#include "ingest/html_to_text.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    for (const auto& parsed :
         {kg::ingestion::html_page_to_blocks(html), kg::ingestion::html_to_blocks(html)}) {
        for (const auto& b : parsed.blocks) {
            kg::fuzz::require(!b.text.empty(), "an empty block");
            kg::fuzz::require(b.link_chars <= b.text.size(), "link text longer than the block");
        }
    }
    // The preparation only ever removes.
    const auto prepared = kg::ingestion::prepare_html(html, 8);
    kg::fuzz::require(prepared.html.size() <= html.size(), "preparing grew the input");
    (void)kg::ingestion::strip_inline_html(html);
    return 0;
}
