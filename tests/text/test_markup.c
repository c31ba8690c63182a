/* test_markup.c — prose blocks from Markdown and plain text.
 *
 * Each row is an input and the blocks it must give, one per line as "K|clean text"
 * with K one of H (heading), P (paragraph), L (list item), Q (block quote), T (table
 * row). Every block's runs are checked against the source: a clean byte is its
 * source byte, or a space standing for a line break.
 */
#include "table.h"

#include <string.h>

#include "text/markup.h"

#define MD CONTRA_FORMAT_MARKDOWN
#define TXT CONTRA_FORMAT_PLAIN

typedef struct
{
  const char *name;
  ContraFormat format;
  const char *input;
  const char *expected;     /* blocks, "K|text" joined with "\n" */
  gboolean replaced;        /* entities: some runs are not byte for byte */
} BlockRow;

/* 130 characters: a "long" line for the plain-text layout. */
#define LONG_A "Long line one is a paragraph scraped from the web and it goes on and on, well past any wrapping width, so that it counts as long."
#define LONG_B "Long line two is a second paragraph on the very next line, with no blank line between, as scraped text often comes, also long."

static const BlockRow block_rows[] = {
  /* Markdown: headings */
  {"ATX heading with strong emphasis", MD, "## **Title**\n", "H|Title", FALSE},
  {"ATX heading with closing hashes", MD, "# Title #\n\nText.", "H|Title\nP|Text.", FALSE},
  {"ATX heading keeps a hash inside", MD, "# C# rocks\n", "H|C# rocks", FALSE},
  {"hashtag is not a heading", MD, "#hashtag here\n", "P|#hashtag here", FALSE},
  {"setext heading", MD, "Title\n=====\n\nText.", "H|Title\nP|Text.", FALSE},
  {"setext heading level two", MD, "A Title\n---\nText.", "H|A Title\nP|Text.", FALSE},
  {"heading is never joined", MD, "# Title without period\n\nlowercase start.", "H|Title without period\nP|lowercase start.", FALSE},
  /* Markdown: paragraphs and containers */
  {"paragraph lines join", MD, "One line\nand two.\n", "P|One line and two.", FALSE},
  {"CRLF paragraph lines join", MD, "One line\r\nand two.\r\n\r\nNext.\r\n", "P|One line and two.\nP|Next.", FALSE},
  {"CRLF table", MD, "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n", "H|a | b\nT|1 | 2", FALSE},
  {"paragraph continuation indentation dropped", MD, "One line\n    and two.\n", "P|One line and two.", FALSE},
  {"blank line separates", MD, "One.\n\nTwo.\n", "P|One.\nP|Two.", FALSE},
  {"bullet list", MD, "- first item\n- second item\n", "L|first item\nL|second item", FALSE},
  {"ordered list", MD, "1. one\n2. two\n", "L|one\nL|two", FALSE},
  {"list item continuation", MD, "- item\n  continued here\n", "L|item continued here", FALSE},
  {"list item lazy continuation", MD, "- item\ncontinued here\n", "L|item continued here", FALSE},
  {"nested list", MD, "- outer\n  - inner\n", "L|outer\nL|inner", FALSE},
  {"list paragraph after a blank", MD, "- item one.\n\n  More about it.\n\nAfter.", "L|item one.\nL|More about it.\nP|After.", FALSE},
  {"task list box", MD, "- [ ] to do\n- [x] done\n", "L|to do\nL|done", FALSE},
  {"numbers do not interrupt a paragraph", MD, "The count was\n2014. It rose.\n", "P|The count was 2014. It rose.", FALSE},
  {"block quote", MD, "> quoted\n> text\n", "Q|quoted text", FALSE},
  {"block quote lazy continuation", MD, "> quoted\ntext\n\nAfter.", "Q|quoted text\nP|After.", FALSE},
  {"nested quote", MD, "> > deep\n", "Q|deep", FALSE},
  {"thematic break", MD, "One.\n\n***\n\nTwo.", "P|One.\nP|Two.", FALSE},
  /* Markdown: what is not prose */
  {"fenced code skipped", MD, "Before.\n\n```c\nint x = 1;\n```\n\nAfter.", "P|Before.\nP|After.", FALSE},
  {"tilde fence skipped", MD, "~~~\ncode\n~~~\nAfter.", "P|After.", FALSE},
  {"longer fence needs a longer close", MD, "````\n```\nstill code\n````\nAfter.", "P|After.", FALSE},
  {"unclosed fence runs to the end", MD, "Before.\n```\ncode\n\nmore code", "P|Before.", FALSE},
  {"indented code skipped", MD, "Para.\n\n    code line\n    more code\n\nAfter.", "P|Para.\nP|After.", FALSE},
  {"tab-indented code skipped", MD, "Para.\n\n\tcode line\n\nAfter.", "P|Para.\nP|After.", FALSE},
  {"HTML comment on one line", MD, "<!-- note -->\nText.", "P|Text.", FALSE},
  {"HTML comment over lines", MD, "<!--\nhidden\n\nstill hidden\n-->\nText.", "P|Text.", FALSE},
  {"inline HTML comment", MD, "Text <!-- hidden --> more.", "P|Text  more.", FALSE},
  {"inline HTML comment over lines", MD, "Text <!-- hidden\nstill --> more.", "P|Text  more.", FALSE},
  {"HTML block", MD, "<div>\nstuff\n</div>\n\nText.", "P|Text.", FALSE},
  {"script block", MD, "<script>\nvar a;\n\nvar b;\n</script>\nText.", "P|Text.", FALSE},
  {"front matter", MD, "---\ntitle: X\ndate: 2015-06-05\n---\nBody.", "P|Body.", FALSE},
  {"front matter with CRLF", MD, "---\r\ntitle: X\r\n---\r\nBody.", "P|Body.", FALSE},
  {"a rule first is not front matter", MD, "---\nJust a line\n---\n", "H|Just a line", FALSE},
  {"link reference definition", MD, "[ref]: http://example.com\n\nText.", "P|Text.", FALSE},
  /* Markdown: tables and footnotes are prose; a row is a block, its header a heading */
  {"table", MD, "| a | b |\n|---|:-:|\n| 1 | 2 |\n\nText.", "H|a | b\nT|1 | 2\nP|Text.", FALSE},
  {"table without outer pipes", MD, "Year | Event\n--- | ---\n2011 | MOU signed\n", "H|Year | Event\nT|2011 | MOU signed", FALSE},
  {"table cell markup", MD, "| a | b |\n|---|---|\n| **1** | [x](u) |\n", "H|a | b\nT|1 | x", TRUE},
  {"table empty cell", MD, "| a | b | c |\n|---|---|---|\n| 1 |  | 3 |\n", "H|a | b | c\nT|1 | 3", FALSE},
  {"table in a list item", MD, "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n", "L|item\nH|a | b\nT|1 | 2", FALSE},
  {"table rows are never joined", MD, "| a | b |\n|---|---|\n| one of the | two |\n| three | four |\n",
   "H|a | b\nT|one of the | two\nT|three | four", FALSE},
  {"code span over a line break", MD, "Run `contra report\n--corpus .` now.", "P|Run contra report --corpus . now.", FALSE},
  {"footnote definition", MD, "Signed in 2011.[^1]\n\n[^1]: The MOU was signed in 2012.\n",
   "P|Signed in 2011.\nP|The MOU was signed in 2012.", FALSE},
  {"footnote of one word is no link definition", MD, "A.[^n]\n\n[^n]: 2012\n", "P|A.\nP|2012", FALSE},
  {"footnote reference inside a sentence", MD, "Signed in 2011[^note] by both.", "P|Signed in 2011 by both.", FALSE},
  {"footnote over two paragraphs", MD, "A.[^n]\n\n[^n]: First part.\n\n    Second part, signed in 2012.\n\nAfter.\n",
   "P|A.\nP|First part.\nP|Second part, signed in 2012.\nP|After.", FALSE},
  {"footnote with a lazy line", MD, "[^n]: First\nline of it.\n", "P|First line of it.", FALSE},
  {"indented code after a footnote's end is code", MD, "[^n]: Note.\n\nText.\n\n    code\n", "P|Note.\nP|Text.", FALSE},
  {"a caret without a label stays", MD, "x[^] and [^ y]", "P|x[^] and [^ y]", FALSE},
  /* Markdown: code inside containers is code */
  {"code fenced in a block quote", MD, "> Quoted.\n>\n> ```\n> code. Not prose.\n> ```\n> After.\n",
   "Q|Quoted.\nQ|After.", FALSE},
  {"code indented in a block quote", MD, "> Quoted.\n>\n>     code line\n", "Q|Quoted.", FALSE},
  {"code fenced in a list item", MD, "- Item.\n\n  ```\n  code\n  ```\n", "L|Item.", FALSE},
  /* Markdown: inline */
  {"inline link", MD, "See [the text](http://x.com/a_b*c*) here.", "P|See the text here.", FALSE},
  {"link with title", MD, "See [text](http://x.com \"Title\") here.", "P|See text here.", FALSE},
  {"link with parentheses in the target", MD, "A [b](http://x.com/(c)) d.", "P|A b d.", FALSE},
  {"mailto link", MD, "*Lai ([binhlt@mofa.gov.vn](mailto:binhlt@mofa.gov.vn)) is.*", "P|Lai (binhlt@mofa.gov.vn) is.", FALSE},
  {"reference link", MD, "A [text][ref] b.\n\n[ref]: http://x", "P|A text b.", FALSE},
  {"collapsed reference link", MD, "A [Ref][] b.\n\n[ref]: http://x", "P|A Ref b.", FALSE},
  {"shortcut reference link", MD, "A [ref] b.\n\n[ref]: http://x", "P|A ref b.", FALSE},
  {"undefined brackets stay", MD, "Footnote [1] stays.", "P|Footnote [1] stays.", FALSE},
  {"link text with emphasis", MD, "[*a* b](u) c", "P|a b c", FALSE},
  {"image dropped", MD, "![alt text](img.png) Caption.", "P|Caption.", FALSE},
  {"image inside a link", MD, "[![alt](i.png) text](u) end", "P|text end", FALSE},
  {"autolink removed", MD, "See <http://example.com> now.", "P|See  now.", FALSE},
  {"e-mail autolink removed", MD, "Mail <a@b.org> now.", "P|Mail  now.", FALSE},
  {"HTML tags removed", MD, "<b>bold</b> text<br/>.", "P|bold text.", FALSE},
  {"emphasis markers", MD, "*a* **b** _c_ ***d*** __e__", "P|a b c d e", FALSE},
  {"emphasis over a line break", MD, "*one\ntwo*", "P|one two", FALSE},
  {"intraword underscores stay", MD, "snake_case_name here", "P|snake_case_name here", FALSE},
  {"intraword asterisks pair", MD, "un*frigging*believable", "P|unfriggingbelievable", FALSE},
  {"lone asterisks stay", MD, "2 * 3 = 6 and a*b", "P|2 * 3 = 6 and a*b", FALSE},
  {"unmatched opener stays", MD, "**bold without end", "P|**bold without end", FALSE},
  {"strikethrough", MD, "~~old~~ new", "P|old new", FALSE},
  {"code span", MD, "Use `printf()` now.", "P|Use printf() now.", FALSE},
  {"code span with backticks", MD, "A ``x ` y`` b.", "P|A x ` y b.", FALSE},
  {"code span keeps markup", MD, "A `*x* [y](z)` b.", "P|A *x* [y](z) b.", FALSE},
  {"unmatched backtick stays", MD, "It`s fine.", "P|It`s fine.", FALSE},
  {"backslash escapes", MD, "\\$18 and \\*not\\* \\[x\\]", "P|$18 and *not* [x]", FALSE},
  {"backslash before a letter stays", MD, "C:\\Users", "P|C:\\Users", FALSE},
  {"hard line break backslash", MD, "one\\\ntwo", "P|one two", FALSE},
  {"entities", MD, "AT&amp;T &#8212; &#x41; &bogus; &", "P|AT&T \u2014 A &bogus; &", TRUE},
  /* Joining paragraphs broken by debris */
  {"join after a function word", MD, "Vietnam was very careful with global matters. The\n\nUS has focused on building relations.",
   "P|Vietnam was very careful with global matters. The US has focused on building relations.", FALSE},
  {"join before lower case", MD, "Secretary of State John Kerry said\n\nthat the prime minister was clear.",
   "P|Secretary of State John Kerry said that the prime minister was clear.", FALSE},
  {"join over a quote", MD, "He said\n\n\u201Cwas very clear.\u201D", "P|He said \u201Cwas very clear.\u201D", FALSE},
  {"no join after a period", MD, "It ends.\n\nlowercase start.", "P|It ends.\nP|lowercase start.", FALSE},
  {"no join after a closing quote", MD, "He said \u201Cno.\u201D\n\nthen left.", "P|He said \u201Cno.\u201D\nP|then left.", FALSE},
  {"no join before a capital", MD, "No final stop\n\nThen a capital.", "P|No final stop\nP|Then a capital.", FALSE},
  {"no join of list items", MD, "- item the\n- next item", "L|item the\nL|next item", FALSE},
  /* Plain text */
  {"plain: hard-wrapped paragraphs", TXT, "First line of a\nwrapped paragraph.\n\nSecond one.",
   "P|First line of a wrapped paragraph.\nP|Second one.", FALSE},
  {"plain: CRLF wrapped paragraph", TXT, "Line one\r\nline two.\r\n\r\nNext.\r\n", "P|Line one line two.\nP|Next.", FALSE},
  {"plain: long lines are paragraphs", TXT, LONG_A "\n" LONG_B "\n", "P|" LONG_A "\nP|" LONG_B, FALSE},
  {"plain: short line between long ones is a heading", TXT, LONG_A "\nA Short Heading\n" LONG_B "\n",
   "P|" LONG_A "\nH|A Short Heading\nP|" LONG_B, FALSE},
  {"plain: fact-box lines are statements of their own", TXT,
   "Studio albums\t6\nLive albums\t2\nA line of prose\nthat wraps.\n",
   "P|Studio albums\t6\nP|Live albums\t2\nP|A line of prose that wraps.", FALSE},
  {"plain: a tab that opens a line is indentation", TXT, "\tIndented line of a\nwrapped paragraph.\n",
   "P|Indented line of a wrapped paragraph.", FALSE},
  {"plain: heading", TXT, "Short Title\n\nA paragraph that ends.", "H|Short Title\nP|A paragraph that ends.", FALSE},
  {"plain: heading in quotes", TXT, "\u201CUnder the Dragon\u2019s Shadow\u201D\n\nText.",
   "H|\u201CUnder the Dragon\u2019s Shadow\u201D\nP|Text.", FALSE},
  {"plain: a sentence is no heading", TXT, "It ends here.\n\nText.", "P|It ends here.\nP|Text.", FALSE},
  {"plain: a long line is no heading",
   TXT, "This line has no final punctuation but it is far too long to be any sort of a heading at all\n\nText.",
   "P|This line has no final punctuation but it is far too long to be any sort of a heading at all\nP|Text.", FALSE},
  {"plain: a comma is no heading", TXT, "Foreign Policy, Dec. 16, 2013,\n\nText.", "P|Foreign Policy, Dec. 16, 2013,\nP|Text.", FALSE},
  {"plain: a heading before a lowercase heading", TXT, "Security Cooperation: Prospects\n\ncntv | \u4F5C\u8005: Xin\n\nText.",
   "H|Security Cooperation: Prospects\nH|cntv | \u4F5C\u8005: Xin\nP|Text.", FALSE},
  {"plain: short line before lower case joins", TXT, "Short line\n\nlowercase continues here.", "P|Short line lowercase continues here.", FALSE},
  {"plain: escapes", TXT, "It costs \\$18 million, said C:\\Users.", "P|It costs $18 million, said C:\\Users.", FALSE},
  {"plain: Markdown stays literal", TXT, "## **Title** here", "H|## **Title** here", FALSE},
  {"plain: French closing guillemet ends", TXT, "Collection Chars\n\nCollectionnez les miniatures. \u00BB",
   "H|Collection Chars\nP|Collectionnez les miniatures. \u00BB", FALSE},
  {"plain: white space trimmed", TXT, "  \t Text with spaces.  \n", "P|Text with spaces.", FALSE},
  {"plain: blank lines only", TXT, "\n\n  \n", "", FALSE},
  {"plain: empty", TXT, "", "", FALSE},
  {"markdown: empty", MD, "", "", FALSE},
};

