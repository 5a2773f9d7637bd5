"""The bounds on a query's work. Read as ``limits.NAME`` where used, so a test (or a
deployment) can change one in one place."""

MAX_QUERY_CHARS = 1000
# prefix*/wild?card: at least this many letters before the first wildcard, and at most
# this many words of the library matched. Expansions are what sets query p95 at 100k
# articles (every expanded word is a posting list to score); beyond the cap the user is
# asked for more letters instead of waiting.
MIN_PREFIX_CHARS = 2
MAX_EXPANSION_TERMS = 1500
# a query still running after this long is stopped and the user told why: the caps above
# bound what can be foreseen, this bounds the rest (the app holds the index meanwhile).
# Maps to OpenSearch's `timeout` with "allow_partial_search_results": false.
QUERY_DEADLINE_SECONDS = 3.0
TOO_SLOW = (
    f"the query was stopped after {QUERY_DEADLINE_SECONDS:g} s: "
    "make it narrower (more words, fewer wildcards, ranges and ORs)"
)
