// LEB128 integers, length-prefixed strings, and the content hash.
#include "store/byte_codec.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace kg::store {

void ByteWriter::u(std::uint64_t v) {
    char bytes[10];
    std::size_t n = 0;
    while (v >= 0x80) {
        bytes[n++] = char(v | 0x80);
        v >>= 7;
    }
    bytes[n++] = char(v);
    out_.append(bytes, n); // one append: push_back per byte was most of an encode
}

void ByteWriter::str(std::string_view text) {
    u(text.size());
    out_.append(text);
}

ByteReader::ByteReader(std::uint64_t size, Source source, std::size_t part_size)
    : unread_(size), source_(std::move(source)),
      part_(std::size_t(std::min<std::uint64_t>(size, part_size)), '\0') {}

bool ByteReader::next_part() {
    if (!ok_ || unread_ == 0) return fail();
    const std::size_t n = std::size_t(std::min<std::uint64_t>(unread_, part_.size()));
    if (!source_(std::span<char>(part_.data(), n))) return fail();
    in_ = std::string_view(part_.data(), n);
    pos_ = 0;
    unread_ -= n;
    return true;
}

bool ByteReader::u_at_edge(std::uint64_t& v) {
    v = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
        if (pos_ >= in_.size() && !next_part()) return false;
        const auto b = static_cast<unsigned char>(in_[pos_++]);
        v |= std::uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80)) return true;
    }
    return fail();
}

bool ByteReader::count(std::uint64_t& n, std::size_t min_bytes) {
    if (!u(n)) return false;
    if (n > (in_.size() - pos_ + unread_) / (min_bytes ? min_bytes : 1)) return fail();
    return true;
}

bool ByteReader::str(std::string& text) {
    std::uint64_t n = 0;
    if (!count(n)) return false;
    const std::size_t here = std::size_t(std::min<std::uint64_t>(n, in_.size() - pos_));
    text.assign(in_.substr(pos_, here));
    pos_ += here;
    for (std::size_t left = std::size_t(n) - here; left > 0;) {
        if (pos_ >= in_.size() && !next_part()) return false;
        const std::size_t take = std::min(left, in_.size() - pos_);
        text.append(in_.substr(pos_, take));
        pos_ += take;
        left -= take;
    }
    return true;
}

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
    // Eight bytes per step, each folded in by a multiply and a shift (the finalizer of
    // MurmurHash3): several GB/s, and no table or library for a cache key.
    auto mix = [](std::uint64_t h) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 33);
    };
    std::uint64_t h = seed ^ (0x9e3779b97f4a7c15ull * (bytes.size() + 1));
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, bytes.data() + i, 8);
        h = mix(h ^ w) + 0x9e3779b97f4a7c15ull;
    }
    std::uint64_t tail = 0;
    if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    return mix(h ^ tail ^ (std::uint64_t(bytes.size() - i) << 56));
}

void put_strings(ByteWriter& w, const std::vector<std::string>& list) {
    w.u(list.size());
    for (const auto& s : list) w.str(s);
}

bool get_strings(ByteReader& r, std::vector<std::string>& list) {
    std::uint64_t n = 0;
    if (!r.count(n)) return false;
    list.resize(n);
    for (auto& s : list)
        if (!r.str(s)) return false;
    return true;
}

} // namespace kg::store