static char
kind_letter (ContraBlockKind kind)
{
  switch (kind)
    {
    case CONTRA_BLOCK_HEADING: return 'H';
    case CONTRA_BLOCK_PARAGRAPH: return 'P';
    case CONTRA_BLOCK_LIST_ITEM: return 'L';
    case CONTRA_BLOCK_QUOTE: return 'Q';
    case CONTRA_BLOCK_TABLE_ROW: return 'T';
    default: return '?';
    }
}

static char *
describe_blocks (GPtrArray *blocks)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const ContraBlock *b = blocks->pdata[i];
      if (i > 0)
        g_string_append_c (s, '\n');
      g_string_append_printf (s, "%c|%s", kind_letter (b->kind), b->text);
    }
  return g_string_free (s, FALSE);
}

/* Every clean byte maps to its own source byte, or is a space for a line break. */
static void
check_runs (const char *source, gsize source_length, const ContraBlock *b)
{
  assert_true (b->runs->len > 0);
  assert_int_equal (g_array_index (b->runs, ContraRun, 0).clean, 0);
  assert_int_equal (strlen (b->text), b->length);
  assert_true (b->start <= b->end && b->end <= source_length);
  for (guint r = 0; r < b->runs->len; r++)
    {
      const ContraRun *run = &g_array_index (b->runs, ContraRun, r);
      gsize end = r + 1 < b->runs->len ? g_array_index (b->runs, ContraRun, r + 1).clean : b->length;
      assert_true (end > run->clean);
      for (gsize k = run->clean; k < end; k++)
        {
          gsize s = run->source + (k - run->clean);
          assert_true (s < source_length);
          char c = b->text[k], o = source[s];
          if (c != o && !(c == ' ' && (o == '\n' || o == '\r')))
            fail_msg ("clean byte %zu '%c' maps to source byte %zu '%c' in \"%s\"", k, c, s, o, b->text);
        }
    }
  assert_int_equal (contra_block_source_offset (b, 0, FALSE), b->start);
  assert_int_equal (contra_block_source_offset (b, b->length, TRUE), b->end);
}

