/* days.c — the names of ContraDate's grains (base/days.h). */
#include "base/days.h"

const char *const contra_grain_names[CONTRA_GRAIN_CENTURY + 2] = {
  "none", "day", "week", "month", "season", "year", "decade", "century", NULL,
};
