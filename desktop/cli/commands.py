"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, printing

MODULES = [admin, dossier, printing]