static void
test_blocks (void **state)
{
  const BlockRow *row = *state;
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);
  gsize n = strlen (row->input);

  contra_markup_blocks (row->input, 0, n, row->format, NULL, 0, blocks);
  g_autofree char *got = describe_blocks (blocks);
  assert_string_equal (got, row->expected);
  for (guint i = 0; i < blocks->len; i++)
    {
      const ContraBlock *b = blocks->pdata[i];
      assert_int_equal (b->paragraph, i);
      if (!row->replaced)
        check_runs (row->input, n, b);
    }
}

/* Ignored ranges: a block inside one is dropped, a block across one is cut. */
static void
test_ignored (void **state)
{
  (void) state;
  const char *text = "Keep this.\n\nADVERT BUY NOW\n\nHalf ADVERT kept.\n";
  const char *advert = strstr (text, "ADVERT BUY NOW");
  const char *inner = strstr (text, "ADVERT kept");
  ContraRange ranges[] = {
    {(gsize) (advert - text), (gsize) (advert - text) + 14},
    {(gsize) (inner - text), (gsize) (inner - text) + 7},
  };
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (text, 0, strlen (text), TXT, ranges, 2, blocks);
  g_autofree char *got = describe_blocks (blocks);
  assert_string_equal (got, "P|Keep this.\nP|Half kept.");
  const ContraBlock *b = blocks->pdata[1];
  assert_int_equal (b->runs->len, 2);
  check_runs (text, strlen (text), b);
}

