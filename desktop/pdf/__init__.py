"""Printed papers as PDF (reportlab, no Qt): the paper set of Circular 03/2025 (forms 01–07),
period summary and readiness report. Each ``render_*`` validates its input, renders into a temporary file and moves it
onto ``out_path`` only when complete; bad input raises ``UserError`` and writes nothing."""

from desktop.pdf.book import render_book
from desktop.pdf.checklist import render_checklist
from desktop.pdf.control import render_control
from desktop.pdf.letters import render_letter
from desktop.pdf.receipt import render_receipt
from desktop.pdf.summary import render_summary

__all__ = ["render_book", "render_checklist", "render_control", "render_letter", "render_receipt",
           "render_summary"]
