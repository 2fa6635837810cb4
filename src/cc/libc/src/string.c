/* string.c: string.h, as plain byte loops (the compiler's optimiser is the place to make them fast). */
/* memcpy, memmove and memset are single instructions on the VP (sys.s); these loops are for native builds. */
#include <stdlib.h>
#include <string.h>

#ifndef __tessera__

void *memcpy(void *destination, const void *source, size_t size) {
  unsigned char *to = destination;
  const unsigned char *from = source;
  size_t i;
  for (i = 0; i < size; i++) to[i] = from[i];
  return destination;
}

void *memmove(void *destination, const void *source, size_t size) {
  unsigned char *to = destination;
  const unsigned char *from = source;
  size_t i;
  if (to == from || size == 0) return destination;
  /* Comparing unrelated pointers is fine on a flat address space, and needed to pick a safe direction. */
  if (to < from) {
    for (i = 0; i < size; i++) to[i] = from[i];
  } else {
    for (i = size; i > 0; i--) to[i - 1] = from[i - 1];
  }
  return destination;
}

void *memset(void *destination, int c, size_t size) {
  unsigned char *to = destination;
  size_t i;
  for (i = 0; i < size; i++) to[i] = (unsigned char)c;
  return destination;
}
#endif

int memcmp(const void *left, const void *right, size_t size) {
  const unsigned char *a = left;
  const unsigned char *b = right;
  size_t i;
  for (i = 0; i < size; i++) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

void *memchr(const void *source, int c, size_t size) {
  const unsigned char *bytes = source;
  unsigned char wanted = (unsigned char)c;
  size_t i;
  for (i = 0; i < size; i++) {
    if (bytes[i] == wanted) return (void *)(bytes + i);
  }
  return NULL;
}

size_t strlen(const char *string) {
  size_t length = 0;
  while (string[length] != '\0') length++;
  return length;
}

size_t strnlen(const char *string, size_t limit) {
  size_t length = 0;
  while (length < limit && string[length] != '\0') length++;
  return length;
}

char *strcpy(char *destination, const char *source) {
  size_t i = 0;
  while ((destination[i] = source[i]) != '\0') i++;
  return destination;
}

char *strncpy(char *destination, const char *source, size_t size) {
  size_t i = 0;
  while (i < size && source[i] != '\0') {
    destination[i] = source[i];
    i++;
  }
  while (i < size) destination[i++] = '\0';
  return destination;
}

char *strcat(char *destination, const char *source) {
  strcpy(destination + strlen(destination), source);
  return destination;
}

char *strncat(char *destination, const char *source, size_t size) {
  char *end = destination + strlen(destination);
  size_t i = 0;
  while (i < size && source[i] != '\0') {
    end[i] = source[i];
    i++;
  }
  end[i] = '\0';
  return destination;
}

int strcmp(const char *left, const char *right) {
  const unsigned char *a = (const unsigned char *)left;
  const unsigned char *b = (const unsigned char *)right;
  while (*a != '\0' && *a == *b) {
    a++;
    b++;
  }
  return (int)*a - (int)*b;
}

int strncmp(const char *left, const char *right, size_t size) {
  const unsigned char *a = (const unsigned char *)left;
  const unsigned char *b = (const unsigned char *)right;
  size_t i;
  for (i = 0; i < size; i++) {
    if (a[i] != b[i] || a[i] == '\0') return (int)a[i] - (int)b[i];
  }
  return 0;
}

int strcoll(const char *left, const char *right) { return strcmp(left, right); }

size_t strxfrm(char *destination, const char *source, size_t size) {
  size_t length = strlen(source);
  if (length < size) strcpy(destination, source);
  return length;
}

char *strchr(const char *string, int c) {
  char wanted = (char)c;
  for (;; string++) {
    if (*string == wanted) return (char *)string;
    if (*string == '\0') return NULL;
  }
}

char *strrchr(const char *string, int c) {
  char wanted = (char)c;
  const char *found = NULL;
  for (;; string++) {
    if (*string == wanted) found = string;
    if (*string == '\0') return (char *)found;
  }
}

char *strstr(const char *haystack, const char *needle) {
  size_t length = strlen(needle);
  if (length == 0) return (char *)haystack;
  for (; *haystack != '\0'; haystack++) {
    if (*haystack == *needle && strncmp(haystack, needle, length) == 0) return (char *)haystack;
  }
  return NULL;
}

size_t strspn(const char *string, const char *accept) {
  size_t length = 0;
  while (string[length] != '\0' && strchr(accept, string[length]) != NULL) length++;
  return length;
}

size_t strcspn(const char *string, const char *reject) {
  size_t length = 0;
  while (string[length] != '\0' && strchr(reject, string[length]) == NULL) length++;
  return length;
}

char *strpbrk(const char *string, const char *accept) {
  string += strcspn(string, accept);
  return *string != '\0' ? (char *)string : NULL;
}

char *strtok(char *string, const char *separators) {
  static char *next;
  char *token;
  if (string == NULL) string = next;
  if (string == NULL) return NULL;
  string += strspn(string, separators);
  if (*string == '\0') {
    next = NULL;
    return NULL;
  }
  token = string;
  string += strcspn(string, separators);
  if (*string != '\0') {
    *string = '\0';
    next = string + 1;
  } else {
    next = NULL;
  }
  return token;
}

char *strdup(const char *string) {
  size_t size = strlen(string) + 1;
  char *copy = malloc(size);
  if (copy != NULL) memcpy(copy, string, size);
  return copy;
}

char *strndup(const char *string, size_t limit) {
  size_t length = strnlen(string, limit);
  char *copy = malloc(length + 1);
  if (copy != NULL) {
    memcpy(copy, string, length);
    copy[length] = '\0';
  }
  return copy;
}