/* A paragraph broken by an ignored advert joins up again. */
static void
test_ignored_then_joined (void **state)
{
  (void) state;
  const char *text = "The embargo was lifted by the\n\nADVERT\n\nUnited States in 2016.\n";
  const char *advert = strstr (text, "ADVERT");
  ContraRange range = {(gsize) (advert - text), (gsize) (advert - text) + 6};
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (text, 0, strlen (text), TXT, &range, 1, blocks);
  g_autofree char *got = describe_blocks (blocks);
  assert_string_equal (got, "P|The embargo was lifted by the United States in 2016.");
}

/* Section boundaries: no block and no join across them. */
static void
test_breaks (void **state)
{
  (void) state;
  const char *text = "Body text ends with the\n\ncomment text here.\n";
  gsize brk = (gsize) (strstr (text, "comment") - text);
  g_autoptr (GPtrArray) joined = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);
  g_autoptr (GPtrArray) split = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (text, 0, strlen (text), TXT, NULL, 0, joined);
  assert_int_equal (joined->len, 1);
  contra_markup_blocks_split (text, 0, strlen (text), TXT, NULL, 0, &brk, 1, split, NULL);
  g_autofree char *got = describe_blocks (split);
  assert_string_equal (got, "P|Body text ends with the\nP|comment text here.");
}

