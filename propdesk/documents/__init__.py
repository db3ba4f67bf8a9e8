"""Printed forms as pure functions of plain data → PDF bytes (reportlab, imported lazily)."""
