"""PDF documents (reportlab): the common page frame and fonts in pdf.py, one module per document."""
