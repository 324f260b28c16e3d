#pragma once

// Classifying 16 bytes at once with SSE2, which every x86-64 machine has;
// callers keep a byte-at-a-time loop for other machines.
#ifdef __SSE2__
#include <emmintrin.h>

namespace copsite {

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
