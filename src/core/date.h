#pragma once

#include <compare>
#include <string>

// A calendar date from the content (TOML local date). The site never reads
// the wall clock, so every date on a page comes from here.
namespace copsite {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;

    std::string iso() const;     // 2020-02-04
    std::string human() const;   // 4 February 2020
    std::string rfc822() const;  // Tue, 04 Feb 2020 00:00:00 +0000
    // Days since 1970-01-01, for "older than two years" arithmetic.
    long days_since_epoch() const;
};

bool is_valid_date(int year, int month, int day);

// True when `earlier` is more than two years (730 days) before `later`: the
// age at which a country profile is due for an update or a validation.
bool more_than_two_years_before(Date earlier, Date later);

}  // namespace copsite
