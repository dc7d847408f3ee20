/* check.h — named defensive checks (SQLite's ALWAYS/NEVER, git's BUG).
 *
 * DY_ALWAYS(x) / DY_NEVER(x) mark conditions believed always true / never
 * true: in debug builds they assert, in release builds they pass the value
 * through so the defensive branch still protects the program. DY_BUG()
 * reports a programmer error with file:line and aborts. */
#ifndef DY_CHECK_H
#define DY_CHECK_H

#include <assert.h>

#ifndef NDEBUG
#define DY_ALWAYS(x) ((x) ? 1 : (assert(0 && #x), 0))
#define DY_NEVER(x)  ((x) ? (assert(0 && #x), 1) : 0)
#else
#define DY_ALWAYS(x) (x)
#define DY_NEVER(x)  (x)
#endif

#define DY_BUG(msg) dy_bug(__FILE__, __LINE__, (msg))
_Noreturn void dy_bug(const char *file, int line, const char *msg);

#if defined(__GNUC__)
#define DY_LIKELY(x)   __builtin_expect(!!(x), 1)
#define DY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define DY_HIDDEN      __attribute__((visibility("hidden")))
#define DY_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DY_LIKELY(x)   (x)
#define DY_UNLIKELY(x) (x)
#define DY_HIDDEN
#define DY_PRINTF(f, a)
#endif

#define DY_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
