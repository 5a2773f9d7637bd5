"""The bundled corpus: five real scraped articles, shipped inside the wheel so a
non-editable install opens them too. Only the .txt files are articles."""
