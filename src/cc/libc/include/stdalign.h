/* stdalign.h: the C11 spellings alignas and alignof; _Alignas and _Alignof exist in every dialect. */
#ifndef __TESSERA_STDALIGN_H
#define __TESSERA_STDALIGN_H

#define alignas _Alignas
#define alignof _Alignof
#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif
