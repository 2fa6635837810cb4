/* A header that includes another local header and counts how often it is included. */
#include "local_header.h"

#ifndef NESTED_INCLUDES
#define NESTED_INCLUDES 1
#define NESTED_VALUE (LOCAL_ANSWER + 1)
#else
#undef NESTED_VALUE
#define NESTED_VALUE (LOCAL_ANSWER + 100)
#endif
