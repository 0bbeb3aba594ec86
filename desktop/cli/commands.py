"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, ship

MODULES = [admin, dossier, ship]
