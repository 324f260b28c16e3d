#include "core/date.h"

#include <array>
#include <cstdio>

namespace copsite {

namespace {

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    const int days = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
    return day <= days;
}

long Date::days_since_epoch() const {
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string Date::human() const {
    if (month < 1 || month > 12) return iso();
    return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string Date::rfc822() const {
    const long days = days_since_epoch();
    const auto weekday = kWeekdays[((days % 7) + 7) % 7];
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s, %02d %.3s %04d 00:00:00 +0000", weekday, day,
                  kMonths[month - 1], year);
    return buf;
}

bool more_than_two_years_before(Date earlier, Date later) {
    return later.days_since_epoch() - earlier.days_since_epoch() > 2 * 365;
}

}  // namespace copsite
