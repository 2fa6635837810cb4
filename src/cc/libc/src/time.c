/* time.c: clock (microseconds of the monotonic clock since the first call), time, and calendar */
/* conversions; the machine has no time zones, so local time is UTC. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "libc.h"

clock_t clock(void) {
  static long start = -1;
  long now = __tessera_clock(__LIBC_CLOCK_MONOTONIC);
  if (start < 0) start = now;
  return (clock_t)((now - start) / 1000);
}

time_t time(time_t *result) {
  time_t now = (time_t)(__tessera_clock(__LIBC_CLOCK_WALL) / 1000000000L);
  if (result != NULL) *result = now;
  return now;
}

double difftime(time_t end, time_t start) { return (double)(end - start); }

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), by the era arithmetic that is */
/* exact for every year. */
static long days_from_civil(long year, long month, long day) {
  long era, year_of_era, day_of_year, day_of_era;
  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

static int is_leap(long year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

static void civil_from_days(long days, long *year, int *month, int *day) {
  long era, day_of_era, year_of_era, day_of_year, shifted_month;
  days += 719468;
  era = (days >= 0 ? days : days - 146096) / 146097;
  day_of_era = days - era * 146097;
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  shifted_month = (5 * day_of_year + 2) / 153;
  *day = (int)(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  *month = (int)(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  *year = year_of_era + era * 400 + (*month <= 2);
}

static long floor_divide(long a, long b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

struct tm *gmtime(const time_t *time) {
  static struct tm result;
  long seconds = *time;
  long days = floor_divide(seconds, 86400);
  long rest = seconds - days * 86400;
  long year;
  int month, day;
  civil_from_days(days, &year, &month, &day);
  result.tm_sec = (int)(rest % 60);
  result.tm_min = (int)(rest / 60 % 60);
  result.tm_hour = (int)(rest / 3600);
  result.tm_mday = day;
  result.tm_mon = month - 1;
  result.tm_year = (int)(year - 1900);
  result.tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
  result.tm_yday = (int)(days - days_from_civil(year, 1, 1));
  result.tm_isdst = 0;
  return &result;
}

struct tm *localtime(const time_t *time) { return gmtime(time); }

time_t mktime(struct tm *time) {
  /* Normalise out-of-range fields (months first, then everything through the day count). */
  long month = time->tm_mon;
  long year = time->tm_year + 1900L + floor_divide(month, 12);
  long days, seconds;
  time_t result;
  month -= floor_divide(month, 12) * 12;
  days = days_from_civil(year, month + 1, 1) + time->tm_mday - 1;
  seconds = days * 86400 + time->tm_hour * 3600L + time->tm_min * 60L + time->tm_sec;
  result = (time_t)seconds;
  *time = *gmtime(&result);
  return result;
}

static const char *const weekday_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

char *asctime(const struct tm *time) {
  static char text[64];
  sprintf(text, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", weekday_names[time->tm_wday % 7], month_names[time->tm_mon % 12],
          time->tm_mday, time->tm_hour, time->tm_min, time->tm_sec, 1900 + time->tm_year);
  return text;
}

char *ctime(const time_t *time) { return asctime(localtime(time)); }

/* The ISO 8601 week-based year and week number of a date. */
static int iso_week(const struct tm *time, long *week_year) {
  long year = 1900L + time->tm_year;
  int weekday = (time->tm_wday + 6) % 7; /* Monday 0 */
  int week = (time->tm_yday - weekday + 10) / 7;
  if (week < 1) {
    long previous = year - 1;
    int previous_days = is_leap(previous) ? 366 : 365;
    week = (time->tm_yday + previous_days - weekday + 10) / 7;
    *week_year = previous;
    return week;
  }
  if (week == 53) {
    int days = is_leap(year) ? 366 : 365;
    if (time->tm_yday - weekday + 3 >= days) {
      *week_year = year + 1;
      return 1;
    }
  }
  *week_year = year;
  return week;
}

size_t strftime(char *buffer, size_t size, const char *format, const struct tm *time) {
  size_t length = 0;
  char piece[64];
  for (; *format != '\0'; format++) {
    size_t piece_length;
    long week_year;
    if (*format != '%') {
      piece[0] = *format;
      piece[1] = '\0';
    } else {
      format++;
      switch (*format) {
      case 'a': sprintf(piece, "%.3s", weekday_names[time->tm_wday % 7]); break;
      case 'A': strcpy(piece, weekday_names[time->tm_wday % 7]); break;
      case 'b':
      case 'h': sprintf(piece, "%.3s", month_names[time->tm_mon % 12]); break;
      case 'B': strcpy(piece, month_names[time->tm_mon % 12]); break;
      case 'c':
        sprintf(piece, "%.3s %.3s %2d %.2d:%.2d:%.2d %d", weekday_names[time->tm_wday % 7],
                month_names[time->tm_mon % 12], time->tm_mday, time->tm_hour, time->tm_min, time->tm_sec,
                1900 + time->tm_year);
        break;
      case 'C': sprintf(piece, "%.2d", (1900 + time->tm_year) / 100); break;
      case 'd': sprintf(piece, "%.2d", time->tm_mday); break;
      case 'D':
        sprintf(piece, "%.2d/%.2d/%.2d", time->tm_mon + 1, time->tm_mday, (1900 + time->tm_year) % 100);
        break;
      case 'e': sprintf(piece, "%2d", time->tm_mday); break;
      case 'F': sprintf(piece, "%d-%.2d-%.2d", 1900 + time->tm_year, time->tm_mon + 1, time->tm_mday); break;
      case 'g':
        iso_week(time, &week_year);
        sprintf(piece, "%.2ld", week_year % 100);
        break;
      case 'G':
        iso_week(time, &week_year);
        sprintf(piece, "%ld", week_year);
        break;
      case 'H': sprintf(piece, "%.2d", time->tm_hour); break;
      case 'I': sprintf(piece, "%.2d", time->tm_hour % 12 == 0 ? 12 : time->tm_hour % 12); break;
      case 'j': sprintf(piece, "%.3d", time->tm_yday + 1); break;
      case 'm': sprintf(piece, "%.2d", time->tm_mon + 1); break;
      case 'M': sprintf(piece, "%.2d", time->tm_min); break;
      case 'n': strcpy(piece, "\n"); break;
      case 'p': strcpy(piece, time->tm_hour < 12 ? "AM" : "PM"); break;
      case 'r':
        sprintf(piece, "%.2d:%.2d:%.2d %s", time->tm_hour % 12 == 0 ? 12 : time->tm_hour % 12, time->tm_min,
                time->tm_sec, time->tm_hour < 12 ? "AM" : "PM");
        break;
      case 'R': sprintf(piece, "%.2d:%.2d", time->tm_hour, time->tm_min); break;
      case 'S': sprintf(piece, "%.2d", time->tm_sec); break;
      case 't': strcpy(piece, "\t"); break;
      case 'T': sprintf(piece, "%.2d:%.2d:%.2d", time->tm_hour, time->tm_min, time->tm_sec); break;
      case 'u': sprintf(piece, "%d", time->tm_wday == 0 ? 7 : time->tm_wday); break;
      case 'U': sprintf(piece, "%.2d", (time->tm_yday + 7 - time->tm_wday) / 7); break;
      case 'V': sprintf(piece, "%.2d", iso_week(time, &week_year)); break;
      case 'w': sprintf(piece, "%d", time->tm_wday); break;
      case 'W': sprintf(piece, "%.2d", (time->tm_yday + 7 - (time->tm_wday + 6) % 7) / 7); break;
      case 'x':
        sprintf(piece, "%.2d/%.2d/%.2d", time->tm_mon + 1, time->tm_mday, (1900 + time->tm_year) % 100);
        break;
      case 'X': sprintf(piece, "%.2d:%.2d:%.2d", time->tm_hour, time->tm_min, time->tm_sec); break;
      case 'y': sprintf(piece, "%.2d", (1900 + time->tm_year) % 100); break;
      case 'Y': sprintf(piece, "%d", 1900 + time->tm_year); break;
      case 'z': strcpy(piece, "+0000"); break;
      case 'Z': strcpy(piece, "GMT"); break;
      case '%': strcpy(piece, "%"); break;
      case '\0': return 0;
      default:
        piece[0] = '%';
        piece[1] = *format;
        piece[2] = '\0';
        break;
      }
    }
    piece_length = strlen(piece);
    if (length + piece_length >= size) return 0;
    memcpy(buffer + length, piece, piece_length);
    length += piece_length;
  }
  if (length >= size) return 0;
  buffer[length] = '\0';
  return length;
}
