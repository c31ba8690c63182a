/* timing.c — stage timings in the debug log. */
#include "base/timing.h"

void
contra_timer_lap (ContraTimer *timer, const char *stage)
{
  gint64 now = g_get_monotonic_time ();

  g_debug ("%s: %.3f s", stage, (double) (now - timer->start) / G_USEC_PER_SEC);
  timer->start = now;
}