/* From/to: only that part of the text, and ordinals go on from the array's length. */
static void
test_range_and_ordinals (void **state)
{
  (void) state;
  const char *text = "One.\n\nTwo.\n\nThree.\n";
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (text, 0, 5, TXT, NULL, 0, blocks);
  contra_markup_blocks (text, 6, strlen (text), TXT, NULL, 0, blocks);
  g_autofree char *got = describe_blocks (blocks);
  assert_string_equal (got, "P|One.\nP|Two.\nP|Three.");
  for (guint i = 0; i < blocks->len; i++)
    assert_int_equal (((ContraBlock *) blocks->pdata[i])->paragraph, i);
  assert_int_equal (((ContraBlock *) blocks->pdata[2])->start, 12);
}

/* The exact source span [start, end) of a piece of clean text: its first character
 * and just after its last, with markup inside kept and markup around left out. */
typedef struct
{
  const char *name;
  const char *input;        /* Markdown */
  const char *clean;        /* found in one block's clean text */
  gsize start;
  gsize end;
} SpanRow;

static const SpanRow span_rows[] = {
  {"emphasis", "The **MOU** was signed in *2011*.\n", "MOU was signed in 2011", 6, 31},
  {"link", "See [the MOU](http://x.org/a) of 2011.\n", "the MOU of 2011", 5, 37},
  {"link text only", "See [the MOU](http://x.org/a) of 2011.\n", "the MOU", 5, 12},
  {"table cell", "| Year | Event |\n| --- | --- |\n| 2011 | MOU signed |\n", "MOU signed", 40, 50},
  {"table row", "| Year | Event |\n| --- | --- |\n| 2011 | MOU signed |\n", "2011 | MOU signed", 33, 50},
  {"table header cell", "| Year | Event |\n| --- | --- |\n| 2011 | MOU signed |\n", "Event", 9, 14},
  {"footnote", "Text.[^1]\n\n[^1]: Signed in 2012.\n", "Signed in 2012.", 17, 32},
  {"footnote's second paragraph", "[^n]: First.\n\n    Signed in 2012.\n", "Signed in 2012.", 18, 33},
  {"footnote reference cut out", "Signed in 2011[^1] by both.\n\n[^1]: x\n", "2011 by both", 10, 26},
  {"quote after fenced code", "> ```\n> 2011\n> ```\n> Signed in 2012.\n", "Signed in 2012.", 21, 36},
  {"soft line break", "Signed\nin 2012.\n", "Signed in", 0, 9},
  /* Without spaces around the pipe, the separator maps onto it, never into the "é"
   * after it (found by fuzzing: a sentence's span cut a character). */
  {"separator on a bare pipe", "|a|b|\n|---|---|\n|x|\u00E9 is|\n", "| \u00E9 is", 18, 24},
  {"an end inside a separator", "|a|b|\n|---|---|\n|x|\u00E9 is|\n", "x |", 17, 19},
};

