"""belreader: an offline terminal reader for news about Belarus and its region."""

__version__ = "0.1.0"
