"""Excel workbooks: imports, exports and reports (openpyxl, imported lazily)."""
