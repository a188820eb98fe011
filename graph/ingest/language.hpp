// A document's language: what the file declares when its script agrees, else the main script's.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingestion {

// "zh-CN" -> "zh", "EN_us" -> "en"; empty for anything that is not a 2-3 letter primary subtag.
std::string primary_language_tag(std::string_view declared);

// The language of `text` (cleaned UTF-8): `declared` (any BCP 47 tag, may be empty) when the
// text's dominant script is the one that language is written in, else the dominant script's
// usual language: Han "zh" (with kana "ja"), Hangul "ko", Cyrillic "ru", Arabic "ar", Greek
// "el", Hebrew "he", Thai "th", Devanagari "hi", Latin "en" when English function words are
// common. Empty when nothing can be said.
std::string document_language(std::string_view text, std::string_view declared);

} // namespace kg::ingestion
