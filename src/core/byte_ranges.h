#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

// Classifying bytes many at a time: 8 in a 64-bit word anywhere, 16 with
// SSE2, which every x86-64 machine has (callers keep a byte-at-a-time loop
// for other machines).
namespace copsite {

// The 8 bytes at p, as one number (byte i at bits 8i in little-endian).
inline std::uint64_t load_word(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// True if some byte of `word` is `byte`. Exact for the word as a whole: a
// borrow only starts at a byte that matches.
inline bool has_byte(std::uint64_t word, char byte) {
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    const auto x = word ^ (ones * static_cast<unsigned char>(byte));
    return ((x - ones) & ~x & highs) != 0;
}

// True if every byte of `word` is printable ASCII (0x20 to 0x7E), as nearly
// all of the content's text is.
inline bool all_printable_ascii(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    if ((word & highs) != 0) return false;                          // not ASCII
    if (((word - ones * 0x20) & ~word & highs) != 0) return false;  // a control character
    return !has_byte(word, 0x7F);                                   // DEL
}

}  // namespace copsite

#ifdef __SSE2__
#include <emmintrin.h>

namespace copsite {

// 0xFF in each byte of v that is one of `bytes`, 0 elsewhere.
inline __m128i bytes_equal_any(__m128i v, std::initializer_list<char> bytes) {
    auto hits = _mm_setzero_si128();
    for (const char c : bytes) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
    return hits;
}

// 0xFF in each byte of v from `first` to `first + count - 1`, 0 elsewhere.
// SSE2 compares only signed bytes: the unsigned test c - first < count
// becomes a signed one with the top bits flipped.
inline __m128i bytes_in_range(__m128i v, char first, int count) {
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    return _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(first)), flip),
                          _mm_set1_epi8(static_cast<char>(count ^ 0x80)));
}

}  // namespace copsite
#endif

namespace copsite {

// Where the first byte at or after `from` is that is one of `bytes` or below
// `below`, or text.size(): the next byte an escape function must replace.
// Most text has none, so with SSE2 16 bytes are looked at at once.
inline std::size_t find_byte_among(std::string_view text, std::size_t from,
                                   std::initializer_list<char> bytes, unsigned char below = 0) {
    std::size_t i = from;
#ifdef __SSE2__
    for (; i + 16 <= text.size(); i += 16) {
        const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        auto hits = bytes_equal_any(v, bytes);
        if (below) hits = _mm_or_si128(hits, bytes_in_range(v, 0, below));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)))
            return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
#endif
    for (; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) < below ||
            std::find(bytes.begin(), bytes.end(), text[i]) != bytes.end())
            return i;
    return text.size();
}

}  // namespace copsite
