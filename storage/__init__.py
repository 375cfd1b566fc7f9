"""Storage: the database of vendors, documents, fetches, versions, changes, checks and alerts."""
