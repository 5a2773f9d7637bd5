"""Same story, many outlets (issue 19): near-duplicate copies of an article grouped
into stories (MinHash over word shingles, LSH banding: ``minhash``, ``store``), and
each quotation traced across the articles that carry it (``quotes``).

Kept in ``stories.sqlite3`` in the index folder, brought in line after every sync
(``refresh``). ``store`` and ``minhash`` import numpy: import them lazily, never on the
app's start path; ``reader``, ``fold`` and ``quotes`` read the file with SQLite alone.
"""