static void
test_spans (void **state)
{
  const SpanRow *row = *state;
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (row->input, 0, strlen (row->input), MD, NULL, 0, blocks);
  for (guint i = 0; i < blocks->len; i++)
    {
      const ContraBlock *b = blocks->pdata[i];
      const char *at = strstr (b->text, row->clean);
      if (at == NULL)
        continue;
      gsize clean = (gsize) (at - b->text);
      assert_int_equal (contra_block_source_offset (b, clean, FALSE), row->start);
      assert_int_equal (contra_block_source_offset (b, clean + strlen (row->clean), TRUE), row->end);
      return;
    }
  fail_msg ("\"%s\" is in no block", row->clean);
}

/* Offsets in a block map back to the source, ends just after the last character. */
static void
test_source_offsets (void **state)
{
  (void) state;
  const char *text = "## **Title** and [link](http://x)\n";
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);

  contra_markup_blocks (text, 0, strlen (text), MD, NULL, 0, blocks);
  assert_int_equal (blocks->len, 1);
  const ContraBlock *b = blocks->pdata[0];
  assert_string_equal (b->text, "Title and link");
  assert_int_equal (contra_block_source_offset (b, 0, FALSE), 5);       /* T */
  assert_int_equal (contra_block_source_offset (b, 5, TRUE), 10);       /* after "Title", before "**" */
  assert_int_equal (contra_block_source_offset (b, 5, FALSE), 12);      /* the space after "**" */
  assert_int_equal (contra_block_source_offset (b, 10, FALSE), 18);     /* l of link */
  assert_int_equal (contra_block_source_offset (b, 14, TRUE), 22);      /* after "link", before "](" */
  assert_int_equal (b->start, 5);
  assert_int_equal (b->end, 22);
}

