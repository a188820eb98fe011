// A growing byte buffer for writers that reserve room first and then write through a pointer:
// one capacity check per JSON token instead of one per appended piece, and no zero-filling (which
// std::string::resize would do before the bytes are overwritten).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

namespace kg::json_detail {

// A moved-from buffer is empty and can be written again.
class OutBytes {
  public:
    explicit OutBytes(std::size_t capacity = 0) {
        if (capacity > 0) grow(capacity);
    }
    OutBytes(OutBytes&& other) noexcept
        : data_(std::move(other.data_)), size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    OutBytes& operator=(OutBytes&& other) noexcept {
        data_ = std::move(other.data_);
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
        return *this;
    }

    // At least `n` writable bytes after the end; the writer then calls commit(end of what it
    // wrote).
    char* room(std::size_t n) {
        if (capacity_ - size_ < n || !data_) grow(n);
        return data_.get() + size_;
    }
    void commit(char* end) { size_ = std::size_t(end - data_.get()); }

    void put(char c) {
        *room(1) = c;
        ++size_;
    }
    void put(std::string_view s) {
        if (s.empty()) return; // an empty view's data() may be null, which memcpy must not get
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        size_ += s.size();
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::string_view view() const { return {data_.get(), size_}; }
    // Drops the bytes from `size` on; the capacity stays for the next writer.
    void truncate(std::size_t size) { size_ = std::min(size, size_); }
    void clear() { size_ = 0; }

  private:
    void grow(std::size_t n) {
        const std::size_t capacity = std::max({capacity_ * 2, size_ + n, std::size_t(256)});
        auto data = std::make_unique_for_overwrite<char[]>(capacity);
        if (size_ > 0) std::memcpy(data.get(), data_.get(), size_);
        data_ = std::move(data);
        capacity_ = capacity;
    }

    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

} // namespace kg::json_detail
