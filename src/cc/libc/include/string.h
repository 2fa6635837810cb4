/* string.h: byte-array and NUL-terminated string functions (C locale). */
#ifndef __TESSERA_STRING_H
#define __TESSERA_STRING_H

#ifndef __TESSERA_SIZE_T
#define __TESSERA_SIZE_T
typedef unsigned long size_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

void *memcpy(void *destination, const void *source, size_t size);
void *memmove(void *destination, const void *source, size_t size);
void *memset(void *destination, int c, size_t size);
int memcmp(const void *left, const void *right, size_t size);
void *memchr(const void *source, int c, size_t size);

size_t strlen(const char *string);
size_t strnlen(const char *string, size_t limit);
char *strcpy(char *destination, const char *source);
char *strncpy(char *destination, const char *source, size_t size);
char *strcat(char *destination, const char *source);
char *strncat(char *destination, const char *source, size_t size);
int strcmp(const char *left, const char *right);
int strncmp(const char *left, const char *right, size_t size);
int strcoll(const char *left, const char *right);
size_t strxfrm(char *destination, const char *source, size_t size);
char *strchr(const char *string, int c);
char *strrchr(const char *string, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *string, const char *accept);
size_t strcspn(const char *string, const char *reject);
char *strpbrk(const char *string, const char *accept);
char *strtok(char *string, const char *separators);
char *strdup(const char *string);
char *strndup(const char *string, size_t limit);
char *strerror(int number);

#endif
