/* markup.h — prose blocks from Markdown or plain text.
 *
 * Markdown (read by md4c): ATX and setext headings, paragraphs, list items, block
 * quotes, table rows (a header row is a heading; a body row a block of its own, its
 * cells joined by " | ") and footnote definitions (with their indented paragraphs);
 * fenced and indented code (inside quotes and list items too), HTML blocks and
 * comments, front matter, link reference definitions and link targets are not prose. Inline markup (emphasis, code spans,
 * links, images, autolinks, backslash escapes, HTML tags, footnote references) is
 * removed from the clean text.
 *
 * Plain text: when most lines are long (paragraph-per-line text scraped from the
 * web), every line is a block; otherwise blank lines separate paragraphs. A short line
 * without final punctuation between blocks is a heading. Backslash escapes of
 * punctuation ("\$18") are removed here too. ("Most lines are long" is measured as:
 * at least one non-blank line in ten is over 120 characters; hard-wrapped text has
 * next to none. Within a hard-wrapped paragraph a line break is one space.)
 *
 * A paragraph broken in two by page debris (it ends without final punctuation and the
 * next begins in lower case, or it ends on a word like "the") is joined with the next.
 */
#pragma once

#include <glib.h>

#include "text/block.h"

G_BEGIN_DECLS

/* Appends the prose blocks of text[from, to) to @blocks (ContraBlock*), skipping the
 * @ignored ranges (sorted and disjoint, as contra_document_ignore() keeps them; a
 * range that cuts a character takes all of it). Each block's paragraph is its index
 * in @blocks; the caller sets each block's section afterwards. */
void contra_markup_blocks (const char *text,
                           gsize from,
                           gsize to,
                           ContraFormat format,
                           const ContraRange *ignored,
                           guint n_ignored,
                           GPtrArray *blocks);

/* The same, with blocks never continuing across the offsets @breaks (sorted; section
 * boundaries), so that a section starts a block of its own and no paragraph is
 * joined across it. The plain-text layout is chosen once for all of [from, to).
 * When @comments is not NULL, the HTML comments "<!-- ... -->" that are not code
 * (in Markdown, those md4c reads as HTML; in plain text, all) are appended to it as
 * ContraRange, in order, each from "<!--" to after "-->". */
void contra_markup_blocks_split (const char *text,
                                 gsize from,
                                 gsize to,
                                 ContraFormat format,
                                 const ContraRange *ignored,
                                 guint n_ignored,
                                 const gsize *breaks,
                                 guint n_breaks,
                                 GPtrArray *blocks,
                                 GArray *comments);

/* TRUE when @text, whatever its file name, is plainly Markdown: an ATX heading
 * ("## Title"), a fenced code block, an inline link "[text](url)", or strong
 * emphasis on two lines. Only the first 256 KiB are looked at. */
gboolean contra_markup_looks_like_markdown (const char *text, gsize length);

/* The byte length of YAML front matter ("---\n...\n---\n") at the start of @text,
 * or 0 when there is none. Every line between the fences must look like YAML (a
 * "key:" line, a list item, an indented line or a comment), so that a text opening
 * with a horizontal rule keeps its prose. contra_markup_blocks() skips it when
 * @from is 0. */
gsize contra_markup_front_matter (const char *text, gsize length);

G_END_DECLS
