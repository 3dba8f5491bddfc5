// The Korean lunisolar calendar computed from true new moons and solar terms (Meeus), built once for
// 1897–2101 and looked up by binary search. Covered by tests/time/lunar_test.cpp.
#include "time/lunar.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace yp::time {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;
constexpr double kJdUnixEpoch = 2440587.5;  // JD of 1970-01-01 00:00 UT (date::sys_days epoch)

double sin_deg(double d) { return std::sin(d * kDeg); }

double norm360(double d) {
  d = std::fmod(d, 360.0);
  return d < 0 ? d + 360.0 : d;
}

// Delta-T = TT - UT in seconds (Espenak & Meeus, "Five Millennium Canon", polynomial fits).
double delta_t_seconds(double year) {
  double y = year;
  if (y < 1860) {
    double t = y - 1800;
    return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * t * t * t - 0.00037436 * std::pow(t, 4) +
           0.0000121272 * std::pow(t, 5) - 0.0000001699 * std::pow(t, 6) + 0.000000000875 * std::pow(t, 7);
  }
  if (y < 1900) {
    double t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * std::pow(t, 4) +
           std::pow(t, 5) / 233174.0;
  }
  if (y < 1920) {
    double t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * std::pow(t, 4);
  }
  if (y < 1941) {
    double t = y - 1920;
    return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
  }
  if (y < 1961) {
    double t = y - 1950;
    return 29.07 + 0.407 * t - t * t / 233.0 + t * t * t / 2547.0;
  }
  if (y < 1986) {
    double t = y - 1975;
    return 45.45 + 1.067 * t - t * t / 260.0 - t * t * t / 718.0;
  }
  if (y < 2005) {
    double t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * std::pow(t, 4) +
           0.00002373599 * std::pow(t, 5);
  }
  if (y < 2050) {
    double t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  double u = (y - 1820) / 100.0;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

// Decimal year of a Julian Day (accurate enough for delta-T).
double decimal_year(double jd) { return 2000.0 + (jd - 2451545.0) / 365.25; }

// JDE (TT) of the true new moon with lunation number k (k = 0: 2000-01-06). Meeus ch. 49.
double new_moon_jde(double k) {
  const double T = k / 1236.85;
  const double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
  const double E = 1 - 0.002516 * T - 0.0000074 * T2;
  const double M = 2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const double Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const double F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const double Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;

  jde += -0.40720 * sin_deg(Mp) + 0.17241 * E * sin_deg(M) + 0.01608 * sin_deg(2 * Mp) + 0.01039 * sin_deg(2 * F) +
         0.00739 * E * sin_deg(Mp - M) - 0.00514 * E * sin_deg(Mp + M) + 0.00208 * E * E * sin_deg(2 * M) -
         0.00111 * sin_deg(Mp - 2 * F) - 0.00057 * sin_deg(Mp + 2 * F) + 0.00056 * E * sin_deg(2 * Mp + M) -
         0.00042 * sin_deg(3 * Mp) + 0.00042 * E * sin_deg(M + 2 * F) + 0.00038 * E * sin_deg(M - 2 * F) -
         0.00024 * E * sin_deg(2 * Mp - M) - 0.00017 * sin_deg(Om) - 0.00007 * sin_deg(Mp + 2 * M) +
         0.00004 * sin_deg(2 * Mp - 2 * F) + 0.00004 * sin_deg(3 * M) + 0.00003 * sin_deg(Mp + M - 2 * F) +
         0.00003 * sin_deg(2 * Mp + 2 * F) - 0.00003 * sin_deg(Mp + M + 2 * F) + 0.00003 * sin_deg(Mp - M + 2 * F) -
         0.00002 * sin_deg(Mp - M - 2 * F) - 0.00002 * sin_deg(3 * Mp + M) + 0.00002 * sin_deg(4 * Mp);

  // Planetary arguments.
  const double A[14] = {
      299.77 + 0.107408 * k - 0.009173 * T2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
      349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
      154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
      161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k,
  };
  const double C[14] = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
                        0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
  for (int i = 0; i < 14; ++i) jde += C[i] * sin_deg(A[i]);
  return jde;
}

// The Sun's apparent longitude in degrees at JDE. Meeus ch. 25 (about 0.01° accuracy).
double sun_apparent_longitude(double jde) {
  const double T = (jde - 2451545.0) / 36525.0;
  const double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const double M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin_deg(M) +
                   (0.019993 - 0.000101 * T) * sin_deg(2 * M) + 0.000289 * sin_deg(3 * M);
  const double omega = 125.04 - 1934.136 * T;
  return norm360(L0 + C - 0.00569 - 0.00478 * sin_deg(omega));
}

// JDE at which the Sun's apparent longitude is `degrees`, near `guess`.
double solar_longitude_jde(double degrees, double guess) {
  double jde = guess;
  for (int i = 0; i < 50; ++i) {
    double diff = degrees - sun_apparent_longitude(jde);
    diff = std::remainder(diff, 360.0);  // -180..180
    double step = diff * 365.2422 / 360.0;
    jde += step;
    if (std::fabs(step) < 1e-7) break;
  }
  return jde;
}

// The civil day in Korean time of a moment given as JDE (terrestrial time).
date::sys_days korean_day(double jde) {
  const double jd_ut = jde - delta_t_seconds(decimal_year(jde)) / 86400.0;
  auto day_at = [&](double offset_hours) {
    return date::sys_days{date::days{static_cast<long>(std::floor(jd_ut - kJdUnixEpoch + offset_hours / 24.0))}};
  };
  using namespace date;
  date::sys_days d = day_at(9.0);
  if (d < sys_days{1912_y / January / 1}) return day_at(8.0);  // as KASI's table (see lunar.hpp)
  const bool meridian_127_5 = d >= sys_days{1954_y / March / 21} && d <= sys_days{1961_y / August / 9};
  return meridian_127_5 ? day_at(8.5) : d;
}

// JDE estimate of the moment the Sun reaches `degrees` in Gregorian year `year`.
double solar_term_guess(int year, double degrees) {
  // The March equinox is near JDE 2451623.8 (2000-03-20); the Sun moves ~360° per tropical year.
  double days_after_equinox = norm360(degrees) / 360.0 * 365.2422;
  return 2451623.8 + (year - 2000) * 365.2422 + days_after_equinox;
}

struct Month {
  date::sys_days start;
  int year = 0;         // lunar year; 0 = before the first month 1 of the table
  unsigned number = 0;  // 1..12
  bool leap = false;
};

struct Table {
  std::vector<Month> months;  // consecutive, in order; the last entry only marks the end of the one before
};

Table build_table() {
  using namespace date;
  constexpr int kFirstSui = 1897;  // month 11 of 1897 .. month 11 of 2101
  constexpr int kLastSui = 2100;

  // New moons from autumn 1897 to spring 2102.
  const double jde_begin = solar_term_guess(kFirstSui, 200);  // ~mid-October 1897
  const double jde_end = solar_term_guess(kLastSui + 2, 30);  // ~April 2102
  long k0 = static_cast<long>(std::floor((jde_begin - 2451550.09766) / 29.530588861)) - 1;
  long k1 = static_cast<long>(std::ceil((jde_end - 2451550.09766) / 29.530588861)) + 1;
  std::vector<sys_days> moons;
  for (long k = k0; k <= k1; ++k) moons.push_back(korean_day(new_moon_jde(static_cast<double>(k))));

  // Major solar terms (중기): longitudes 0, 30, …, 330.
  std::vector<sys_days> majors;
  for (int y = kFirstSui - 1; y <= kLastSui + 2; ++y) {
    for (int deg = 0; deg < 360; deg += 30) {
      majors.push_back(korean_day(solar_longitude_jde(deg, solar_term_guess(y, deg))));
    }
  }
  std::sort(majors.begin(), majors.end());

  // Index of the month containing day d: the last new moon on or before d.
  auto month_index = [&](sys_days d) {
    auto it = std::upper_bound(moons.begin(), moons.end(), d);
    return static_cast<std::size_t>(it - moons.begin()) - 1;
  };
  auto has_major = [&](std::size_t i) {
    auto it = std::lower_bound(majors.begin(), majors.end(), moons[i]);
    return it != majors.end() && *it < moons[i + 1];
  };

  Table t;
  for (int y = kFirstSui; y <= kLastSui; ++y) {
    sys_days ws1 = korean_day(solar_longitude_jde(270, solar_term_guess(y, 270)));
    sys_days ws2 = korean_day(solar_longitude_jde(270, solar_term_guess(y + 1, 270)));
    std::size_t a = month_index(ws1);
    std::size_t b = month_index(ws2);
    std::size_t leap = b;  // none
    if (b - a == 13) {
      for (std::size_t i = a + 1; i < b; ++i) {
        if (!has_major(i)) {
          leap = i;
          break;
        }
      }
    }
    unsigned number = 11;
    for (std::size_t i = a; i < b; ++i) {
      Month m;
      m.start = moons[i];
      if (i == a) {
        m.number = 11;
      } else if (i == leap) {
        m.number = number;
        m.leap = true;
      } else {
        number = number % 12 + 1;
        m.number = number;
      }
      t.months.push_back(m);
    }
    if (y == kLastSui) t.months.push_back(Month{moons[b], 0, 0, false});  // end marker
  }

  // Lunar years: a month belongs to the year of the latest (non-leap) month 1 at or before it.
  int year = 0;
  for (std::size_t i = 0; i + 1 < t.months.size(); ++i) {
    Month& m = t.months[i];
    if (m.number == 1 && !m.leap) year = static_cast<int>(year_month_day{m.start}.year());
    m.year = year;
  }
  return t;
}

const Table& table() {
  static const Table t = build_table();
  return t;
}

// Index of the month (year, number, leap), or -1.
long find_month(int year, unsigned number, bool leap) {
  if (year < kLunarFirstYear || year > kLunarLastYear || number < 1 || number > 12) return -1;
  const auto& ms = table().months;
  // Months are ordered by (year, position); binary search on year, then scan the ≤ 13 months.
  auto it = std::lower_bound(ms.begin(), ms.end() - 1, year, [](const Month& m, int y) { return m.year < y; });
  for (; it != ms.end() - 1 && it->year == year; ++it) {
    if (it->number == number && it->leap == leap) return it - ms.begin();
  }
  return -1;
}

}  // namespace

std::optional<date::year_month_day> lunar_to_solar(int lunar_year, unsigned month, unsigned day, bool leap) {
  long i = find_month(lunar_year, month, leap);
  if (i < 0) return std::nullopt;
  const auto& ms = table().months;
  const auto length = (ms[static_cast<std::size_t>(i) + 1].start - ms[static_cast<std::size_t>(i)].start).count();
  if (day < 1 || static_cast<long>(day) > length) return std::nullopt;
  return date::year_month_day{ms[static_cast<std::size_t>(i)].start + date::days{day - 1}};
}

std::optional<LunarDate> solar_to_lunar(date::year_month_day d) {
  if (!d.ok()) return std::nullopt;
  const auto& ms = table().months;
  date::sys_days day{d};
  auto it = std::upper_bound(ms.begin(), ms.end(), day, [](date::sys_days x, const Month& m) { return x < m.start; });
  if (it == ms.begin() || it == ms.end()) return std::nullopt;
  const Month& m = *(it - 1);
  if (m.year < kLunarFirstYear || m.year > kLunarLastYear) return std::nullopt;
  return LunarDate{m.year, m.number, static_cast<unsigned>((day - m.start).count() + 1), m.leap};
}

unsigned lunar_month_length(int lunar_year, unsigned month, bool leap) {
  long i = find_month(lunar_year, month, leap);
  if (i < 0) return 0;
  const auto& ms = table().months;
  return static_cast<unsigned>((ms[static_cast<std::size_t>(i) + 1].start - ms[static_cast<std::size_t>(i)].start).count());
}

unsigned lunar_leap_month(int lunar_year) {
  for (unsigned m = 1; m <= 12; ++m) {
    if (find_month(lunar_year, m, true) >= 0) return m;
  }
  return 0;
}

std::optional<date::year_month_day> solar_term_day(int year, int degrees) {
  if (year < kLunarFirstYear || year > kLunarLastYear || degrees < 0 || degrees >= 360) return std::nullopt;
  double jde = solar_longitude_jde(degrees, solar_term_guess(year, degrees));
  date::year_month_day d{korean_day(jde)};
  // The guess runs from the March equinox; longitudes 285..345 (Jan–Mar) fall in the next calendar year.
  if (static_cast<int>(d.year()) != year) {
    jde = solar_longitude_jde(degrees, solar_term_guess(year + (static_cast<int>(d.year()) > year ? -1 : 1), degrees));
    d = date::year_month_day{korean_day(jde)};
  }
  if (static_cast<int>(d.year()) != year) return std::nullopt;
  return d;
}

}  // namespace yp::time
