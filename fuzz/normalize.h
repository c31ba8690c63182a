/* normalize.h — running value normalisers over a sentence, for the fuzz targets of
 * the date and amount normalisers. */
#pragma once

#include "fuzz.h"

#include "normalize/normalizer.h"

/* Decodes @data as a sentence and offers every token to each of @normalizers, with
 * two date contexts (a reference date in the past; an anchor and the future), as the
 * mention finder does but at every token, not only where can_start() says yes. Checks
 * that a match spans tokens that exist, that can_start() lets every match through,
 * and that the value prints as UTF-8. */
void fuzz_normalize (const uint8_t *data, size_t size, const ContraNormalizer *const *normalizers, guint n);
