"""Excel in and out (openpyxl and python-calamine, no Qt): the tracking-book template, the book
and form II.06a as workbooks, and the import of a commune's old book."""

from desktop.excel.book import export_book
from desktop.excel.importer import BookCheck, BookRefused, check_book, import_book
from desktop.excel.summary import export_summary
from desktop.excel.template import write_template

__all__ = ["BookCheck", "BookRefused", "check_book", "export_book", "export_summary",
           "import_book", "write_template"]
