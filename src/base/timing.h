/* timing.h — how long each stage took, for whoever measures contra.
 *
 * A stage's time goes to the debug log (G_MESSAGES_DEBUG=contra), so that the
 * benchmark can tell reading, reconciling and writing apart without a profiler:
 *
 *   contra-DEBUG: 12:01:02.345: reconcile: compare firsts: 0.034 s
 *
 * It costs a clock read per stage and nothing when the log is off.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gint64 start;
} ContraTimer;

static inline void
contra_timer_start (ContraTimer *timer)
{
  timer->start = g_get_monotonic_time ();
}

/* Logs the time since the timer started (or last lapped) as @stage's, and restarts it. */
void contra_timer_lap (ContraTimer *timer, const char *stage);

G_END_DECLS
