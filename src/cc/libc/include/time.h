/* time.h: processor time (clock), calendar time and its conversions; every time zone is UTC. */
#ifndef __TESSERA_TIME_H
#define __TESSERA_TIME_H

#ifndef __TESSERA_SIZE_T
#define __TESSERA_SIZE_T
typedef unsigned long size_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef long clock_t;
typedef long time_t;

#define CLOCKS_PER_SEC ((clock_t)1000000)

struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
};

clock_t clock(void);
time_t time(time_t *result);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *time);
struct tm *gmtime(const time_t *time);
struct tm *localtime(const time_t *time);
char *asctime(const struct tm *time);
char *ctime(const time_t *time);
size_t strftime(char *buffer, size_t size, const char *format, const struct tm *time);

#endif
