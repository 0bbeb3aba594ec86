"""Printed papers as PDF (reportlab, no Qt): receipt slip, period summary, readiness report and
tracking book. Each ``render_*`` validates its input, renders into a temporary file and moves it
onto ``out_path`` only when complete; bad input raises ``UserError`` and writes nothing."""

from desktop.pdf.book import render_book
from desktop.pdf.checklist import render_checklist
from desktop.pdf.receipt import render_receipt
from desktop.pdf.summary import render_summary

__all__ = ["render_book", "render_checklist", "render_receipt", "render_summary"]
