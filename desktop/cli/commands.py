"""The command modules, in the order ``motcua --help`` lists them."""

from desktop.cli import admin, dossier, printing, ship, sync

MODULES = [admin, dossier, printing, sync, ship]
