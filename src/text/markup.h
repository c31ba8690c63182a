/* markup.h — prose blocks from Markdown or plain text.
 *
 * Markdown: ATX and setext headings, paragraphs, list items, block quotes; fenced and
 * indented code, HTML blocks and comments, front matter, link reference definitions
 * and link targets are not prose. Inline markup (emphasis, code spans, links, images,
 * autolinks, backslash escapes, HTML tags) is removed from the clean text.
 *
 * Plain text: when most lines are long (paragraph-per-line text scraped from the
 * web), every line is a block; otherwise blank lines separate paragraphs. A short line
 * without final punctuation between blocks is a heading. Backslash escapes of
 * punctuation ("\$18") are removed here too.
 *
 * A paragraph broken in two by page debris (it ends without final punctuation and the
 * next begins in lower case, or it ends on a word like "the") is joined with the next.
 */
#pragma once

#include <glib.h>

#include "text/document.h"

G_BEGIN_DECLS

/* Appends the prose blocks of text[from, to) to @blocks (ContraBlock*), skipping the
 * @ignored ranges (sorted). The caller sets each block's section afterwards. */
void contra_markup_blocks (const char *text,
                           gsize from,
                           gsize to,
                           ContraFormat format,
                           const ContraRange *ignored,
                           guint n_ignored,
                           GPtrArray *blocks);

/* The byte length of YAML front matter ("---\n...\n---\n") at the start of @text,
 * or 0 when there is none. */
gsize contra_markup_front_matter (const char *text, gsize length);

void contra_block_free (ContraBlock *block);

G_END_DECLS
