#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// "Did you mean …?" hints for misspelt keys and ids.
namespace copsite {

// Levenshtein distance, case-insensitive, giving up (returning max+1) once it
// exceeds `max` so long candidate lists stay cheap.
int edit_distance(std::string_view a, std::string_view b, int max);

// The candidate closest to `word`, if one is close enough to be a plausible
// typo (distance at most a third of the word's length, and at least 1).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace copsite
