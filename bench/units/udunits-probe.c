/* udunits-probe.c — how much of what news text writes UDUNITS-2 parses, and at what
 * cost; the figures are in lang/en/README.md. Not built by meson (UDUNITS-2 is no
 * dependency of contra):
 *
 *   apt-get install libudunits2-dev
 *   cc -O2 bench/units/udunits-probe.c -o /tmp/udunits-probe -ludunits2 && /tmp/udunits-probe
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <udunits2.h>

static double now (void) { struct timespec t; clock_gettime (CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

int main (void)
{
  static const char *news[] = {
    "km", "sq mi", "km²", "km2", "mph", "ft", "feet", "foot", "acres", "acre", "hectares", "ha",
    "tonnes", "tonne", "tons", "metric tons", "°C", "°F", "knots", "nautical miles", "metres", "meters",
    "miles", "mi", "square kilometres", "square miles", "sq km", "kph", "km/h", "lb", "lbs", "pounds",
    "inches", "in", "gallons", "litres", "liters", "barrels", "m", "cm", "kg", "yards", "kilometres", "kilometers",
  };
  int n = sizeof news / sizeof *news, ok = 0;
  ut_set_error_message_handler (ut_ignore);
  double t0 = now ();
  ut_system *sys = ut_read_xml (NULL);
  double t1 = now ();
  ut_unit *metre = ut_get_unit_by_name (sys, "meter");
  for (int k = 0; k < n; k++)
    {
      ut_unit *u = ut_parse (sys, news[k], UT_UTF8);
      printf ("%-20s %s\n", news[k], u ? "parsed" : "-");
      ok += u != NULL;
      ut_free (u);
    }
  double t2 = now ();
  int reps = 20000;
  for (int r = 0; r < reps; r++)
    ut_free (ut_parse (sys, news[r % n], UT_UTF8));
  double t3 = now ();
  ut_unit *mile = ut_parse (sys, "mile", UT_UTF8);
  cv_converter *cv = ut_get_converter (mile, metre);
  printf ("43 mile = %.1f m\n", cv_convert_double (cv, 43));
  printf ("coverage %d/%d; ut_read_xml %.1f ms; ut_parse %.2f us each\n", ok, n, (t1 - t0) * 1e3, (t3 - t2) / reps * 1e6);
  return 0;
}