typedef struct
{
  const char *name;
  const char *input;
  gsize expected;  /* G_MAXSIZE: the whole input */
} FrontMatterRow;

static const FrontMatterRow front_matter_rows[] = {
  {"yaml", "---\ntitle: A\nauthor: B\n---\nText", 27},
  {"dots close", "---\ntitle: A\n...\nText", 17},
  {"lists and comments", "---\n# c\ntags:\n  - a\n- b\n---\n", G_MAXSIZE},
  {"none", "Text\n---\n", 0},
  {"unclosed", "---\ntitle: A\nText", 0},
  {"not yaml inside", "---\nJust a sentence.\n---\n", 0},
  {"no keys", "---\n---\nText", 0},
  {"empty", "", 0},
  {"rule with trailing spaces", "---  \ntitle: A\n---\n", G_MAXSIZE},
};

static void
test_front_matter (void **state)
{
  const FrontMatterRow *row = *state;
  gsize n = strlen (row->input);
  assert_int_equal (contra_markup_front_matter (row->input, n),
                    row->expected == G_MAXSIZE ? n : row->expected);
}

typedef struct
{
  const char *name;
  const char *input;
  gboolean expected;
} SniffRow;

static const SniffRow sniff_rows[] = {
  {"ATX heading", "\n\n## **The current and future** by Lai\n\nText.", TRUE},
  {"inline link", "Lai ([a@b.c](mailto:a@b.c)) is.", TRUE},
  {"fence", "Text\n```\ncode\n```\n", TRUE},
  {"strong emphasis twice", "**a** b\nc **d**\n", TRUE},
  {"strong emphasis once", "**a** b\n", FALSE},
  {"plain news", "US, Vietnam Deepen Defense Ties\n\nThe two countries pave the way.", FALSE},
  {"footnotes are not links", "Xin Qiang[1]\n\n[1] Xin Qiang is Professor.", FALSE},
  {"a hash without space", "#1 priority", FALSE},
};

static void
test_sniff (void **state)
{
  const SniffRow *row = *state;
  assert_int_equal (contra_markup_looks_like_markdown (row->input, strlen (row->input)), row->expected);
}

/* Pathological inline markup stays linear. */
static void
test_pathological_inline (void **state)
{
  (void) state;
  gsize n = 2 * 1024 * 1024;
  GString *s = g_string_sized_new (n + 16);
  const char *pieces[] = {"[", "`", "*", "<", "<!--", "](", "_", "~~", "&", "\\"};
  guint k = 0;
  while (s->len < n)
    {
      g_string_append (s, pieces[k++ % G_N_ELEMENTS (pieces)]);
      g_string_append (s, " word");
    }
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_block_free);
  gint64 t0 = g_get_monotonic_time ();
  contra_markup_blocks (s->str, 0, s->len, MD, NULL, 0, blocks);
  gint64 elapsed = g_get_monotonic_time () - t0;
  assert_int_equal (blocks->len, 1);
  assert_true (elapsed < 2 * G_USEC_PER_SEC);
  g_string_free (s, TRUE);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "blocks", test_blocks, block_rows);
  TABLE_ADD (tests, "spans", test_spans, span_rows);
  TABLE_ADD (tests, "front matter", test_front_matter, front_matter_rows);
  TABLE_ADD (tests, "looks like markdown", test_sniff, sniff_rows);
  table_add_test (tests, "ignored ranges drop and cut blocks", test_ignored);
  table_add_test (tests, "a paragraph split by an ignored advert joins", test_ignored_then_joined);
  table_add_test (tests, "no join across a section break", test_breaks);
  table_add_test (tests, "ranges and ordinals", test_range_and_ordinals);
  table_add_test (tests, "clean offsets map to source offsets", test_source_offsets);
  table_add_test (tests, "pathological inline markup is linear", test_pathological_inline);
  return table_run ("markup", tests);
}
