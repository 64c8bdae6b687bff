"""Files in: a generic tabular reader (XLSX, CSV) and the imports built on it."""
